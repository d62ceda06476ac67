namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Currently, a ferry can take a year to build, says Ola Brandt.": the words between two commas before an inverted
/// cue are a clause of what was said when they hold a verb of their own, not an apposition describing a speaker
/// before them; the speaker is the one after the cue. An apposition with a relative or subordinate clause inside
/// ("Tom Lund, a fisher who has ..., said", "Ana Ruiz, elected after the mayor was ousted, has urged") still describes
/// the name before it. Passages are written for these tests.
/// </summary>
public sealed class ClaimClauseBeforeInvertedCueTests
{
    [Theory]
    [InlineData("Currently, a new ferry would cost the port two years of fees, says Mr Brandt.", "a new ferry would cost")]
    [InlineData("Fees, crews and fuel will decide whether the ferry runs next winter, said Mr Brandt.", "will decide whether the ferry")]
    public void A_clause_between_commas_is_what_was_said(string sentence, string said)
    {
        var g = Extract.From("Harbour plans\n\nOla Brandt runs the harbour board. " + sentence);
        var claim = g.ClaimWith(said);
        Assert.Equal(g.PersonId("Ola Brandt"), claim.Speaker);
        Assert.StartsWith(sentence.Split(',')[0], claim.Content.Text);
    }

    [Fact]
    public void An_apposition_with_a_relative_clause_still_describes_the_speaker()
    {
        var g = Extract.From("Harbour plans\n\nTom Lund, a fisher who has worked the bay for years, said the new fees were too high.");
        Assert.Equal(g.PersonId("Tom Lund"), g.ClaimWith("fees were too high").Speaker);
    }

    [Fact]
    public void An_apposition_with_a_subordinate_clause_still_describes_the_speaker()
    {
        var g = Extract.From("Harbour plans\n\nKaren Lund, elected chair in May after the old board was dissolved, has urged the council to cut the harbour fees.");
        Assert.Equal(g.PersonId("Karen Lund"), g.ClaimWith("cut the harbour fees").Speaker);
    }

    [Theory]
    [InlineData("Ola Brandt, asked what could be done about the queues, said the port needed another crane.")]
    [InlineData("Ola Brandt, asked how long the work would take, said the port needed another crane.")]
    public void An_apposition_with_a_question_inside_still_describes_the_speaker(string sentence)
    {
        var g = Extract.From("Harbour plans\n\n" + sentence);
        Assert.Equal(g.PersonId("Ola Brandt"), g.ClaimWith("needed another crane").Speaker);
    }

    [Fact]
    public void A_short_speaker_and_verb_ending_the_sentence_frame_an_expectation_before_them()
    {
        var g = Extract.From("Ferry fares\n\nFerry traffic is expected to climb again next year, harbour economists predict.");
        var claim = g.ClaimWith("expected to climb");
        Assert.Equal("harbour economists", claim.SpeakerMention!.Text);
        Assert.Equal("predict", claim.Cue.Text);
    }

    [Fact]
    public void A_possessive_and_a_noun_after_a_comma_are_no_frame()
    {
        var g = Extract.From("Ferry fares\n\nWe are now told that the test of every fare rise is, of all things, the mayor's promises.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text is "promises");
    }

    [Fact]
    public void A_report_before_a_closing_frame_keeps_its_own_speaker()
    {
        var g = Extract.From("Ferry fares\n\nThe harbour board said costs would rise, analysts agree.");
        Assert.Contains(g.Claims, c => c.Cue.Text == "said" && c.SpeakerMention?.Text == "The harbour board");
    }
}
