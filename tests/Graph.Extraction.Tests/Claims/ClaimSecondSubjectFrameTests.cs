namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A frame after a quote that goes on with ", and" and a new subject ("..., she said, and her brother cut in.")
/// brings in another person, so the quote opening the next sentence is not joined to the first. Passages are
/// written for these tests.
/// </summary>
public sealed class ClaimSecondSubjectFrameTests
{
    [Fact]
    public void A_new_subject_after_the_frame_stops_the_next_quote()
    {
        var g = Extract.From("Ferry fares\n\n\u201CBring the timetable to the dock office,\u201D Vera Holm said, and Pavel Orlov cut in. \u201CThe office closes at noon on Saturdays, so hurry.\u201D");
        var claim = g.ClaimWith("Bring the timetable");
        Assert.Equal("said", claim.Cue.Text);
        Assert.DoesNotContain("closes at noon", claim.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_possessive_subject_after_the_frame_stops_the_next_quote()
    {
        var g = Extract.From("Ferry fares\n\n\u201CBring the timetable to the dock office,\u201D Vera Holm said, and her neighbour cut in. \u201CThe office closes at noon on Saturdays, so hurry.\u201D");
        var claim = g.ClaimWith("Bring the timetable");
        Assert.Equal("said", claim.Cue.Text);
        Assert.DoesNotContain("closes at noon", claim.Content.Text, StringComparison.Ordinal);
    }
}
