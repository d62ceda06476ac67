namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// What the frame's neighbours do to the content: a clause before "..., said X" holds every quote in it, titles
/// too, but not a quote set right beside another; a quote after the frame's "as ..." clause is what was said,
/// even after an opening adjunct; a title set beside the book it names after the frame is not; a programme's title
/// after a plural's possessive ("on Fox News' “...”") is no more of the quote, and one right after "told" is whom it
/// was told to, not what. Passages are written for these tests.
/// </summary>
public sealed class ClaimFrameAdjunctQuoteTests
{
    private const string Lead = "Ferry row\n\nThe harbour board met on Monday.\n\n";

    [Fact]
    public void A_clause_with_a_quoted_title_before_the_last_quote_is_all_of_what_was_said()
    {
        var g = Extract.From(Lead + "\"Salt Roads\" was meant to be a \"warning to others,\" said Tom Vale, her agent.");
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal("\"Salt Roads\" was meant to be a \"warning to others,\"", claim.Content.Text);
        Assert.Equal(g.PersonId("Tom Vale"), claim.Speaker);
    }

    [Fact]
    public void Two_quotes_with_no_words_between_them_are_not_one_clause()
    {
        var g = Extract.From(Lead + "\"The fares will rise,\" Ana Berg said. \"We have no choice,\" \"The winter timetable stays as it is,\" her deputy Ola Lind added.");
        var claim = g.ClaimWith("The winter timetable");
        Assert.Equal("\"The winter timetable stays as it is,\"", claim.Content.Text);
        Assert.Equal(g.PersonId("Ola Lind"), claim.Speaker);
    }

    [Theory]
    [InlineData("Berg said, as he greeted his daughter, \"At last the fog has lifted.\"")]
    [InlineData("Berg said as he greeted his daughter, \"At last the fog has lifted.\"")]
    [InlineData("Late on Friday, Berg said as he greeted his daughter in Oslo, \"At last the fog has lifted.\"")]
    public void A_quote_after_the_frame_s_as_clause_is_what_was_said(string sentence)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal("\"At last the fog has lifted.\"", claim.Content.Text);
        Assert.True(claim.Direct);
    }

    [Fact]
    public void A_title_set_beside_a_book_after_the_frame_is_not_what_was_said()
    {
        var g = Extract.From(Lead + "The ferry kept the island alive, Ruiz said in her 2019 memoir, \"A Harbour Life.\"");
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal("The ferry kept the island alive", claim.Content.Text);
    }

    [Fact]
    public void A_clause_with_quotes_before_a_frame_with_an_audience_is_all_of_what_was_said()
    {
        var g = Extract.From(Lead + "After the storm the crews were \"tired\" and \"angry,\" Tom Vale told the Island Post.");
        Assert.Equal("After the storm the crews were \"tired\" and \"angry,\"", g.OnlyClaimAfter(Lead).Content.Text);
    }

    [Fact]
    public void A_title_after_a_plural_possessive_in_the_frame_is_not_more_of_the_quote()
    {
        var g = Extract.From(Lead + "\u201CThe polls are wrong,\u201D Tom Beck said on Monday on Westhaven News\u2019 \u201CHarbour Hour.\u201D");
        Assert.Equal("\u201CThe polls are wrong,\u201D", g.ClaimWith("polls are wrong").Content.Text);
    }

    [Fact]
    public void A_programme_told_after_a_quote_is_the_audience_not_a_second_claim()
    {
        var g = Extract.From(Lead + "\u201CThe polls are wrong,\u201D Tom Beck told \u201CHarbour Hour,\u201D adding that the count was not over.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("Harbour Hour", StringComparison.Ordinal));
        Assert.Equal(g.PersonId("Tom Beck"), g.ClaimWith("polls are wrong").Speaker);
    }

    [Fact]
    public void What_is_told_to_a_programme_after_its_title_is_a_claim()
    {
        var g = Extract.From(Lead + "Tom Beck told \u201CHarbour Hour\u201D on Monday that the count was not over.");
        var claim = g.ClaimWith("count was not over");
        Assert.Equal("told", claim.Cue.Text);
        Assert.Equal(g.PersonId("Tom Beck"), claim.Speaker);
    }
}
