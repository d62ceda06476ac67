using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "The Chicago Tribune reported ... the Tribune said": a newspaper's last word alone, after exactly one paper named in
/// full with a place or "Daily" before that word, is that paper. Candidates are given as a model might tag them.
/// </summary>
public sealed class NewspaperShortNameTests
{
    [Theory]
    [InlineData("The Chicago Tribune first printed the letter on Monday. The Tribune said the mayor had read it.", "Chicago Tribune", "Tribune")]
    [InlineData("The Daily Courier ran the story twice. A week later the Courier said the council had paid.", "Daily Courier", "Courier")]
    public void The_short_name_is_the_paper_named_before(string text, string full, string shortName)
    {
        var g = Tagged.Resolve(text, (full, NerLabels.Organisation, 0), (shortName, NerLabels.Organisation, 1));
        var paper = Assert.Single(g.Entities, e => e.Type == EntityType.Institution);
        Assert.Equal(full, paper.Name);
        Assert.Equal(2, paper.Mentions.Count);
    }

    [Fact]
    public void A_name_that_is_no_paper_keeps_it_apart()
    {
        const string text = "The film won a Golden Globe in January. The Globe said its critics had liked it.";
        var g = Tagged.Resolve(text, ("Golden Globe", NerLabels.Organisation, 0), ("Globe", NerLabels.Organisation, 1));
        Assert.Contains(g.Entities, e => e.Type == EntityType.Institution && e.Name == "Globe");
    }

    [Fact]
    public void With_two_such_papers_before_it_stays_apart()
    {
        const string text = "The Chicago Tribune and the Daily Tribune both printed the letter. The Tribune said the mayor had read it.";
        var g = Tagged.Resolve(text, ("Chicago Tribune", NerLabels.Organisation, 0), ("Daily Tribune", NerLabels.Organisation, 0), ("Tribune", NerLabels.Organisation, 2));
        Assert.Equal(3, g.Entities.Count(e => e.Type == EntityType.Institution));
    }
}
