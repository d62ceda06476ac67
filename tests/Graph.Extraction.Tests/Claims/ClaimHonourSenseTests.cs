namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "who were jointly named best newcomers", "the film's nominated producers": an honour or a choice that befell
/// someone, with no one named making it, is nothing said, and the people it befell are no speakers of it. Nor is a
/// change of state, a lead or a chart place told with "went" ("went bust", "went ahead through a penalty", "went to
/// number one"); "went after" a rival and "went ahead and" did something still may be. Nor is what someone lived
/// through ("saw its profits slide", "has seen a sharp rise in sales"), while "see X as Y" and an outlook on what is to
/// come ("see prices rising") may be.
/// </summary>
public sealed class ClaimHonourSenseTests
{
    [Theory]
    [InlineData("The prize went to Nordfilm. Karen Lund and Tom Beck, who were jointly named best newcomers for their parts in the harbour film, thanked the crews.", "named")]
    [InlineData("The Harbour Story's nominated producers are Ana Ruiz and Tom Beck, with Per Dahl left off.", "nominated")]
    public void An_honour_that_befell_someone_is_no_claim(string sentence, string cue)
    {
        var g = Extract.From("Film awards\n\n" + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == cue);
    }

    [Fact]
    public void Naming_someone_to_a_post_is_still_the_namer_s()
    {
        var g = Extract.From("Harbour board\n\nKaren Lund named Tom Beck as her deputy on Monday.");
        var claim = Assert.Single(g.Claims, c => c.Cue.Text == "named");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }

    [Theory]
    [InlineData("Nordbank went bust in 1999 once its hidden debts came to light.")]
    [InlineData("Westhaven went ahead through Tom Beck in the 33rd minute.")]
    [InlineData("In May Karen Lund went to number one for a fortnight.")]
    [InlineData("Tom Beck went close twice before the break.")]
    public void A_change_of_state_or_a_lead_told_with_went_is_no_claim(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "went");
    }

    [Fact]
    public void Going_after_a_rival_may_still_be_a_claim()
    {
        var g = Extract.From("Harbour race\n\nKaren Lund went after Tom Beck over the harbour fees on Monday.");
        Assert.Contains(g.Claims, c => c.Cue.Text.StartsWith("went") && c.Speaker == g.PersonId("Karen Lund"));
    }

    [Theory]
    [InlineData("Nordbank saw its annual profits slide 12% last year.")]
    [InlineData("The Harbour Trust has seen a sharp rise in visitors since the new quay opened.")]
    public void What_someone_lived_through_is_no_claim(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text is "saw" or "seen" or "has seen" or "was seen");
    }

    [Fact]
    public void Seeing_someone_as_something_is_still_a_view()
    {
        var g = Extract.From("Harbour race\n\nKaren Lund saw Tom Beck as the only rival who could beat her.");
        Assert.Contains(g.Claims, c => c.Cue.Text.Contains("saw") && c.Speaker == g.PersonId("Karen Lund"));
    }
}
