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
}
