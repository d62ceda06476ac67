namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A sentence that begins inside a quote opened sentences before (a quote of several sentences that ends inside
/// the clause a frame closes) is read from where the sentence opening that quote begins. Passages are written
/// for these tests.
/// </summary>
public sealed class ClaimSentenceInsideQuoteTests
{
    [Fact]
    public void A_clause_ending_a_quote_of_several_sentences_starts_where_the_quote_began()
    {
        var g = Extract.From("Storm night\n\nThe harbour reopened on Friday. The night pilots \u201Cwere exhausted. They had worked all week. Nobody thanked them\u201D after the storm, Lena Brandt said.");
        var claim = g.ClaimWith("Nobody thanked them");
        Assert.StartsWith("The night pilots", claim.Content.Text);
        Assert.Equal(g.PersonId("Lena Brandt"), claim.Speaker);
    }

    [Fact]
    public void According_to_after_a_quote_of_several_sentences_takes_all_of_it()
    {
        var g = Extract.From("Storm night\n\nThe harbour reopened on Friday.\n\n\u201CThe pilots worked all week. Who thanked them?\u201D the harbour master asked, according to the Bergen Courier.");
        var claim = g.Claims.Single(c => c.Cue.Text.StartsWith("according", StringComparison.Ordinal));
        Assert.StartsWith("\u201CThe pilots worked all week.", claim.Content.Text);
    }
}
