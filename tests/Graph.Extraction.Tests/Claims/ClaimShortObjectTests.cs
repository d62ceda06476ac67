namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A short object of a stance verb ("endorsed Tom Berg", "opposed the plan") ends before a subordinator: what
/// follows tells when or why, not what was endorsed or opposed.
/// </summary>
public sealed class ClaimShortObjectTests
{
    [Fact]
    public void A_name_object_ends_before_after()
    {
        var g = Extract.From("Ferry vote\n\nVera Holm endorsed Tom Berg after the debate on the harbour levy.");
        var claim = g.ClaimWith("Tom Berg");
        Assert.Equal("Tom Berg", claim.Content.Text);
        Assert.Equal("Vera Holm", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_determiner_object_ends_before_because()
    {
        var g = Extract.From("Ferry vote\n\nThe union opposed the plan because it cut two night crossings.");
        Assert.Equal("the plan", g.ClaimWith("the plan").Content.Text);
    }

    [Fact]
    public void A_pronoun_object_ends_before_when()
    {
        var g = Extract.From("Ferry vote\n\nMost islanders backed her when the vote on the night crossings came up in May.");
        Assert.Equal("her", g.ClaimWith("her").Content.Text);
    }

    [Fact]
    public void A_pronoun_object_ends_at_a_comma()
    {
        var g = Extract.From("Ferry vote\n\nMost islanders backed her, and the vote on the night crossings passed easily in May.");
        Assert.Equal("her", g.ClaimWith("her").Content.Text);
    }

    [Fact]
    public void A_pronoun_object_ends_before_in()
    {
        var g = Extract.From("Ferry vote\n\nTom Berg has mentioned it in almost every speech he gave on the islands this spring.");
        Assert.Equal("it", g.ClaimWith("it").Content.Text);
    }

    [Fact]
    public void A_reporting_verb_keeps_its_clause()
    {
        // (A subject and a verb the short-object test does not know as one, "the man died", are a clause too.)
        var h = Extract.From("Road closure\n\nPolice said the man died after being hit by a van on the ring road.");
        Assert.Contains("after being hit", h.ClaimWith("the man died").Content.Text);

        // "said" takes a clause, whose own "when" belongs to what was said.
        var g = Extract.From("Ferry vote\n\nVera Holm said the crews were tired when the night crossings ended in May.");
        Assert.Contains("ended in May", g.ClaimWith("the crews were tired").Content.Text);
    }
}
