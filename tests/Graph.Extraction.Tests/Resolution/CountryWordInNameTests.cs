using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A country's word before an institution's name either places a body of that state ("the Danish Ministry of Ports":
/// the Ministry of Ports, of Denmark, part of it) or belongs to what a firm or society is called ("Danish Ferry Lines",
/// "Swedish Cable Society"), which keeps it. One institution written two ways in an article is one entity. The
/// candidates are given as a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class CountryWordInNameTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Fact]
    public void A_firm_keeps_the_country_word_of_its_name_and_is_no_part_of_the_state()
    {
        const string text = "Danish Ferry Lines cut its fares on Tuesday.";
        var g = Resolve(text, ("Danish Ferry Lines", NerLabels.Organisation, 0));
        var firm = Assert.Single(g.Entities);
        Assert.Equal(("institution:danish-ferry-lines", "Danish Ferry Lines"), (firm.Id, firm.Name));
        Assert.Equal("dk", firm.Properties!["country"]);
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.PartOf);
    }

    [Fact]
    public void A_body_of_the_state_is_placed_by_the_country_word()
    {
        const string text = "The Danish Ministry of Ports said the quay would reopen.";
        var g = Resolve(text, ("Danish Ministry of Ports", NerLabels.Organisation, 0));
        var ministry = Assert.Single(g.Entities, e => e.Type == EntityType.Institution);
        Assert.Equal("Ministry of Ports", ministry.Name);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.PartOf && r.From == ministry.Id && r.To == "country:dk");
    }

    [Fact]
    public void A_name_the_article_also_gives_alone_is_the_name_and_the_country_word_places_it()
    {
        const string text = "Swedish Kelpmark sold its ferries. Kelpmark said the sale closed in May.";
        var g = Resolve(text, ("Swedish Kelpmark", NerLabels.Organisation, 0), ("Kelpmark", NerLabels.Organisation, 1));
        var firm = Assert.Single(g.Entities, e => e.Type == EntityType.Institution);
        Assert.Equal("Kelpmark", firm.Name);
        Assert.Equal(2, firm.Mentions.Count);
    }

    [Fact]
    public void A_firm_named_alone_too_is_placed_but_no_part_of_the_state()
    {
        const string text = "Swedish Kelpmark sold its ferries. Kelpmark said the sale closed in May.";
        var g = Resolve(text, ("Swedish Kelpmark", NerLabels.Organisation, 0), ("Kelpmark", NerLabels.Organisation, 1));
        var firm = Assert.Single(g.Entities, e => e.Type == EntityType.Institution);
        Assert.Equal("se", firm.Properties!["country"]);
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.PartOf);
    }

    [Fact]
    public void Two_countries_words_joined_before_a_name_belong_to_it()
    {
        const string text = "The Norwegian and Danish Rovers will tour Canada in June. The Rovers said the squad was ready.";
        var g = Resolve(text, ("Norwegian", NerLabels.Misc, 0), ("Danish Rovers", NerLabels.Organisation, 0), ("Rovers", NerLabels.Organisation, 1),
            ("Canada", NerLabels.Location, 0));
        var team = Assert.Single(g.Entities, e => e.Type == EntityType.Institution);
        Assert.Equal("Rovers", team.Name);
        Assert.Contains("Norwegian and Danish Rovers", team.Aliases);
        Assert.Equal(2, team.Mentions.Count);
        Assert.DoesNotContain(g.Entities, e => e.Id is "country:no" or "country:dk");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.PartOf);
    }

    [Fact]
    public void The_rest_opening_a_longer_name_is_not_named_alone()
    {
        const string text = "Swedish Kelpmark and Kelpmark Ferries funded the new quay.";
        var g = Resolve(text, ("Swedish Kelpmark", NerLabels.Organisation, 0), ("Kelpmark Ferries", NerLabels.Organisation, 0));
        Assert.Contains(g.Entities, e => e.Name == "Swedish Kelpmark");
        Assert.DoesNotContain(g.Entities, e => e.Name == "Kelpmark");
    }

    [Fact]
    public void The_same_name_spaced_two_ways_is_one_institution()
    {
        const string text = "Nord Bank raised its rates. Analysts said NordBank had little choice.";
        var g = Resolve(text, ("Nord Bank", NerLabels.Organisation, 0), ("NordBank", NerLabels.Organisation, 0));
        var bank = Assert.Single(g.Entities);
        Assert.Equal(2, bank.Mentions.Count);
    }

    [Fact]
    public void A_body_named_later_without_its_country_is_the_one_named_with_it()
    {
        const string text = "The Danish Ministry of Ports set new dues. The Ministry of Ports said they start in June.";
        var g = Resolve(text, ("Danish Ministry of Ports", NerLabels.Organisation, 0), ("Ministry of Ports", NerLabels.Organisation, 1));
        var ministry = Assert.Single(g.Entities, e => e.Type == EntityType.Institution);
        Assert.Equal(2, ministry.Mentions.Count);
    }

    [Fact]
    public void Without_its_country_a_body_two_countries_have_stays_apart()
    {
        const string text = "The Danish Ministry of Ports and the Swedish Ministry of Ports met. The Ministry of Ports said little.";
        var g = Resolve(text, ("Danish Ministry of Ports", NerLabels.Organisation, 0), ("Swedish Ministry of Ports", NerLabels.Organisation, 0),
            ("Ministry of Ports", NerLabels.Organisation, 2));
        Assert.Equal(3, g.Entities.Count(e => e.Type == EntityType.Institution));
    }

    [Theory]
    [InlineData("Sales of the PC rose in May.", "PC")]
    [InlineData("The show was a hit on US TV last year.", "US TV")]
    public void A_common_noun_written_in_capitals_is_no_institution(string text, string tagged)
    {
        var g = Resolve(text, (tagged, NerLabels.Organisation, 0));
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Institution);
    }

    [Theory]
    [InlineData("Sales of DVDs rose in May.", "DVDs", NerLabels.Person)]
    [InlineData("Aids is spreading fastest in the east.", "Aids", NerLabels.Location)]
    [InlineData("The firm sells RFID tags to ports.", "RFID", NerLabels.Organisation)]
    public void A_common_noun_written_in_capitals_is_no_entity_whatever_its_tag(string text, string tagged, string label)
    {
        var g = Resolve(text, (tagged, label, 0));
        Assert.Empty(g.Entities);
    }

    [Fact]
    public void A_station_s_number_is_part_of_its_name()
    {
        const string text = "Harbour Radio 4 and Harbour Radio 2 shared a studio. Harbour Radio 4 has 4 million listeners, Harbour Radio 5% more.";
        var g = Resolve(text, ("Harbour Radio", NerLabels.Organisation, 0), ("Harbour Radio", NerLabels.Organisation, 1), ("Harbour Radio", NerLabels.Organisation, 2),
            ("Harbour Radio", NerLabels.Organisation, 3));
        Assert.Equal(["Harbour Radio", "Harbour Radio 2", "Harbour Radio 4"], g.Entities.Select(e => e.Name).Order());
    }
}
