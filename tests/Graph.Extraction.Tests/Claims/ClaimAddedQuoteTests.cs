namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// What someone adds ("..., adding that ...") goes on in a quote that opens the next sentence with no cue of its
/// own (annotators join the two in six of eight such train cases). Passages are written for these tests.
/// </summary>
public sealed class ClaimAddedQuoteTests
{
    [Fact]
    public void A_quote_after_an_added_clause_goes_on_with_it()
    {
        var g = Extract.From("Pier toll\n\nMayor Elsa Ruiz defended the pier toll on Monday, adding that the fares would rise again in May. \u201CNobody wants that, but the old pier needs repairs before winter.\u201D");
        var claim = g.ClaimWith("the fares would rise again");
        Assert.EndsWith("before winter.\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Elsa Ruiz"), claim.Speaker);
    }
}
