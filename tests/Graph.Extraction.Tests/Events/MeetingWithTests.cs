namespace Graph.Extraction.Tests.Events;

/// <summary>
/// "held talks with X and Y" and "Ruiz's meeting with Berg" name who the talks were with; a meeting's name is the
/// noun phrase of the meeting, not the time or purpose words before it.
/// </summary>
public sealed class MeetingWithTests
{
    [Fact]
    public void Held_talks_with_two_people_makes_all_three_participants()
    {
        var g = Extract.From("Harbour fees\n\nAnna Kovac held talks with Tom Beck and Lars Ove in Oslo on Monday.");
        var meeting = Assert.Single(g.Events);
        Assert.Equal(
            new[] { g.PersonId("Anna Kovac"), g.PersonId("Tom Beck"), g.PersonId("Lars Ove") }.Order(),
            meeting.Participants.Order());
    }

    [Fact]
    public void Talks_with_people_named_in_appositions_take_them_all_in()
    {
        var g = Extract.From("Harbour fees\n\nAnna Kovac held talks with her Danish counterpart, Tom Beck, and the dockers' leader, Lars Ove, on Monday.");
        Assert.Superset(
            new[] { g.PersonId("Anna Kovac"), g.PersonId("Tom Beck"), g.PersonId("Lars Ove") }.ToHashSet(),
            Assert.Single(g.Events).Participants.ToHashSet());
    }

    [Fact]
    public void A_name_after_a_comma_that_starts_a_new_clause_is_not_met()
    {
        var g = Extract.From("Harbour fees\n\nAnna Kovac met Tom Beck, Lars Ove told the Harbour Courier on Monday.");
        Assert.DoesNotContain(g.PersonId("Lars Ove"), Assert.Single(g.Events).Participants);
    }

    [Fact]
    public void A_possessor_meets_the_one_after_with()
    {
        var g = Extract.From("Harbour fees\n\nAnna Kovac's meeting with Lars Ove went well, aides said.");
        var meeting = Assert.Single(g.Events);
        Assert.Equal(new[] { g.PersonId("Anna Kovac"), g.PersonId("Lars Ove") }.Order(), meeting.Participants.Order());
    }

    [Fact]
    public void Talks_with_someone_in_an_opening_phrase_make_no_meeting_of_one()
    {
        // Who held the talks is the main clause's subject, which this stage does not follow across the comma.
        var g = Extract.From("Harbour fees\n\nAfter talks with Lars Ove, Anna Kovac said the fees were fair.");
        Assert.Empty(g.Events);
    }

    [Theory]
    [InlineData("Talks between Norland Bank and Dalmark Ports, which began in May, failed.", "Talks")]
    [InlineData("Norland Bank will try to revive pier talks between Tom Beck and Anna Kovac.", "pier talks")]
    [InlineData("A meeting of Norland Bank staff will be held soon.", "meeting of Norland Bank staff")]
    [InlineData("Tom Beck held \"frank\" talks with Anna Kovac - the first since May - in Riga.", "talks")]
    public void The_name_stops_at_a_clause_an_aside_or_a_verb(string sentence, string name)
    {
        var g = Extract.From("Harbour fees\n\n" + sentence);
        Assert.Equal(name, Assert.Single(g.Events).Name);
    }

    [Fact]
    public void The_name_leaves_out_time_and_purpose_words_before_the_noun()
    {
        var g = Extract.From("Harbour fees\n\nAnna Kovac met Tom Beck in Riga last week for pier talks.");
        Assert.Equal("pier talks", Assert.Single(g.Events).Name);
    }
}
