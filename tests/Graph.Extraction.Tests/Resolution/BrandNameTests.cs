using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A company named like a person ("Tessaly Pictures", "Tessaly Records", and once a "Grand Tessaly" the model tags
/// as a person) keeps its one-word mentions: the word that opens the article's organisation names is a brand, not
/// the surname or first name of the mistaken person. The candidates are given here, as a model might tag them, so
/// the tests do not depend on what the trained model makes of these passages.
/// </summary>
public sealed class BrandNameTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    private const string Studio =
        "Tessaly Pictures bought the rights, and Tessaly Records will release the music. Tessaly said the film opens in May. Profits at Grand Tessaly rose.";

    [Fact]
    public void A_one_word_organisation_that_opens_other_organisation_names_is_not_a_surname()
    {
        var g = Resolve(Studio, ("Tessaly Pictures", NerLabels.Organisation, 0), ("Tessaly Records", NerLabels.Organisation, 0),
            ("Tessaly", NerLabels.Organisation, 2), ("Grand Tessaly", NerLabels.Person, 0));
        var said = Studio.IndexOf("Tessaly said", StringComparison.Ordinal);
        var owner = Assert.Single(g.Entities, e => e.Mentions.Any(m => m.Start == said));
        Assert.Equal(EntityType.Institution, owner.Type);
    }

    [Fact]
    public void A_courtesy_title_still_makes_the_word_a_surname()
    {
        const string text = "Ivo Tessaly founded Tessaly Pictures in May. Mr Tessaly said the film would open in June.";
        var g = Resolve(text, ("Ivo Tessaly", NerLabels.Person, 0), ("Tessaly Pictures", NerLabels.Organisation, 0),
            ("Tessaly", NerLabels.Organisation, 2));
        var ivo = Assert.Single(g.Entities, e => e.Name == "Ivo Tessaly");
        Assert.Contains(ivo.Mentions, m => m.Start == text.IndexOf("Tessaly said", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_word_person_that_opens_organisation_names_is_not_merged_into_a_name_it_begins()
    {
        const string text = "Tessaly said the film opens in May. Tessaly Pictures bought the rights, and Tessaly Records will release the music, said Tessaly Networks chief Ana Ruiz.";
        var g = Resolve(text, ("Tessaly", NerLabels.Person, 0), ("Tessaly Pictures", NerLabels.Organisation, 0),
            ("Tessaly Records", NerLabels.Organisation, 0), ("Tessaly Networks", NerLabels.Person, 0), ("Ana Ruiz", NerLabels.Person, 0));
        Assert.DoesNotContain(g.Entities, e => e.Name == "Tessaly Networks" && e.Mentions.Any(m => m.Start == 0));
    }

    [Fact]
    public void A_surname_the_model_took_for_a_place_is_still_the_person_beside_a_company_named_after_them()
    {
        const string text = "Ivo Tessaly founded Tessaly Pictures in May. Tessaly said the film would open in June.";
        var g = Resolve(text, ("Ivo Tessaly", NerLabels.Person, 0), ("Tessaly Pictures", NerLabels.Organisation, 0),
            ("Tessaly", NerLabels.Location, 2));
        var ivo = Assert.Single(g.Entities, e => e.Name == "Ivo Tessaly");
        Assert.Contains(ivo.Mentions, m => m.Start == text.IndexOf("Tessaly said", StringComparison.Ordinal));
    }

    [Fact]
    public void A_courtesy_title_tagged_apart_from_the_surname_is_no_person_of_its_own()
    {
        const string text = "Ivo Tessaly runs the port. Output will fall, Mr Tessaly said.";
        var g = Resolve(text, ("Ivo Tessaly", NerLabels.Person, 0), ("Mr", NerLabels.Person, 0), ("Tessaly", NerLabels.Person, 1));
        Assert.DoesNotContain(g.Entities, e => e.Name == "Mr");
        var ivo = Assert.Single(g.Entities, e => e.Name == "Ivo Tessaly");
        Assert.Contains(ivo.Mentions, m => m.Start == text.IndexOf("Tessaly said", StringComparison.Ordinal));
    }
}
