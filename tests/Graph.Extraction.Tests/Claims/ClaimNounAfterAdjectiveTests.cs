namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A plural cue word right after "new", "latest", "recent", "other", "various" or "upcoming" is a noun ("launching new
/// shows", "her recent reports"), not a verb with the words before it as speaker; a "that" clause after it ("new
/// warnings that ...") still reports what the warnings say. Passages are written for these tests.
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
}
