using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "The Westhaven Film Institute ... the Institute said": a body named by the one capitalised word for its kind, after
/// exactly one body named in full with that word, is that body. The candidates are given as a model might tag them, so
/// the tests do not depend on the trained model.
/// </summary>
public sealed class GenericShortNameTests
{
    [Fact]
    public void The_institute_is_the_institute_named_before()
    {
        const string text = "The Westhaven Film Institute gave its prize to Anna Kovac. The Institute said the vote was close.";
        var g = Tagged.Resolve(text, ("Westhaven Film Institute", NerLabels.Organisation, 0), ("Anna Kovac", NerLabels.Person, 0), ("Institute", NerLabels.Organisation, 1));
        var body = Assert.Single(g.Entities, e => e.Type == EntityType.Institution);
        Assert.Equal("Westhaven Film Institute", body.Name);
        Assert.Equal(2, body.Mentions.Count);
    }

    [Fact]
    public void With_two_such_bodies_before_it_stays_apart()
    {
        const string text = "The Westhaven Film Institute and the Nordic Art Institute split the prize. The Institute said the vote was close.";
        var g = Tagged.Resolve(text, ("Westhaven Film Institute", NerLabels.Organisation, 0), ("Nordic Art Institute", NerLabels.Organisation, 0), ("Institute", NerLabels.Organisation, 2));
        Assert.Equal(3, g.Entities.Count(e => e.Type == EntityType.Institution));
    }
}
