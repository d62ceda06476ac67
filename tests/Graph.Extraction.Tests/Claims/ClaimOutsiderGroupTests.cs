namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Critics of X", "supporters of X", "a user of X": people named after what they stand outside. They are the
/// speaker phrase, and X (a body, a person) does not speak when they do.
/// </summary>
public sealed class ClaimOutsiderGroupTests
{
    [Fact]
    public void Critics_of_a_body_are_not_the_body()
    {
        var g = Extract.From("Port talks\n\nThe Tromsdal Port Authority raised its dues in March. "
            + "Critics of the Tromsdal Port Authority argue that the dues will drive ships away.");
        var claim = g.ClaimWith("drive ships away");
        Assert.Null(claim.Speaker);
        Assert.Equal("Critics of the Tromsdal Port Authority", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void Supporters_of_two_people_are_neither_of_them()
    {
        var g = Extract.From("Harbour race\n\nAnna Berg and Per Holm are running for mayor. "
            + "Supporters of Anna Berg and Per Holm said the debate had been fair.");
        var claim = g.ClaimWith("the debate had been fair");
        Assert.Empty(claim.Speakers);
    }

    [Fact]
    public void Critics_of_a_cause_with_an_aside_head_the_phrase()
    {
        var g = Extract.From("Port strike\n\nCritics of the strike, including the town's shopkeepers, argue that the union is asking for too much.");
        Assert.Equal("Critics of the strike", g.ClaimWith("asking for too much").SpeakerMention!.Text);
    }
}
