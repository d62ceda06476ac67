namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A relative clause between the reported clause's subject and its verb ("said the board, which ..., will ..."):
/// the verb after it goes on with what was said even when it opens a quote, and a possessive's apostrophe inside
/// the relative clause is no quotation mark. Passages are written for these tests.
/// </summary>
public sealed class ClaimParentheticalSubjectTests
{
    [Fact]
    public void A_verb_opening_a_quote_after_the_relative_clause_goes_on_with_the_content()
    {
        var g = Extract.From("Harbour works\n\nMayor Greta Lindahl spoke at the dock on Monday. She argued the new breakwater, which is strongly supported among the fishers, \"would not last a winter\" without a second wall.");
        var claim = g.ClaimWith("would not last a winter");
        Assert.StartsWith("the new breakwater", claim.Content.Text);
        Assert.Equal(g.PersonId("Greta Lindahl"), claim.Speaker);
    }

    [Fact]
    public void A_possessive_apostrophe_in_the_relative_clause_is_no_quote()
    {
        var g = Extract.From("Harbour works\n\nThe ferry board met on Monday. Board members said a nod from Lindahl, who is popular with the fishers\u2019 union, will help win over the crews at the next vote.");
        var claim = g.ClaimWith("a nod from Lindahl");
        Assert.Contains("will help win over the crews", claim.Content.Text);
    }
}
