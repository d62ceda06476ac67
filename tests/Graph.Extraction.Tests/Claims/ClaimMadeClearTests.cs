namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "made it clear that ..." and "has made clear ..." report what their subject holds, so the subject speaks the
/// whole clause (not a pronoun inside it). Passages are written for these tests.
/// </summary>
public sealed class ClaimMadeClearTests
{
    [Fact]
    public void Made_it_clear_is_a_cue_of_its_subject()
    {
        var g = Extract.From("Pilot talks\n\nSeveral harbour pilots made it clear that they would not sign the new contract before the winter.");
        var claim = g.ClaimWith("would not sign the new contract");
        Assert.Equal("made it clear", claim.Cue.Text);
        Assert.Equal("Several harbour pilots", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void Has_made_clear_is_a_cue_too()
    {
        var g = Extract.From("Pilot talks\n\nMayor Ivo Brandt has made clear that the ferry budget will not be cut again this year.");
        var claim = g.ClaimWith("ferry budget will not be cut");
        Assert.Equal("made clear", claim.Cue.Text);
        Assert.Equal(g.PersonId("Ivo Brandt"), claim.Speaker);
    }
}
