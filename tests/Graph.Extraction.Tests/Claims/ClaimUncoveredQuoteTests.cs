namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Quotes that no claim covered: a participle after a closing quote printed as two apostrophes. Passages are
/// written for these tests.
/// </summary>
public sealed class ClaimUncoveredQuoteTests
{
    [Fact]
    public void A_participle_after_a_closing_double_apostrophe_is_a_claim_of_its_own()
    {
        var g = Extract.From("Ferry fares\n\nMs. Greta Lund told the council that the new fares were ''too steep,'' adding that the crews had ''no say at all.''");
        var claim = g.ClaimWith("no say at all");
        Assert.Equal("adding", claim.Cue.Text);
        Assert.Equal(g.PersonId("Greta Lund"), claim.Speaker);
    }
}
