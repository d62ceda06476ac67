namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A relative clause with a speaker of its own ("..., whom the chief called “...”") inside what someone said is
/// another telling: what was said ends before it, and the relative clause's speaker has the quote.
/// </summary>
public sealed class ClaimRelativeSpeakerTests
{
    [Fact]
    public void A_that_clause_ends_before_a_relative_clause_with_its_own_speaker()
    {
        var g = Extract.From("Ferry levy\n\nAna Ruiz said that the harbour board had lost the trust of the crews, which Tom Berg called \u201Ca sorry state of affairs\u201D for the port.");
        var ruiz = g.ClaimWith("lost the trust of the crews");
        Assert.Equal("Ana Ruiz", ruiz.SpeakerMention!.Text);
        Assert.DoesNotContain("sorry state", ruiz.Content.Text);
        Assert.Equal("Tom Berg", g.ClaimWith("a sorry state of affairs").SpeakerMention!.Text);
    }

    [Fact]
    public void A_relative_after_a_preposition_with_its_own_speaker_is_another_telling()
    {
        var g = Extract.From("Council meeting\n\nThe mayor said the new timetable would suit the island families, to which Ana Ruiz replied: \"Not on Sundays.\"");
        Assert.DoesNotContain("Not on Sundays", g.ClaimWith("would suit the island families").Content.Text);
        Assert.Equal("Ana Ruiz", g.ClaimWith("Not on Sundays").SpeakerMention!.Text);
    }

    [Fact]
    public void A_relative_whom_with_its_own_speaker_ends_what_was_said()
    {
        var g = Extract.From("Harbour march\n\nThe spokesman Tom Berg said observers walked beside the dock workers, whom he described as \"calm and orderly,\" for the whole route.");
        Assert.DoesNotContain("calm and orderly", g.ClaimWith("observers walked beside").Content.Text);
        Assert.Contains("calm and orderly", g.ClaimWith("calm and orderly").Content.Text);
    }
}
