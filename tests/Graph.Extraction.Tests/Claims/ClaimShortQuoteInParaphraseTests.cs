namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A short quoted phrase inside a paraphrase, with no verb of saying before it: a noun of saying owned by the
/// speaker and followed by "that". Passages are written for these tests.
/// </summary>
public sealed class ClaimShortQuoteInParaphraseTests
{
    [Fact]
    public void A_possessed_noun_of_saying_reports_the_quote()
    {
        var g = Extract.From("Ferry levy\n\nVoters in the bay have not forgotten Mayor Odile Brun's remark that the ferry levy was \u201Cfair\u201D to islanders.");
        var claim = g.ClaimWith("fair");
        Assert.Equal("remark", claim.Cue.Text);
        Assert.Equal(g.PersonId("Odile Brun"), claim.Speaker);
    }
}
