namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Ana Ruiz quit the Harbour Board, saying ...": the participle goes with the sentence's subject, not with the body
/// named as the verb's object (a past verb and its object are not a title before a name).
/// </summary>
public sealed class ClaimParticipleAfterObjectTests
{
    [Theory]
    [InlineData("Ana Ruiz quit the Harbour Board on Monday, saying the fares were unfair.")]
    [InlineData("Ana Ruiz left the Harbour Board, saying the fares were unfair.")]
    [InlineData("Ana Ruiz joined the Harbour Board, saying the fares were unfair.")]
    public void The_subject_says_it_not_the_object(string sentence)
    {
        var g = Extract.From("Harbour fares\n\n" + sentence);
        Assert.Equal("person:ana-ruiz", g.ClaimWith("fares were unfair").Speaker);
    }

    [Fact]
    public void A_group_named_in_apposition_still_speaks()
    {
        var g = Extract.From("Harbour fares\n\nCampaign group the Harbour Alliance said the fares were unfair.");
        Assert.Equal("institution:harbour-alliance", g.ClaimWith("fares were unfair").Speaker);
    }
}
