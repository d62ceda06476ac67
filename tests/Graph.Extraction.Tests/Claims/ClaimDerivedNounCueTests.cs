namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "It's a fair assumption that ...", "there was no formal assertion of ...": the article and modifiers before a
/// noun cue in "-tion", "-sion" or "-ment" belong to that noun; the claim names no speaker.
/// </summary>
public sealed class ClaimDerivedNounCueTests
{
    [Fact]
    public void A_fair_assumption_names_no_speaker()
    {
        var g = Extract.From("Harbour levy\n\nIt is a fair assumption that the ferry fares will rise again before the summer.");
        var claim = g.ClaimWith("the ferry fares will rise");
        Assert.Null(claim.SpeakerMention);
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void No_formal_assertion_names_no_speaker()
    {
        var g = Extract.From("Harbour levy\n\nThere was no formal assertion of blame for the damage to the old pier.");
        Assert.Null(g.ClaimWith("blame for the damage").SpeakerMention);
    }
}
