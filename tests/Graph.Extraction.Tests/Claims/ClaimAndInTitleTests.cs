namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Ana Ruiz and Tom Berg said" gives both; an "and" inside a title or a name ("Trade and Industry Secretary Ana
/// Ruiz", "the US Harbour and Ferry Commission") joins no two speakers.
/// </summary>
public sealed class ClaimAndInTitleTests
{
    [Fact]
    public void Two_names_joined_by_and_both_speak()
    {
        var g = Extract.From("Port news\n\nAna Ruiz and Tom Berg said the port would stay shut until March.");
        Assert.Equal(["person:ana-ruiz", "person:tom-berg"], g.ClaimWith("port would stay shut").Speakers);
    }

    [Theory]
    [InlineData("Trade and Industry Secretary Patricia Hewitt said the port would stay shut until March.", "person:patricia-hewitt")]
    [InlineData("Health and Human Services Secretary Ann Lee said the port would stay shut until March.", "person:ann-lee")]
    public void An_and_inside_a_title_joins_no_second_speaker(string sentence, string speaker)
    {
        var g = Extract.From("Port news\n\n" + sentence);
        Assert.Equal([speaker], g.ClaimWith("port would stay shut").Speakers);
    }
}
