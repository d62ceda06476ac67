namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A verb that does not invert ("criticized", "portrayed"), right after a short quote and followed by a possessive,
/// has its object there ("denounced her record"), not its speaker; the sentence's subject stays the speaker of
/// the verbs coordinated with it. Passages are written for these tests.
/// </summary>
public sealed class ClaimPossessiveObjectTests
{
    [Fact]
    public void A_possessive_after_a_verb_following_a_quote_is_its_object()
    {
        var g = Extract.From("Harbour row\n\nBerg further summed up Ruiz as \"reckless,\" denounced her record as harbour chief and added that she ought to retire.");
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text == "her record");
        Assert.Equal("Berg", g.ClaimWith("she ought to retire").SpeakerMention!.Text);
    }

    [Fact]
    public void A_reporting_verb_still_inverts_before_a_possessive()
    {
        var g = Extract.From("Harbour row\n\n\"He never let the ferries stop,\" said his oldest friend, Ivo Brandt.");
        // (The friend is named after the comma, so the name is the speaker.)
        var claim = g.ClaimWith("never let the ferries stop");
        Assert.Equal("Ivo Brandt", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Ivo Brandt"), claim.Speaker);
    }
}
