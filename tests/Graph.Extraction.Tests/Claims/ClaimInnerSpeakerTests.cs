namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Which of two nested readings names the speaker: a weak cue whose content runs on over a named speaker's own
/// quoted frame ("... who backed which bill that Mayor X said, “...”") does not take the quote from that speaker, while
/// a reporting verb around the same frame still holds it. A participle after a clause goes with its subject, not with
/// a name after "with" and before a preposition in "-ing" ("clashed with X during ..."). A "that" between a noun and a
/// cue that a quote follows is a relative pronoun, the source as written ("a notice that said, “...”"). Passages are
/// written for these tests.
/// </summary>
public sealed class ClaimInnerSpeakerTests
{
    [Fact]
    public void A_named_quoted_frame_inside_a_weak_cue_keeps_its_speaker()
    {
        var g = Extract.From("Harbour quarrel\n\nThe quarrel between the two councillors grew so loud over who backed which harbour bill that Mayor Dana Pruitt said, \"We may soon need an interpreter for this debate.\"");
        var claim = g.ClaimWith("need an interpreter");
        Assert.Equal("said", claim.Cue.Text);
        Assert.Equal(g.PersonId("Dana Pruitt"), claim.Speaker);
    }

    [Fact]
    public void A_reporting_verb_still_holds_a_named_quoted_frame()
    {
        var g = Extract.From("Harbour report\n\nThe Harbour Times reported that at a closed dinner Mayor Dana Pruitt said, \"The ferries will run again by June.\"");
        var claim = g.ClaimWith("ferries will run again");
        Assert.Equal("reported", claim.Cue.Text);
    }

    [Fact]
    public void A_preposition_in_ing_after_with_is_no_participle()
    {
        var g = Extract.From("Harbour hearing\n\nFormer Governor Ann Lavery clashed with Brody during the harbour hearing, chiding him, \"Why does the tide matter to you now?\"");
        var claim = g.ClaimWith("Why does the tide matter");
        Assert.Equal(g.PersonId("Ann Lavery"), claim.Speaker);
    }

    [Fact]
    public void A_that_right_before_a_quoting_cue_is_a_relative_pronoun()
    {
        var g = Extract.From("Ferry notice\n\nThe timetable page was replaced at noon on Friday by a notice that said, \"This crossing is closed until the storm has passed.\"");
        var claim = g.ClaimWith("This crossing is closed");
        Assert.Equal("said", claim.Cue.Text);
        Assert.Equal("that", claim.SpeakerMention!.Text);
    }
}
