namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "before" or "after" and a gerund right after a closing quote tell the speaker's next act, not what was said; so
/// does a finite verb after a comma closing the quote ("described the plan as “a mess,” scrapped the budget").
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

    [Theory]
    [InlineData("scrapped the council's figures and left the pier early", "scrapped")]
    [InlineData("has vetoed it twice and will do so again", "vetoed")]
    public void A_finite_verb_after_a_comma_closing_the_quote_ends_the_content(string after, string verb)
    {
        var g = Extract.From("Ferry levy\n\nOn Monday Mayor Elsa Ruiz described the levy as \u201Ca burden on every island rider,\u201D " + after + ".");
        var claim = g.ClaimWith("a burden on every island rider");
        Assert.DoesNotContain(verb, claim.Content.Text);
        Assert.Equal(g.PersonId("Elsa Ruiz"), claim.Speaker);
    }

    [Theory]
    [InlineData("described the levy as \u201Ca grave error,\u201D made by a council that never rides the boats", "made by a council")]
    [InlineData("argued the levy, \u201Ca grave error,\u201D was dropped in May", "was dropped")]
    public void A_participle_qualifying_the_quote_or_the_verb_of_its_subject_stays_in_the_content(string clause, string kept)
    {
        var g = Extract.From("Ferry levy\n\nOn Monday Mayor Elsa Ruiz " + clause + ".");
        var claim = g.ClaimWith("a grave error");
        Assert.Contains(kept, claim.Content.Text);
    }
}
