namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// ", and" followed by a noun phrase with a finite verb of its own after a reported clause (not a "that" clause)
/// starts the writer's next statement: what was said ends at the comma.
/// </summary>
public sealed class ClaimCoordinateClauseTests
{
    [Fact]
    public void A_new_subject_after_comma_and_ends_what_was_said()
    {
        var g = Extract.From("Pier closure\n\nThe harbour master shut the pier on Monday, as Ruiz had warned he might, and the ferry board did nothing at all.");
        var warned = g.ClaimWith("he might");
        Assert.DoesNotContain("ferry board", warned.Content.Text);
    }

    [Fact]
    public void A_named_subject_with_an_adverb_before_its_verb_ends_the_object_of_a_cue()
    {
        var g = Extract.From("Ferry fares\n\nAna Ruiz praised the new winter timetable for the island ferries, and Tom Berg then raised the fares by a third.");
        var praised = g.ClaimWith("the new winter timetable");
        Assert.Equal("Ana Ruiz", praised.SpeakerMention!.Text);
        Assert.DoesNotContain("raised the fares", praised.Content.Text);
    }

    [Fact]
    public void A_that_clause_keeps_its_second_conjunct()
    {
        var g = Extract.From("Ferry fares\n\nAna Ruiz argued that ferry tickets would cost more by April, and the deckhands would walk out by June.");
        Assert.Contains("the deckhands would walk out", g.ClaimWith("ferry tickets would cost more").Content.Text);
    }

    [Fact]
    public void A_verb_in_a_relative_clause_of_a_list_item_is_not_a_new_subjects_verb()
    {
        var g = Extract.From("Ferry plan\n\nAna Ruiz praised the lower fares, the longer hours, and a new pier where ferries can dock at night.");
        Assert.Contains("a new pier where ferries can dock", g.ClaimWith("the lower fares").Content.Text);
    }
}
