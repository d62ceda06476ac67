namespace Graph.Extraction.Tests.Claims;

/// <summary>Words that look like cues but report nothing said: each passage made a spurious claim before its rule.</summary>
public sealed class ClaimFalseCueTests
{
    [Fact]
    public void Speaking_with_only_an_audience_place_or_time_is_no_claim()
    {
        var g = Extract.From("Harbour\n\nAna Ruiz spoke at a rally in Port Elm on Friday evening. Tom Berg talked with dock crews for an hour before the vote.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("spoke", StringComparison.Ordinal));
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("talked", StringComparison.Ordinal));
    }

    [Fact]
    public void Speaking_about_a_topic_or_for_a_purpose_is_still_a_claim()
    {
        var g = Extract.From("Harbour\n\nAna Ruiz spoke at a rally in Port Elm about the new harbour levy. Tom Berg spoke to dock crews to defend the ferry timetable.");
        Assert.Equal("Ana Ruiz", g.ClaimWith("the new harbour levy").SpeakerMention!.Text);
        Assert.Equal("Tom Berg", g.ClaimWith("defend the ferry timetable").SpeakerMention!.Text);
    }
}
