using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "Georgia" is a country and a US state. In an article about US states it is the state; beside countries, or where
/// the article speaks of Georgians, the country. Candidates are given as a model might tag them.
/// </summary>
public sealed class CountryOrStateTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Fact]
    public void Listed_with_states_it_is_the_state()
    {
        const string text = "Ana Ruiz won the primaries in Virginia, Georgia and Alabama on Tuesday.";
        var g = Resolve(text, ("Ana Ruiz", NerLabels.Person, 0), ("Virginia", NerLabels.Location, 0), ("Georgia", NerLabels.Location, 0),
            ("Alabama", NerLabels.Location, 0));
        var georgia = Assert.Single(g.Entities, e => e.Name == "Georgia");
        Assert.Equal(EntityType.Location, georgia.Type);
        Assert.Equal("us", georgia.Properties!["country"]);
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Country);
    }

    [Fact]
    public void In_an_article_on_other_states_it_is_the_state()
    {
        const string text = "Tom Beck returned home to Georgia on Sunday. He had spent the week campaigning in Ohio.";
        var g = Resolve(text, ("Tom Beck", NerLabels.Person, 0), ("Georgia", NerLabels.Location, 0), ("Ohio", NerLabels.Location, 0));
        Assert.Equal(EntityType.Location, Assert.Single(g.Entities, e => e.Name == "Georgia").Type);
    }

    [Theory]
    [InlineData("The firm advised Cyprus, Georgia and Kenya while its office in Ohio grew.")]
    [InlineData("Georgia sent its envoy to Ohio, and Georgian officials praised the talks.")]
    [InlineData("The envoy of Georgia met Tom Beck in Kelmarsh.")]
    public void Beside_countries_or_with_its_people_it_is_the_country(string text)
    {
        var tags = new List<(string, string, int)> { ("Georgia", NerLabels.Location, 0) };
        foreach (var name in new[] { "Cyprus", "Kenya", "Ohio", "Kelmarsh", "Tom Beck" })
            if (text.Contains(name, StringComparison.Ordinal)) tags.Add((name, name == "Tom Beck" ? NerLabels.Person : NerLabels.Location, 0));
        var g = Resolve(text, [.. tags]);
        Assert.Contains(g.Entities, e => e.Id == "country:ge");
        Assert.DoesNotContain(g.Entities, e => e.Id == "location:georgia");
    }
}
