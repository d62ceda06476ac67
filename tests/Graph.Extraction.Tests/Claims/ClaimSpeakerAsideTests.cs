namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Speakers set off by what stands around them: a bracketed party before a stray comma ("Vera Holm (Green), said"), a
/// dashed aside that quotes a few words, a nickname in quotes inside a name; and a quote after a colon that carries a
/// speaker tag of its own, which ends the content before it; a name given in quotes at the end of an apposition
/// ("the sailor known as “Gull,” stated"). Passages are written for these tests.
/// </summary>
public sealed class ClaimSpeakerAsideTests
{
    [Fact]
    public void A_comma_after_a_bracketed_party_does_not_hide_the_name_before_it()
    {
        var g = Extract.From("Harbour plan\n\nCouncillor Vera Holm (Green), said at the quay on Tuesday that she had never seen the mayor's costings.");
        var claim = g.ClaimWith("never seen the mayor");
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
        Assert.Equal("said", claim.Cue.Text);
    }

    [Fact]
    public void A_dashed_aside_quoting_a_few_words_stands_between_the_speaker_and_the_cue()
    {
        var g = Extract.From("Harbour plan\n\nMayor Tom Beck - who once said he would \u201Csink every\u201D ferry in the fleet - said at a rally on Saturday that the town should close its harbour to cruise ships.");
        var claim = g.ClaimWith("close its harbour to cruise ships");
        Assert.Equal(g.PersonId("Tom Beck"), claim.Speaker);
        Assert.DoesNotContain("sink every", claim.Content.Text);
    }

    [Fact]
    public void A_nickname_in_quotes_is_part_of_the_speaker_s_name()
    {
        var g = Extract.From("Harbour plan\n\n\u201COur ferries stay in public hands,\u201D state Sen. Karen \u201CKay\u201D Lund said on Friday.");
        var claim = g.ClaimWith("Our ferries stay in public hands");
        Assert.Equal("Our ferries stay in public hands", claim.Content.Text.Trim('\u201C', '\u201D', ','));
        Assert.NotNull(claim.SpeakerMention);
        Assert.EndsWith("Lund", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_quote_after_a_colon_with_its_own_speaker_tag_ends_the_report_before_it()
    {
        var g = Extract.From("Harbour plan\n\nBut Tom Beck said the ledgers proving his figures were lost in the flood: \u201CThe basement took a metre of water,\u201D he wrote.");
        var report = g.ClaimWith("ledgers proving his figures");
        Assert.DoesNotContain("metre of water", report.Content.Text);
        var quote = g.ClaimWith("The basement took a metre");
        Assert.Equal("wrote", quote.Cue.Text);
        Assert.Equal(g.PersonId("Tom Beck"), quote.Speaker);
    }

    [Fact]
    public void A_quote_after_a_colon_that_ends_its_sentence_is_still_what_was_said()
    {
        var g = Extract.From("Harbour plan\n\nTom Beck wrote to the harbour board saying: \u201CThe advice we have had is that such calls are unlawful.\u201D Vera Holm said the board would reply.");
        var claim = g.ClaimWith("such calls are unlawful");
        Assert.Equal(g.PersonId("Tom Beck"), claim.Speaker);
        Assert.Equal("wrote", claim.Cue.Text);
    }

    [Theory]
    [InlineData("Jonas Brekke, the sailor known as \u201CGull,\u201D stated that")]
    [InlineData("Jonas Brekke, the host of the radio show \u201CHarbour Watch,\u201D said on air last week that")]
    public void A_name_given_in_quotes_at_the_end_of_an_apposition_does_not_hide_the_speaker(string frame)
    {
        var g = Extract.From("Harbour plan\n\nIn a talk with the Westhaven Herald on Friday, " + frame + " he had seen the harbour master's files.");
        var claim = g.ClaimWith("seen the harbour master");
        Assert.Equal(g.PersonId("Jonas Brekke"), claim.Speaker);
        Assert.DoesNotContain("Westhaven Herald", claim.Content.Text);
    }

    [Fact]
    public void A_relative_clause_ending_in_a_quote_closed_by_its_comma_describes_the_speaker()
    {
        var g = Extract.From("Harbour plan\n\nTom Beck, who calls the mayor a \u201Cmenace,\u201D said the ferry plan could fail without any rival at all.");
        var claim = g.ClaimWith("could fail without any rival");
        Assert.Equal(g.PersonId("Tom Beck"), claim.Speaker);
        Assert.Equal("said", claim.Cue.Text);
    }

    [Fact]
    public void A_participle_between_the_subject_and_its_verb_of_saying_ends_at_the_verb()
    {
        var g = Extract.From("Harbour plan\n\nBut Councillor Vera Holm, noting the size of the crowd, said the harbour vote had never been closer.");
        var noting = g.Claims.Single(c => c.Cue.Text == "noting");
        Assert.Equal("the size of the crowd", noting.Content.Text);
        var said = g.ClaimWith("never been closer");
        Assert.Equal("said", said.Cue.Text);
        Assert.Equal(g.PersonId("Vera Holm"), said.Speaker);
    }
}
