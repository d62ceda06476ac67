namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Cues of more than one word whose first word alone is no cue: "made it clear that ..." and "has made clear ..."
/// report what their subject holds, so the subject speaks the whole clause (not a pronoun inside it); "points out",
/// "points to", "made no secret of", "shot back", "took issue with", "made the case", "went on to say" and "critical of"
/// are cues too. Passages are written for these tests.
/// </summary>
public sealed class ClaimPhraseCueTests
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

    [Fact]
    public void Points_out_is_a_cue()
    {
        var g = Extract.From("Pilot talks\n\nMayor Ivo Brandt points out that the ferry budget has already been cut twice since the spring.");
        var claim = g.ClaimWith("ferry budget has already been cut");
        Assert.Equal("points out", claim.Cue.Text);
        Assert.Equal(g.PersonId("Ivo Brandt"), claim.Speaker);
    }

    [Fact]
    public void Shot_back_is_a_cue()
    {
        var g = Extract.From("Pilot talks\n\nThe board called the plan reckless. Ann Lavery shot back that the pilots had never asked for a new schedule.");
        var claim = g.ClaimWith("never asked for a new schedule");
        Assert.Equal("shot back", claim.Cue.Text);
        Assert.Equal(g.PersonId("Ann Lavery"), claim.Speaker);
    }

    [Fact]
    public void Points_to_and_made_no_secret_of_are_cues()
    {
        var g = Extract.From("Pilot talks\n\nHarbour pilots point to the broken radar on the north pier as the cause of the delays. Mayor Ivo Brandt makes no secret of a deep anger at the port board.");
        Assert.Equal("point to", g.ClaimWith("broken radar on the north pier").Cue.Text);
        var secret = g.ClaimWith("a deep anger at the port board");
        Assert.Equal("makes no secret of", secret.Cue.Text);
        Assert.Equal(g.PersonId("Ivo Brandt"), secret.Speaker);
    }

    [Fact]
    public void Went_on_to_say_critical_of_and_made_the_case_are_cues()
    {
        var g = Extract.From("Pilot talks\n\nMayor Ivo Brandt went on to say the ferry budget would stay as it is. Ann Lavery was sharply critical of the port board's handling of the strike. Lavery made the case that the pilots deserve a raise before the winter.");
        var went = g.ClaimWith("ferry budget would stay");
        Assert.Equal("went on to say", went.Cue.Text);
        Assert.Equal(g.PersonId("Ivo Brandt"), went.Speaker);
        Assert.Equal("critical of", g.ClaimWith("handling of the strike").Cue.Text);
        Assert.Equal("made the case", g.ClaimWith("pilots deserve a raise").Cue.Text);
    }
}
