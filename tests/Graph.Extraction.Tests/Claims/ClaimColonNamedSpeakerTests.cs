namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A quote after a colon whose clause has a subject naming nobody ("The timing does not surprise harbour economist Tom
/// Lund: “...”") is said by the person named right before the colon; a subject that names someone keeps the quote
/// ("Mayor Ana Ruiz thanked Tom Lund: “...”"). Passages are written for these tests.
/// </summary>
public sealed class ClaimColonNamedSpeakerTests
{
    [Fact]
    public void A_person_named_before_the_colon_speaks_when_the_subject_names_nobody()
    {
        var g = Extract.From("Ferry strike\n\nThe timing of the strike does not surprise harbour economist Tom Lund: \u201CStrikes always come in the busy season, when the pressure on the board is highest.\u201D");
        var claim = g.ClaimWith("busy season");
        Assert.Equal(g.PersonId("Tom Lund"), claim.Speaker);
        Assert.True(claim.Direct);
    }

    [Fact]
    public void A_named_subject_keeps_the_quote_after_the_colon()
    {
        var g = Extract.From("Ferry strike\n\nMayor Ana Ruiz thanked the harbour economist Tom Lund: \u201CHis report showed us where the money for the crews went.\u201D");
        var claim = g.ClaimWith("where the money");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void The_person_addressed_before_the_colon_is_not_the_speaker()
    {
        var g = Extract.From("Ferry routes\n\nThe crews sent a clear message to the new owner Ana Ruiz: \u201CKeep the winter routes open for the islanders.\u201D");
        Assert.NotEqual(g.PersonId("Ana Ruiz"), g.ClaimWith("winter routes").Speaker);
    }
}
