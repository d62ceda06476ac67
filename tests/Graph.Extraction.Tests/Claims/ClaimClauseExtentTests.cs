namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Where a reported clause ends: a concession set off by ", even as" or ", even though" is the writer's, not part
/// of what was said (", even as a candidate" is not a clause), and so are a contrast after ", though" and an absolute
/// clause after ", with"; a hyphen between spaces is read as a dash; after an object, "and" and a past tense (or "is",
/// "has") start the speaker's next act; a relative clause that tells something ends before the main clause's own cue;
/// a cue in a subordinate clause after a conjunction has its content end with that clause, and so does one in a
/// phrase opened by a preposition ("Alongside Korvix calls for action, ..."), however short its object. Passages are
/// written for these tests.
/// </summary>
public sealed class ClaimClauseExtentTests
{
    [Fact]
    public void A_concession_after_even_as_is_not_what_was_said()
    {
        var g = Extract.From("Ferry service\n\nMayor Lena Brandt said the winter ferry would keep running, even as the storms closed the northern pier for a week.");
        Assert.EndsWith("would keep running", g.ClaimWith("winter ferry").Content.Text);
    }

    [Fact]
    public void Even_as_before_a_noun_phrase_stays_in_the_clause()
    {
        var g = Extract.From("Ferry service\n\nMayor Lena Brandt warned that Tomas Weller, even as a council member, had ignored the ferry crews for years.");
        Assert.EndsWith("for years", g.ClaimWith("Tomas Weller").Content.Text);
    }

    [Fact]
    public void An_absolute_clause_after_with_is_not_what_was_said()
    {
        var g = Extract.From("Ferry service\n\nMayor Lena Brandt said the harbour board had agreed to a winter timetable, with the ferry crews demanding longer breaks between crossings.");
        Assert.EndsWith("a winter timetable", g.ClaimWith("harbour board").Content.Text);
    }

    [Fact]
    public void A_contrast_after_though_is_not_what_was_said()
    {
        var g = Extract.From("Ferry service\n\nMayor Lena Brandt said the winter ferry would run every hour, though the new boats are still in the shipyard.");
        Assert.EndsWith("run every hour", g.ClaimWith("winter ferry").Content.Text);
    }

    [Fact]
    public void A_spaced_hyphen_is_a_dash()
    {
        var g = Extract.From("Ferry service\n\nMayor Lena Brandt said the harbour board had approved the winter timetable - a move the ferry crews had fought for months.");
        Assert.EndsWith("the winter timetable", g.ClaimWith("harbour board").Content.Text);
    }

    [Fact]
    public void And_a_past_tense_after_an_object_is_the_speaker_s_next_act()
    {
        var g = Extract.From("Ferry service\n\nMayor Lena Brandt praised the harbour board and walked out before the vote on winter ferries.");
        Assert.Equal("the harbour board", g.ClaimWith("harbour board").Content.Text);
    }

    [Fact]
    public void And_is_after_an_object_is_the_speaker_s_next_act()
    {
        var g = Extract.From("Ferry service\n\nMayor Lena Brandt criticized the harbour board and is now planning a vote of her own.");
        Assert.Equal("the harbour board", g.ClaimWith("harbour board").Content.Text);
    }

    [Fact]
    public void And_a_past_tense_inside_a_relative_clause_stays_in_the_content()
    {
        var g = Extract.From("Ferry service\n\nMayor Lena Brandt said the clerk who drafted the timetable and checked it twice would resign in May.");
        Assert.EndsWith("would resign in May", g.ClaimWith("the clerk").Content.Text);
    }

    [Fact]
    public void A_relative_clause_s_content_ends_before_the_main_clause_s_cue()
    {
        var g = Extract.From("Ferry service\n\nTomas Weller, who said the fares were too high, said the new boats would arrive in May.");
        Assert.Equal("the fares were too high", g.ClaimWith("fares were").Content.Text);
        var main = g.ClaimWith("new boats");
        Assert.Equal(g.PersonId("Tomas Weller"), main.Speaker);
    }

    [Fact]
    public void Any_reporting_verb_of_the_main_clause_ends_the_relative_clause_s_content()
    {
        var g = Extract.From("Ferry service\n\nTomas Weller, who said the fares were too high, warned the new boats would arrive late.");
        Assert.Equal("the fares were too high", g.ClaimWith("fares were").Content.Text);
    }

    [Fact]
    public void A_subordinate_clause_after_a_conjunction_ends_at_its_comma()
    {
        var g = Extract.From("Ferry service\n\nThe harbour is busy, and while Mayor Lena Brandt is confident in the winter timetable, there is a debate over the ferry fares.");
        Assert.Equal("in the winter timetable", g.ClaimWith("winter timetable").Content.Text);
    }

    [Fact]
    public void A_cue_in_an_opening_prepositional_phrase_ends_at_its_comma_and_the_main_clause_speaks()
    {
        var g = Extract.From("Ferry service\n\nAlongside Korvix calls for action, even a senior Nordbank economist said Karen Lund will have to choose a side.");
        Assert.Equal("action", g.ClaimWith("action").Content.Text);
        var said = g.ClaimWith("choose a side");
        Assert.Equal("a senior Nordbank economist", said.SpeakerMention!.Text);
        Assert.Equal("Karen Lund will have to choose a side", said.Content.Text);
    }

    [Fact]
    public void A_one_word_object_in_an_opening_clause_ends_at_its_comma()
    {
        var g = Extract.From("Ferry service\n\nWhile Westhaven dockers backed Lund, 61 percent to 30 percent, the crews were split.");
        Assert.Equal("Lund", g.ClaimWith("Lund").Content.Text);
    }
}
