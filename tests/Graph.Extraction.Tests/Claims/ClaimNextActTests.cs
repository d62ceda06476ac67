namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "before" or "after" and a gerund right after a closing quote tell the speaker's next act, not what was said.
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimNextActTests
{
    [Fact]
    public void Before_and_a_gerund_after_the_quote_end_the_content()
    {
        var g = Extract.From("Ferry levy\n\nAt the pier on Monday, Mayor Elsa Ruiz said the levy was \u201Ca burden on every island rider\u201D before hurrying off to the council vote.");
        var claim = g.ClaimWith("a burden on every island rider");
        Assert.DoesNotContain("hurrying", claim.Content.Text);
        Assert.Equal(g.PersonId("Elsa Ruiz"), claim.Speaker);
    }
}
