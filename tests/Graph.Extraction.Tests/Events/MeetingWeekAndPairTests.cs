using Graph.Core.Model;

namespace Graph.Extraction.Tests.Events;

/// <summary>
/// A meeting "next week" or "last month" keeps that as its date text (not "said last week", when it was reported);
/// talks "between" two countries have both, also when a verb follows the second; and two meetings named only by
/// who met are one only when one's people are among the other's or they fall on the same day. Passages are written for
/// these tests.
/// </summary>
public sealed class MeetingWeekAndPairTests
{
    [Fact]
    public void A_meeting_next_week_keeps_next_week_as_its_date()
    {
        var g = Extract.From("Harbour talks\n\nNorwegian Prime Minister Ola Brandt will meet Danish Prime Minister Karen Lund in Copenhagen next week, officials said.");
        Assert.Equal("next week", Assert.Single(g.Events).DateText);
    }

    [Fact]
    public void When_the_meeting_was_reported_is_not_its_date()
    {
        var g = Extract.From("Harbour talks\n\nOla Brandt told reporters last week he planned to meet Tom Beck in Oslo.");
        Assert.Null(Assert.Single(g.Events).DateText);
    }

    [Fact]
    public void Talks_between_two_countries_have_both_when_a_verb_follows()
    {
        var g = Extract.From("Harbour talks\n\nThe talks between Norway and Denmark broke down in May.");
        Assert.Equal(new[] { "country:dk", "country:no" }, Assert.Single(g.Events).Participants.Order());
    }

    [Fact]
    public void Meeting_one_person_and_meeting_another_are_two_meetings()
    {
        var g = Extract.From("Harbour talks\n\nNorwegian Prime Minister Ola Brandt will meet Danish Prime Minister Karen Lund in Copenhagen next week, officials said.\n\n" +
            "Brandt said on Monday that he would also meet Tom Beck in Oslo.");
        Assert.Equal(2, g.Events.Count(e => e.Type == EventTypes.Meeting));
        Assert.Contains(g.Events, e => e.Participants.Contains(g.PersonId("Tom Beck")) && !e.Participants.Contains(g.PersonId("Karen Lund")));
    }
}
