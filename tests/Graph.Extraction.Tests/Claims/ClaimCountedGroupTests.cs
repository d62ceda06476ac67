namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A group named by a number speaks: "the two write", "big majorities in all four say", "those over 60 say". The
/// number is not read as a determiner left without its noun, and the outer "say" holds the belief after it.
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimCountedGroupTests
{
    [Fact]
    public void The_two_is_a_speaker()
    {
        var g = Extract.From("Ferry letter\n\nCouncillors Ann Lavery and Ivo Brandt sent the port board a letter on Monday. \"The harbour cannot wait for another season of delays,\" the two write.");
        var claim = g.ClaimWith("cannot wait for another season");
        Assert.Equal("the two", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_group_in_all_four_says_what_they_want()
    {
        var g = Extract.From("Harbour poll\n\nAbout two-thirds of voters in all four towns back the levy, but big majorities in all four say they want the ferries kept running through the winter.");
        var claim = g.ClaimWith("the ferries kept running");
        Assert.Equal("say", claim.Cue.Text);
        Assert.Equal("big majorities in all four", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void Those_over_an_age_say_what_they_feel()
    {
        var g = Extract.From("Harbour poll\n\nYounger voters are split on the levy. Those over 70 say they think the ferries matter more than the new road.");
        var claim = g.ClaimWith("the ferries matter more");
        Assert.Equal("say", claim.Cue.Text);
        Assert.Equal("Those over 70", claim.SpeakerMention!.Text);
    }
}
