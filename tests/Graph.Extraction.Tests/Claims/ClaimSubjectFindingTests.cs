namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Subjects of speech verbs: a quote opening the sentence holds no subject for a participle after the frame that
/// follows it ("“...,” X sang before asking ..."), and an adverb such as "still" or "instead" between the comma and
/// a participle leaves the participle with the sentence's subject. Passages are written for these tests.
/// </summary>
public sealed class ClaimSubjectFindingTests
{
    [Fact]
    public void A_later_participle_takes_no_subject_from_inside_an_opening_quote()
    {
        var g = Extract.From("Pier concert\n\n\u201CHold the line,\u201D Vera Holm sang before asking the crowd, \u201CWho will stand with the dock crews tonight?\u201D");
        var claim = g.ClaimWith("stand with the dock crews");
        Assert.Equal("asking", claim.Cue.Text);
        Assert.Equal("Vera Holm", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Fact]
    public void An_adverb_between_the_comma_and_the_participle_keeps_the_subject()
    {
        var g = Extract.From("Port vote\n\nVera Holm spoke at the pier on Monday, still calling the new harbour levy \u201Ca burden on every crew.\u201D");
        var claim = g.ClaimWith("a burden on every crew");
        Assert.Equal("calling", claim.Cue.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }
}
