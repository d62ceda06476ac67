using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// An object pronoun right before the cue ends a relative clause or a modifier of the speaker ("crews that elected
/// him say"): the speaker is the phrase the clause describes, never the pronoun.
/// </summary>
public sealed class ClaimObjectPronounSubjectTests
{
    [Fact]
    public void A_relative_clause_ending_in_him_describes_the_speaker()
    {
        var g = Extract.From("Levy\n\nFerry crews that elected him now say the mayor broke his word on the levy.");
        Assert.Equal("Ferry crews", g.ClaimWith("the mayor broke his word").SpeakerMention!.Text);
    }

    [Fact]
    public void A_source_close_to_them_is_the_speaker()
    {
        var g = Extract.From("Levy\n\nAn aide close to them said the harbour levy would be dropped by spring.");
        Assert.Equal("An aide", g.ClaimWith("the harbour levy would be dropped").SpeakerMention!.Text);
    }
}
