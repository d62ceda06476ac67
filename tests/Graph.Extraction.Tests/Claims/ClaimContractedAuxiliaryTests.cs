namespace Graph.Extraction.Tests.Claims;

/// <summary>"won't" and "can't" split into "wo"/"ca" and "n't": auxiliaries between a subject and its verb, not part of the subject.</summary>
public sealed class ClaimContractedAuxiliaryTests
{
    [Fact]
    public void Wont_before_the_cue_leaves_the_name_as_the_speaker()
    {
        var g = Extract.From("Harbour\n\nMayor Ana Ruiz won't say whether the levy will rise next year.");
        var claim = g.ClaimWith("the levy will rise");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
        Assert.DoesNotContain("wo", claim.SpeakerMention!.Text.Split(' '));
    }

    [Fact]
    public void Cant_before_the_cue_leaves_the_name_as_the_speaker()
    {
        var g = Extract.From("Harbour\n\nTom Berg can't believe the board approved the ferry plan.");
        var claim = g.ClaimWith("the board approved");
        Assert.Equal(g.PersonId("Tom Berg"), claim.Speaker);
    }
}
