using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "It said ...": the body that spoke last (or opened the sentence before) is the likeliest "it", as the person who
/// spoke last is for "he" or "she"; not the country or firm named in between. After a document that no entity stands
/// for ("The report said ... . It found ..."), "it" is the document, not a country named before; so is a "..., it said"
/// after what it reports when no body spoke before ("... once he quit Norway, it said" after a letter spoke). A body
/// its own sentence opens on by description ("The harbour committee ... after it found") is that sentence's "it" and
/// the next "It", and left without an entity. Passages are written for these tests.
/// </summary>
public sealed class ClaimItPronounTests
{
    [Fact]
    public void It_said_after_what_it_reports_is_not_a_country_named_there()
    {
        var g = Extract.From("Ferry letter\n\nThe board has written to two skippers. A letter sent to Tom Beck said his licence would not be renewed. " +
            "Beck could well fish without a permit once he quit Norway, it said.");
        Assert.Null(g.ClaimWith("fish without a permit").Speaker);
        // (A country that "it" opens a sentence on after is still it: "Norway banned ... . It said ...".)
        var h = Extract.From("Ferry cameras\n\nNorway banned cameras on its ferries in May. It said the ban would stay for a year.");
        Assert.Equal("country:no", h.ClaimWith("the ban would stay").Speaker);
    }

    [Fact]
    public void It_after_a_body_the_text_only_describes_is_not_an_older_body()
    {
        var g = Extract.From("Port closure\n\nKorvane Insurance said on Monday that its losses from the storm could not be counted yet. "
            + "The ministry wrote on its website that the port would shut for a week. It added that the crews would be paid.");
        var claim = g.ClaimWith("crews would be paid");
        Assert.Null(claim.Speaker);
        Assert.Equal("It", claim.SpeakerMention!.Text);
        // (A description the body that spoke last is named with stays that body: "the commission" after the Commission.)
        var h = Extract.From("Port closure\n\nThe Harbour Commission said on Monday that the port would close. "
            + "The commission wrote on Tuesday that the closure would last a week. It added that the crews would be paid.");
        Assert.Equal(h.Named(EntityType.Institution, "Harbour Commission").Id, h.ClaimWith("crews would be paid").Speaker);
    }

    [Fact]
    public void It_after_a_body_spoke_is_that_body_not_the_country_named_since()
    {
        var g = Extract.From("Storm losses\n\nKorvane Insurance said on Monday that its losses from the storm in Norway could not be counted yet. " +
            "Later, it added that the storm would not hurt its business this year.");
        var claim = g.ClaimWith("would not hurt its business");
        Assert.Equal(g.Named(EntityType.Institution, "Korvane Insurance").Id, claim.Speaker);
    }

    [Fact]
    public void It_after_a_sentence_opened_on_the_body_by_description_is_that_body()
    {
        var g = Extract.From("Sentencing review\n\nThe Harbour Law Commission was set up in 1990 to review old laws. The Home Office said the review was welcome.\n\n" +
            "The commission, a panel of five judges, was told to report by May. Still, it argued that its plans would need two more years.");
        var claim = g.ClaimWith("plans would need");
        Assert.Equal(g.Named(EntityType.Institution, "Harbour Law Commission").Id, claim.Speaker);
    }

    [Fact]
    public void It_after_a_firm_whose_name_opens_with_a_country_is_the_firm()
    {
        var g = Extract.From("Dredging fine\n\nThe Norway Ferry Holdings Corp is refusing to stop work on the new port, the Harbour Times said on Monday. " +
            "The Norway Ferry Holdings Corp was fined twice in 2019. On Tuesday, it argued that its work broke no rules.");
        var claim = g.ClaimWith("its work broke no rules");
        Assert.Equal(EntityType.Institution, g.Entities.Single(e => e.Id == claim.Speaker).Type);
        Assert.Contains("Ferry Holdings", g.Entities.Single(e => e.Id == claim.Speaker).Name);
    }

