namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// How far a direct quote's content runs: a stray straight closing mark does not open a quote. Passages are
/// written for these tests.
/// </summary>
public sealed class ClaimQuoteExtentTests
{
    [Fact]
    public void A_stray_straight_closing_mark_opens_no_quote()
    {
        // A pull quote signed on its own line closes after the name: that mark closes nothing, and the plain
        // paragraph after it is no one's quote.
        var g = Extract.From("Ferry plan\n\n\"The ferry must run all winter.\nMayor Lena Brandt.\"\n\nThe council has delayed the vote twice since the spring storms.\n\n\u201CThe ferry must run all winter,\u201D said Lena Brandt, the mayor of the port.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("delayed the vote", StringComparison.Ordinal));
        var claim = g.ClaimWith("must run all winter,");
        Assert.Equal(g.PersonId("Lena Brandt"), claim.Speaker);
    }
}
