namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// News leads often give a speaker's role in their first sentence and the name only in the next: "..., the harbour
/// commissioner has said.¶Ana Ruiz said ...". Passages are written for these tests.
/// </summary>
public sealed class LeadRoleTests
{
    [Theory]
    [InlineData("Ruiz urges fare cut\n\nFerry fares must fall before the summer, the harbour commissioner has said.\n\nAna Ruiz said the board would meet on Monday.")]
    [InlineData("Ruiz urges fare cut\n\nThe harbour commissioner says ferry fares must fall before the summer.\n\nAna Ruiz, who took the post in May, told the board it would meet on Monday.")]
    public void The_lead_s_role_is_the_person_named_next(string text)
    {
        var g = Extract.From(text);
        Assert.Equal(g.PersonId("Ana Ruiz"), g.ClaimWith("must fall before the summer").Speaker);
    }

    [Theory]
    [InlineData("Fare cut urged\n\nFerry fares must fall before the summer, the harbour commissioner has said.\n\nAna Ruiz was appointed to the board in May.")]
    [InlineData("Fare cut urged\n\nTom Beck met the crews as ferry fares must fall before the summer, the harbour commissioner has said.\n\nAna Ruiz said the board would meet on Monday.")]
    public void Not_when_the_person_does_not_speak_or_someone_else_was_named_before(string text)
    {
        var g = Extract.From(text);
        Assert.NotEqual(g.PersonId("Ana Ruiz"), g.ClaimWith("the summer").Speaker);
    }
}
