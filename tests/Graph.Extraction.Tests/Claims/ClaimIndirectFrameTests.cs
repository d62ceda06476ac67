namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Indirect attributions whose content holds a quotation without starting with one: "Analysts note that the
/// “harbour levy” ...". Passages are written for these tests.
/// </summary>
public sealed class ClaimIndirectFrameTests
{
    [Fact]
    public void Note_after_a_plural_subject_is_a_reporting_verb()
    {
        var g = Extract.From("Ferry fares\n\nThe port board raised fares again in May. Local analysts note that the “harbour levy” was never meant to last beyond the winter.");
        var claim = g.ClaimWith("was never meant to last");
        Assert.Equal("note", claim.Cue.Text);
        Assert.Equal("Local analysts", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void Note_as_a_noun_reports_nothing()
    {
        var g = Extract.From("Ferry fares\n\nEditor’s note: Ivo Brandt sits on the port board. A handwritten note from the board was pinned to the harbour gate.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "note");
    }
}
