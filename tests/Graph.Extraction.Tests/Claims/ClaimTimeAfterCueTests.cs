namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A verb in "-ed" followed by "after" is usually a participle describing something ("a post sought after by many"),
/// but with a "that" clause after the time phrase it is the speaker's own act of saying.
/// </summary>
public sealed class ClaimTimeAfterCueTests
{
    [Fact]
    public void A_cue_followed_by_after_and_a_that_clause_is_a_claim()
    {
        var g = Extract.From("Harbour\n\nA Danish official stated after the harbour talks that Aarhus would open its new pier in May.");
        var claim = g.ClaimWith("Aarhus would open its new pier");
        Assert.Equal("stated", claim.Cue.Text);
        Assert.Equal("A Danish official", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_participle_before_after_is_still_no_cue()
    {
        var g = Extract.From("Harbour\n\nThe pier, long sought after by the crews, opened in May with a small ceremony.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "sought");
    }
}
