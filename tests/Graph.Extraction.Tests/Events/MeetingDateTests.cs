using Graph.Extraction.Events;

namespace Graph.Extraction.Tests.Events;

/// <summary>How the date a meeting is reported for becomes a calendar date.</summary>
public sealed class MeetingDateTests
{
    [Theory]
    [InlineData("12 May 2024", null, "2024-05-12")]
    [InlineData("May 12, 2024", null, "2024-05-12")]
    [InlineData("Sept. 10, 2012", null, "2012-09-10")]
    [InlineData("13 January", null, null)]                  // no year and no publication date: not the year 2013
    [InlineData("13 January", "2005-02-10", "2005-01-13")]  // the publication's year
    [InlineData("28 December", "2005-01-04", "2004-12-28")] // the year before, as it is the nearer
    [InlineData("3 January", "2004-12-20", "2005-01-03")]   // the year after
    [InlineData("May 2024", null, null)]                    // a month is not a day
    [InlineData("Tuesday", "2005-02-10", "2005-02-08")]
    [InlineData("Tuesday", null, null)]
    [InlineData("tomorrow", "2005-02-10", "2005-02-11")]
    public void Dates_are_resolved_only_as_far_as_the_text_and_publication_date_allow(string text, string? published, string? expected) =>
        Assert.Equal(expected, MeetingExtractor.ResolveDate(text, published));

    [Theory]
    [InlineData("Tuesday", "2005-02-10", "2005-02-15")]     // a Thursday: the Tuesday after
    [InlineData("Thursday", "2005-02-10", "2005-02-10")]    // the day itself
    public void A_weekday_of_a_meeting_still_to_come_is_the_next_such_day(string text, string published, string expected) =>
        Assert.Equal(expected, MeetingExtractor.ResolveDate(text, published, ahead: true));

    [Theory]
    [InlineData("Ferry talks\n\nThe Norwegian and Danish ministers will hold talks in Oslo on Tuesday about the ferry route.", "2005-02-15")]
    [InlineData("Ferry talks\n\nThe Norwegian and Danish ministers held talks in Oslo on Tuesday about the ferry route.", "2005-02-08")]
    [InlineData("Ferry talks\n\nThe ferry ministers Ola Brandt and Karen Lund meet in Oslo on Tuesday to settle the route.", "2005-02-15")]
    [InlineData("Ferry talks\n\nThe Norwegian minister said on Monday that she will meet her Danish counterpart in Oslo on Tuesday.", "2005-02-15")]
    public void The_tense_of_the_meeting_decides_which_weekday_is_meant(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Extract.From(text, published: "2005-02-10").Events).Date);

    [Fact]
    public void The_day_a_meeting_was_announced_is_not_its_date() =>
        Assert.Null(Assert.Single(Extract.From("Ferry talks\n\nThe Norwegian minister, announcing on Monday that she will meet her Danish counterpart in Oslo, gave no date.",
            published: "2005-02-10").Events).Date);

    [Fact]
    public void A_meeting_on_a_day_of_a_month_gets_no_invented_year()
    {
        var g = Extract.From("Port talks\n\nThe Norwegian and Danish ministers held talks in Oslo on 13 January about the ferry route.");
        var meeting = Assert.Single(g.Events);
        Assert.Equal("13 January", meeting.DateText);
        Assert.Null(meeting.Date);
    }

    [Fact]
    public void A_meeting_without_a_name_is_named_by_its_participants_as_a_list()
    {
        var g = Extract.From("Irena Kos met Tomas Vidal and Ana Lopes in Lisbon on Friday.");
        Assert.Equal("meeting of Irena Kos, Tomas Vidal and Ana Lopes", Assert.Single(g.Events).Name);
    }
}
