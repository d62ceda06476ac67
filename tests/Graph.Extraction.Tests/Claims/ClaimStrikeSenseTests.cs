namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "blasted", "slammed", "lashed", "fired", "struck" are verbs of attacking in words, and first of striking or
/// shooting: with a direction after the verb or after its object ("lashed home", "fired just wide", "fired the side
/// into the final"), or a shot, a ball or a deal as its object, nobody says anything. Criticism keeps its claim
/// ("blasted the plan as ...", "slammed Ruiz for ..."). Passages are written for these tests.
/// </summary>
public sealed class ClaimStrikeSenseTests
{
    [Theory]
    [InlineData("Tom Beck lashed home a low shot from the edge of the box after ten minutes.", "lashed")]
    [InlineData("Early in the second half Tom Beck blasted wide from close range.", "blasted")]
    [InlineData("Tom Beck fired just over the bar from a corner.", "fired")]
    [InlineData("Ivar Dahl fired Westhaven into the cup final with a late header.", "fired")]
    [InlineData("Karen Lund fired 14 aces to beat Ana Ruiz in straight sets.", "fired")]
    [InlineData("Karen Lund slammed her racket onto the court after losing the set.", "slammed")]
    [InlineData("The World Bank struck a deal with Korvix to fund two new ferries.", "struck")]
    public void A_blow_or_a_shot_is_no_claim(string sentence, string cue)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == cue);
    }

    [Theory]
    [InlineData("Karen Lund blasted the harbour plan as a waste of public money.", "blasted", "Karen Lund")]
    [InlineData("Karen Lund slammed Tom Beck for raising the ferry fares twice in a year.", "slammed", "Karen Lund")]
    public void Criticism_stays_a_claim(string sentence, string cue, string person)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.Contains(g.Claims, c => c.Cue.Text == cue && c.Speaker == g.PersonId(person));
    }
}
