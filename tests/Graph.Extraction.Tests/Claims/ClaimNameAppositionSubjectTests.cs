namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Tom Berg, the likely Harbour Party candidate, has ...": a name opening the sentence, then an apposition closed by
/// a comma and followed by the verb, is the subject; a lower-case word inside the apposition ("candidate") is not
/// read as the verb of a clause of its own. Passages are written for these tests.
/// </summary>
public sealed class ClaimNameAppositionSubjectTests
{
    [Fact]
    public void A_participle_goes_with_the_name_before_its_apposition()
    {
        var g = Extract.From("Harbour row\n\nAna Ruiz has called the ferries a lifeline. Tom Berg, the likely Harbour Party candidate, has gone further in his speeches, threatening to close the port within a year.");
        var claim = g.ClaimWith("to close the port");
        Assert.Equal("threatening", claim.Cue.Text);
        Assert.Equal("Tom Berg", claim.SpeakerMention!.Text);
    }
}
