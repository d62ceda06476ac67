using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A "person" whose name ends in a firm's word ("Fjord Motor", "Korvax Foods"), even after a first name ("Daniel
/// Foods"), or whom the text describes as a firm ("The world's largest retailer, Korvix,", "travel analysts Korvix",
/// "Korvix, Norway's second-largest ferry firm,") is a firm; and a one-word "person" that is the first word of a firm
/// named in full before it ("Fjord" after "Fjord Motor") is that firm, so "it" can stand for it. Not a short form that
/// comes before the full name (a brand of the same name, as often), nor a person named after a title. The candidates
/// are given as a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class FirmShortFormTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Fact]
    public void A_person_named_with_a_firm_word_is_a_firm_and_its_short_form_joins_it()
    {
        const string text = "Carmaker Fjord Motor plans a new plant. Fjord expects sales to grow by a fifth.";
        var g = Resolve(text, ("Fjord Motor", NerLabels.Person, 0), ("Fjord", NerLabels.Person, 1));
        var firm = Assert.Single(g.Entities, e => e.Name == "Fjord Motor");
        Assert.Equal(EntityType.Institution, firm.Type);
        Assert.Equal(2, firm.Mentions.Count);
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Fenwick Bros")]
    [InlineData("Fenwick Industries")]
    [InlineData("Fenwick Films")]
    [InlineData("Daniel Foods")]
    [InlineData("Air Korvia")]
    [InlineData("Fenwick Foundation")]
    [InlineData("Harbour Aid")]
    public void A_person_named_with_these_firm_words_is_a_firm(string name)
    {
        var text = $"Shares in {name} rose on Tuesday.";
        var g = Resolve(text, (name, NerLabels.Person, 0));
        Assert.Equal(EntityType.Institution, Assert.Single(g.Entities, e => e.Name == name).Type);
    }

    [Theory]
    [InlineData("The world's largest retailer, Korvix, has agreed to pay $14m to settle the case.")]
    [InlineData("Ferry bookings are up a third this year, say travel analysts Korvix.")]
    [InlineData("Korvix, Norway's second-largest ferry firm, is to buy two boats.")]
    public void A_person_described_as_a_firm_around_the_name_is_a_firm(string text)
    {
        var g = Resolve(text, ("Korvix", NerLabels.Person, 0));
        Assert.Equal(EntityType.Institution, Assert.Single(g.Entities, e => e.Name == "Korvix").Type);
    }

    [Fact]
    public void A_person_described_by_a_role_around_the_name_stays_a_person()
    {
        var g = Resolve("The club's captain, Korvix, has agreed to stay for two more seasons.", ("Korvix", NerLabels.Person, 0));
        Assert.Equal(EntityType.Person, Assert.Single(g.Entities, e => e.Name == "Korvix").Type);
    }

    [Fact]
    public void A_person_of_the_same_words_as_a_firm_spelt_another_way_is_that_firm()
    {
        const string text = "KelmarVision posted a loss. KelmarVision blamed costs. Kelmar Vision said more cuts would come. Kelmar Vision's rivals did better.";
        var g = Resolve(text, ("KelmarVision", NerLabels.Organisation, 0), ("KelmarVision", NerLabels.Organisation, 1), ("Kelmar Vision", NerLabels.Organisation, 0),
            ("Kelmar Vision", NerLabels.Person, 1));
        var firm = Assert.Single(g.Entities);
        Assert.Equal(EntityType.Institution, firm.Type);
        Assert.Equal(4, firm.Mentions.Count(m => m.Kind == MentionKind.Name));
    }

    [Fact]
    public void A_short_form_before_the_full_name_stays_apart()
    {
        const string text = "Sales of Kestrel rose again. Kestrel Airlines, owned by the same group, will buy ten jets.";
        var g = Resolve(text, ("Kestrel", NerLabels.Person, 0), ("Kestrel Airlines", NerLabels.Organisation, 0));
        Assert.Equal(2, g.Entities.Count(e => e.Name.StartsWith("Kestrel", StringComparison.Ordinal)));
    }

    [Fact]
    public void It_after_the_short_form_is_the_firm()
    {
        var g = Extract.From("Carmaker plans plant\n\nNorway's Fjord Motor has said it plans a second plant in Brazil. Fjord expects its sales in Brazil to grow. "
            + "By 2010, it expects to double sales.");
        Assert.Equal(EntityType.Institution, g.Entities.Single(e => e.Id == g.ClaimWith("to double sales").Speaker).Type);
    }
}
