using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// An affiliation's role reads as an analyst would write it: "as chairman of" is "chairman", and an honour or title
/// between the role and the name ("chief executive Lord Tom Berg") is not part of it. Candidates are given as a model
/// might tag them.
/// </summary>
public sealed class AffiliationRoleTests
{
    [Theory]
    [InlineData("Ana Ruiz, as chairman of the Harbour Committee, said the fees would stay.", "Ana Ruiz", "Harbour Committee", "chairman")]
    [InlineData("Nordbank chief executive Sir Tom Berg said the yard would close.", "Tom Berg", "Nordbank", "chief executive")]
    public void The_role_leaves_out_as_and_a_title_before_the_name(string text, string person, string body, string role)
    {
        var g = Tagged.Resolve(text, (person, NerLabels.Person, 0), (body, NerLabels.Organisation, 0));
        var edge = Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith);
        Assert.Equal(role, edge.Properties["role"]);
    }
}
