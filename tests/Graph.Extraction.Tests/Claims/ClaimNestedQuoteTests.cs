namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A curly quote opened inside an open one (a phrase someone else coined, quoted within the quote) is closed
/// before the outer one, when the paragraph holds closing marks for both. Passages are written for these tests.
/// </summary>
public sealed class ClaimNestedQuoteTests
{
    [Fact]
    public void An_inner_quote_with_the_same_marks_does_not_cut_the_outer_one()
    {
        var g = Extract.From("Bridge vote\n\nThe island council met on Tuesday.\n\n\u201CI would rather ride what the mayor calls \u201Cthe slow boat\u201D than wait ten more years for a bridge,\u201D said Ana Ruiz, a ferry pilot.");
        var claim = g.ClaimWith("I would rather ride");
        Assert.EndsWith("for a bridge,\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void An_opening_mark_without_closing_marks_for_both_stays_ignored()
    {
        var g = Extract.From("Bridge vote\n\nThe island council met on Tuesday.\n\n\u201CWe will keep the ferry \u201Crunning every hour,\u201D said Ana Ruiz, a ferry pilot.");
        var claim = g.ClaimWith("keep the ferry");
        Assert.EndsWith("every hour,\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }
}
