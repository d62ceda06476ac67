using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A short form in brackets right after an institution's name ("the Trans-Nordic Ferry Bank (TNFB)") is that
/// institution's: the model's entity for the short form, and later uses of it the model left untagged, become the
/// institution's mentions. Not a bracket whose letters do not abbreviate the name, nor a country in brackets. The
/// candidates are given as a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class BracketedShortFormTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Fact]
    public void The_short_form_the_model_tagged_apart_joins_the_full_name()
    {
        const string text = "The Trans-Nordic Ferry Bank (TNFB) raised its rates. The TNFB said lending had slowed.";
        var g = Resolve(text, ("Trans-Nordic Ferry Bank", NerLabels.Organisation, 0), ("TNFB", NerLabels.Organisation, 0), ("TNFB", NerLabels.Organisation, 1));
        var bank = Assert.Single(g.Entities, e => e.Type == EntityType.Institution);
        Assert.Equal("Trans-Nordic Ferry Bank", bank.Name);
        Assert.Equal(3, bank.Mentions.Count);
        Assert.Contains("TNFB", bank.Aliases);
    }

    [Fact]
    public void Later_uses_the_model_missed_are_mentions_too()
    {
        const string text = "The Association of Ferry Operators (Afo) met on Monday. Afo wants lower harbour dues.";
        var g = Resolve(text, ("Association of Ferry Operators", NerLabels.Organisation, 0));
        var body = Assert.Single(g.Entities);
        Assert.Equal(["Association of Ferry Operators", "Afo", "Afo"], body.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_short_form_in_the_headline_before_the_brackets_joins_too()
    {
        const string text = "TNFB lifts rates\n\nThe Trans-Nordic Ferry Bank (TNFB) raised its rates on Monday.";
        var g = Resolve(text, ("TNFB", NerLabels.Organisation, 0), ("Trans-Nordic Ferry Bank", NerLabels.Organisation, 0));
        var bank = Assert.Single(g.Entities);
        Assert.Equal(["TNFB", "Trans-Nordic Ferry Bank", "TNFB"], bank.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_short_form_typed_as_a_place_joins_the_body_it_abbreviates()
    {
        const string text = "Fares were set by the Inter-Island Ferry Board (IIFB) in May. The IIFB will meet again in June.";
        var g = Resolve(text, ("Inter-Island Ferry Board", NerLabels.Organisation, 0), ("IIFB", NerLabels.Location, 0), ("IIFB", NerLabels.Location, 1));
        var board = Assert.Single(g.Entities);
        Assert.Equal(EntityType.Institution, board.Type);
        Assert.Equal(3, board.Mentions.Count);
    }

    [Fact]
    public void A_bracket_that_does_not_abbreviate_the_name_stays_apart()
    {
        const string text = "The Harbour Pilots Guild (Kestrel) signed the deal. Kestrel said the pilots were pleased.";
        var g = Resolve(text, ("Harbour Pilots Guild", NerLabels.Organisation, 0), ("Kestrel", NerLabels.Organisation, 0), ("Kestrel", NerLabels.Organisation, 1));
        Assert.Equal(2, g.Entities.Count);
    }

    [Fact]
    public void A_country_in_brackets_stays_a_country()
    {
        const string text = "The Union of Kitchen Makers (UK) opened a plant in Leeds.";
        var g = Resolve(text, ("Union of Kitchen Makers", NerLabels.Organisation, 0), ("UK", NerLabels.Location, 0));
        Assert.Contains(g.Entities, e => e.Type == EntityType.Country);
        Assert.Contains(g.Entities, e => e.Type == EntityType.Institution && e.Mentions.Count == 1);
    }

    [Theory]
    [InlineData("TNFB", "Trans-Nordic Ferry Bank", true)]
    [InlineData("Nofex", "Nordic Fish Exchange", true)]
    [InlineData("BoH", "Bank of Harbourtown", true)]
    [InlineData("Kestrel", "Harbour Pilots Guild", false)]
    [InlineData("NB", "Harbour Bank", false)]
    public void Short_forms_are_initials_or_letters_in_order(string shortForm, string name, bool expected) =>
        Assert.Equal(expected, EntityResolver.IsShortFormOf(shortForm, name));

    [Fact]
    public void A_word_of_the_name_in_brackets_is_no_short_form()
    {
        const string text = "The Westhaven Sailing Club (Westhaven) won the regatta. Westhaven council will pay for a new slipway.";
        var g = Resolve(text, ("Westhaven Sailing Club", NerLabels.Organisation, 0), ("Westhaven", NerLabels.Location, 1), ("Westhaven", NerLabels.Location, 2));
        var club = Assert.Single(g.Entities, e => e.Name == "Westhaven Sailing Club");
        Assert.Single(club.Mentions);
    }
}
