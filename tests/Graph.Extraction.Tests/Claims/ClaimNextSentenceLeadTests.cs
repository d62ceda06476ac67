namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A quote in the next sentence after a short lead-in with no cue of its own ("But “...”", "If the vote fails,
/// “...”") goes on with what the framed quote before it said. Passages are written for these tests.
/// </summary>
public sealed class ClaimNextSentenceLeadTests
{
    [Fact]
    public void A_conjunction_before_the_next_quote_goes_on_with_it()
    {
        var g = Extract.From("Ferry fares\n\n\u201CThe fare rise is not the end of the world,\u201D Vera Holm said at the pier. But \u201Cthe islanders deserve a straight answer from the board.\u201D");
        var claim = g.ClaimWith("not the end of the world");
        Assert.Equal("said", claim.Cue.Text);
        Assert.EndsWith("from the board.\u201D", claim.Content.Text);
    }

    [Fact]
    public void An_opening_clause_before_the_next_quote_goes_on_with_it()
    {
        var g = Extract.From("Ferry fares\n\n\u201CThe fare rise is not the end of the world,\u201D Vera Holm said at the pier. If the board waits another year, \u201Cthe old boats will simply stop running.\u201D");
        var claim = g.ClaimWith("not the end of the world");
        Assert.Equal("said", claim.Cue.Text);
        Assert.EndsWith("stop running.\u201D", claim.Content.Text);
    }
}
