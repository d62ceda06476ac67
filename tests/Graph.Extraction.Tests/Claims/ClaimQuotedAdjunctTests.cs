namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A quoted phrase inside an adjunct that opens the sentence ("Because of “heavy seas in the north”, ...", "Arriving to
/// shouts of “Go on!”, ...") is not what the speaker after it said when the verb of saying has a clause of its own:
/// "..., the captain said the ferry would stay in port" reports that the ferry would stay in port. A quote that opens
/// the sentence and is closed by its frame is still what was said. Passages are written for these tests.
/// </summary>
public sealed class ClaimQuotedAdjunctTests
{
    private const string Lead = "Storm at the harbour\n\nThe ferry company met on Monday.\n\n";

    [Theory]
    [InlineData("Because of \u201Cheavy seas in the north\u201D, the captain said the ferry would stay in port.", "the ferry would stay in port")]
    [InlineData("Arriving to shouts of \"Go on now!\", the minister said the plan was working.", "the plan was working")]
    [InlineData("Because of \"rising costs\", she said that the fares would go up in May.", "the fares would go up in May")]
    public void A_quote_in_an_opening_adjunct_is_not_what_the_clause_after_said(string sentence, string said)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal(said, claim.Content.Text);
        Assert.False(claim.Direct);
    }

    [Theory]
    [InlineData("The ferry should go back to \u201Cthe drawing board\u201D, the captain said the next morning.", "the next morning")]
    [InlineData("The crews were let down by \u201Ca few bad skippers\u201D, the harbour master said the day after the race.", "the day after the race")]
    public void A_quote_after_a_clause_of_its_own_or_before_a_time_is_not_passed_over(string sentence, string notSaid)
    {
        var g = Extract.From(Lead + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Start > Lead.Length && c.Content.Text == notSaid);
    }

    [Fact]
    public void A_cry_inside_the_adjunct_does_not_split_the_sentence_or_speak()
    {
        var g = Extract.From(Lead + "Stepping onto the quay to cries of \"Lund! Lund!,\" the mayor said his plan was working.");
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal("his plan was working", claim.Content.Text);
        Assert.Equal("the mayor", claim.SpeakerMention?.Text);
    }

    [Fact]
    public void An_opening_participle_does_not_count_as_a_clause_of_its_own()
    {
        var g = Extract.From(Lead + "Greeted with chants of \"Out, out, out\", the minister said he would not resign.");
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal("he would not resign", claim.Content.Text);
    }

    [Theory]
    [InlineData("\"The seas are too heavy,\" the captain said.", "\"The seas are too heavy,\"")]
    [InlineData("\"The seas are too heavy,\" the captain said on Monday.", "\"The seas are too heavy,\"")]
    public void A_quote_that_opens_the_sentence_is_still_what_was_said(string sentence, string said)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal(said, claim.Content.Text);
        Assert.True(claim.Direct);
    }
}
