namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Straight-quoted paragraphs written on one line, their breaks lost (as in some news archives): a quote going on in
/// its next paragraph ('... complex. "For all ...'), a new quote with a tag of its own, and a quote whose closing mark
/// was lost before another speaker's sentence.
/// </summary>
public sealed class ClaimRunTogetherParagraphTests
{
    [Fact]
    public void A_quote_going_on_after_a_lost_paragraph_break_stays_one_quote()
    {
        var g = Extract.From("Ferry plan\n\nMayor Ana Ruiz said: \"The ferry plan is complex. \"For all the talk, the boats will not sail on time. We will see.\"");
        var claim = g.ClaimWith("ferry plan is complex");
        Assert.Equal("person:ana-ruiz", claim.Speaker);
        Assert.EndsWith("We will see.\"", claim.Content.Text);
    }

    [Fact]
    public void A_new_quote_with_its_own_tag_is_its_own_claim()
    {
        var g = Extract.From("Ferry plan\n\nMayor Ana Ruiz said: \"The ferry plan is far too late. \"We voted against it,\" councillor Tom Berg said.");
        Assert.Equal("person:ana-ruiz", g.ClaimWith("far too late").Speaker);
        var second = g.ClaimWith("We voted against it");
        Assert.Equal("person:tom-berg", second.Speaker);
        Assert.DoesNotContain("too late", second.Content.Text);
    }

    [Fact]
    public void A_quote_that_lost_its_closing_mark_ends_before_the_next_speaker_s_sentence()
    {
        var g = Extract.From("Ferry plan\n\nMayor Ana Ruiz said: \"The crews sail at dawn. \"The boats are ready for the winter. Later the harbour closed. "
                             + "Councillor Tom Berg said: \"The port is shut until March.\"");
        var berg = g.ClaimWith("port is shut until March");
        Assert.Equal("person:tom-berg", berg.Speaker);
        Assert.Equal("\"The port is shut until March.\"", berg.Content.Text);
        Assert.Equal("person:ana-ruiz", g.ClaimWith("crews sail at dawn").Speaker);
    }
}
