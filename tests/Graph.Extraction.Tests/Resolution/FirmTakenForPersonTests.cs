using Graph.Core.Model;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A firm named by one word that the model takes for a person is an institution where the text treats it as a firm:
/// its profits, shares or chief executive, or a firm's noun before its name; not a person named after a title or
/// referred to as "he". Passages are written for these tests.
/// </summary>
public sealed class FirmTakenForPersonTests
{
    [Fact]
    public void A_retailer_with_profits_is_an_institution_and_speaks_as_one()
    {
        var g = Extract.From("Retail figures\n\nUS retailer Kessler said its sales rose by 3% in May. Kessler's profits fell, though, and Kessler said it would cut prices.");
        var kessler = g.Named(EntityType.Institution, "Kessler");
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Person && e.Name == "Kessler");
        Assert.Equal(kessler.Id, g.ClaimWith("would cut prices").Speaker);
    }

    [Fact]
    public void Shares_in_a_name_make_it_a_firm()
    {
        var g = Extract.From("Market report\n\nShares in Ridgeley fell by 5% on Monday. Ridgeley said its chief executive, Ana Ruiz, had resigned.");
        Assert.Equal(EntityType.Institution, g.Entities.Single(e => e.Name == "Ridgeley").Type);
    }

    [Fact]
    public void A_person_after_a_title_stays_a_person()
    {
        var g = Extract.From("Share sale\n\nMr Hallam's shares in the bank were sold in May. Hallam said he had no regrets about the sale.");
        Assert.Equal(EntityType.Person, g.Entities.Single(e => e.Name == "Hallam").Type);
    }

    [Theory]
    [InlineData("Research by technology firms Korvax and Ridgeley found that most home computers were infected.", "Ridgeley", Entities.NerLabels.Location)]
    [InlineData("Start-up companies Ostrava, Korvax and Ridgeley will sell the handsets in May.", "Ridgeley", Entities.NerLabels.Person)]
    public void Names_listed_after_firms_plural_noun_are_firms(string sentence, string name, string label)
    {
        var g = FixedLabels.Extract("Handset news\n\n" + sentence, ("Korvax", Entities.NerLabels.Organisation), (name, label));
        Assert.Equal(EntityType.Institution, g.Entities.Single(e => e.Name == name).Type);
    }

    [Theory]
    [InlineData("Last week Vrije Post, a daily Westhaven newspaper, printed a photograph of the wreck.", "Vrije Post", Entities.NerLabels.Person)]
    [InlineData("Last week Karen Lund, the fashion chain, printed a catalogue of the spring range.", "Karen Lund", Entities.NerLabels.Person)]
    [InlineData("Meanwhile Korlund, one of the largest ferry groups in Norway, cut its fares.", "Korlund", Entities.NerLabels.Location)]
    public void A_name_described_as_a_body_in_apposition_is_an_institution(string sentence, string name, string label)
    {
        var g = FixedLabels.Extract("Harbour news\n\n" + sentence, (name, label));
        Assert.Equal(EntityType.Institution, g.Entities.Single(e => e.Name == name).Type);
    }

    [Theory]
    [InlineData("Last week Karen Lund, a bank manager in Oslo, printed a leaflet about the ferry.")]
    [InlineData("Last week Karen Lund, the group's chief executive, printed a leaflet about the ferry.")]
    [InlineData("Last week Karen Lund, the head of a ferry company, printed a leaflet about the ferry.")]
    [InlineData("Last week Karen Lund, a broadcaster with the Harbour Radio network, printed a leaflet about the ferry.")]
    public void A_person_described_by_a_trade_at_a_body_stays_a_person(string sentence)
    {
        var g = FixedLabels.Extract("Harbour news\n\n" + sentence, ("Karen Lund", Entities.NerLabels.Person));
        Assert.Equal(EntityType.Person, g.Entities.Single(e => e.Name == "Karen Lund").Type);
    }

    [Fact]
    public void A_place_no_gazetteer_knows_that_says_things_is_a_body_and_speaks()
    {
        var g = FixedLabels.Extract("Hotel sale\n\nThe Harbour Hotel was bought by Korlund on Monday. Korlund said it would spend $40m on new rooms.",
            ("Korlund", Entities.NerLabels.Location));
        var korlund = g.Named(EntityType.Institution, "Korlund");
        Assert.Equal(korlund.Id, g.ClaimWith("it would spend $40m on new rooms").Speaker);
    }

    [Theory]
    [InlineData("Korlund", "Ferries to Korlund stopped in May. Korlund said the harbour was safe again.")]
    [InlineData("Europe", "Europe said the harbour was safe again.")]
    public void A_place_one_goes_to_or_a_continent_stays_a_place_when_it_says_things(string name, string sentence)
    {
        var g = FixedLabels.Extract("Harbour news\n\n" + sentence, (name, Entities.NerLabels.Location));
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Institution && e.Name == name);
    }

    [Theory]
    [InlineData("By 2008, according to Korvix, most phones sold in the islands will have cameras.", true)]
    [InlineData("The new sitcom The World According to Korvix starts on Friday.", false)]
    public void A_place_no_gazetteer_knows_cited_with_according_to_is_a_body(string sentence, bool body)
    {
        var g = FixedLabels.Extract("Phone sales\n\n" + sentence, ("Korvix", Entities.NerLabels.Location));
        Assert.Equal(body, g.Entities.Any(e => e.Type == EntityType.Institution && e.Name == "Korvix"));
    }
}
