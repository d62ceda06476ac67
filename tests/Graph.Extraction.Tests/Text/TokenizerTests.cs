using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    private static void AssertTokens(string text, params string[] expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, tokens.Select(t => t.Text).ToArray());
        Assert.All(tokens, t => Assert.Equal(text.Substring(t.Start, t.End - t.Start), t.Text));
    }

    [Fact]
    public void Splits_punctuation_and_keeps_offsets() =>
        AssertTokens("The minister said: \"We agree.\"", "The", "minister", "said", ":", "\"", "We", "agree", ".", "\"");

    [Fact]
    public void Keeps_abbreviations_and_initialisms_whole() =>
        AssertTokens("Mr. Lee met U.S. officials in St. Louis.", "Mr.", "Lee", "met", "U.S.", "officials", "in", "St.", "Louis", ".");

    [Fact]
    public void Splits_possessives_and_negations_like_the_treebank() =>
        AssertTokens("Norway's plan doesn't work", "Norway", "'s", "plan", "does", "n't", "work");

    [Fact]
    public void Keeps_hyphens_apostrophes_in_names_and_numbers_whole() =>
        AssertTokens("O'Neill paid 1,250.75 to Anglo-Dutch firms", "O'Neill", "paid", "1,250.75", "to", "Anglo-Dutch", "firms");

    [Fact]
    public void Handles_curly_quotes_diacritics_and_surrogates()
    {
        var text = "“Müller said São Paulo 😀 was fine”";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["“", "Müller", "said", "São", "Paulo", "😀", "was", "fine", "”"], tokens.Select(t => t.Text).ToArray());
        Assert.Equal(TokenKind.Quote, tokens[0].Kind);
    }

    [Fact]
    public void Hostile_text_never_throws_and_offsets_always_hold()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 200)).Select(_ => (char)random.Next(0, 0x3000)).ToArray();
            var text = new string(chars);
            foreach (var t in Tokenizer.Tokenize(text))
            {
                Assert.True(t.End > t.Start);
                Assert.Equal(text.Substring(t.Start, t.End - t.Start), t.Text);
            }
            var analyzed = SentenceSplitter.Analyze(text);
            Assert.All(analyzed.Sentences, s => Assert.True(s.End >= s.Start));
        }
    }
}

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var analyzed = SentenceSplitter.Analyze(text);
        return analyzed.Sentences.Select(s => s.TextOf(text)).ToArray();
    }

    [Fact]
    public void Splits_at_terminal_punctuation_but_not_after_titles() =>
        Assert.Equal(["Mr. Ortiz arrived on Monday.", "He left early!", "Why?"], Sentences("Mr. Ortiz arrived on Monday. He left early! Why?"));

    [Fact]
    public void The_number_sign_does_not_end_a_sentence() =>
        Assert.Equal(["Halvorsen, the No. 3 official at the port authority, resigned.", "The answer was no.", "7 ferries still sail."],
            Sentences("Halvorsen, the No. 3 official at the port authority, resigned. The answer was no. 7 ferries still sail."));

    [Fact]
    public void Closing_quotes_stay_with_their_sentence() =>
        Assert.Equal(["She said \"No.\"", "Then she left."], Sentences("She said \"No.\" Then she left."));

    [Fact]
    public void Line_breaks_end_headlines_but_not_wrapped_lines() =>
        Assert.Equal(["Ports reopen after storm", "The port of Lisbon reopened on Friday\nafter the storm passed."],
            Sentences("Ports reopen after storm\n\nThe port of Lisbon reopened on Friday\nafter the storm passed."));

    [Theory]
    [InlineData("Met by cries of \"Shame! Shame!,\" the mayor left the hall.")]
    [InlineData("\"Stop! Stop!\" the guard shouted at the crowd.")]
    [InlineData("\"Who? Me?\" she asked the clerk.")]
    public void A_cry_inside_a_quote_that_the_sentence_goes_on_after_does_not_end_it(string text) =>
        Assert.Equal([text], Sentences(text));

    [Fact]
    public void A_cry_outside_a_quote_ends_its_sentence_before_a_quote_that_opens_later() =>
        Assert.Equal(["It was chaos!", "Inside, \"people were pushing,\" one witness said."],
            Sentences("It was chaos! Inside, \"people were pushing,\" one witness said."));

    [Fact]
    public void A_cry_inside_a_quote_still_ends_a_sentence_when_a_new_one_follows() =>
        Assert.Equal(["\"Stop!\"", "The guard left.", "\"Run!", "The tide is coming in fast now,\" he said."],
            Sentences("\"Stop!\" The guard left. \"Run! The tide is coming in fast now,\" he said."));

    [Fact]
    public void An_initialism_ends_a_sentence_only_before_a_sentence_opener() =>
        Assert.Equal(["Talks began in the U.S.", "The rest followed U.S. rules."], Sentences("Talks began in the U.S. The rest followed U.S. rules."));
}
