using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// The model may tag the same words as an organisation in one sentence and a person or an unknown place in another.
/// The article means one actor: where the organisation's mentions are more, or one of them is named as a firm ("the
/// ferry firm Nordlys"), the others join it; a person named more often, or a place one goes to, stays what it is.
/// The candidates are given here, as a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class SameNameTwoTypesTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Fact]
    public void A_person_with_the_name_of_a_firm_the_text_calls_a_firm_is_the_firm()
    {
        const string text = "The ferry firm Nordlys was fined on Monday. A spokesman for Nordlys said it would appeal. Nordlys said it was disappointed.";
        var g = Resolve(text, ("Nordlys", NerLabels.Organisation, 0), ("Nordlys", NerLabels.Person, 1), ("Nordlys", NerLabels.Person, 2));
        var one = Assert.Single(g.Entities, e => e.Name == "Nordlys");
        Assert.Equal(EntityType.Institution, one.Type);
        Assert.Equal(3, one.Mentions.Count);
    }

    [Fact]
    public void An_unknown_place_the_model_more_often_tags_as_an_organisation_joins_that_body()
    {
        const string text = "Kelmarsh Rovers lost again. Kelmarsh sacked the coach. Kelmarsh fans booed. Kelmarsh will appeal.";
        var g = Resolve(text, ("Kelmarsh", NerLabels.Organisation, 1), ("Kelmarsh", NerLabels.Organisation, 3), ("Kelmarsh", NerLabels.Location, 2));
        var one = Assert.Single(g.Entities, e => e.Name == "Kelmarsh");
        Assert.Equal(EntityType.Institution, one.Type);
    }

    [Fact]
    public void A_person_named_more_often_than_the_organisation_stays_a_person()
    {
        const string text = "Kestrel sang two new songs. Kestrel said the tour would go on. Fans of Kestrel queued all night.";
        var g = Resolve(text, ("Kestrel", NerLabels.Person, 0), ("Kestrel", NerLabels.Person, 1), ("Kestrel", NerLabels.Organisation, 2));
        Assert.Contains(g.Entities, e => e.Name == "Kestrel" && e.Type == EntityType.Person);
    }

    [Fact]
    public void A_place_one_goes_to_stays_a_place()
    {
        const string text = "A Kelmarsh company sells hunting trips. Kelmarsh ranchers are angry. Few can afford a trip to Kelmarsh.";
        var g = Resolve(text, ("Kelmarsh", NerLabels.Organisation, 0), ("Kelmarsh", NerLabels.Organisation, 1), ("Kelmarsh", NerLabels.Location, 2));
        Assert.Contains(g.Entities, e => e.Name == "Kelmarsh" && e.Type == EntityType.Location);
    }

    [Fact]
    public void A_person_the_text_calls_a_rapper_stays_a_person_beside_a_charity_of_the_same_name()
    {
        const string text = "The rapper Kozane signed a new deal. Kozane said the deal was a dream. The charity Kozane set up in 2019 has raised money.";
        var g = Resolve(text, ("Kozane", NerLabels.Person, 0), ("Kozane", NerLabels.Person, 1), ("Kozane", NerLabels.Organisation, 2));
        Assert.Contains(g.Entities, e => e.Name == "Kozane" && e.Type == EntityType.Person && e.Mentions.Count == 2);
    }

    [Theory]
    [InlineData("Bookmakers Korvane says the singer is the favourite to leave the show.", NerLabels.Person)]
    [InlineData("The show will raise money for the charity Korvane next month.", NerLabels.Location)]
    [InlineData("The band signed with independent label Korvane in May.", NerLabels.Person)]
    public void A_one_word_name_after_a_noun_for_a_firm_or_body_is_an_institution(string text, string label)
    {
        var g = Resolve(text, ("Korvane", label, 0));
        Assert.Equal(EntityType.Institution, Assert.Single(g.Entities, e => e.Name == "Korvane").Type);
    }
}
