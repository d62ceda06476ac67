using Graph.Extraction.Entities;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "Mr Howard" is not "Howard Lund": "Mr", "Mrs", "Ms" go with a surname, so a common first name that opens a full
/// name the article gives is someone else's surname; a family name that comes first ("Mr Wang" for "Wang Lei") is
/// still the same person. The candidates are given as a model might tag them.
/// </summary>
public sealed class TitledFirstNameTests
{
    [Fact]
    public void Mr_with_the_first_name_of_someone_named_in_full_is_someone_else()
    {
        const string text = "Howard Lund lost his seat on the harbour board. Speaking on Tuesday, Mr Howard said the board had followed its rules.";
        var g = Tagged.Resolve(text, ("Howard Lund", NerLabels.Person, 0), ("Howard", NerLabels.Person, 1));
        var lund = Assert.Single(g.Entities, e => e.Name == "Howard Lund");
        Assert.Single(lund.Mentions);
        Assert.Contains(g.Entities, e => e.Name == "Howard");
    }

    [Fact]
    public void A_headline_Mr_with_a_first_name_stays_apart_too()
    {
        const string text = "Mr Howard hits back\n\nHoward Lund lost his seat on the harbour board on Monday.";
        var g = Tagged.Resolve(text, ("Howard", NerLabels.Person, 0), ("Howard Lund", NerLabels.Person, 0));
        Assert.Single(Assert.Single(g.Entities, e => e.Name == "Howard Lund").Mentions);
    }

    [Fact]
    public void A_family_name_that_comes_first_is_still_the_person()
    {
        const string text = "Wang Lei opened the new ferry terminal. Mr Wang said fees would fall.";
        var g = Tagged.Resolve(text, ("Wang Lei", NerLabels.Person, 0), ("Wang", NerLabels.Person, 1));
        Assert.Equal(2, Assert.Single(g.Entities, e => e.Name == "Wang Lei").Mentions.Count);
    }
}
