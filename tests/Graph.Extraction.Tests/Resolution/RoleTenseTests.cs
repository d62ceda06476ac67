using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A role held in the past says so ("retired admiral", "former spokesman"), a relative clause gives only the
/// role ("spokesman"), and a denied one gives nothing ("is not a spokesman for"). Candidates are given as a model tags
/// such text.
/// </summary>
public sealed class RoleTenseTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    private static string RoleOf(ResolvedEntities g) =>
        Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith).Properties["role"];

    [Fact]
    public void Retired_before_the_body_dates_the_title()
    {
        var g = Resolve("The plan was backed by retired Navy admiral Ola Brandt on Monday.", ("Navy", NerLabels.Organisation, 0), ("Ola Brandt", NerLabels.Person, 0));
        Assert.Equal("retired admiral", RoleOf(g));
    }

    [Theory]
    [InlineData("Tom Beck, who was spokesman at the Harbour Board, opposed the plan.", "former spokesman")]
    [InlineData("Tom Beck, who is spokesman at the Harbour Board, opposed the plan.", "spokesman")]
    public void A_relative_clause_gives_the_role_after_its_verb(string text, string role)
    {
        var g = Resolve(text, ("Tom Beck", NerLabels.Person, 0), ("Harbour Board", NerLabels.Organisation, 0));
        Assert.Equal(role, RoleOf(g));
    }

    [Fact]
    public void A_denied_role_makes_nobody()
    {
        var g = Resolve("Lars Ove is not a spokesman for Nordbank, the bank said.", ("Lars Ove", NerLabels.Person, 0), ("Nordbank", NerLabels.Organisation, 0));
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith);
        Assert.Single(g.Entities, e => e.Type == EntityType.Person);
    }
}
