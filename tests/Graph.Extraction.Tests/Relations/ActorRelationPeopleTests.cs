using Graph.Core.Model;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// A party's or a country's people named in the plural act for it ("the Tories have accused X", "the Danes backed
/// X"); counted ("most Republicans", "three Danes", "all senior Democrats") they are some of its people, and it does
/// not act.
/// </summary>
public sealed class ActorRelationPeopleTests
{
    private static ArticleGraph Extract(string sentence) => FixedLabels.Extract("Harbour news\n\n" + sentence,
        ("Democrats", NerLabels.Misc), ("Republicans", NerLabels.Misc), ("Tories", NerLabels.Misc), ("Danes", NerLabels.Misc),
        ("Ola Brandt", NerLabels.Person));

    [Theory]
    [InlineData("The Tories have accused Ola Brandt of hiding the harbour accounts.", "institution:conservative-party-gb", RelationTypes.Accuses)]
    [InlineData("Republicans criticised Ola Brandt over the ferry fares.", "institution:republican-party-us", RelationTypes.Criticizes)]
    [InlineData("The Danes backed Ola Brandt in the harbour vote.", "country:dk", RelationTypes.Supports)]
    public void A_plural_for_the_people_of_a_body_acts_for_it(string sentence, string body, string type)
    {
        var g = Extract(sentence);
        var act = Assert.Single(g.Relations, r => r.Type == type);
        Assert.Equal((body, g.PersonId("Ola Brandt")), (act.From, act.To));
    }

    [Fact]
    public void A_peoples_plural_is_acted_on_as_the_body()
    {
        var g = Extract("Ola Brandt accused the Danes of hiding the harbour accounts.");
        var act = Assert.Single(g.Relations, r => r.Type == RelationTypes.Accuses);
        Assert.Equal((g.PersonId("Ola Brandt"), "country:dk"), (act.From, act.To));
    }

    [Theory]
    [InlineData("Most Republicans criticised Ola Brandt over the ferry fares.")]
    [InlineData("Three Danes backed Ola Brandt in the harbour vote.")]
    [InlineData("Ola Brandt was criticised by all senior Democrats over the ferry fares.")]
    public void People_counted_do_not_act_for_the_body(string sentence)
    {
        var g = Extract(sentence);
        Assert.DoesNotContain(g.Relations, r => r.Type is RelationTypes.Criticizes or RelationTypes.Supports);
    }
}
