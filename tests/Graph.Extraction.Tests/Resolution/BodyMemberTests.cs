using Graph.Core.Model;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "a ministry spokesperson", "a company spokesman": an unnamed person of the body or company the article has named,
/// affiliated with it, and the same person as a later "the spokesperson"; "a spokeswoman for UK retailer X" is X's,
/// not the country's; a spokesman with no body named is of the institution his sentence or one of the two before it
/// opens on, unless the nearest such sentence opens on a person. The spokesman of an office named by its title only
/// ("the prime minister's official spokesman") is an unnamed person too; so is "a Conservative spokeswoman", of the
/// party its member's word names.
/// </summary>
public sealed class BodyMemberTests
{
    [Fact]
    public void A_ministry_spokesperson_is_a_person_of_the_ministry_named_before()
    {
        var g = Extract.From("Ferry levy\n\nThe Norwegian Ministry of Transport said the ferry levy would stay. A ministry spokesperson said the levy "
                             + "was lawful. The spokesperson added that talks would resume in March.");
        AssertMemberSpeaksTwice(g, "levy was lawful", "talks would resume", "institution:ministry-of-transport-no");
    }

    /// <summary>The first claim's speaker is an unnamed person affiliated with the body, who also speaks the second.</summary>
    private static void AssertMemberSpeaksTwice(ArticleGraph g, string first, string second, string body)
    {
        var member = g.ClaimWith(first).Speaker;
        Assert.NotNull(member);
        Assert.Equal(EntityType.Person, g.Entities.Single(e => e.Id == member).Type);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == member && r.To == body);
        Assert.Equal(member, g.ClaimWith(second).Speaker);
    }

    [Fact]
    public void A_business_adviser_is_a_trade_not_a_member_of_a_named_firm()
    {
        var g = Extract.From("Harbour plan\n\nNordic Ferries said it would build a new quay. Per Lund, a business adviser from Bergen, said the quay was too small.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.To == "institution:nordic-ferries");
    }

    [Fact]
    public void A_spokeswoman_for_a_country_s_embassy_is_described_with_the_embassy()
    {
        var g = Extract.From("Ferry levy\n\nA spokeswoman for the Danish embassy said the embassy would comment on the ferry levy later.");
        var person = g.Entities.Single(e => e.Type == EntityType.Person);
        Assert.Equal("spokeswoman for Danish embassy", person.Name);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == person.Id && r.To == "country:dk");
    }

    [Theory]
    [InlineData("A spokeswoman for UK retailer Brightmarket said the stores would stay open.", "Brightmarket", "country:gb")]
    [InlineData("An executive at Dutch shipping firm Nordhaven Lines admitted that the invoices were false.", "Nordhaven Lines", "country:nl")]
    public void A_person_of_a_company_described_with_its_country_is_the_company_s(string sentence, string company, string country)
    {
        var g = Extract.From("Shops\n\n" + sentence);
        var person = g.Entities.Single(e => e.Type == EntityType.Person);
        Assert.EndsWith(company, person.Name);
        var firm = g.Entities.Single(e => e.Type == EntityType.Institution && e.Name == company);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == person.Id && r.To == firm.Id);
        Assert.DoesNotContain(g.Relations, r => r.From == person.Id && r.To == country);
    }

    [Fact]
    public void A_verb_after_the_country_is_no_description_of_a_company()
    {
        var g = Extract.From("Shops\n\nA spokesman for the US said company Zentra Systems broke the rules.");
        var person = g.Entities.Single(e => e.Type == EntityType.Person);
        Assert.DoesNotContain("said", person.Name);
        Assert.DoesNotContain(g.Relations, r => r.From == person.Id && r.To.StartsWith("institution:"));
    }

    [Theory]
    [InlineData("A Conservative spokeswoman")]
    [InlineData("A Tory spokeswoman")]
    public void A_spokeswoman_described_by_a_party_s_word_is_a_person_of_the_party(string described)
    {
        var g = Extract.From("Phone canvassing\n\nLabour and the Conservatives say they keep to the rules on calls. " + described
                             + " said the party had asked voters first.\n\nShe said: \"We keep to the law on calls.\"");
        AssertMemberSpeaksTwice(g, "asked voters first", "keep to the law on calls", "institution:conservative-party-gb");
    }

    [Fact]
    public void A_party_s_member_of_parliament_in_a_lead_is_left_for_the_name_that_follows()
    {
        var g = Extract.From("Member changes party\n\nA Conservative MP has left the party to sit with Labour.\n\nOla Brandt said the party had left him behind.");
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Person && e.Name.Contains("MP"));
    }

    [Fact]
    public void The_spokesman_after_two_different_spokesmen_is_neither()
    {
        var g = Extract.From("Ferry levy\n\nNordic Ferries said it would close the quay. A company spokesman said the quay was too old. "
                             + "A union spokesman said the crews were angry. Later the spokesman said talks would resume.");
        Assert.Null(g.ClaimWith("talks would resume").Speaker);
    }

    [Theory]
    [InlineData("The Nordic Ferry Company would not say more about the dispute. A spokeswoman said the crews would not be named.", "Nordic Ferry Company")]
    [InlineData("However, the Harbour Trust rejected the plan on Monday. A spokeswoman said the crews would not be named.", "Harbour Trust")]
    public void A_spokeswoman_with_no_body_named_speaks_for_the_institution_the_sentence_before_opens_on(string passage, string body)
    {
        var g = Extract.From("Ferry dispute\n\n" + passage + " The spokeswoman added that talks were over.");
        var member = g.ClaimWith("crews would not be named").Speaker;
        Assert.NotNull(member);
        Assert.Equal(EntityType.Person, g.Entities.Single(e => e.Id == member).Type);
        var institution = g.Entities.Single(e => e.Type == EntityType.Institution && e.Name == body);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == member && r.To == institution.Id);
        Assert.Equal(member, g.ClaimWith("talks were over").Speaker);
    }

    [Fact]
    public void A_spokesman_after_a_sentence_that_opens_on_a_person_is_no_one_s_named()
    {
        var g = Extract.From("Ferry dispute\n\nNordic Ferries said the quay would close. Per Lund left the board of the ferry company in May. "
                             + "A spokesman said the crews would not be named.");
        Assert.Null(g.ClaimWith("crews would not be named").Speaker);
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.Properties.GetValueOrDefault("role") == "spokesman");
    }

    [Theory]
    [InlineData("\"Fares will have to rise this winter,\" said Ana Ruiz, an analyst with Nordbank. She expects a rise of a tenth.")]
    [InlineData("Ana Ruiz, a spokeswoman for Nordbank, said fares would have to rise this winter. She expects a rise of a tenth.")]
    public void A_description_set_beside_a_name_is_that_person_not_another(string passage)
    {
        var g = Extract.From("Ferry fares\n\n" + passage);
        var ruiz = g.PersonId("Ana Ruiz");
        Assert.DoesNotContain(g.Entities, e => e.Id.StartsWith("person:unnamed", StringComparison.Ordinal));
        Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.To == "institution:nordbank");
        Assert.Equal(ruiz, g.ClaimWith("rise of a tenth").Speaker);
    }

    [Fact]
    public void An_office_s_spokesman_is_an_unnamed_person_whom_the_later_he_means()
    {
        var g = Extract.From("Ferry row\n\nA spokeswoman for Nordbank said the loan was safe.\n\n"
                             + "The mayor's official spokesman said the harbour would stay open. He added that talks would go on. "
                             + "The spokesman declined to name a date.");
        var spokesman = g.ClaimWith("the harbour would stay open").Speaker;
        Assert.NotNull(spokesman);
        Assert.Equal(EntityType.Person, g.Entities.Single(e => e.Id == spokesman).Type);
        Assert.Equal(spokesman, g.ClaimWith("talks would go on").Speaker);
    }

    [Theory]
    [InlineData("Tory sources said the ferry levy would be dropped.", "Conservative Party")]
    [InlineData("Westhaven Council sources said the ferry levy would be dropped.", "Westhaven Council")]
    [InlineData("Officials at Westhaven Council said the ferry levy would be dropped.", "Westhaven Council")]
    public void Several_unnamed_insiders_of_a_body_are_a_person_of_their_own(string sentence, string body)
    {
        var g = Extract.From("Ferry levy\n\nWesthaven Council met on Monday to discuss the ferry levy. " + sentence);
        var claim = g.ClaimWith("levy would be dropped");
        var bodyId = g.Entities.Single(e => e.Name == body).Id;
        Assert.NotNull(claim.Speaker);
        Assert.Equal(EntityType.Person, g.Entities.Single(e => e.Id == claim.Speaker).Type);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == claim.Speaker && r.To == bodyId);
    }

    [Fact]
    public void Officials_in_a_place_are_no_body_s_insiders()
    {
        var g = Extract.From("Ferry levy\n\nWesthaven Council met on Monday. Officials in Oslo said the ferry levy would be dropped.");
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Person);
        Assert.Null(g.ClaimWith("levy would be dropped").Speaker);
    }
}
