namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Where one telling ends and the next begins inside a sentence: "but last week wrote that ..." is the subject's next
/// telling; "insisted on getting ..." takes the gerund as its complement, not as a frame closing the clause before;
/// "said it's important that ..." says the whole clause, its "that" belonging to "important"; a verb joined to a
/// relative clause ends before the main verb ("X, who ..., and opposed Y, last week said ..."). Passages are written for
/// these tests.
/// </summary>
public sealed class ClaimClauseEndTests
{
    [Fact]
    public void A_second_verb_of_saying_after_but_and_a_time_is_a_telling_of_its_own()
    {
        var g = Extract.From("Harbour plan\n\nVera Holm said she had no quarrel with the ferry crews but last week wrote that the port fees were far too high.");
        var first = g.ClaimWith("no quarrel with the ferry crews");
        Assert.DoesNotContain("port fees", first.Content.Text);
        var second = g.ClaimWith("port fees were far too high");
        Assert.Equal("wrote", second.Cue.Text);
        Assert.Equal(g.PersonId("Vera Holm"), second.Speaker);
    }

    [Fact]
    public void A_gerund_after_the_cue_s_preposition_is_its_complement()
    {
        var g = Extract.From("Harbour plan\n\nFormer Councillor Jonas Brekke said the sale was a hard choice, and if the mayor made it, he would have insisted on keeping the night ferry.");
        Assert.Equal(g.PersonId("Jonas Brekke"), g.ClaimWith("the sale was a hard choice").Speaker);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("insisted", StringComparison.Ordinal) && c.Content.Text.Contains("Brekke", StringComparison.Ordinal));
    }

    [Fact]
    public void The_that_after_an_adjective_in_it_s_clause_belongs_to_the_adjective()
    {
        var g = Extract.From("Harbour plan\n\nTom Beck said it's vital that the council keep the night ferry running.");
        Assert.StartsWith("it's vital", g.ClaimWith("keep the night ferry").Content.Text);
    }

    [Fact]
    public void A_gerund_after_the_audience_does_not_make_the_cue_speaker_first()
    {
        var g = Extract.From("Harbour plan\n\nThe council would also ban night tolls on the ferry, Tom Beck told a meeting on boating.");
        var claim = g.ClaimWith("ban night tolls");
        Assert.Equal(g.PersonId("Tom Beck"), claim.Speaker);
        Assert.Equal("told", claim.Cue.Text);
    }

    [Fact]
    public void A_verb_joined_to_a_relative_clause_ends_before_the_main_verb_of_saying()
    {
        var g = Extract.From("Harbour plan\n\nTom Beck, who backed the ferry union, and openly opposed the harbour levy in the spring, last week said the mayor was planning a new tax on riders.");
        var opposed = g.Claims.Single(c => c.Cue.Text == "opposed");
        Assert.DoesNotContain("new tax", opposed.Content.Text);
        var said = g.ClaimWith("planning a new tax");
        Assert.Equal("said", said.Cue.Text);
        Assert.Equal(g.PersonId("Tom Beck"), said.Speaker);
    }
}