    [Fact]
    public void It_after_a_report_is_not_a_country_named_before()
    {
        var g = Extract.From("Ferry crews\n\nMore ferry crews in Norway work nights than ten years ago. The report said pay had not kept up. "
            + "It found that most crews had a second job.");
        var claim = g.ClaimWith("most crews had a second job");
        Assert.Null(claim.Speaker);
        Assert.Equal("It", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void It_after_a_persons_statement_speaks_for_that_person()
    {
        var g = Extract.From("Adviser denies row\n\nThe Harbour Party's campaign chief, Tom Beck, denied the report on Monday. Mr Beck's statement said: "
            + "\"We have been winning the argument on fares all week.\" It added: \"The other parties will try anything to change the subject.\"");
        var claim = g.ClaimWith("try anything");
        Assert.Equal(g.Named(EntityType.Person, "Tom Beck").Id, claim.Speaker);
        Assert.Equal("It", claim.SpeakerMention!.Text);
        // The pronoun stands for the statement: it is no mention of the man.
        Assert.DoesNotContain(g.Named(EntityType.Person, "Tom Beck").Mentions, m => m.Text == "It");
    }

    [Fact]
    public void It_after_a_persons_statement_is_a_body_that_spoke_since()
    {
        var g = Extract.From("Adviser denies row\n\nMr Beck's statement said the fares row was invented. The Harbour Party insisted that the row was over. "
            + "It added that the fares would not change.");
        Assert.Equal(g.Named(EntityType.Institution, "Harbour Party").Id, g.ClaimWith("fares would not change").Speaker);
    }

    [Theory]
    [InlineData("The ferry musical opened last week in Norway. It said on its poster that every seat had been sold.")]
    [InlineData("Ferry bookings will grow fastest in markets such as Norway, Chile and Peru. It said that every seat had been sold.")]
    [InlineData("The Norwegian ferry musical opened last week. It said on its poster that every seat had been sold.")]
    [InlineData("The ferry musical is based on a novel by Norway author Karen Lund. It said on its poster that every seat had been sold.")]
    public void It_after_a_country_named_as_a_place_has_no_entity(string body)
    {
        // The "it" is the show: no actor named before stands for it, least of all the country where it ran.
        var claim = Extract.From("Ferry musical\n\n" + body).ClaimWith("every seat had been sold");
        Assert.Null(claim.Speaker);
        Assert.Equal("It", claim.SpeakerMention!.Text);
    }

    [Theory]
    [InlineData("Norway opened talks with the ferry firms last week. It said that every route would stay open.")]
    [InlineData("Norway cut the ferry subsidy last week. It said that every route would stay open.")]
    [InlineData("Norway alone kept the ferry subsidy last week. It said that every route would stay open.")]
    [InlineData("The Norwegian government opened talks with the ferry firms last week. It said that every route would stay open.")]
    public void It_after_a_country_acting_is_that_country(string body)
    {
        var g = Extract.From("Ferry talks\n\n" + body);
        Assert.Equal("country:no", g.ClaimWith("every route would stay open").Speaker);
    }

    [Theory]
    [InlineData("The harbour regulator Sjofart has filed complaints against Nordbank and two of its directors.")]
    [InlineData("Sjofart has filed complaints against Nordbank and two of its directors.")]
    public void It_after_a_sentence_whose_subject_is_a_body_is_that_subject_not_its_object(string first)
    {
        var g = FixedLabels.Extract("Regulator sues bank\n\n" + first + " It believes the directors misled the ferry owners.",
            ("Sjofart", Entities.NerLabels.Organisation), ("Nordbank", Entities.NerLabels.Organisation));
        Assert.Equal(g.Named(EntityType.Institution, "Sjofart").Id, g.ClaimWith("misled the ferry owners").Speaker);
    }

    [Theory]
    [InlineData("Nordbank opened a branch in Bergen. It is worth recalling that the branch has no cash desk.", "the branch has no cash desk")]
    [InlineData("Nordbank opened a branch in Bergen. It looks as if the branch will close by May.", "the branch will close by May")]
    [InlineData("Nordbank opened a branch in Bergen. It took Karen Lund a year to sign the lease, saying the rent was too high.", "the rent was too high")]
    public void An_empty_it_speaks_for_nobody(string body, string said)
    {
        var g = FixedLabels.Extract("Bank branch\n\n" + body, ("Nordbank", Entities.NerLabels.Organisation), ("Karen Lund", Entities.NerLabels.Person));
        Assert.NotEqual(g.Named(EntityType.Institution, "Nordbank").Id, g.ClaimWith(said).Speaker);
    }

    [Fact]
    public void It_that_looks_set_to_act_is_the_body()
    {
        var g = FixedLabels.Extract("Cruise sales\n\nWith Nordlys Cruises far ahead of its rivals, it looks set to raise the fares again next spring.",
            ("Nordlys Cruises", Entities.NerLabels.Organisation));
        Assert.Equal(g.Named(EntityType.Institution, "Nordlys Cruises").Id, g.ClaimWith("raise the fares").Speaker);
    }

    [Fact]
    public void It_after_its_report_is_the_body_not_a_country_listed_as_a_place_in_its_sentence()
    {
        var g = FixedLabels.Extract("Bank results\n\nNordbank said its profits rose by a tenth last year. Lending grew fastest in Sweden and Denmark, it said.",
            ("Nordbank", Entities.NerLabels.Organisation), ("Sweden", Entities.NerLabels.Location), ("Denmark", Entities.NerLabels.Location));
        Assert.Equal(g.Named(EntityType.Institution, "Nordbank").Id, g.ClaimWith("Lending grew fastest").Speaker);
    }

    [Fact]
    public void It_after_a_body_known_only_by_its_short_form_is_not_the_body_that_spoke_before()
    {
        var g = FixedLabels.Extract("Port figures\n\nThe Harbour Office said cargo fell by 2% in May. The ferry owners' lobby, the NFO, said it expected fares to stay high. "
            + "It also said that two routes might close.", ("Harbour Office", Entities.NerLabels.Organisation));
        var claim = g.ClaimWith("two routes might close");
        Assert.NotEqual(g.Named(EntityType.Institution, "Harbour Office").Id, claim.Speaker);
        Assert.Equal("It", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void It_after_what_it_reports_is_the_body_that_spoke_not_the_one_it_reports_on()
    {
        var g = FixedLabels.Extract("Port sale\n\nThe Harbour Gazette reported that the port would be sold. Westhaven Ferries would buy the quay, it said.",
            ("Harbour Gazette", Entities.NerLabels.Organisation), ("Westhaven Ferries", Entities.NerLabels.Organisation));
        Assert.Equal(g.Named(EntityType.Institution, "Harbour Gazette").Id, g.ClaimWith("would buy the quay").Speaker);
    }

    [Fact]
    public void It_after_a_statement_is_the_country_that_spoke_before_it()
    {
        var g = Extract.From("Fishing talks\n\nNorway said the new quota was unfair. The statement said the talks had failed twice. "
            + "It said the fleet would stay in port.");
        var claim = g.ClaimWith("the fleet would stay in port");
        Assert.Equal("country:no", claim.Speaker);
    }

    [Fact]
    public void It_after_a_body_its_sentence_opens_on_by_description_is_that_body()
    {
        var g = Extract.From("Ferry inquiry\n\nThe World Bank said the ferry line should be closed. "
                             + "The harbour committee finished its inquiry after it found that 2,000 sailings had been cancelled. "
                             + "It warned that the line could take five years to recover. The report said the line should publish its plans by May.");
        Assert.Null(g.ClaimWith("2,000 sailings").Speaker);
        Assert.Null(g.ClaimWith("five years to recover").Speaker);
        // (The report is the committee's, not that of the body that spoke before it.)
        Assert.Null(g.ClaimWith("publish its plans").Speaker);
    }
}
