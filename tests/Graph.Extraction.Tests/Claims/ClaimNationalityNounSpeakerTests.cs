namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "The Swede said", "the 41-year-old Frenchman told ...": a nationality noun for one person is that person (or nobody
/// the text names), never the country speaking; so is "the American", "a Canadian". A plural ("the Danes said") may be
/// the state, as "the Danish side", but not when counted or described ("many Norwegians", "thousands of Danes"): those
/// are people of the country.
/// </summary>
public sealed class ClaimNationalityNounSpeakerTests
{
    [Theory]
    [InlineData("Nordbank hired a new chief in May. \"We will grow,\" the 41-year-old Swede said.", "country:se")]
    [InlineData("Nordbank hired a new chief in May. The Frenchman told the Harbour Gazette the fees would rise.", "country:fr")]
    [InlineData("Nordbank hired a new chief in May. The Czech said the fees would rise.", "country:cz")]
    public void A_nationality_noun_for_one_person_is_not_the_country(string passage, string country)
    {
        var g = Extract.From("Harbour news\n\n" + passage);
        var claim = Assert.Single(g.Claims, c => c.Cue.Text is "said" or "told");
        Assert.DoesNotContain(country, claim.Speakers);
        Assert.NotEqual(country, claim.Speaker);
    }

    [Theory]
    [InlineData("The harbour board cut the prize money for the ferry race. Reacting to a remark by its chairman, the American said: \"Cutting the prize is an insult to every crew.\"", "said", "country:us")]
    [InlineData("Shares in the harbour firm rose on Monday. A Canadian said the firm was sound.", "said", "country:ca")]
    [InlineData("The ferry fees rose again in May. Many Norwegians say the fees are too high for the islands.", "say", "country:no")]
    [InlineData("The ferry fees rose again in May. Thousands of Danes said they would boycott the ferry.", "said", "country:dk")]
    public void A_nationality_for_one_person_or_for_people_counted_is_not_the_country(string passage, string cue, string country)
    {
        var g = Extract.From("Harbour news\n\n" + passage);
        var claim = Assert.Single(g.Claims, c => c.Cue.Text == cue);
        Assert.DoesNotContain(country, claim.Speakers);
    }

    [Theory]
    [InlineData("The Danes said they would not sign the accord.", "country:dk")]
    [InlineData("The Dutch said they would not sign the accord.", "country:nl")]
    [InlineData("The Japanese said they would not sign the accord.", "country:jp")]
    public void A_people_named_by_its_plural_may_be_the_state(string sentence, string country)
    {
        var g = Extract.From("Harbour news\n\nTalks on the strait resumed in Oslo. " + sentence);
        var claim = Assert.Single(g.Claims, c => c.Cue.Text == "said");
        Assert.Equal(country, claim.Speaker);
    }

    [Fact]
    public void The_nationality_and_role_a_person_was_introduced_with_is_that_person()
    {
        var g = Extract.From("Harbour news\n\nDanish President Ola Berg arrived in Oslo on Monday. The Danish president told reporters the accord would be signed.");
        var claim = Assert.Single(g.Claims, c => c.Cue.Text == "told");
        Assert.Equal(g.PersonId("Ola Berg"), claim.Speaker);
    }
}
