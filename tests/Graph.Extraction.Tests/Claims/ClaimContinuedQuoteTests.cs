namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A quote standing alone in the paragraph of its speaker's frame goes on with what that speaker said, as one claim
/// with the frame inside (PolNeAR annotates the two parts as one content); what the frame names is not what the
/// words are about.
/// </summary>
public sealed class ClaimContinuedQuoteTests
{
    [Fact]
    public void A_quote_after_a_comment_on_a_quote_is_the_first_speakers()
    {
        var g = Extract.From("Harbour\n\n\u201CWe lost the vote,\u201D Ana Ruiz said, noting that the board had met in secret. "
            + "\u201CWe will try again next spring with the crews.\u201D");
        var claim = g.ClaimWith("try again next spring");
        Assert.Equal("Ana Ruiz", claim.SpeakerMention!.Text);
        Assert.Contains("We lost the vote", claim.Content.Text);
    }

    [Fact]
    public void A_quote_after_a_report_with_its_speaker_after_it_is_that_speakers()
    {
        var g = Extract.From("Harbour\n\nThe mayor \u201Cdid very well with older voters\u201D in the last election, said Professor Tom Beck. "
            + "\u201CThat was his base more than anybody else\u2019s at the time.\u201D");
        var claim = g.ClaimWith("That was his base");
        Assert.Equal(g.PersonId("Tom Beck"), claim.Speaker);
        Assert.Contains("did very well with older voters", claim.Content.Text);
    }

    [Fact]
    public void A_frame_that_goes_on_to_another_event_keeps_the_quotes_apart()
    {
        var g = Extract.From("Harbour\n\n\u201CWe lost the vote,\u201D Ana Ruiz said, and Tom Berg shook his head. "
            + "\u201CWe will be back with the whole crew next year.\u201D");
        Assert.DoesNotContain("back with the whole crew", g.ClaimWith("We lost the vote").Content.Text);
    }

    [Fact]
    public void Names_in_the_frame_inside_a_quote_are_not_its_subject()
    {
        var g = Extract.From("Harbour\n\n\u201CThe levy costs the crews more than they earn,\u201D said Ana Ruiz of the Harbour Union. "
            + "\u201CThe Port Authority never asked the fishermen what they could pay.\u201D");
        var claim = g.ClaimWith("never asked the fishermen");
        Assert.Contains("The levy costs the crews", claim.Content.Text);
        var union = g.Entities.Single(e => e.Name == "Harbour Union").Id;
        var port = g.Entities.Single(e => e.Name == "Port Authority").Id;
        Assert.DoesNotContain(union, claim.About);
        Assert.Contains(port, claim.About);
    }
}
