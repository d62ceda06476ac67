namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Who speaks through a participle that follows a noun with no comma between: the thing or group the participle
/// describes, not the sentence's subject. Passages are written for these tests.
/// </summary>
public sealed class ClaimParticipleNounTests
{
    [Fact]
    public void A_participle_after_the_object_of_to_describes_that_object()
    {
        var g = Extract.From("Harbour donors\n\nSeveral shipping families gave $2 million last year to a group urging the council to scrap the ferry levy.");
        var claim = g.ClaimWith("to scrap the ferry levy");
        Assert.Equal("urging", claim.Cue.Text);
        Assert.Equal("a group", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_participle_after_the_object_of_of_describes_that_object()
    {
        var g = Extract.From("Harbour meeting\n\nThe mayor handed out copies of a 1990 pamphlet arguing that the ferries should be run by the towns.");
        var claim = g.ClaimWith("the ferries should be run by the towns");
        Assert.Equal("a 1990 pamphlet", claim.SpeakerMention!.Text);
    }
}
