using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Subjects of speech verbs: a quote opening the sentence holds no subject for a participle after the frame that
/// follows it ("“...,” X sang before asking ..."), and an adverb such as "still" or "instead" between the comma and
/// a participle leaves the participle with the sentence's subject; after a verb that takes a participle ("kept
/// asking", "has begun urging") the speaker is that verb's subject; the object of a verb of seeing ("to see the
/// board defending ...") is the subject of the participle after it; a dateline of several words ("Port Lund
/// (AFP) – ...") is no subject; the agent after "by" speaks a passive cue ("has been called “...” by X"), unless
/// it belongs to a verb or clause of its own, also right after a participle ("a plan seen by X as ..."); a title
/// of several lower-case words between a capitalised word and a name ("Former Green harbour commissioner Ana
/// Ruiz") belongs to the subject. Passages are written for these tests.
/// </summary>
public sealed class ClaimSubjectFindingTests
{
    [Fact]
    public void A_later_participle_takes_no_subject_from_inside_an_opening_quote()
    {
        var g = Extract.From("Pier concert\n\n\u201CHold the line,\u201D Vera Holm sang before asking the crowd, \u201CWho will stand with the dock crews tonight?\u201D");
        var claim = g.ClaimWith("stand with the dock crews");
        Assert.Equal("asking", claim.Cue.Text);
        Assert.Equal("Vera Holm", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Fact]
    public void An_adverb_between_the_comma_and_the_participle_keeps_the_subject()
    {
        var g = Extract.From("Port vote\n\nVera Holm spoke at the pier on Monday, still calling the new harbour levy \u201Ca burden on every crew.\u201D");
        var claim = g.ClaimWith("a burden on every crew");
        Assert.Equal("calling", claim.Cue.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Fact]
    public void A_verb_taking_a_participle_lends_it_its_subject()
    {
        var g = Extract.From("Harbour vote\n\nPerhaps not by chance, Ana Ruiz has lately started asking the crowds at her rallies, \u201CWho will pay for the new pier?\u201D\n\nVera Holm is winning cheers as she keeps talking about the \u201Cquiet strength of the port.\u201D");
        var asking = g.ClaimWith("pay for the new pier");
        Assert.Equal("Ana Ruiz", asking.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), asking.Speaker);
        var talking = g.ClaimWith("quiet strength of the port");
        Assert.Equal("she", talking.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Vera Holm"), talking.Speaker);
    }

    [Fact]
    public void The_object_of_a_verb_of_seeing_speaks_the_participle()
    {
        var g = Extract.From("Harbour vote\n\nReaders need only look back a decade to see the old harbour board defending the idea that \u201Cthe port pays for itself.\u201D");
        var claim = g.ClaimWith("pays for itself");
        Assert.Equal("defending", claim.Cue.Text);
        Assert.Equal("the old harbour board", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_dateline_of_several_words_is_no_subject()
    {
        var g = Extract.From("Harbour vote\n\nPort Lund (AFP) \u2013 Mayor Ana Ruiz on Monday toured the harbour with the fishers, mocking the new levy and accusing the council of \u201Cselling the pier.\u201D");
        var claim = g.ClaimWith("selling the pier");
        Assert.Equal("accusing", claim.Cue.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void The_agent_after_by_speaks_a_passive_cue()
    {
        var g = Extract.From("Harbour vote\n\nThe new harbour levy has been called \u201Ca theft from every crew\u201D by Ana Ruiz, who leads the fishers.\n\nTomas Lund was asked to name one vote of the council that was swayed by Ana Ruiz.");
        var called = g.ClaimWith("a theft from every crew");
        Assert.Equal("called", called.Cue.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), called.Speaker);
        var asked = g.ClaimWith("to name one vote");
        Assert.Null(asked.Speaker);
    }

    [Theory]
    [InlineData("Ana Manning leads the fishers. The harbour levy has been called \u201Ca theft from every crew\u201D by Manning.", "a theft from every crew", "Ana Manning")]
    [InlineData("The harbour levy was warmly welcomed last year by Beijing, which called it a fair start.", "warmly welcomed", "China")]
    public void An_agent_whose_name_ends_in_ing_still_speaks(string sentence, string part, string speaker)
    {
        var g = Extract.From("Harbour vote\n\nThe council met on Monday.\n\n" + sentence);
        var claim = g.ClaimWith(part);
        var entity = Assert.Single(g.Entities, e => e.Name == speaker);
        Assert.Equal(entity.Id, claim.Speaker);
    }

    [Theory]
    [InlineData("The new levy was criticised by Ana Ruiz.", "The new levy")]
    [InlineData("The harbour vote was reported by Ana Ruiz on Tuesday.", "The harbour vote")]
    [InlineData("The skipper was criticised by Ana Ruiz for failing to turn back.", "The skipper was criticised by Ana Ruiz for failing to turn back")]
    public void The_agent_of_a_passive_verb_of_saying_right_after_it_speaks_it(string sentence, string said)
    {
        var g = Extract.From("Harbour vote\n\nAna Ruiz chairs the fishers' union.\n\n" + sentence);
        var claim = g.Claims.Single(c => c.Content.Text.StartsWith("The "));
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
        Assert.Equal(said, claim.Content.Text);
    }

    [Theory]
    [InlineData("The new quay was seen by thousands of visitors on Sunday.")]
    [InlineData("The decision was announced by letter on Monday.")]
    [InlineData("The figures were reported by 3pm.")]
    [InlineData("The figures were reported by midnight.")]
    [InlineData("The distress call was answered by a nurse.")]
    public void A_passive_with_a_by_that_names_no_speaker_is_no_claim(string sentence)
    {
        var g = Extract.From("Harbour vote\n\n" + sentence);
        Assert.Empty(g.Claims);
    }

    [Fact]
    public void The_person_named_after_a_role_in_the_agent_speaks()
    {
        var g = Extract.From("Harbour vote\n\nThe new levy was condemned by Norwegian fishing chief Ana Petrova.");
        var claim = Assert.Single(g.Claims);
        Assert.Equal(g.PersonId("Ana Petrova"), claim.Speaker);
        Assert.Equal("The new levy", claim.Content.Text);
    }

    [Theory]
    [InlineData("The new ferry has been welcomed by Nordlys fans on the island.", "Nordlys fans", false)]
    [InlineData("The new ferry was criticised by Norwegian officials.", "Norwegian officials", true)]
    public void A_name_describing_the_plural_after_it_is_not_the_agent(string sentence, string agent, bool entity)
    {
        const string lead = "Harbour vote\n\nNordlys builds ferries in Bergen.\n\n";
        var g = Extract.From(lead + sentence);
        var claim = g.OnlyClaimAfter(lead);
        Assert.StartsWith(agent.Split(' ')[0], claim.SpeakerMention!.Text);
        Assert.Equal(entity, claim.Speakers.Count > 0);
    }

    [Fact]
    public void A_paper_whose_name_ends_in_post_is_an_agent()
    {
        var g = Extract.From("Harbour vote\n\nThe ferry problem was reported by The Bergen Post.");
        var claim = Assert.Single(g.Claims);
        Assert.Equal("The ferry problem", claim.Content.Text);
        Assert.NotNull(claim.SpeakerMention);
    }

    [Fact]
    public void The_agent_right_after_a_passive_participle_speaks_it()
    {
        var g = Extract.From("Harbour vote\n\nThe levy was long an option seen by the fishers as \u201Ca lifeboat for the port.\u201D\n\nAna Ruiz said by phone that the levy was \u201Ca theft from every crew.\u201D");
        var seen = g.ClaimWith("a lifeboat for the port");
        Assert.Equal("the fishers", seen.SpeakerMention!.Text);
        var said = g.ClaimWith("a theft from every crew");
        Assert.Equal(g.PersonId("Ana Ruiz"), said.Speaker);
    }

    [Fact]
    public void A_title_of_several_words_before_a_name_is_part_of_the_subject()
    {
        var g = Extract.From("Harbour vote\n\nFormer Green harbour commissioner Ana Ruiz set out her case against the plan to the Bergen Times: \u201CThe levy hurts every crew on the pier and nobody asked them.\u201D");
        var claim = g.ClaimWith("hurts every crew");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void Sources_within_a_body_are_the_speakers_not_the_body()
    {
        var g = Extract.From("Party row\n\nThe Green Party met in Leeds on Friday. Sources within the Green Party told the Harbour Courier that "
            + "the leader would step down.\n\nOfficials inside the Green Party insisted the vote would go ahead.\n\n"
            + "The harbour office suffered from a \"very rapid churn\" of crews within the office, which had \"badly slowed\" its work, said the Audit Board.");
        var party = g.Entities.Single(e => e.Name == "Green Party").Id;
        foreach (var (part, mention) in new[] { ("leader would step down", "Sources"), ("vote would go ahead", "Officials") })
        {
            // An unnamed person of their own, one of the party's, as "a Green Party source" would be: not the party.
            var claim = g.ClaimWith(part);
            Assert.Equal(mention, claim.SpeakerMention!.Text);
            Assert.NotEqual(party, claim.Speaker);
            Assert.Equal(EntityType.Person, g.Entities.Single(e => e.Id == claim.Speaker).Type);
            Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == claim.Speaker && r.To == party);
        }
        // Not any phrase before "within": here the inverted tag names the speaker of the whole sentence.
        var inverted = g.ClaimWith("very rapid churn");
        Assert.Equal("Audit Board", inverted.SpeakerMention!.Text);
        Assert.StartsWith("The harbour office", inverted.Content.Text);
    }
}
