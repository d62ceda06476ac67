using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A nationality before a trade or a sport ("French singer X", "Danish striker X") says where a person is from, kept
/// as the person's <c>nationality</c>; before an office ("German Chancellor X") it says whom they serve, an
/// AFFILIATED_WITH edge. A country's word opening a name the model left untagged is no employer. The candidates are
/// given as a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class NationalityRoleTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Fact]
    public void A_trade_after_a_nationality_is_where_the_person_is_from()
    {
        const string text = "French singer Ana Ruiz sang in Oslo on Friday.";
        var g = Resolve(text, ("French", NerLabels.Misc, 0), ("Ana Ruiz", NerLabels.Person, 0));
        var ruiz = Assert.Single(g.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("fr", ruiz.Properties!["nationality"]);
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith);
    }

    [Fact]
    public void An_office_after_a_nationality_is_an_affiliation()
    {
        const string text = "German Chancellor Ana Ruiz spoke in Oslo on Friday.";
        var g = Resolve(text, ("German", NerLabels.Misc, 0), ("Ana Ruiz", NerLabels.Person, 0));
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.To == "country:de");
    }

    [Fact]
    public void A_country_word_opening_an_untagged_name_is_not_the_employer()
    {
        const string text = "Ola Brandt, economist at Swiss Kelpmark, said rates would rise.";
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), ("Swiss", NerLabels.Misc, 0));
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.To == "country:ch");
    }

    [Fact]
    public void The_whole_name_of_a_state_body_is_the_employer()
    {
        const string text = "Ola Brandt, head of the Danish Central Bank, said rates would rise.";
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), ("Danish Central Bank", NerLabels.Organisation, 0));
        var bank = Assert.Single(g.Entities, e => e.Type == EntityType.Institution);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.To == bank.Id);
    }

    [Fact]
    public void A_common_noun_after_the_does_not_cut_the_country_word_from_a_name()
    {
        const string text = "The Danish Library opened a wing. Visitors said the Library was busy.";
        var g = Resolve(text, ("Danish Library", NerLabels.Organisation, 0));
        Assert.Equal("Danish Library", Assert.Single(g.Entities, e => e.Type == EntityType.Institution).Name);
    }

    [Fact]
    public void A_trade_after_a_country_s_name_is_where_the_person_is_from()
    {
        const string text = "US actor Ana Ruiz sang in Oslo on Friday.";
        var g = Resolve(text, ("US", NerLabels.Location, 0), ("Ana Ruiz", NerLabels.Person, 0));
        Assert.Equal("us", Assert.Single(g.Entities, e => e.Type == EntityType.Person).Properties!["nationality"]);
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith);
    }

    [Fact]
    public void A_sport_after_a_country_s_name_is_its_side()
    {
        const string text = "Norway defender Ana Ruiz scored in Oslo on Friday.";
        var g = Resolve(text, ("Norway", NerLabels.Location, 0), ("Ana Ruiz", NerLabels.Person, 0));
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.To == "country:no");
    }

    [Fact]
    public void A_country_s_word_ending_another_place_s_name_is_no_employer()
    {
        const string text = "Northern Ireland minister Ana Ruiz spoke in Belfast on Friday.";
        var g = Resolve(text, ("Ireland", NerLabels.Location, 0), ("Ana Ruiz", NerLabels.Person, 0), ("Belfast", NerLabels.Location, 0));
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.To == "country:ie");
    }

    [Theory]
    [InlineData("A source told the Harbour Gazette Mr Beck would resign in May.", "Harbour Gazette", NerLabels.Organisation, false)]
    [InlineData("Lib Dem Sir Tom Beck chairs the harbour committee.", "Lib Dem", NerLabels.Organisation, true)]
    public void A_courtesy_title_alone_joins_a_name_only_to_a_party(string text, string body, string label, bool member)
    {
        var g = Resolve(text, (body, label, 0), (text.Contains("Mr Beck") ? "Beck" : "Tom Beck", NerLabels.Person, 0));
        Assert.Equal(member, g.Relations.Any(r => r.Type == RelationTypes.AffiliatedWith));
    }
}
