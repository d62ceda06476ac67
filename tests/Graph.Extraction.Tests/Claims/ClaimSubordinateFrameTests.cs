namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Frames around a subordinate clause: a verb ending a clause of time before its comma said nothing ("After the
/// hearing concluded, Ruiz stated ..."); "stated of X that ..." says its "that" clause; a person named before "of" in
/// an "as" clause speaks for it ("As Vera Holm of the Nordbank Institute noted"), and also introduces the quote that
/// follows that sentence's colon. A participle after "after" or "by" with a "that" clause reports it ("after hinting that
/// ..."), unless it is what someone came to know ("after learning that ..."). Passages are written for these tests.
/// </summary>
public sealed class ClaimSubordinateFrameTests
{
    [Theory]
    [InlineData("After the minister's statement concluded,")]
    [InlineData("Later in the hearing, once the minister's statement concluded,")]
    public void A_verb_closing_a_clause_of_time_says_nothing_and_the_main_clause_is_read_whole(string opening)
    {
        var g = Extract.From("Harbour merger\n\n" + opening + " Karen Lund stated of the merger that the regulator's review \u201Cwas far too hasty.\u201D");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("concluded", StringComparison.Ordinal));
        var claim = g.ClaimWith("far too hasty");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.Equal("stated", claim.Cue.Text);
        Assert.StartsWith("the regulator's review", claim.Content.Text);
    }

    [Fact]
    public void An_adverb_once_before_the_cue_does_not_make_a_clause_of_time()
    {
        var g = Extract.From("Harbour merger\n\nKaren Lund, who coined the phrase ferry tax, once said, \u201CNo ferry should ever sail half empty.\u201D");
        Assert.Equal(g.PersonId("Karen Lund"), g.ClaimWith("No ferry should ever sail").Speaker);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "coined" && c.Content.Text.Contains("No ferry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("As Vera Holm of the Nordbank Institute noted, the ferries were the first to go.", "the ferries were the first")]
    [InlineData("When Vera Holm of the Nordbank Institute argued that the ferries would go first, nobody listened.", "the ferries would go first")]
    public void A_person_named_before_of_opens_the_subject_of_a_subordinate_clause(string sentence, string content)
    {
        var g = Extract.From("Harbour merger\n\n" + sentence);
        Assert.Equal(g.PersonId("Vera Holm"), g.ClaimWith(content).Speaker);
    }

    [Theory]
    [InlineData("As Tom Beck observed, the real loser was not the bank:\n\n")]
    [InlineData("As Tom Beck put it in his column, the real loser was not the bank:\n\n")]
    public void The_one_named_in_an_opening_as_clause_introduces_the_quote_after_the_colon(string lead)
    {
        var g = Extract.From("Harbour merger\n\n" + lead + "\u201CThe clear loser of this week's vote was the harbour, which lost two ferries and most of its trade.\u201D");
        Assert.Equal(g.PersonId("Tom Beck"), g.ClaimWith("The clear loser of this week").Speaker);
    }

    [Theory]
    [InlineData("after hinting that")]
    [InlineData("while teasing that")]
    public void A_participle_after_a_preposition_with_a_that_clause_reports_it(string frame)
    {
        var g = Extract.From("Harbour merger\n\n\u201CEverything is on the table,\u201D Karen Lund told the Westhaven Herald on Wednesday " + frame + " \u201Cstaff changes\u201D could come.");
        var claim = g.ClaimWith("staff changes");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.Equal(frame.Split(' ')[1], claim.Cue.Text);
    }

    [Fact]
    public void What_someone_learned_is_not_what_they_said()
    {
        var g = Extract.From("Harbour merger\n\nTom Beck, after learning that his ferry had been sold, left the harbour board in May.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "learning");
    }

    [Fact]
    public void A_verb_after_a_subject_pronoun_and_before_after_is_the_speaker_s_act()
    {
        var g = Extract.From("Harbour merger\n\nKaren Lund spoke at the quay. She explained after losing the vote in May, the board would have to sell two ferries.");
        var claim = g.ClaimWith("sell two ferries");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.Equal("explained", claim.Cue.Text);
    }
}
