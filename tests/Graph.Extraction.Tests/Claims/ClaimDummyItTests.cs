using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>"It is still unclear why ...": the "it" stands for the clause after it, so the claim names no speaker.</summary>
public sealed class ClaimDummyItTests
{
    [Fact]
    public void It_before_unclear_is_no_speaker()
    {
        var g = Extract.From("Levy\n\nThe harbour board met on Monday. It is still unclear why the levy was raised so fast.");
        Assert.Null(g.ClaimWith("the levy was raised so fast").SpeakerMention);
    }
}
