namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Participles whose speaker is the subject of their sentence: after "upon" ("drew jeers upon saying ..."), past
/// an aside opened by a reflexive ("X, herself a Y voter, ..."). Passages are written for these tests.
/// </summary>
public sealed class ClaimParticipleSpeakerTests
{
    [Fact]
    public void A_participle_after_upon_goes_with_the_subject()
    {
        var g = Extract.From("Harbour vote\n\nMira Solberg, herself a Tomas Lund voter last spring, drew loud jeers upon saying, \u201CTomas has heard every fisher in this town.\u201D");
        var claim = g.ClaimWith("heard every fisher");
        Assert.Equal(g.PersonId("Mira Solberg"), claim.Speaker);
    }
}
