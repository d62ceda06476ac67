namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A participle after a clause joined by ", and", ", but" or a semicolon that has a subject of its own goes with that
/// subject, not with the speaker of the claim made earlier in the sentence. Passages are written for these tests.
/// </summary>
public sealed class ClaimJoinedClauseParticipleTests
{
    [Fact]
    public void The_subject_of_the_joined_clause_speaks_the_participle()
    {
        var g = Extract.From("Harbour row\n\nFishers say the new rules are unfair, and the harbour union has already taken the city to court, saying the rules break the law.");
        Assert.Equal("Fishers", g.ClaimWith("the new rules are unfair").SpeakerMention!.Text);
        Assert.Equal("the harbour union", g.ClaimWith("the rules break the law").SpeakerMention!.Text);
    }

    [Fact]
    public void A_named_speaker_before_but_does_not_take_the_participle()
    {
        var g = Extract.From("Harbour row\n\nTom Berg said the levy was too high, but the port board swiftly dismissed the complaint, arguing that fees had stayed flat for years.");
        Assert.Equal("the port board", g.ClaimWith("fees had stayed flat").SpeakerMention!.Text);
    }

    [Fact]
    public void The_subject_after_a_semicolon_speaks_the_participle()
    {
        var g = Extract.From("Harbour row\n\nKaren Lund said the fees would rise; Tom Beck disagreed, saying they would fall by spring.");
        Assert.Equal(g.PersonId("Karen Lund"), g.ClaimWith("the fees would rise").Speaker);
        Assert.Equal(g.PersonId("Tom Beck"), g.ClaimWith("they would fall by spring").Speaker);
    }
}
