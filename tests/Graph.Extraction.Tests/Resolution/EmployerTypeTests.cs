using Graph.Core.Model;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// Someone's employer is an institution or a country (the contract's AFFILIATED_WITH). When the recogniser takes the
/// employer for a place or a person, a role held in an organisation makes it an institution; a role held for a place
/// or beside a person ("the MP for Hull") is no affiliation at all.
/// </summary>
public sealed class EmployerTypeTests
{
    private static ArticleGraph Run(string text, params (string, string)[] names) => FixedLabels.Extract(text, names);

    [Fact]
    public void A_firm_taken_for_a_place_is_an_institution_when_someone_works_there()
    {
        var g = Run("Fees\n\nTom Berg, an analyst at Nordvik Capital, said the fees would rise.",
            ("Tom Berg", NerLabels.Person), ("Nordvik Capital", NerLabels.Location));
        var firm = g.Named(EntityType.Institution, "Nordvik Capital");
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == g.PersonId("Tom Berg") && r.To == firm.Id);
    }

    [Fact]
    public void A_firm_taken_for_a_person_is_an_institution_when_someone_speaks_for_it()
    {
        var g = Run("Fees\n\nAnna Kovac, a spokeswoman for Brightwave, said the fees would rise.",
            ("Anna Kovac", NerLabels.Person), ("Brightwave", NerLabels.Person));
        var firm = g.Named(EntityType.Institution, "Brightwave");
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == g.PersonId("Anna Kovac") && r.To == firm.Id);
    }

    [Fact]
    public void A_place_someone_represents_stays_a_place_and_is_no_employer()
    {
        var g = Run("Fees\n\nTom Berg, the MP for Eastmere, said the fees would rise.",
            ("Tom Berg", NerLabels.Person), ("Eastmere", NerLabels.Location));
        Assert.Equal(EntityType.Location, Assert.Single(g.Entities, e => e.Name == "Eastmere").Type);
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith);
    }

    [Fact]
    public void A_country_owning_the_employer_is_not_the_employer()
    {
        var g = Run("Films\n\nTom Berg, the founder of Norway's Westhaven Films, said the film would open in May. "
            + "Ana Ruiz, the leader of Denmark's biggest union Dokkforbund, told the Courier she wanted a date set.",
            ("Tom Berg", NerLabels.Person), ("Norway", NerLabels.Location), ("Westhaven Films", NerLabels.Organisation),
            ("Ana Ruiz", NerLabels.Person), ("Denmark", NerLabels.Location), ("Dokkforbund", NerLabels.Organisation));
        var firm = g.Named(EntityType.Institution, "Westhaven Films");
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == g.PersonId("Tom Berg") && r.To == firm.Id);
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == g.PersonId("Tom Berg") && r.To == "country:no");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == g.PersonId("Ana Ruiz") && r.To == "country:dk");
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == g.PersonId("Ana Ruiz")
            && r.To == g.Named(EntityType.Institution, "Dokkforbund").Id);
    }

    [Fact]
    public void A_person_by_a_first_name_is_never_made_a_firm()
    {
        var g = Run("Fees\n\nTom Berg, a spokesman for Ana Ruiz, said the fees would rise.",
            ("Tom Berg", NerLabels.Person), ("Ana Ruiz", NerLabels.Person));
        Assert.Equal(EntityType.Person, Assert.Single(g.Entities, e => e.Name == "Ana Ruiz").Type);
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.To == g.PersonId("Ana Ruiz"));
    }
}
