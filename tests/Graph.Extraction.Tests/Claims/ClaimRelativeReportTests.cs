namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A report of speech in a relative clause inside another claim's content ("a third who said ...", "a levy that
/// X says ...") is a claim of its own, kept beside the outer one.
/// </summary>
public sealed class ClaimRelativeReportTests
{
    [Fact]
    public void A_who_said_clause_inside_a_poll_finding_is_its_own_claim()
    {
        var g = Extract.From("Ferry poll\n\nMost riders said they backed the new timetable, compared with a third who said the old one was better.");
        Assert.Equal("Most riders", g.ClaimWith("they backed the new timetable").SpeakerMention!.Text);
        var inner = g.Claims.Single(c => c.Content.Text == "the old one was better");
        Assert.Equal("who", inner.SpeakerMention!.Text);
    }

    [Fact]
    public void A_named_speaker_after_that_inside_a_report_is_its_own_claim()
    {
        var g = Extract.From("Harbour vote\n\nTom Berg said the board had backed a levy that Ana Ruiz says will empty the harbour.");
        Assert.Equal("Tom Berg", g.ClaimWith("the board had backed a levy").SpeakerMention!.Text);
        var inner = g.Claims.Single(c => c.Content.Text == "will empty the harbour");
        Assert.Equal("Ana Ruiz", inner.SpeakerMention!.Text);
    }

    [Fact]
    public void A_document_that_said_is_not_split_off()
    {
        // "that" as the subject is mostly a document whose words are the outer speaker's.
        var g = Extract.From("Harbour vote\n\nTom Berg posted a notice that said the harbour would close on Friday.");
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text == "that" && c.Content.Text.Contains("harbour would close", StringComparison.Ordinal)
            && g.Claims.Any(o => o != c && o.Content.Text.Contains("harbour would close", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Pier news\n\nThe tour was led by Olav Brekke - who said the pier would reopen in June - on Friday.")]
    [InlineData("Pier news\n\nThe tour was led by Olav Brekke, a harbour pilot, who said the pier would reopen in June.")]
    public void A_who_after_a_dash_or_an_apposition_speaks_for_the_person_before_it(string text)
    {
        var g = Extract.From(text);
        var claim = g.ClaimWith("the pier would reopen");
        Assert.Equal("who", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Olav Brekke"), claim.Speaker);
    }
}
