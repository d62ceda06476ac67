namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Ana Ruiz and Tom Beck wrote to the board. The two said ...": "the two", "the pair", "both men", "the two firms"
/// are the two people (or bodies) the latest sentence named together, joined by "and"; both speak. Not two named
/// apart ("Ruiz wrote to Beck"), nor one of three. Two names joined by "and" speak together, a role before the second
/// name or not ("Tom Beck and finance chief Ana Ruiz said"); "the firms", "the parties" are the bodies a sentence just
/// before named as one list.
/// </summary>
public sealed class ClaimPairSpeakerTests
{
    [Theory]
    [InlineData("The two said")]
    [InlineData("The pair said")]
    [InlineData("Both men said")]
    public void Two_people_named_together_just_before_both_speak(string opening)
    {
        var g = Extract.From("Harbour fees\n\nAna Ruiz and Tom Beck wrote to the harbour board in Dunmore on Monday. " + opening + " the fees were far too high.");
        var claim = g.ClaimWith("far too high");
        Assert.Equal(new[] { g.PersonId("Ana Ruiz"), g.PersonId("Tom Beck") }.Order(), claim.Speakers.Order());
    }

    [Theory]
    [InlineData("Ana Ruiz wrote to Tom Beck in Dunmore on Monday.")]
    [InlineData("Ana Ruiz, Tom Beck and Karen Lund wrote to the harbour board in Dunmore on Monday.")]
    public void Not_two_named_apart_nor_one_of_three(string sentence)
    {
        var g = Extract.From("Harbour fees\n\n" + sentence + " The two said the fees were far too high.");
        Assert.Empty(g.ClaimWith("far too high").Speakers);
    }
    [Theory]
    [InlineData("Tom Beck and finance chief Ana Ruiz said the bank would pay.")]
    [InlineData("Korvix chief executive Tom Beck and chief operating officer Ana Ruiz said the bank would pay.")]
    [InlineData("Chief executive Tom Beck and his spokeswoman Ana Ruiz said the bank would pay.")]
    public void A_second_name_after_its_role_is_a_second_speaker(string sentence)
    {
        var g = Extract.From("Bank apology\n\n" + sentence);
        Assert.Equal(new[] { g.PersonId("Ana Ruiz"), g.PersonId("Tom Beck") }.Order(), g.ClaimWith("bank would pay").Speakers.Order());
    }
    [Fact]
    public void A_name_after_a_preposition_before_and_is_no_second_speaker_but_the_end_of_a_clause()
    {
        var g = Extract.From("Aid appeal\n\nKaren Lund sent money to the Red Cross and actor Tom Beck pledged a large gift to the appeal.");
        Assert.Equal(new[] { g.PersonId("Tom Beck") }, g.ClaimWith("large gift").Speakers);
    }
    [Theory]
    [InlineData("Korvix Shipping, Nordbank and Dunmore Ferries unveiled a joint ferry card on Monday.", "The firms said", 3)]
    [InlineData("Korvix Shipping and Nordbank unveiled a joint ferry card on Monday.", "The companies said", 2)]
    public void The_firms_are_the_bodies_named_together_just_before(string sentence, string opening, int count)
    {
        var g = Extract.From("Ferry card\n\n" + sentence + " " + opening + " the card would cut fares.");
        var speakers = g.ClaimWith("cut fares").Speakers;
        Assert.Equal(count, speakers.Count);
        Assert.Contains(g.Named(Graph.Core.Model.EntityType.Institution, "Korvix Shipping").Id, speakers);
    }

    [Fact]
    public void The_firms_are_nobody_when_the_bodies_were_named_apart()
    {
        var g = Extract.From("Ferry card\n\nKorvix Shipping sued Nordbank over a joint ferry card on Monday. The firms said the card would cut fares.");
        Assert.Empty(g.ClaimWith("cut fares").Speakers);
    }
}
