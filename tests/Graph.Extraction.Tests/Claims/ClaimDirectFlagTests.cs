namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A claim is direct when what it holds is quoted words: not a paraphrase that merely opens with a quoted phrase
/// ('said "real progress" had been made on the ferry'), but still a quote split by its tag.
/// </summary>
public sealed class ClaimDirectFlagTests
{
    [Fact]
    public void A_paraphrase_opening_with_a_quoted_phrase_is_not_direct()
    {
        var g = Extract.From("Ferry talks\n\nMayor Ana Ruiz said \"real progress\" had been made on the ferry timetable since May.");
        Assert.False(g.ClaimWith("had been made on the ferry").Direct);
    }

    [Fact]
    public void A_quote_split_by_its_tag_is_direct()
    {
        var g = Extract.From("Ferry talks\n\n\"We sail at dawn,\" Mayor Ana Ruiz said. \"The crew is ready for the winter.\"");
        Assert.True(g.ClaimWith("We sail at dawn").Direct);
    }
}
