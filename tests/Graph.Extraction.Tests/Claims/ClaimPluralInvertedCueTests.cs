namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "..., say the Tories.", "..., warn union leaders.": a base form of a reporting verb inverts with a plural speaker
/// after it, as "says" does with one, so the lead is the speaker's claim. Passages are written for these tests.
/// </summary>
public sealed class ClaimPluralInvertedCueTests
{
    [Theory]
    [InlineData("A costly pier on the harbour is being used to win votes in the islands, say the Tories.", "say", "costly pier", "institution:conservative-party-gb")]
    [InlineData("Thousands of ferry crews could strike if the harbour board cuts their pay, warn union leaders.", "warn", "ferry crews could strike", null)]
    public void A_base_form_before_a_plural_speaker_frames_what_comes_before(string sentence, string cue, string content, string? speaker)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        var claim = Assert.Single(g.Claims, c => c.Cue.Text == cue);
        Assert.Contains(content, claim.Content.Text);
        Assert.Equal(speaker, claim.Speaker);
        Assert.NotNull(claim.SpeakerMention);
    }
}
