namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "He said ..." opening a sentence right after one about another man is that man, not whoever spoke before: "Tom Berg
/// said .... Per Lund chairs the board. He said ..." is Per Lund. Not a possessor ("Per Lund's plan was ...").
/// </summary>
public sealed class ClaimPreviousSubjectPronounTests
{
    [Fact]
    public void He_after_a_sentence_about_another_man_is_that_man()
    {
        var g = Extract.From("Harbour board\n\nTom Berg said that the ferry was late again. Per Lund chairs the harbour board in Bergen. "
                             + "He said the board would meet in March.");
        Assert.Equal("person:per-lund", g.ClaimWith("board would meet in March").Speaker);
    }

    [Fact]
    public void A_possessor_opening_the_sentence_before_is_not_taken()
    {
        var g = Extract.From("Harbour board\n\nTom Berg said that the ferry was late again. Per Lund's plan for the quay was rejected in Bergen. "
                             + "He said the board would meet in March.");
        Assert.Equal("person:tom-berg", g.ClaimWith("board would meet in March").Speaker);
    }

    [Fact]
    public void A_sentence_that_only_says_what_befell_someone_does_not_make_them_the_speaker()
    {
        var g = Extract.From("Harbour fraud\n\nDefence lawyer Tom Berg said his client would appeal. Per Lund was convicted of fraud in May. "
                             + "He said the verdict was unsafe.");
        Assert.Equal("person:tom-berg", g.ClaimWith("verdict was unsafe").Speaker);
    }
}
