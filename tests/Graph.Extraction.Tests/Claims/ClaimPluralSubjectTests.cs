namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A plural noun right before a verb of saying in its bare form ("critics claim the levy ...") agrees with it, so the
/// word is read as a verb even where it is more often a noun ("an insurance claim"); "a damages claim" and "EU member
/// states" stay nouns. A share of a group ("Most of the skippers", "half of the crews", "a majority of the islanders")
/// keeps the share in the speaker phrase. Passages are written for these tests.
/// </summary>
public sealed class ClaimPluralSubjectTests
{
    private const string Lead = "Ferry levy\n\nThe harbour board met on Monday.\n\n";

    [Theory]
    [InlineData("Critics claim the new levy will empty the harbour.", "Critics", "the new levy will empty the harbour")]
    [InlineData("Local skippers claim the quota was set far too low.", "Local skippers", "the quota was set far too low")]
    public void A_bare_verb_after_a_plural_subject_is_a_cue(string sentence, string speaker, string said)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal(speaker, claim.SpeakerMention?.Text);
        Assert.Equal(said, claim.Content.Text);
    }

    [Theory]
    [InlineData("The skipper lodged a damages claim for $2m against the harbour board.")]
    [InlineData("The treaty stalled when Malta, one of the smallest EU member states, voted against it.")]
    [InlineData("The damages claim was rejected by the court last week.")]
    [InlineData("His expenses claim was rejected at the hearing.")]
    public void A_compound_noun_is_no_cue(string sentence)
    {
        var g = Extract.From(Lead + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Start > Lead.Length && c.Cue.Text.StartsWith("claim") || c.Cue.Text == "states");
    }

    [Theory]
    [InlineData("A committee member states that the rules were broken.", "A committee member")]
    [InlineData("The harbour has a plan which critics claim will close the pier.", "critics")]
    public void A_verb_after_a_noun_that_could_be_a_compound_is_still_a_cue(string sentence, string speaker)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal(speaker, claim.SpeakerMention?.Text);
    }

    [Theory]
    [InlineData("Most of the skippers said the levy was unfair.", "Most of the skippers")]
    [InlineData("Half of the crews claim the new levy is unfair.", "Half of the crews")]
    [InlineData("A majority of the islanders believe the ferry will close.", "A majority of the islanders")]
    [InlineData("Some of the crews told the board that they would strike.", "Some of the crews")]
    [InlineData("Two thirds of the members said the strike should go ahead.", "Two thirds of the members")]
    public void A_share_of_a_group_stays_in_the_speaker_phrase(string sentence, string speaker)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal(speaker, claim.SpeakerMention?.Text);
    }
}
