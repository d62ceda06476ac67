namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "before" or "after" and a gerund right after a closing quote tell the speaker's next act, not what was said; so
/// does a finite verb after a comma closing the quote ("described the plan as “a mess,” scrapped the budget").
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimNextActTests
{
    [Theory]
    [InlineData("said the levy was \u201Ca burden on every island rider\u201D before hurrying off to the council vote", "hurrying")]
    [InlineData("described the levy as \u201Ca burden on every island rider,\u201D scrapped the council's figures and left the pier early", "scrapped")]
    [InlineData("described the levy as \u201Ca burden on every island rider,\u201D has vetoed it twice and will do so again", "vetoed")]
    public void The_speaker_s_next_act_after_the_quote_ends_the_content(string clause, string act)
    {
        var g = Extract.From("Ferry levy\n\nOn Monday Mayor Elsa Ruiz " + clause + ".");
        var claim = g.ClaimWith("a burden on every island rider");
        Assert.DoesNotContain(act, claim.Content.Text);
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
