namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "said on ...", "wrote on ...": after a verb of saying, "on" opens when or where it was said, not a particle of the
/// verb as in "commented on"; what was said comes after that adjunct. Passages are written for these tests.
/// </summary>
public sealed class ClaimSaidOnTests
{
    [Theory]
    [InlineData("Karen Lund said on the harbour radio show that the fund was a sinking ship.", "the fund was a sinking ship")]
    [InlineData("Karen Lund wrote on her blog that the fund was a sinking ship.", "the fund was a sinking ship")]
    [InlineData("Karen Lund said on the Courier's \"Dock Talk With Tom Beck\" that the fund was a sinking ship.", "the fund was a sinking ship")]
    [InlineData("Karen Lund posted on her website she saw the fund as a sinking ship.", "she saw the fund as a sinking ship")]
    [InlineData("Karen Lund says on 12 March the fund was a sinking ship.", "the fund was a sinking ship")]
    public void What_was_said_comes_after_where_and_when(string sentence, string said)
    {
        var g = Extract.From("Harbour fund\n\n" + sentence);
        var claim = g.ClaimWith("sinking ship");
        Assert.Equal(said, claim.Content.Text);
        Assert.DoesNotContain(" ", claim.Cue.Text);
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("Dock Talk", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_it_was_said_is_not_what_was_said()
    {
        var g = Extract.From("Harbour fund\n\nAn article posted on the harbour office website, the Quay News, praised the fund.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.StartsWith("the harbour office", StringComparison.Ordinal));
    }
}
