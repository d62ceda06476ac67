using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "Mr Vik" is not a "Sir Ola Vik" the article also names: a knight keeps "Sir Ola", so a surname after "Mr", "Mrs" or
/// "Ms" is the other person of that name, and so is one after "Mrs" when the one named in full has a man's first name.
/// The candidates are given as a model might tag them (the last test runs the whole pipeline).
/// </summary>
public sealed class KnightedSurnameTests
{
    [Fact]
    public void Mr_with_a_surname_a_knight_shares_is_the_other_person()
    {
        const string text = "Tom Vik runs the port. Sir Ola Vik opened the harbour. Sir Ola Vik cut the ribbon. Mr Vik said fees would fall.";
        var g = Tagged.Resolve(text, ("Tom Vik", NerLabels.Person, 0), ("Ola Vik", NerLabels.Person, 0), ("Ola Vik", NerLabels.Person, 1), ("Vik", NerLabels.Person, 3));
        var tom = Assert.Single(g.Entities, e => e.Name == "Tom Vik");
        Assert.Equal(2, tom.Mentions.Count);
    }

    [Fact]
    public void Without_a_knight_the_surname_goes_to_the_one_named_most()
    {
        const string text = "Tom Vik runs the port. Ola Vik opened the harbour. Ola Vik cut the ribbon. Mr Vik said fees would fall.";
        var g = Tagged.Resolve(text, ("Tom Vik", NerLabels.Person, 0), ("Ola Vik", NerLabels.Person, 0), ("Ola Vik", NerLabels.Person, 1), ("Vik", NerLabels.Person, 3));
        var ola = Assert.Single(g.Entities, e => e.Name == "Ola Vik");
        Assert.Equal(3, ola.Mentions.Count);
    }

    [Fact]
    public void Mrs_and_a_surname_is_not_the_man_of_that_surname()
    {
        var g = Extract.From("Mrs Beck joins campaign\n\nTom Beck, the harbour party leader, spoke in Oslo on Monday. Mrs Beck said the fares were "
                             + "too high. Mr Beck said he agreed with her.");
        var tom = g.PersonId("Tom Beck");
        Assert.NotEqual(tom, g.ClaimWith("fares were too high").Speaker);
        Assert.Equal(tom, g.ClaimWith("he agreed with her").Speaker);
        Assert.DoesNotContain(g.Entities.Single(e => e.Id == tom).Mentions, m => m.Start < 20);
    }
}
