namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// How far a direct quote's content runs: a stray straight closing mark does not open a quote; a clause with a
/// subject of its own subordinated after the closing quote is not what was said. Passages are written for these tests.
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
}
