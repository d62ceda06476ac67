namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A share written with a per cent sign is part of its phrase: "Some 40% of voters said" is said by "Some 40% of
/// voters" (not "of voters"), and what is expected of "Roughly 30% to 35% of pass holders" or "The 2.5% drop in
/// crossings" keeps the share; a spaced dash before the share ends the phrase. Passages are written for these tests.
/// </summary>
public sealed class ClaimShareSpeakerTests
{
    [Fact]
    public void A_share_of_people_is_the_whole_speaker_phrase()
    {
        var g = Extract.From("Ferry poll\n\nSome 40% of island voters said the mayor should resign over the fares.");
        Assert.Equal("Some 40% of island voters", g.ClaimWith("should resign").SpeakerMention?.Text);
    }

    [Fact]
    public void What_is_expected_keeps_its_share_and_its_percentage()
    {
        var g = Extract.From("Ferry timetable\n\nRoughly 30% to 35% of season pass holders are expected to switch to the night boat. "
            + "The 2.5% drop in crossings had been widely expected, as the summer was wet and stormy.");
        Assert.StartsWith("Roughly 30% to 35% of season pass holders", g.ClaimWith("switch to the night boat").Content.Text);
        Assert.StartsWith("The 2.5% drop in crossings", g.ClaimWith("drop in crossings").Content.Text);
    }

    [Fact]
    public void A_spaced_dash_before_the_share_ends_the_phrase()
    {
        var g = Extract.From("Ferry vote\n\nThe count ended on Friday - 67% of islanders said they wanted to keep the early boat.");
        Assert.Equal("67% of islanders", g.ClaimWith("keep the early boat").SpeakerMention?.Text);
    }

    [Fact]
    public void The_share_opens_its_phrase()
    {
        var g = Extract.From("Ferry fees\n\nBy March 60% of members said the fees were too high.");
        Assert.Equal("60% of members", g.ClaimWith("fees were too high").SpeakerMention?.Text);
    }
}
