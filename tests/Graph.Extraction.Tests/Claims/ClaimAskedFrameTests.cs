namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A question put to the speaker inside a frame after a quote ("..., she said when asked about ...") belongs to
/// the frame: the quote opening the next sentence goes on with what was said. Passages are written for these tests.
/// </summary>
public sealed class ClaimAskedFrameTests
{
    [Fact]
    public void When_asked_in_the_frame_does_not_stop_the_next_quote()
    {
        var g = Extract.From("Ferry fares\n\n\u201CNobody likes paying more for the crossing,\u201D Vera Holm said on Tuesday when asked about the new fares. \u201CBut the boats are old and the repairs cannot wait.\u201D");
        var claim = g.ClaimWith("Nobody likes paying");
        Assert.Equal("said", claim.Cue.Text);
        Assert.EndsWith("cannot wait.\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }
}
