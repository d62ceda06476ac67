using Graph.Core.Model;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A name the gazetteer knows as an institution's ("Labour") is the institution even where the model tags it as a
/// person, so "he" after it goes to a person of the article and not to the party.
/// </summary>
public sealed class KnownInstitutionTests
{
    private const string Text = "Fees\n\nTom Berg, the Liberal Democrat leader, spoke in Leeds on Monday. Labour wants the fees to rise. He said the plan was unfair.";

    [Fact]
    public void A_party_tagged_as_a_person_is_the_party()
    {
        var g = FixedLabels.Extract(Text, ("Tom Berg", NerLabels.Person), ("Labour", NerLabels.Person), ("Leeds", NerLabels.Location));
        Assert.Contains(g.Entities, e => e.Id == "institution:labour-party-gb");
        Assert.DoesNotContain(g.Entities, e => e.Id == "person:labour");
    }

    [Fact]
    public void He_goes_to_the_person_not_the_party()
    {
        var g = FixedLabels.Extract(Text, ("Tom Berg", NerLabels.Person), ("Labour", NerLabels.Person), ("Leeds", NerLabels.Location));
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("the plan was unfair").Speaker);
    }

    [Fact]
    public void A_group_the_model_tags_as_a_place_is_the_group_under_each_of_its_names()
    {
        const string text = "Kelmarsh attack\n\nIslamic State said it carried out the attack in Kelmarsh. Police said ISIS had planned it for months.";
        var g = FixedLabels.Extract(text, ("Islamic State", NerLabels.Location), ("Kelmarsh", NerLabels.Location), ("ISIS", NerLabels.Organisation));
        var group = Assert.Single(g.Entities, e => e.Name == "Islamic State");
        Assert.Equal(Graph.Core.Model.EntityType.Institution, group.Type);
        Assert.Contains(group.Mentions, m => m.Text == "ISIS");
        Assert.Equal(group.Id, g.ClaimWith("carried out the attack").Speaker);
    }

    [Fact]
    public void A_platform_the_model_tags_as_a_place_is_a_firm()
    {
        const string text = "Posts\n\nAna Ruiz wrote on Facebook that the harbour would close. Twitter removed a post by Tom Beck.";
        var g = FixedLabels.Extract(text, ("Ana Ruiz", NerLabels.Person), ("Facebook", NerLabels.Location), ("Twitter", NerLabels.Location), ("Tom Beck", NerLabels.Person));
        Assert.Equal(Graph.Core.Model.EntityType.Institution, Assert.Single(g.Entities, e => e.Name == "Facebook").Type);
        Assert.Equal(Graph.Core.Model.EntityType.Institution, Assert.Single(g.Entities, e => e.Name == "Twitter").Type);
    }

    [Fact]
    public void A_political_action_committee_named_by_its_kind_is_no_body()
    {
        const string text = "Money\n\nA super PAC backing Ana Ruiz raised more than the harbour board spent. The PAC said it would spend it all.";
        var g = FixedLabels.Extract(text, ("PAC", NerLabels.Organisation), ("Ana Ruiz", NerLabels.Person));
        Assert.DoesNotContain(g.Entities, e => e.Name == "PAC");
    }

    [Theory]
    [InlineData("Ruiz Tower")]
    [InlineData("Lund Plaza")]
    public void A_building_named_after_someone_is_a_place(string building)
    {
        var text = $"Rally\n\nAna Ruiz spoke outside {building} on Monday. The crowd at {building} cheered.";
        var g = FixedLabels.Extract(text, ("Ana Ruiz", NerLabels.Person), (building, NerLabels.Person));
        Assert.Equal(Graph.Core.Model.EntityType.Location, Assert.Single(g.Entities, e => e.Name == building).Type);
        Assert.Equal(Graph.Core.Model.EntityType.Person, Assert.Single(g.Entities, e => e.Name == "Ana Ruiz").Type);
    }

    [Fact]
    public void An_outlet_the_model_tags_as_a_person_is_the_outlet_under_each_of_its_names()
    {
        const string text = "Fact check\n\nPolitifact rated the harbour claim false. Breitbart News disagreed, and a Breitbart editor wrote that Politifact had erred.";
        var g = FixedLabels.Extract(text, ("Politifact", NerLabels.Person), ("Breitbart News", NerLabels.Organisation), ("Breitbart", NerLabels.Person));
        var checker = Assert.Single(g.Entities, e => e.Name == "PolitiFact");
        Assert.Equal(Graph.Core.Model.EntityType.Institution, checker.Type);
        Assert.Equal(2, checker.Mentions.Count(m => m.Kind == Graph.Core.Model.MentionKind.Name));
        Assert.Contains(Assert.Single(g.Entities, e => e.Name == "Breitbart News").Mentions, m => m.Text == "Breitbart");
    }

    [Fact]
    public void A_known_name_the_model_missed_or_tagged_in_part_is_the_institution()
    {
        const string text = "Ferry levy\n\nThe Scottish Executive said on Monday that island fares would be frozen. A Bank of England report was due later.";
        var g = FixedLabels.Extract(text, ("Scottish", NerLabels.Misc));
        Assert.Equal("institution:scottish-executive-gb", g.ClaimWith("island fares would be frozen").Speaker);
        Assert.Contains(g.Entities, e => e.Id == "institution:bank-of-england-gb");
    }

    [Fact]
    public void A_longer_name_the_model_tagged_around_a_known_one_stays()
    {
        const string text = "Ferry levy\n\nThe Bank of England Museum said on Monday that its doors would close early.";
        var g = FixedLabels.Extract(text, ("Bank of England Museum", NerLabels.Organisation));
        Assert.Equal("Bank of England Museum", g.Named(EntityType.Institution, "Bank of England Museum").Name);
        Assert.DoesNotContain(g.Entities, e => e.Id == "institution:bank-of-england-gb");
    }
}
