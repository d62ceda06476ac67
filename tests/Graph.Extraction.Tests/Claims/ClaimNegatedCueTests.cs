namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A negated report keeps its negation in the cue ("did not believe", "never said", "doesn't think"): the content
/// alone ("the harbour board was at fault") would state the opposite of what the text says.
/// </summary>
public sealed class ClaimNegatedCueTests
{
    [Theory]
    [InlineData("Anna Kovac did not believe the harbour board was at fault.", "the harbour board was at fault", "did not believe")]
    [InlineData("Lars Ove never said the port would close.", "the port would close", "never said")]
    [InlineData("Tom Beck doesn't think the deal is fair.", "the deal is fair", "doesn't think")]
    [InlineData("Tom Beck said the deal is not fair.", "the deal is not fair", "said")]
    public void The_cue_keeps_the_negation(string sentence, string content, string cue)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.Equal(cue, g.ClaimWith(content).Cue.Text);
    }
}
