using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A body named by its initials before its full name ("NFE" in a headline, "the Nordic Fish Exchange" below it) is
/// that body, when just one body of the article has those initials. The candidates are given as a model might tag
/// them, so the tests do not depend on the trained model.
/// </summary>
public sealed class EarlyShortFormTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Fact]
    public void Initials_in_the_headline_join_the_full_name_below()
    {
        const string text = "Nordbank bid for NFE\n\nNordbank has offered to buy the Nordic Fish Exchange for a large sum.";
        var g = Resolve(text, ("Nordbank", NerLabels.Organisation, 0), ("NFE", NerLabels.Organisation, 0), ("Nordbank", NerLabels.Organisation, 1),
            ("Nordic Fish Exchange", NerLabels.Organisation, 0));
        var exchange = Assert.Single(g.Entities, e => e.Name == "Nordic Fish Exchange");
        Assert.Equal(["NFE", "Nordic Fish Exchange"], exchange.Mentions.Select(m => m.Text));
        Assert.DoesNotContain(g.Entities, e => e.Name == "NFE");
    }

    [Fact]
    public void Initials_two_bodies_share_stay_apart()
    {
        const string text = "Talks on NFE\n\nThe Nordic Fish Exchange and the Norwegian Ferry Executive met on Monday.";
        var g = Resolve(text, ("NFE", NerLabels.Organisation, 0), ("Nordic Fish Exchange", NerLabels.Organisation, 0),
            ("Norwegian Ferry Executive", NerLabels.Organisation, 0));
        Assert.Contains(g.Entities, e => e.Name == "NFE");
    }
}
