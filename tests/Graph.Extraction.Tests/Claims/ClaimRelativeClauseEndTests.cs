namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A relative clause set off by commas ("Vera Holm, who backed the levy, ...") ends before its antecedent's own
/// verb, whatever that verb is: what the relative clause's cue reports stops at the closing comma.
/// </summary>
public sealed class ClaimRelativeClauseEndTests
{
    [Fact]
    public void A_relative_clause_ends_before_the_main_verb()
    {
        var g = Extract.From("Ferry vote\n\nVera Holm, who backed the harbour levy in May, quickly lost her seat on the council.");
        var claim = g.ClaimWith("the harbour levy");
        Assert.Equal("the harbour levy in May", claim.Content.Text);
    }

    [Fact]
    public void A_short_content_cut_there_is_kept()
    {
        var g = Extract.From("Ferry vote\n\nThe dock union, which opposed the plan, lost the vote on Monday by a wide margin.");
        Assert.Equal("the plan", g.ClaimWith("the plan").Content.Text);
    }
}
