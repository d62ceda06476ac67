namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "X of Norway, which said ...": a country named after "of", "in" or "from" places what comes before it, and that is
/// what "which" stands for (a firm named there, or nothing the graph has); "who" after such a country is a person, not
/// the country. A country named plainly before the comma ("Norway, which said ...") is still the speaker; so is a body
/// whose short form in brackets stands between its name and the comma. Passages are written for these tests.
/// </summary>
public sealed class ClaimRelativeAfterPlaceTests
{
    [Fact]
    public void Which_after_a_firm_of_a_country_is_the_firm()
    {
        var g = FixedLabels.Extract("Ferry phones\n\nNordtel of Norway, which is launching a ferry phone service in May, said it would charge a flat fee.",
            ("Nordtel", Entities.NerLabels.Organisation), ("Norway", Entities.NerLabels.Location));
        Assert.Equal("institution:nordtel", g.ClaimWith("ferry phone service").Speaker);
    }

    [Theory]
    [InlineData("Ferry phones\n\nKorvax has built a handset, sold only in Norway, which can show the ferry timetable on its screen.", "ferry timetable")]
    [InlineData("Ferry vote\n\nThe vote was praised by a lecturer in law at a college in Norway, who likened the long campaign to a storm.", "the long campaign to a storm")]
    public void Which_or_who_after_a_country_placing_something_is_not_the_country(string text, string content)
    {
        var g = Extract.From(text);
        Assert.DoesNotContain("country:no", g.ClaimWith(content).Speakers);
    }

    [Fact]
    public void A_country_named_plainly_before_which_still_speaks()
    {
        var g = Extract.From("Ferry ban\n\nThe ban was welcomed by Norway, which described it as overdue.");
        Assert.Equal("country:no", g.ClaimWith("as overdue").Speaker);
    }

    [Fact]
    public void Which_after_a_body_s_short_form_in_brackets_is_the_body()
    {
        var g = FixedLabels.Extract("Ferry fares\n\nThe fares were criticised by the Harbour Pilots Association (HPA), which said the rise was unfair.",
            ("Harbour Pilots Association", Entities.NerLabels.Organisation), ("HPA", Entities.NerLabels.Organisation));
        var claim = g.ClaimWith("the rise was unfair");
        Assert.Equal("which", claim.SpeakerMention!.Text);
        Assert.Equal(g.Named(Graph.Core.Model.EntityType.Institution, "Harbour Pilots Association").Id, claim.Speaker);
    }
}
