namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A quote with a speaker tag of its own is a telling of its own: it is neither the end of a reported clause it
/// stands in (set off by dashes) nor the continuation of the quote in the sentence before.
/// </summary>
public sealed class ClaimOwnTagQuoteTests
{
    [Theory]
    [InlineData("\"He would have loved the old bridge,\" Mr. Lund said twice")]
    [InlineData("''He would have loved the old bridge,'' Mr. Lund said")]
    [InlineData("\u201CHe would have loved the old bridge,\u201D Mr. Lund said")]
    public void A_tagged_quote_between_dashes_stays_out_of_the_clause_around_it(string aside)
    {
        var dash = aside.StartsWith('\u201C') ? "\u2014" : "-";
        var g = Extract.From($"Bridge vote\n\nMr. Lund suggested Ms. Berg had a liking for slow builders like Karl Moen {dash} {aside} {dash} and reminded the board of the cost.");
        var reported = g.ClaimWith("a liking for slow builders");
        Assert.DoesNotContain("old bridge", reported.Content.Text);
        var quote = g.ClaimWith("would have loved the old bridge");
        Assert.Equal("Lund", quote.SpeakerMention!.Text);
        Assert.True(quote.Direct);
    }

    [Fact]
    public void A_quote_that_runs_on_to_a_tag_of_its_own_is_a_new_claim()
    {
        var g = Extract.From("Ferry plan\n\n\"That may not be what the board wants, but it can wait,\" Berg said. "
            + "\"Nobody will back the ferry until you show them\" that the harbour is safe, she said.");
        var first = g.ClaimWith("it can wait");
        Assert.DoesNotContain("Nobody will back", first.Content.Text);
        var second = g.ClaimWith("Nobody will back the ferry");
        Assert.Equal("she", second.SpeakerMention!.Text);
        Assert.StartsWith("\"Nobody", second.Content.Text);
        Assert.EndsWith("the harbour is safe", second.Content.Text);
    }

    [Fact]
    public void A_quote_tagged_with_a_named_speaker_and_an_apposition_is_a_claim_apart()
    {
        var g = Extract.From("Ferry sales\n\nTraders said sales had been slow. Still, economists added that if fares had not been lowered, the winter season would have ended in losses. "
            + "\"So far the crossings are busier than we feared,\" Ken Moe, an analyst at Nordbank, told the paper.");
        var added = g.ClaimWith("winter season would have ended in losses");
        Assert.DoesNotContain("busier than we feared", added.Content.Text);
        Assert.Equal(g.PersonId("Ken Moe"), g.ClaimWith("busier than we feared").Speaker);
    }

    [Fact]
    public void A_quote_with_no_tag_of_its_own_still_goes_on_with_the_one_before()
    {
        var g = Extract.From("Ferry plan\n\n\"That may not be what the board wants, but it can wait,\" Berg said. "
            + "\"Nobody will back the ferry until the harbour is safe.\"");
        Assert.Contains("Nobody will back the ferry", g.ClaimWith("it can wait").Content.Text);
    }

    [Fact]
    public void An_aside_between_dashes_before_the_clause_s_verb_does_not_end_the_clause()
    {
        var g = Extract.From("Levy vote\n\nMayor Ana Brandt said the plan - \"the best deal we could get,\" she said - would be put to a vote in May.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text == "the plan");
    }

    [Theory]
    [InlineData("-Police arrested two men after the protest.")]
    [InlineData("-Reuters contributed to this report.")]
    public void A_sentence_after_a_dash_below_a_quote_does_not_sign_it(string line)
    {
        var g = Extract.From("Strike\n\nThe strikers had one message for the board.\n\n\"We will not go back until the levy is scrapped.\"\n\n" + line + "\n");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text is "-" && c.Content.Text.Contains("levy is scrapped"));
    }
}
