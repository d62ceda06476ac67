namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A plural cue word right after "new", "latest", "recent", "other", "various" or "upcoming" is a noun ("launching new
/// shows", "her recent reports"), not a verb with the words before it as speaker; a "that" clause after it ("new
/// warnings that ...") still reports what the warnings say. A word in "-ing" after "best" or "worst" describes the noun
/// after it ("best supporting actress"). Passages are written for these tests.
/// </summary>
public sealed class ClaimNounAfterAdjectiveTests
{
    private const string Lead = "Ferry schedule\n\nThe ferry company met on Monday.\n\n";

    [Theory]
    [InlineData("The channel has changed course, launching new shows in spring instead of summer.")]
    [InlineData("The studio is selling other shows to cable networks this year.")]
    public void A_plural_after_an_adjective_is_no_cue(string sentence)
    {
        var g = Extract.From(Lead + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Start > Lead.Length);
    }

    [Fact]
    public void A_verb_after_a_plural_subject_is_still_a_cue()
    {
        var g = Extract.From(Lead + "The new figures show that fares rose by a third.");
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal("show", claim.Cue.Text);
        Assert.Equal("fares rose by a third", claim.Content.Text);
    }

    [Theory]
    [InlineData("Karen Lund won best supporting actress for her part in Harbour Girl.")]
    [InlineData("Ivar Dahl took the award for best supporting actor at the ceremony.")]
    public void A_word_in_ing_after_best_describes_the_noun_after_it(string sentence)
    {
        var g = Extract.From(Lead + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Start > Lead.Length);
    }
}
