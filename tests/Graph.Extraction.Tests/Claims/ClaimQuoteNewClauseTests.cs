namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Where an object's content ends when, after its closing quote, "and" brings in another subject: a name or a
/// possessive noun phrase with a finite verb starts a clause of its own. Passages are written for these tests.
/// </summary>
public sealed class ClaimQuoteNewClauseTests
{
    [Fact]
    public void A_possessive_subject_after_the_quote_starts_a_new_clause()
    {
        var g = Extract.From("Ferry levy\n\nMayor Lena Brandt has called the levy \"unfair to islanders,\" and her office has filed a complaint with the port board over the summer timetable.");
        var claim = g.ClaimWith("unfair to islanders");
        Assert.Equal("called", claim.Cue.Text);
        Assert.EndsWith("islanders,\"", claim.Content.Text);
    }

    [Fact]
    public void A_named_subject_after_the_quote_starts_a_new_clause()
    {
        var g = Extract.From("Harbour race\n\nVera Holm accuses the council of \"sleeping at the wheel\" and Pavel Orlov says the harbour budget is far too small for the coming winter.");
        var claim = g.ClaimWith("sleeping at the wheel");
        Assert.Equal("accuses", claim.Cue.Text);
        Assert.EndsWith("wheel\"", claim.Content.Text);
    }
}
