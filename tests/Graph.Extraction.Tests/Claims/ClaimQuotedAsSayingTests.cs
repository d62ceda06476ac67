namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "The Courier quoted Ana Ruiz as saying ...": the named person quoted is the speaker, not the outlet relaying the
/// words; "Ruiz was quoted as saying ..." names her in the passive. An unnamed one ("a port worker") stays the outlet's.
/// </summary>
public sealed class ClaimQuotedAsSayingTests
{
    [Fact]
    public void A_named_person_quoted_by_an_outlet_is_the_speaker_of_the_quote_before()
    {
        var g = Extract.From("Harbour\n\n\u201CWe cannot wait for another winter,\u201D the Harbour Courier quoted Mayor Ana Ruiz as saying.");
        var claim = g.ClaimWith("another winter");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
        Assert.DoesNotContain("Courier", claim.Content.Text);
    }

    [Fact]
    public void The_passive_names_the_speaker_and_what_follows_is_what_was_said()
    {
        var g = Extract.From("Harbour\n\nTom Berg, the union leader, was quoted by the Courier as saying the levy would sink the fleet.");
        var claim = g.ClaimWith("the levy would sink the fleet");
        Assert.Equal(g.PersonId("Tom Berg"), claim.Speaker);
        Assert.DoesNotContain("quoted", claim.Content.Text);
    }

    [Fact]
    public void A_paraphrase_before_the_frame_is_the_named_persons()
    {
        var g = Extract.From("Harbour\n\nTom Berg leads the union. Fishing is \u201Ca dying trade\u201D, the paper quoted Mr Berg as saying.");
        var claim = g.ClaimWith("a dying trade");
        Assert.Equal(g.PersonId("Tom Berg"), claim.Speaker);
        Assert.Contains("Fishing is", claim.Content.Text);
    }

    [Fact]
    public void An_unnamed_person_quoted_stays_the_outlets_report()
    {
        var g = Extract.From("Harbour\n\nThe Baltic Times quoted a port worker as saying that the pier would reopen in May.");
        var claim = g.ClaimWith("the pier would reopen in May");
        Assert.Contains("Baltic Times", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_name_in_apposition_quoted_in_the_passive_keeps_what_follows_as_saying()
    {
        var g = Extract.From("Aid row\n\nThe harbour aid commissioner, Per Lund, is quoted as saying that early help mattered most.");
        var claim = g.ClaimWith("early help mattered most");
        Assert.Equal(g.PersonId("Per Lund"), claim.Speaker);
        Assert.DoesNotContain("commissioner", claim.Content.Text);
    }

    [Fact]
    public void A_quote_before_a_named_apposition_quoted_in_the_passive_is_the_content()
    {
        var g = Extract.From("Bank stays\n\n\"We are not leaving the harbour,\" the chairman of Nordbank, Karen Lund, is quoted as saying.");
        var claim = g.ClaimWith("not leaving the harbour");
        Assert.Equal("\"We are not leaving the harbour,\"", claim.Content.Text);
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }
}
