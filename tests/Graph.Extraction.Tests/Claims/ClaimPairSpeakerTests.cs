namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Ana Ruiz and Tom Beck wrote to the board. The two said ...": "the two", "the pair", "both men", "the two firms"
/// are the two people (or bodies) the latest sentence named together, joined by "and"; both speak. Not two named
/// apart ("Ruiz wrote to Beck"), nor one of three.
/// </summary>
public sealed class ClaimPairSpeakerTests
{
    [Theory]
    [InlineData("The two said")]
    [InlineData("The pair said")]
    [InlineData("Both men said")]
    public void Two_people_named_together_just_before_both_speak(string opening)
    {
        var g = Extract.From("Harbour fees\n\nAna Ruiz and Tom Beck wrote to the harbour board in Dunmore on Monday. " + opening + " the fees were far too high.");
        var claim = g.ClaimWith("far too high");
        Assert.Equal(new[] { g.PersonId("Ana Ruiz"), g.PersonId("Tom Beck") }.Order(), claim.Speakers.Order());
    }

    [Theory]
    [InlineData("Ana Ruiz wrote to Tom Beck in Dunmore on Monday.")]
    [InlineData("Ana Ruiz, Tom Beck and Karen Lund wrote to the harbour board in Dunmore on Monday.")]
    public void Not_two_named_apart_nor_one_of_three(string sentence)
    {
        var g = Extract.From("Harbour fees\n\n" + sentence + " The two said the fees were far too high.");
        Assert.Empty(g.ClaimWith("far too high").Speakers);
    }
}
