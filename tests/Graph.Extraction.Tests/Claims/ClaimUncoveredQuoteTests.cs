namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Quotes that no claim covered: a participle after a closing quote printed as two apostrophes, a name whose last
/// word is a reporting verb in lower case ("States") before the cue, and a manner adverb then a place or time after
/// an inverted cue, a verb of raising one's voice right before a quote, and a clause and a quote split by an inverted
/// frame. Passages are written for these tests.
/// </summary>
public sealed class ClaimUncoveredQuoteTests
{
    [Fact]
    public void A_participle_after_a_closing_double_apostrophe_is_a_claim_of_its_own()
    {
        var g = Extract.From("Ferry fares\n\nMs. Greta Lund told the council that the new fares were ''too steep,'' adding that the crews had ''no say at all.''");
        var claim = g.ClaimWith("no say at all");
        Assert.Equal("adding", claim.Cue.Text);
        Assert.Equal(g.PersonId("Greta Lund"), claim.Speaker);
    }

    [Fact]
    public void A_name_ending_in_a_word_like_a_cue_is_still_a_speaker()
    {
        var g = Extract.From("Dock levy\n\nPort officials in the United States said on Monday that the new levy was \u201Ca fair price for safer docks.\u201D");
        var claim = g.ClaimWith("a fair price");
        Assert.Equal("Port officials", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_manner_adverb_before_a_place_closes_the_frame_after_a_quote()
    {
        var g = Extract.From("Ferry line\n\nThe office was busy. \u201CIs the morning boat still running? We have tickets for six.\u201D Rosa Lind, a teacher from the island, asked anxiously into the phone. Nobody answered.");
        var claim = g.ClaimWith("morning boat");
        Assert.Equal("asked", claim.Cue.Text);
        Assert.Equal(g.PersonId("Rosa Lind"), claim.Speaker);
    }

    [Fact]
    public void A_quote_right_after_a_verb_of_shouting_is_what_was_shouted()
    {
        var g = Extract.From("Pier strike\n\nThe mayor drove past the gate. Ola Berg stood by the fence, mouthing \u201Cshame\u201D at the car.");
        var claim = g.ClaimWith("shame");
        Assert.Equal("mouthing", claim.Cue.Text);
        Assert.Equal(g.PersonId("Ola Berg"), claim.Speaker);
    }

    [Fact]
    public void A_clause_and_a_quote_split_by_an_inverted_frame_are_one_claim()
    {
        var g = Extract.From("Late catch\n\nBecause of the late ferry schedule, explained harbour master Nils Aberg, \u201Cthe crews had to wait until dawn before they could unload the catch.\u201D");
        var claim = g.ClaimWith("wait until dawn");
        Assert.Equal("explained", claim.Cue.Text);
        Assert.StartsWith("Because of the late ferry", claim.Content.Text, StringComparison.Ordinal);
        Assert.Equal(g.PersonId("Nils Aberg"), claim.Speaker);
    }
}
