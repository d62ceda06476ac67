namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "New fees for ferries have been announced by the harbour board": what the agent of a passive announced or rejected is
/// the whole subject, from the clause's first word to the verb group, not its last noun ("ferries"); the subject
/// stops at what opens a clause of its own ("after the plan ... was rejected by") or may be its verb. Passages are
/// written for these tests.
/// </summary>
public sealed class ClaimPassiveSubjectTests
{
    [Theory]
    [InlineData("New fees for ferries and fishing boats in the port of Westhaven have been announced by the harbour board.",
        "announced", "New fees for ferries and fishing boats in the port of Westhaven")]
    [InlineData("A call for two more ferries to serve the northern islands has been rejected by Karen Lund.",
        "rejected", "A call for two more ferries to serve the northern islands")]
    [InlineData("Plans to widen the harbour of Dunmore were criticised by Karen Lund on Monday.",
        "criticised", "Plans to widen the harbour of Dunmore")]
    public void The_agent_stated_the_whole_subject(string sentence, string cue, string content)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        var claim = Assert.Single(g.Claims, c => c.Cue.Text == cue);
        Assert.Equal(content, claim.Content.Text);
    }

    [Fact]
    public void The_subject_stops_where_a_clause_of_its_own_opens()
    {
        var g = Extract.From("Harbour news\n\nThe ferry line has been in trouble after the plan for a new pier was rejected by Karen Lund.");
        var claim = Assert.Single(g.Claims, c => c.Cue.Text == "rejected");
        Assert.Equal("the plan for a new pier", claim.Content.Text);
    }
}
