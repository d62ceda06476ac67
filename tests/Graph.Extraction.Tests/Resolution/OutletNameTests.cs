using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A name the model took for a person's, right after a noun for an outlet or a band ("the magazine Harbour Echo", "the
/// band Grey Lanterns"), is a body's, of one word or several; but not a name that opens what was told ("told the paper
/// Tessel Marr had left"), nor a surname in a clause after the noun ("the group Marr addressed"); and a name after
/// "the" that ends in a newspaper's word ("the Westhaven Courier"), not a person so named. The candidates are
/// given as a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class OutletNameTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Theory]
    [InlineData("An interview in the magazine Harbour Echo caused a stir in March.", "Harbour Echo")]
    [InlineData("Tickets for the band Grey Lanterns sold out within an hour.", "Grey Lanterns")]
    [InlineData("The Danish newspaper Vestlig Avis printed the letter.", "Vestlig Avis")]
    public void A_name_after_an_outlets_or_bands_noun_is_a_body(string text, string name)
    {
        var g = Resolve(text, (name, NerLabels.Person, 0));
        Assert.Equal(EntityType.Institution, Assert.Single(g.Entities, e => e.Name == name).Type);
    }

    [Theory]
    [InlineData("The Westhaven Courier said the harbour board had lost money.", "Westhaven Courier")]
    [InlineData("Both ferries were sold, the Nordvik Herald reported on Friday.", "Nordvik Herald")]
    public void A_name_after_the_ending_in_a_newspapers_word_is_a_paper(string text, string name)
    {
        var g = Resolve(text, (name, NerLabels.Person, 0));
        Assert.Equal(EntityType.Institution, Assert.Single(g.Entities, e => e.Name == name).Type);
    }

    [Fact]
    public void A_person_whose_surname_is_a_newspapers_word_stays_a_person()
    {
        const string text = "Etiquette writer Emily Post said the harbour board had lost money.";
        var g = Resolve(text, ("Emily Post", NerLabels.Person, 0));
        Assert.Equal(EntityType.Person, Assert.Single(g.Entities, e => e.Name == "Emily Post").Type);
    }

    [Fact]
    public void A_name_opening_what_was_told_stays_a_person()
    {
        const string text = "A neighbour told the paper Tessel Marr had left the town in May.";
        var g = Resolve(text, ("Tessel Marr", NerLabels.Person, 0));
        Assert.Equal(EntityType.Person, Assert.Single(g.Entities, e => e.Name == "Tessel Marr").Type);
    }

    [Fact]
    public void A_surname_in_a_clause_after_the_noun_stays_the_person()
    {
        const string text = "Tessel Marr spoke to three business clubs in May. The group Marr addressed last was the smallest.";
        var g = Resolve(text, ("Tessel Marr", NerLabels.Person, 0), ("Marr", NerLabels.Person, 1));
        Assert.Equal(EntityType.Person, Assert.Single(g.Entities, e => e.Name == "Tessel Marr").Type);
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Institution);
    }
}
