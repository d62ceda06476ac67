using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A well-known firm the model takes for a person ("Boeing", "Sony Ericsson") is a firm even where the text gives no
/// sign of it, unless a person of the article bears the name as a surname; a short name joins the firm's full name
/// where the article gives that too. The candidates are given as a model might tag them, so the tests do not depend on
/// the trained model.
/// </summary>
public sealed class KnownFirmTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Theory]
    [InlineData("Boeing")]
    [InlineData("Sony Ericsson")]
    [InlineData("Wal-Mart")]
    [InlineData("Cadbury Schweppes")]
    public void A_well_known_firm_tagged_as_a_person_is_a_firm(string name)
    {
        var g = Resolve($"{name} will open two new sites in Westhaven next year.", (name, NerLabels.Person, 0));
        Assert.Equal(EntityType.Institution, Assert.Single(g.Entities, e => e.Name == name).Type);
    }

    [Fact]
    public void A_person_who_bears_the_firm_s_name_as_a_surname_stays_a_person()
    {
        const string text = "Dell lamps ship\n\nThe inventor Karen Dell opened her workshop in Westhaven. Dell hired ten more staff in May.";
        var g = Resolve(text, ("Dell", NerLabels.Person, 0), ("Karen Dell", NerLabels.Person, 0), ("Dell", NerLabels.Person, 2));
        var person = Assert.Single(g.Entities, e => e.Name == "Karen Dell");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(3, person.Mentions.Count);
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Institution);
    }

    [Theory]
    [InlineData("Lockheed", "Lockheed Martin")]
    [InlineData("Hyundai", "Hyundai Motor")]
    public void A_short_name_joins_the_firm_s_full_name_given_in_the_article(string shortName, string fullName)
    {
        var text = $"{shortName} wins order\n\n{fullName} has won an order for ten ferries. {shortName} said the first would sail in 2027.";
        var g = Resolve(text, (shortName, NerLabels.Person, 0), (fullName, NerLabels.Organisation, 0), (shortName, NerLabels.Person, 2));
        var firm = Assert.Single(g.Entities);
        Assert.Equal((EntityType.Institution, fullName), (firm.Type, firm.Name));
        Assert.Equal(3, firm.Mentions.Count(m => m.Kind == MentionKind.Name));
    }

    [Fact]
    public void A_firm_s_name_of_several_words_is_found_where_the_model_took_a_word_of_it_for_a_nationality()
    {
        var g = Resolve("Shares in American Express rose on Tuesday after the card firm sold its travel arm.", ("American", NerLabels.Misc, 0));
        Assert.Equal(EntityType.Institution, Assert.Single(g.Entities, e => e.Name == "American Express").Type);
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Country);
    }
}
