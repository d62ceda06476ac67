using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "A senior Treasury official said ...": an unnamed person of the institution named before the noun, affiliated
/// with it, as "a spokeswoman for the Treasury" already is; a later "the official" is the same person.
/// </summary>
public sealed class ClaimInstitutionMemberTests
{
    private const string Text = "Harbour fees\n\nThe chancellor told MPs that the fees would fund new piers. A senior Treasury official said the sums were sound. The official added that the piers would open in May.";

    [Fact]
    public void The_speaker_is_an_unnamed_member_of_the_institution()
    {
        var g = Extract.From(Text);
        var speaker = g.ClaimWith("the sums were sound").Speaker;
        Assert.NotNull(speaker);
        Assert.StartsWith("person:unnamed-", speaker);
        var treasury = g.Named(EntityType.Institution, "Treasury");
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == speaker && r.To == treasury.Id && r.Properties["role"] == "official");
    }

    [Fact]
    public void The_official_later_is_the_same_person()
    {
        var g = Extract.From(Text);
        var official = g.ClaimWith("the sums were sound").Speaker;
        Assert.NotNull(official);
        Assert.Equal(official, g.ClaimWith("the piers would open").Speaker);
    }

    [Theory]
    [InlineData("MP")]
    [InlineData("MEP")]
    [InlineData("councillor")]
    public void A_member_of_a_party_unnamed_is_a_person_of_that_party(string noun)
    {
        var g = Extract.From($"Harbour fees\n\nA senior Green Harbour Party {noun} said the fees were unfair.");
        var speaker = g.ClaimWith("the fees were unfair").Speaker;
        Assert.NotNull(speaker);
        Assert.StartsWith("person:unnamed-", speaker);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == speaker && r.To == g.Named(EntityType.Institution, "Green Harbour Party").Id);
    }
}
