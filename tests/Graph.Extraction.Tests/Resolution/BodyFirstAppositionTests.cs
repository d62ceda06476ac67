using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// An apposition that names the body before the role ("Ola Brandt, Nordbank's chief executive,", "Vera Holm, the
/// Nordbank chairwoman,", "Ola Brandt, Nordbank chairwoman,") affiliates the person with the body in that role; not
/// words after the body that are no role ("the Nordbank board"), nor a list going on past the role ("Ola Brandt,
/// Nordbank chairwoman Vera Holm and ..."). Candidates are given as a model might tag them.
/// </summary>
public sealed class BodyFirstAppositionTests
{
    [Theory]
    [InlineData("Ola Brandt, Nordbank's chief executive, said the yard would close.", "Ola Brandt", "chief executive")]
    [InlineData("Ola Brandt, the Nordbank chairwoman, said the yard would close.", "Ola Brandt", "chairwoman")]
    [InlineData("The yard will close, said Ola Brandt, Nordbank\u2019s managing director.", "Ola Brandt", "managing director")]
    [InlineData("Ola Brandt, Nordbank chairwoman, said the yard would close.", "Ola Brandt", "chairwoman")]
    [InlineData("\u201CThe yard will close,\u201D Ola Brandt, Nordbank's chief executive said.", "Ola Brandt", "chief executive")]
    public void The_body_named_before_the_role_employs_the_person(string text, string person, string role)
    {
        var g = Tagged.Resolve(text, (person, NerLabels.Person, 0), ("Nordbank", NerLabels.Organisation, 0));
        var edge = Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith);
        Assert.Equal(g.Entities.Single(e => e.Name == person).Id, edge.From);
        Assert.Equal(g.Entities.Single(e => e.Name == "Nordbank").Id, edge.To);
        Assert.Equal(role, edge.Properties["role"]);
    }

    [Theory]
    [InlineData("Ola Brandt, the Nordbank board, and the union met on Monday.")]
    [InlineData("Ola Brandt, Nordbank chairwoman Vera Holm and the union met on Monday.")]
    public void No_role_or_no_apposition_makes_no_affiliation(string text)
    {
        var g = Tagged.Resolve(text, ("Ola Brandt", NerLabels.Person, 0), ("Nordbank", NerLabels.Organisation, 0));
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == g.Entities.Single(e => e.Name == "Ola Brandt").Id);
    }
}
