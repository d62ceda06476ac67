namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "the Tory MP for Ashby North admitted ...": the place an MP sits for does not speak; the MP named right before
/// ("Mr Lund, MP for Kelso, said") does, or the description alone when no name is given. Passages are written for
/// these tests.
/// </summary>
public sealed class ClaimRepresentativeForTests
{
    [Fact]
    public void The_seat_of_an_unnamed_mp_is_not_the_speaker()
    {
        var g = Extract.From("Seat row\n\nThe MP for Ashby North claimed the harbour fees were too high.");
        var claim = g.ClaimWith("harbour fees were too high");
        Assert.Null(claim.Speaker);
        Assert.Equal("The MP for Ashby North", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_named_mp_before_the_seat_is_the_speaker()
    {
        var g = Extract.From("Seat row\n\nThe board met on Friday. Mr Berg, MP for Ashby North, Kent, said the harbour fees were too high.");
        Assert.Equal("Berg", g.Entities.Single(e => e.Id == g.ClaimWith("harbour fees were too high").Speaker).Name);
    }
}
