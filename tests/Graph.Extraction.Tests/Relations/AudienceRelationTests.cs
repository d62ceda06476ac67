using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// A claim told to someone says its speaker talked to them: the TALKED_TO edge an analyst follows to see which outlets
/// an actor talks to is there also when the words do not put the two side by side.
/// </summary>
public sealed class AudienceRelationTests
{
    [Fact]
    public void A_quote_told_to_an_outlet_by_a_pronoun_speaker_gives_talked_to()
    {
        var g = Extract.From("Ferry fares\n\nKari Holm runs the ferry union. \"The fares are far too high,\" she told the Harbour Courier on Friday.");
        Assert.Equal("institution:harbour-courier", g.ClaimWith("fares are far too high").Audience);
        var talked = Assert.Single(g.Relations, r => r.Type == RelationTypes.TalksTo);
        Assert.Equal(("person:kari-holm", "institution:harbour-courier"), (talked.From, talked.To));
    }

    [Fact]
    public void Talked_to_is_not_given_twice_for_one_telling()
    {
        var g = Extract.From("Ferry fares\n\nKari Holm told the Harbour Courier that the fares were far too high.");
        Assert.Single(g.Relations, r => r.Type == RelationTypes.TalksTo);
    }

    [Fact]
    public void Urging_a_state_is_no_talk_with_it()
    {
        var g = Extract.From("Ferry fares\n\nNorway urged Sweden to cut the ferry fares before the summer.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.TalksTo);
    }

    [Fact]
    public void An_actor_with_its_own_verb_after_told_is_what_was_told_not_who_heard_it()
    {
        var g = Extract.From("Ferry fares\n\nKari Holm runs the ferry union. Holm told reporters Norway would have to cut the fares. "
            + "Aides to Tom Beck told the Harbour Courier Beck had never backed the fares.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.TalksTo && r.To is "country:no" or "person:tom-beck");
    }

    [Fact]
    public void A_witness_telling_a_trial_has_not_talked_to_the_one_on_trial()
    {
        var g = Extract.From("Ferry fraud\n\nTom Beck denies taking the ferry money. Beck's fraud trial was told by the clerk Kari Holm that the money was gone.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.TalksTo && r.To == "person:tom-beck");
    }
}
