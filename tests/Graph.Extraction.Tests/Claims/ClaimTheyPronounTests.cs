using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "They said ...": the actors a sentence opens on (two or more named, or one body), else no one, since "they" is
/// most often a group the text never names; and "the party said ...": the party the text is about. Passages are
/// written for these tests.
/// </summary>
public sealed class ClaimTheyPronounTests
{
    [Fact]
    public void They_after_two_named_people_open_the_sentence_before_is_both()
    {
        var g = Extract.From("Lease ruling\n\nA port lease was challenged in court last year. But Judge Ana Ruiz and Judge Tom Berg ruled last Friday that the lease " +
            "had lapsed in March. They said the harbour board had been told of the date in writing.");
        var claim = g.ClaimWith("board had been told");
        Assert.Equal([g.PersonId("Ana Ruiz"), g.PersonId("Tom Berg")], claim.Speakers);
        Assert.Equal("They", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void They_after_an_unnamed_group_is_no_one_not_the_body_named_before()
    {
        var g = Extract.From("Port figures\n\nThe Liberal Democrats published port figures on Monday. Many dock workers were surprised by the numbers. " +
            "They said the night shifts would be cut first.");
        var claim = g.ClaimWith("night shifts would be cut");
        Assert.Null(claim.Speaker);
        Assert.Empty(claim.Speakers);
        Assert.Equal("They", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void They_after_a_body_opens_the_sentence_before_is_that_body()
    {
        var g = Extract.From("Port fees\n\nA new fee for fishing boats starts in May. The Liberal Democrats met harbour staff from Norway in Leeds on Monday. " +
            "They said the fee would drive boats to other ports.");
        Assert.Equal(g.Named(EntityType.Institution, "Liberal Democrats").Id, g.ClaimWith("drive boats to other ports").Speaker);
    }

    [Fact]
    public void The_party_is_the_party_that_opened_a_recent_sentence()
    {
        var g = Extract.From("Port plans\n\nThe Liberal Democrats set out a plan for the ports in June. The Lib Dems want councils to run the docks. " +
            "Labour attacked the plan in Leeds on Tuesday, as did the Conservatives. The party said the costs had been understated.");
        Assert.Equal(g.Named(EntityType.Institution, "Labour Party").Id, g.ClaimWith("costs had been understated").Speaker);
    }

    [Fact]
    public void The_party_is_the_party_named_before_when_none_opens_a_sentence()
    {
        var g = Extract.From("Port plans\n\nDock workers were promised a new pension by the Liberal Democrats on Monday. " +
            "The party says the plan would cost less than the one it set out last year.");
        Assert.Equal(g.Named(EntityType.Institution, "Liberal Democrats").Id, g.ClaimWith("plan would cost less").Speaker);
    }

    [Fact]
    public void They_after_two_named_people_with_a_plural_present_verb_is_both()
    {
        var g = Extract.From("Lease ruling\n\nJudge Ana Ruiz and Judge Tom Berg want the harbour lease ended this year. "
            + "They hope that the board will find a new tenant by spring.");
        var claim = g.ClaimWith("find a new tenant");
        Assert.Equal([g.PersonId("Ana Ruiz"), g.PersonId("Tom Berg")], claim.Speakers);
    }
}
