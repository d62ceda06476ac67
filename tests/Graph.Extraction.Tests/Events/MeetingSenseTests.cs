namespace Graph.Extraction.Tests.Events;

/// <summary>
/// "hold" and "meet" report a meeting only in that sense: "held talks", "met the minister", "they met in Rome"; not
/// "held at a camp", "on hold", "meet demand", "met Berg's pass", a denied meeting ("no formal talks", "had no plan to
/// ... meet"), a wish ("is eager to meet") or a fixture.
/// </summary>
public sealed class MeetingSenseTests
{
    [Theory]
    [InlineData("The two men were held at a camp near Tallinn by Estonia for a year, Tom Beck and Lars Ove said.")]
    [InlineData("Norland Bank kept its rates on hold, and Dalmark Ports left its fees unchanged.")]
    [InlineData("Norland Bank will build a second yard in Estonia to meet rising demand for ferries.")]
    [InlineData("Tom Beck met Lars Ove's pass at the far post and scored.")]
    [InlineData("Tom Beck denied he had often met Lars Ove to discuss the accounts.")]
    [InlineData("Tom Beck did not meet Lars Ove in Oslo.")]
    [InlineData("Tom Beck will meet Lars Ove in the final on Sunday.")]
    [InlineData("Tom Beck will meet Lars Ove in the second round in Oslo.")]
    [InlineData("A late pass from Tom Beck was met by Lars Ove at the back post.")]
    [InlineData("The firm was founded in 1994, when Tom Beck and Lars Ove met as students in Bergen.")]
    [InlineData("Tom Beck studied in Bergen and met his future wife Anna Kovac there.")]
    [InlineData("Tom Beck said he was hoping to meet Lars Ove in Oslo.")]
    [InlineData("Tom Beck said he was willing to meet Lars Ove in Oslo.")]
    [InlineData("Tom Beck is eager to meet Lars Ove in Oslo.")]
    [InlineData("Tom Beck had no plan this year to visit the yard or meet with Lars Ove.")]
    [InlineData("Tom Beck has held no formal talks with Lars Ove since May.")]
    public void Other_senses_of_hold_and_meet_make_no_meeting(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.Empty(g.Events);
    }

    [Fact]
    public void A_show_named_with_meet_is_no_meeting() =>
        Assert.Empty(Extract.From("Ferry row\n\nOla Brandt is running for mayor.\n\nBrandt told Karen Lund in an interview taped for Sunday\u2019s Meet the Press.").Events);

    [Theory]
    [InlineData("Tom Beck met Lars Ove in Oslo on Monday.")]
    [InlineData("Tom Beck and Lars Ove met in Oslo on Monday.")]
    [InlineData("No plan for the trip was made public but Tom Beck met Lars Ove in Oslo on Monday.")]
    [InlineData("Norland Bank has held \"long, frank and friendly\" talks with Dalmark Ports, its chief said.")]
    public void Meetings_in_that_sense_stay(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.Equal(2, Assert.Single(g.Events).Participants.Count);
    }

    [Theory]
    [InlineData("Tom Beck and Lars Ove held a joint press conference on Monday in Oslo.")]
    [InlineData("Norland Bank and Dalmark Ports held a brief conference call on Monday.")]
    [InlineData("Two envoys, who are to hold two days of talks in Oslo, said the fees would rise.")]
    public void A_press_conference_a_call_or_a_meeting_naming_nobody_is_no_meeting(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.Empty(g.Events);
    }

    [Theory]
    [InlineData("Tom Beck flew to Oslo on Sunday. He met Lars Ove on Monday.")]
    [InlineData("Tom Beck, who will hold two days of talks with Lars Ove in Oslo, said the fees would rise.")]
    public void He_or_who_before_the_verb_is_the_one_they_stand_for(string passage)
    {
        var g = Extract.From("Harbour news\n\n" + passage);
        var meeting = Assert.Single(g.Events);
        Assert.Equal(new[] { g.PersonId("Tom Beck"), g.PersonId("Lars Ove") }.Order(), meeting.Participants.Order());
    }

    [Fact]
    public void He_after_two_people_named_stays_unresolved()
    {
        var g = Extract.From("Harbour news\n\nTom Beck and Per Lund flew to Oslo on Sunday. He met Lars Ove on Monday.");
        Assert.DoesNotContain(g.Events, e => e.Participants.Contains(g.PersonId("Tom Beck")) || e.Participants.Contains(g.PersonId("Per Lund")));
    }

    [Fact]
    public void In_a_sports_report_meet_is_a_fixture()
    {
        const string report = "Harbour news\n\nThe league leaders lost the cup match on a late penalty. Tom Beck will meet Lars Ove on Friday.";
        Assert.Empty(Extract.From(report).Events);
    }

    [Fact]
    public void In_a_sports_report_a_meeting_held_or_for_talks_stays()
    {
        const string report = "Harbour news\n\nThe league leaders lost the cup match on a late penalty. Tom Beck met Lars Ove in a hotel on Friday. "
            + "Anna Kovac will meet Karen Lund to discuss a new contract.";
        Assert.Equal(2, Extract.From(report).Events.Count);
    }

    [Fact]
    public void A_body_holding_its_own_conference_meets_nobody()
    {
        var g = Extract.From("Harbour news\n\nThe Nordic Ferry Workers Union will hold its annual conference in Bergen in May.");
        Assert.Empty(g.Events);
    }

    [Fact]
    public void An_actor_inside_a_who_clause_before_met_is_no_participant()
    {
        var g = Extract.From("Harbour news\n\nTwo councillors who back Tom Beck met Lars Ove in Tallinn on Tuesday.");
        Assert.DoesNotContain(g.Events, e => e.Participants.Contains(g.PersonId("Tom Beck")));
    }

    [Fact]
    public void Where_they_met_does_not_name_the_meeting()
    {
        var g = Extract.From("Harbour news\n\nFive unions met Tom Beck at the harbour workers' winter conference in Oslo.");
        var meeting = Assert.Single(g.Events);
        Assert.DoesNotContain("conference", meeting.Name);
    }

    [Fact]
    public void The_subject_is_the_actor_right_before_the_verb_not_every_actor_in_the_clause()
    {
        // "he" is not resolved by this stage; Estonia, named earlier in the same clause, is not who meets Lars Ove.
        var g = Extract.From("Harbour news\n\nTom Beck flew to a harbour festival for Estonia's fishers and says he hopes to meet Lars Ove soon.");
        Assert.DoesNotContain(g.Events, e => e.Participants.Contains("country:ee"));
    }

    [Fact]
    public void A_place_after_to_is_not_who_holds_the_talks()
    {
        var g = Extract.From("Harbour news\n\nNorland Bank is close to a deal after its chief travelled to Estonia to hold talks with the Dalmark Ports Authority.");
        Assert.DoesNotContain("country:ee", Assert.Single(g.Events).Participants);
    }

    [Fact]
    public void Coordinated_subjects_with_titles_all_take_part()
    {
        var g = Extract.From("Harbour news\n\nLast week Ms Anna Kovac and First Minister Tom Beck met union officials from both ports.");
        Assert.Equal(new[] { g.PersonId("Anna Kovac"), g.PersonId("Tom Beck") }.Order(), Assert.Single(g.Events).Participants.Order());
    }

    [Fact]
    public void A_meeting_named_before_its_passive_verb_keeps_who_it_is_of()
    {
        var g = Extract.From("Harbour news\n\nA meeting of Dalmark Ports will be held on the quay in May about the fees.");
        Assert.Contains(Assert.Single(g.Events).Participants, p => p.Contains("dalmark-ports"));
    }
}
