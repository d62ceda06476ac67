namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A cue whose clause ends where it stands: inside a dashed aside, the dash after the cue closes the aside, and after
/// the cue's comma a conjunction starts the next clause. Neither cue takes what follows. Passages are written for
/// these tests.
/// </summary>
public sealed class ClaimClosedAsideTests
{
    [Fact]
    public void A_cue_inside_a_dashed_aside_does_not_take_the_quote_after_the_closing_dash()
    {
        var g = Extract.From("Harbour fund\n\nIf Westhaven is really trying to sink the fund \u2014 as many owners believe, and the union is alleging, but Westhaven strongly denies \u2014 \u201Cwhy would you not want to ask about it?\u201D asked Ola Brandt, now a partner at a law firm.");
        var quote = g.ClaimWith("why would you not want to ask");
        Assert.Equal(g.PersonId("Ola Brandt"), quote.Speaker);
        Assert.Equal("asked", quote.Cue.Text);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "denies");
    }

    [Theory]
    [InlineData("The union kept protesting, but nobody listened.", "nobody listened")]
    [InlineData("The Greens were warning, and the owners agreed.", "the owners agreed")]
    public void A_conjunction_after_the_cue_s_comma_starts_the_next_clause(string sentence, string next)
    {
        var g = Extract.From("Harbour fund\n\n" + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains(next, StringComparison.Ordinal));
    }

    [Fact]
    public void And_I_quote_after_the_cue_still_leads_to_what_was_said()
    {
        var g = Extract.From("Harbour fund\n\nNo wonder Karen Lund said, and I quote, \u201CWe love a full harbour.\u201D");
        var claim = g.ClaimWith("We love a full harbour");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }
}
