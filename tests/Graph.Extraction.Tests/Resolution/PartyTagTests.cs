using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "Sen. Karen Lund (D-N.Y.)", "Rep. Tom Beck, R-Fla.,": the party and state of a US politician, written after the
/// name. The tag is no entity; the person belongs to the party and comes from the state. Candidates are given as the
/// model tags such text (the tag as a place or a body), so the tests do not depend on the trained model.
/// </summary>
public sealed class PartyTagTests
{
    private const string Democrats = "institution:democratic-party-us";
    private const string Republicans = "institution:republican-party-us";

    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Fact]
    public void A_tag_in_brackets_gives_the_person_party_membership_and_state()
    {
        const string text = "Sen. Karen Lund (D-N.Y.) said the harbour bill would cost jobs.";
        var g = Resolve(text, ("Karen Lund", NerLabels.Person, 0), ("D-N", NerLabels.Organisation, 0), ("Y.", NerLabels.Person, 0));

        var lund = Assert.Single(g.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Karen Lund", lund.Name);
        Assert.Equal("New York", lund.Properties!["state"]);
        var edge = Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith);
        Assert.Equal((lund.Id, Democrats, "member"), (edge.From, edge.To, edge.Properties["role"]));
        Assert.Equal("Karen Lund (D-N.Y.", edge.Evidence.Text);
        Assert.Equal("Democratic Party", Assert.Single(g.Entities, e => e.Id == Democrats).Name);
    }

    [Theory]
    [InlineData("Rep. Tom Beck, R-Fla., said the bill was fair.", "R-Fla", "Florida")]
    [InlineData("Rep. Tom Beck,\u00A0\u00A0R-Texas, said the bill was fair.", "R-Texas", "Texas")]
    [InlineData("Rep. Tom Beck (R-TX) said the bill was fair.", "R-TX", "Texas")]
    [InlineData("The bill was fair, said Rep. Tom Beck, R-Fla.", "R-Fla", "Florida")]
    public void A_tag_after_a_comma_or_in_other_forms_is_read_too(string text, string tagged, string state)
    {
        var g = Resolve(text, ("Tom Beck", NerLabels.Person, 0), (tagged, NerLabels.Location, 0));

        var beck = Assert.Single(g.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(state, beck.Properties!["state"]);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == beck.Id && r.To == Republicans);
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Location);
    }

    [Fact]
    public void An_independent_has_a_state_and_no_party()
    {
        const string text = "Sen. Lars Ove (I-Vt.) agreed with the plan.";
        var g = Resolve(text, ("Lars Ove", NerLabels.Person, 0), ("I-Vt", NerLabels.Location, 0));

        var ove = Assert.Single(g.Entities);
        Assert.Equal("Vermont", ove.Properties!["state"]);
        Assert.Empty(g.Relations);
    }

    [Theory]
    [InlineData("Ola Brandt (D-Day veteran) spoke in Kelmarsh.", "D-Day")]
    [InlineData("Ola Brandt, I-95 commuter, spoke in Kelmarsh.", "I-95")]
    [InlineData("Ola Brandt (R-Westhaven) spoke in Kelmarsh.", "R-Westhaven")]
    public void Other_words_with_a_capital_and_a_hyphen_are_no_tags(string text, string word)
    {
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), ("Kelmarsh", NerLabels.Location, 0), (word, NerLabels.Misc, 0));
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith);
        Assert.DoesNotContain(g.Entities, e => e.Properties is { } p && p.ContainsKey("state"));
    }
}
