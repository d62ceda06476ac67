namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Initial reports suggested ...", "Press reports claim ...", "with reports saying ...": a plural such as "reports"
/// right before a verb of telling is that verb's subject, not a verb with the word before it as speaker.
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimReportsNounTests
{
    [Theory]
    [InlineData("Initial reports suggested that the fire started in the engine room.", "Initial reports", "suggested")]
    [InlineData("Press reports claim the ferry had failed a safety check.", "Press reports", "claim")]
    [InlineData("Local media reports say the captain was not on board.", "Local media reports", "say")]
    public void Reports_before_a_verb_of_telling_are_its_subject(string sentence, string speaker, string cue)
    {
        var g = Extract.From("Ferry fire\n\nA ferry caught fire off Tromsdal on Sunday. " + sentence);
        var claim = g.Claims.Single(c => sentence.Contains(c.Content.Text) && c.Content.Text.Length > 10);
        Assert.Equal(speaker, claim.SpeakerMention!.Text);
        Assert.Equal(cue, claim.Cue.Text);
    }

    [Fact]
    public void Reports_after_with_speak_for_themselves_not_the_sentence_subject()
    {
        var g = Extract.From("Fraud inquiry\n\nNordic police have held three managers at the dairy firm Yolo, with reports saying the three could face charges of fraud.");
        var claim = g.ClaimWith("could face charges");
        Assert.Equal("reports", claim.SpeakerMention!.Text);
        Assert.Empty(claim.Speakers);
    }

    [Fact]
    public void A_report_as_a_verb_still_has_its_subject_as_speaker()
    {
        var g = Extract.From("Ferry fire\n\nThe Tromsdal Times reports that the ferry had failed a safety check.");
        Assert.Equal("reports", g.ClaimWith("failed a safety check").Cue.Text);
    }
}
