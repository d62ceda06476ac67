namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "who were jointly named best newcomers", "the film's nominated producers": an honour or a choice that befell
/// someone, with no one named making it, is nothing said, and the people it befell are no speakers of it.
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
}
