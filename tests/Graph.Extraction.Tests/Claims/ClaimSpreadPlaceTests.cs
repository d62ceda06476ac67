namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A place the speakers are spread over ("voters across the country", "fishers throughout the islands", "fans
/// around the world") describes them and does not speak: the claim is the people's, not the country's or the
/// place's, as "officials in Iowa said" already was. Passages are written for these tests.
/// </summary>
public sealed class ClaimSpreadPlaceTests
{
    private const string Lead = "The harbour board met on Monday.\n\n";

    [Theory]
    [InlineData("Voters across Britain said the new ferry levy was unfair.", "Voters", "Britain")]
    [InlineData("Fishers throughout Norway complained that the quotas were too low.", "Fishers", "Norway")]
    [InlineData("Sailors around Denmark say the new rules will empty the harbours.", "Sailors", "Denmark")]
    public void The_people_spread_over_a_country_speak_not_the_country(string sentence, string speaker, string place)
    {
        var g = Extract.From(Lead + sentence);
        var claim = Assert.Single(g.Claims, c => c.Cue.Start > Lead.Length);
        Assert.Equal(speaker, claim.SpeakerMention?.Text);
        var country = g.Entities.SingleOrDefault(e => e.Name == place || e.Aliases.Contains(place));
        if (country is not null) Assert.DoesNotContain(country.Id, claim.Speakers);
    }

    [Fact]
    public void A_country_that_is_the_subject_still_speaks()
    {
        var g = Extract.From(Lead + "Across the region, Norway said the quotas would stay.");
        var claim = Assert.Single(g.Claims, c => c.Cue.Start > Lead.Length);
        Assert.Equal("Norway", claim.SpeakerMention?.Text);
    }
}
