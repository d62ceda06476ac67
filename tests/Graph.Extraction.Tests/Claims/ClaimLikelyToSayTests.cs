using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>"X are more likely to say ...": a poll's finding about what a group tends to say, with the group as its source.</summary>
public sealed class ClaimLikelyToSayTests
{
    [Fact]
    public void The_subject_of_likely_says_what_follows()
    {
        var g = Extract.From("Harbor poll\n\nOlder boat owners are now less likely to say the ferry levy must go.");
        var claim = g.ClaimWith("the ferry levy must go");
        Assert.Equal("Older boat owners", claim.SpeakerMention!.Text);
    }
}
