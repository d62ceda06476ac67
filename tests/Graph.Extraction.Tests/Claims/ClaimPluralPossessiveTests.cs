using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// An apostrophe after a plural ("the pilots' claim") is a possessive, not a quotation mark: the tokenizer makes it a
/// word, so a noun cue after it takes its possessor as the source and is not read as a verb, while a single mark that
/// closes one opened earlier on the line stays a quotation mark. Passages are written for these tests.
/// </summary>
public sealed class ClaimPluralPossessiveTests
{
    [Fact]
    public void A_possessive_apostrophe_after_a_plural_is_a_word()
    {
        var tokens = Tokenizer.Tokenize("The ferry crews\u2019 plea and the rowers' club");
        Assert.Equal(TokenKind.Word, tokens.Single(t => t.Text == "\u2019").Kind);
        Assert.Equal(TokenKind.Word, tokens.Single(t => t.Text == "'").Kind);
    }

    [Fact]
    public void A_single_mark_closing_an_open_one_stays_a_quote()
    {
        var tokens = Tokenizer.Tokenize("They praised the \u2018quiet lakes\u2019 scheme and the 'tidy docks' plan.");
        Assert.Equal(TokenKind.Quote, tokens.Single(t => t.Text == "\u2019").Kind);
        Assert.All(tokens.Where(t => t.Text == "'"), t => Assert.Equal(TokenKind.Quote, t.Kind));
    }

    [Fact]
    public void A_noun_cue_after_a_plural_possessive_names_its_possessor()
    {
        var g = Extract.From("Harbour fees\n\nThe Marsh Harbour pilots' claim that the new fee would empty the marina was rejected by the council on Tuesday.");
        var claim = g.ClaimWith("the new fee would empty the marina");
        Assert.Equal("claim", claim.Cue.Text);
        Assert.Contains("pilots", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_cue_after_a_plural_possessive_is_not_a_verb()
    {
        var g = Extract.From("Harbour fees\n\nThe ferry fares rose again in May. But the two mayors' plans do not offer much relief to the island commuters.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("plans", StringComparison.Ordinal));
    }
}
