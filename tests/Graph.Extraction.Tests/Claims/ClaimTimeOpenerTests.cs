using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>"Last year, ...", "This summer, ...": a time phrase opening the sentence is never its speaker.</summary>
public sealed class ClaimTimeOpenerTests
{
    [Fact]
    public void Last_opening_a_time_phrase_is_not_the_speaker_of_a_second_verb()
    {
        var g = Extract.From("Levy\n\nLast year, he played down the levy as \"just a small fee for the port\" and reportedly argued that the fee would soon be gone.");
        Assert.Equal("he", g.ClaimWith("the fee would soon be gone").SpeakerMention!.Text);
    }

    [Fact]
    public void A_season_is_a_time_word()
    {
        var g = Extract.From("Levy\n\nThis winter, as the feud of Ms. Holt and Tom Berg heats up, printers are releasing a stack of pamphlets that mock the levy.");
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text == "winter");
    }
}
