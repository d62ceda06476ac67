namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A "not" before a quantifier ("Not everyone is convinced", "not all islanders agree") belongs to the speaker phrase,
/// and to what is read when the phrase opens the content: without it the claim says the opposite. Passages are
/// written for these tests.
/// </summary>
public sealed class ClaimNegatedQuantifierTests
{
    private const string Lead = "Ferry schedule\n\nThe ferry company met on Monday.\n\n";

    [Theory]
    [InlineData("Not all islanders are convinced that the ferry will run on time.", "Not all islanders")]
    [InlineData("But not everyone agrees that the new timetable will help.", "not everyone")]
    public void The_not_stays_with_the_speaker(string sentence, string speaker)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal(speaker, claim.SpeakerMention?.Text);
    }

    [Theory]
    [InlineData("Many if not most skippers believe the quota will be cut.", "most skippers")]
    [InlineData("Some if not all crews say the levy must go.", "all crews")]
    public void A_not_joining_two_shares_is_not_a_negation(string sentence, string speaker)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal(speaker, claim.SpeakerMention?.Text);
    }

    [Fact]
    public void The_not_stays_with_a_content_the_phrase_opens()
    {
        var g = Extract.From(Lead + "But not everyone is impressed these days with the new timetable.");
        var claim = g.OnlyClaimAfter(Lead);
        Assert.StartsWith("not everyone", claim.Content.Text);
    }

    [Fact]
    public void A_not_after_the_verb_is_not_the_speakers()
    {
        var g = Extract.From(Lead + "The islanders said not all ferries would run.");
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal("The islanders", claim.SpeakerMention?.Text);
        Assert.Equal("not all ferries would run", claim.Content.Text);
    }
}
