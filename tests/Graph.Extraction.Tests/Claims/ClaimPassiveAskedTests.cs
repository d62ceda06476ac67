namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "X was asked ...": the one asked is the passive's subject, and what was asked is the question after the verb,
/// not the subject with it; the one after "by" asked it. Passages are written for these tests.
/// </summary>
public sealed class ClaimPassiveAskedTests
{
    [Fact]
    public void The_question_after_a_passive_asked_leaves_out_the_one_asked()
    {
        var g = Extract.From("Harbour fund\n\nAt the quay on Monday, Ola Brandt was asked, \u201CWhich town gets the most?\u201D");
        var claim = g.ClaimWith("Which town gets the most");
        Assert.Equal("asked", claim.Cue.Text);
        Assert.Equal("\u201CWhich town gets the most?\u201D", claim.Content.Text);
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void The_one_after_by_asked_the_quote_after_the_comma()
    {
        var g = Extract.From("Harbour fund\n\nOla Brandt was asked by host Karen Lund, who backs the fund, \u201CWhy not close it now?\u201D");
        var claim = g.ClaimWith("Why not close it now");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.DoesNotContain("host", claim.Content.Text);
    }

    [Fact]
    public void A_time_after_the_passive_is_not_the_question()
    {
        var g = Extract.From("Harbour fund\n\nMs Lund was asked last Friday whether the new fees would bring more ships.");
        var claim = g.ClaimWith("new fees would bring");
        Assert.Equal("asked", claim.Cue.Text);
        Assert.StartsWith("whether the new fees", claim.Content.Text);
    }
}
