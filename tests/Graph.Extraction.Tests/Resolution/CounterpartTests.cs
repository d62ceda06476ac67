using Graph.Core.Model;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "met his Danish counterpart Karen Lund", "Finland's counterpart, Vera Holm": the one named after "counterpart"
/// serves the country before it, in the role the person whose counterpart they are holds for their own country, or
/// as "counterpart" where the text gives none. Passages are written for these tests.
/// </summary>
public sealed class CounterpartTests
{
    [Fact]
    public void A_counterpart_serves_the_country_named_before_it_in_the_same_role()
    {
        var g = Extract.From("Ferry talks\n\nNorwegian Foreign Minister Ola Brandt met his Danish counterpart Karen Lund in Oslo on Monday.");
        var edge = Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == g.PersonId("Karen Lund"));
        Assert.Equal("country:dk", edge.To);
        Assert.Equal("Foreign Minister", edge.Properties["role"]);
    }

    [Fact]
    public void A_counterpart_with_no_role_given_is_a_counterpart()
    {
        var g = Extract.From("Ferry talks\n\nOla Brandt called Finland's counterpart, Vera Holm, on Monday.");
        var edge = Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == g.PersonId("Vera Holm"));
        Assert.Equal("country:fi", edge.To);
        Assert.Equal("counterpart", edge.Properties["role"]);
    }
}
