namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// How far a direct quote's content runs: a stray straight closing mark does not open a quote; a curly opening mark
/// that opens a sentence ends a quote left open before it; a clause with a subject of its own subordinated after the
/// closing quote is not what was said, nor is a reporting participle after "while" or "after"; a quote after ", but"
/// goes on with what was said, and so do a quote in a relative clause that has no cue of its own and a "that" clause
/// or an infinitive set off after a frame that splits what was said; a straight mark setting off a block quoted from
/// elsewhere leaves the curly quotes inside it to pair with each other; a clause interrupted by an inverted speaker
/// and its apposition goes on after them. Passages are written for these tests.
/// </summary>
public sealed class ClaimQuoteExtentTests
{
    [Fact]
    public void A_stray_straight_closing_mark_opens_no_quote()
    {
        // A pull quote signed on its own line closes after the name: that mark closes nothing, and the plain
        // paragraph after it is no one's quote.
        var g = Extract.From("Ferry plan\n\n\"The ferry must run all winter.\nMayor Lena Brandt.\"\n\nThe council has delayed the vote twice since the spring storms.\n\n\u201CThe ferry must run all winter,\u201D said Lena Brandt, the mayor of the port.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("delayed the vote", StringComparison.Ordinal));
        var claim = g.ClaimWith("must run all winter,");
        Assert.Equal(g.PersonId("Lena Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_subordinate_clause_after_the_closing_quote_is_the_frame_s()
    {
        var g = Extract.From("Harbour plan\n\nMayor Lena Brandt says the harbour plan is \u201Ca real step forward\u201D as she prepares for the council vote in May.");
        var claim = g.ClaimWith("a real step forward");
        Assert.EndsWith("step forward\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Lena Brandt"), claim.Speaker);
    }

    [Fact]
    public void When_it_comes_to_goes_on_with_what_was_said()
    {
        var g = Extract.From("Harbour plan\n\nMayor Lena Brandt said the board had done its \u201Choming work\u201D when it comes to ferry timetables.");
        var claim = g.ClaimWith("homing work");
        Assert.EndsWith("ferry timetables", claim.Content.Text);
    }

    [Fact]
    public void An_opening_mark_that_opens_a_sentence_ends_the_quote_left_open()
    {
        // The first quote lost its closing mark: it ends with its sentence, and the second quote is the next speaker's.
        var g = Extract.From("Ferry vote\n\nMayor Lena Brandt said the harbour plan was \u201Ca step too far.  \u201CWe never agreed to close the pier,\u201D said Tomas Weller, a council member.");
        var claim = g.ClaimWith("never agreed");
        Assert.Equal(g.PersonId("Tomas Weller"), claim.Speaker);
        Assert.StartsWith("\u201CWe never", claim.Content.Text);
        Assert.EndsWith("too far", g.ClaimWith("a step too far").Content.Text);
    }

    [Fact]
    public void A_reporting_participle_after_while_is_a_telling_of_its_own()
    {
        var g = Extract.From("Pier closure\n\nMayor Lena Brandt insisted the council was \u201Cfar too hasty\u201D to close the old pier while adding that the winter ferry would keep running.");
        var claim = g.ClaimWith("far too hasty");
        Assert.EndsWith("the old pier", claim.Content.Text);
        Assert.Equal("adding", g.ClaimWith("winter ferry").Cue.Text);
    }

    [Fact]
    public void A_quote_after_but_goes_on_with_a_split_quote()
    {
        var g = Extract.From("Ferry fares\n\n\u201CI like the new boats,\u201D Tomas Weller said, but \u201Cthe fares are far too high for island families.\u201D");
        var claim = g.ClaimWith("new boats");
        Assert.EndsWith("island families.\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Tomas Weller"), claim.Speaker);
    }

    [Fact]
    public void A_quote_after_but_goes_on_with_a_reported_clause()
    {
        var g = Extract.From("Ferry fares\n\nTomas Weller said he had looked at the new timetable, but \u201Cthe fares are far too high for island families.\u201D");
        var claim = g.ClaimWith("new timetable");
        Assert.EndsWith("island families.\u201D", claim.Content.Text);
    }

    [Fact]
    public void A_quote_in_a_relative_clause_goes_on_with_what_was_said()
    {
        var g = Extract.From("Ferry vote\n\nMayor Lena Brandt said she hoped for a large turnout at the harbour, which \u201Cwill help the ferry crews win the vote.\u201D");
        var claim = g.ClaimWith("large turnout");
        Assert.EndsWith("win the vote.\u201D", claim.Content.Text);
    }

    [Fact]
    public void A_relative_clause_with_its_own_cue_is_another_telling()
    {
        var g = Extract.From("Ferry vote\n\nMayor Lena Brandt said the pier tax would pass, which she called \u201Ca gift to the crews.\u201D");
        Assert.EndsWith("would pass", g.ClaimWith("pier tax").Content.Text);
        Assert.Equal("called", g.ClaimWith("a gift to the crews").Cue.Text);
    }

    [Fact]
    public void A_that_clause_after_a_splitting_frame_goes_on_with_what_was_said()
    {
        var g = Extract.From("Ferry delays\n\nThe logbooks show, Tomas Weller said at the dock meeting on Friday, that the ferries ran late all winter.");
        var claim = g.ClaimWith("logbooks show");
        Assert.EndsWith("late all winter", claim.Content.Text);
    }

    [Fact]
    public void A_that_clause_after_a_split_quote_s_frame_goes_on_with_the_quote()
    {
        var g = Extract.From("Ferry delays\n\n\u201CIt is our bad luck,\u201D Tomas Weller said, that both storms hit the harbour in one week.");
        var claim = g.ClaimWith("bad luck");
        Assert.EndsWith("in one week", claim.Content.Text);
        Assert.Equal(g.PersonId("Tomas Weller"), claim.Speaker);
    }

    [Fact]
    public void A_straight_mark_opening_a_block_leaves_the_curly_quotes_inside_to_pair()
    {
        var g = Extract.From("Harbour report\n\nThe Harbour Times described the evening this way:\n\n\"At the pier, Ana Ruiz said the boats were \u201Cabsurdly late\u201D and the crews were \u201Ctired of waiting.\u201D\n\nThe meeting ended at nine.");
        var claim = g.ClaimWith("absurdly late");
        Assert.StartsWith("the boats were", claim.Content.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void A_clause_goes_on_after_an_inverted_speaker_and_its_apposition()
    {
        var g = Extract.From("Ferry timetable\n\nThe new timetable, said Tomas Weller, a ferry captain from the island, would ruin the winter service for most families.");
        var claim = g.ClaimWith("new timetable");
        Assert.EndsWith("for most families", claim.Content.Text);
        Assert.Equal(g.PersonId("Tomas Weller"), claim.Speaker);
    }

    [Fact]
    public void An_infinitive_after_a_splitting_frame_goes_on_with_what_was_said()
    {
        var g = Extract.From("Ferry money\n\nThe council set aside two million for the boats, Ana Ruiz said at the dock meeting, to \u201Ckeep the winter fares low for island families.\u201D");
        Assert.EndsWith("island families.\u201D", g.ClaimWith("two million").Content.Text);
        var quoted = Extract.From("Ferry money\n\n\u201CThat money is well spent,\u201D Ana Ruiz added, to buy two new boats for the winter routes.");
        Assert.EndsWith("the winter routes", quoted.ClaimWith("well spent").Content.Text);
    }

    [Fact]
    public void Only_a_conjunction_right_after_the_frame_s_comma_joins_a_quote()
    {
        // "and" between two quoted phrases deep in a long frame joins nothing to the first quote.
        var g = Extract.From("Harbour rally\n\n\u201CAre we winning?\u201D Ana Ruiz asked, but Tomas was asleep, and as the mayor went on about \u201Cnew boats\u201D and \u201Ccheaper fares\u201D the crowd cheered.");
        Assert.Equal("\u201CAre we winning?\u201D", g.ClaimWith("Are we winning").Content.Text);
    }

    [Fact]
    public void A_clause_with_a_named_subject_after_the_closing_quote_is_the_frame_s()
    {
        var g = Extract.From("Harbour rally\n\nThe crowd answered with chants of \u201Cboats not bills\u201D until Mayor Brandt herself stepped up to the microphone.");
        Assert.EndsWith("boats not bills\u201D", g.ClaimWith("boats not bills").Content.Text);
    }
}
