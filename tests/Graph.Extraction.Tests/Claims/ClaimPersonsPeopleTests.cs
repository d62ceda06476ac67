namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A person's campaign, staff, aides and lawyers speak for that person ("Kessler aides said ..." is Daniel Kessler's
/// claim); allies, and aides who were the person's once, speak for themselves: the claim keeps their phrase and has no
/// entity, so `--by` the person does not list what others said about him. Passages are written for these tests.
/// </summary>
public sealed class ClaimPersonsPeopleTests
{
    private const string Lead = "Port vote\n\nDaniel Kessler won the port vote on Tuesday. ";

    [Theory]
    [InlineData("Kessler allies said the pier would be rebuilt by spring.")]
    [InlineData("Some of Kessler's allies said the pier would be rebuilt by spring.")]
    [InlineData("A former Kessler aide said the pier would be rebuilt by spring.")]
    public void Allies_and_former_aides_are_not_the_person(string sentence)
    {
        var claim = Extract.From(Lead + sentence).ClaimWith("rebuilt by spring");
        Assert.Null(claim.Speaker);
        Assert.NotNull(claim.SpeakerMention);
    }

    [Theory]
    [InlineData("Kessler aides said the pier would be rebuilt by spring.")]
    [InlineData("Kessler's lawyers said the pier would be rebuilt by spring.")]
    public void Aides_and_lawyers_speak_for_the_person(string sentence)
    {
        var g = Extract.From(Lead + sentence);
        Assert.Equal(g.PersonId("Daniel Kessler"), g.ClaimWith("rebuilt by spring").Speaker);
    }
}
