using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// In "A, B, C and D" the names are of one kind. When the model was unsure of one of them and typed it unlike all
/// the others, it takes the others' kind, here and wherever the article names it again. The candidates are given as
/// a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class ListOfOneKindTests
{
    private const double Unsure = 0.6;

    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, Unsure, tags);

    [Fact]
    public void The_one_name_typed_unlike_the_rest_of_a_list_of_people_is_a_person_there_and_later()
    {
        const string text = "The shortlist names Ola Brandt, Karen Lund, Tom Berg and Anna Kovac. Karen Lund said she was surprised.";
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), ("Karen Lund", NerLabels.Organisation, 0), ("Tom Berg", NerLabels.Person, 0),
            ("Anna Kovac", NerLabels.Person, 0), ("Karen Lund", NerLabels.Organisation, 1));
        var lund = Assert.Single(g.Entities, e => e.Name == "Karen Lund");
        Assert.Equal(EntityType.Person, lund.Type);
        Assert.Equal(2, lund.Mentions.Count(m => m.Kind == MentionKind.Name));
    }

    [Fact]
    public void A_firm_in_a_list_of_firms_is_an_institution()
    {
        const string text = "Orders fell at Nordbank, Harbour Gazette and Kelmarsh Tools.";
        var g = Resolve(text, ("Nordbank", NerLabels.Organisation, 0), ("Harbour Gazette", NerLabels.Organisation, 0), ("Kelmarsh Tools", NerLabels.Location, 0));
        Assert.Contains(g.Entities, e => e.Name == "Kelmarsh Tools" && e.Type == EntityType.Institution);
    }

    [Fact]
    public void A_name_the_model_was_sure_of_keeps_its_kind()
    {
        const string text = "The shortlist names Ola Brandt, Karen Lund and Westhaven.";
        var g = Tagged.Resolve(text, 0.95, ("Ola Brandt", NerLabels.Person, 0), ("Karen Lund", NerLabels.Person, 0), ("Westhaven", NerLabels.Location, 0));
        Assert.Contains(g.Entities, e => e.Name == "Westhaven" && e.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("Ola Brandt met Karen Lund and Westhaven officials.")]            // not a list: "met" between the first two
    [InlineData("Ola Brandt and Karen Lund and Westhaven were named.")]           // "and" twice is no list
    [InlineData("Ola Brandt, Karen Lund, Westhaven and Nordbank were named.")]   // two of four typed otherwise
    public void Without_a_list_of_three_all_but_one_of_one_kind_nothing_changes(string text)
    {
        var tags = new List<(string, string, int)> { ("Ola Brandt", NerLabels.Person, 0), ("Karen Lund", NerLabels.Person, 0), ("Westhaven", NerLabels.Location, 0) };
        if (text.Contains("Nordbank", StringComparison.Ordinal)) tags.Add(("Nordbank", NerLabels.Organisation, 0));
        var g = Resolve(text, [.. tags]);
        Assert.Contains(g.Entities, e => e.Name == "Westhaven" && e.Type == EntityType.Location);
    }

    [Fact]
    public void A_country_in_a_list_of_people_stays_the_country()
    {
        const string text = "Medals went to Ola Brandt, Karen Lund and Norway.";
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), ("Karen Lund", NerLabels.Person, 0), ("Norway", NerLabels.Location, 0));
        Assert.Contains(g.Entities, e => e.Name == "Norway" && e.Type == EntityType.Country);
    }

    [Fact]
    public void Only_a_known_city_is_made_a_place()
    {
        const string text = "Flights leave for Paris, Lyon and Porto.";
        var g = Resolve(text, ("Paris", NerLabels.Location, 0), ("Lyon", NerLabels.Location, 0), ("Porto", NerLabels.Organisation, 0));
        Assert.Contains(g.Entities, e => e.Name == "Porto" && e.Type == EntityType.Location);

        const string other = "Flights leave for Paris, Lyon and Kelmarsh Tools.";
        var h = Resolve(other, ("Paris", NerLabels.Location, 0), ("Lyon", NerLabels.Location, 0), ("Kelmarsh Tools", NerLabels.Organisation, 0));
        Assert.Contains(h.Entities, e => e.Name == "Kelmarsh Tools" && e.Type == EntityType.Institution);
    }

    [Fact]
    public void The_surname_of_a_person_in_the_article_is_not_made_a_body()
    {
        const string text = "Ola Brandt runs a bakery. Its suppliers are Nordbank, Harbour Gazette and Brandt.";
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), ("Nordbank", NerLabels.Organisation, 0), ("Harbour Gazette", NerLabels.Organisation, 0),
            ("Brandt", NerLabels.Person, 1));
        Assert.DoesNotContain(g.Entities, e => e.Name == "Brandt" && e.Type == EntityType.Institution);
    }

    [Fact]
    public void A_name_starting_with_the_is_not_made_a_person()
    {
        const string text = "The bill has Ola Brandt, Karen Lund and The Harbour Lights.";
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), ("Karen Lund", NerLabels.Person, 0), ("The Harbour Lights", NerLabels.Organisation, 0));
        Assert.DoesNotContain(g.Entities, e => e.Name.EndsWith("Harbour Lights", StringComparison.Ordinal) && e.Type == EntityType.Person);
    }
}
