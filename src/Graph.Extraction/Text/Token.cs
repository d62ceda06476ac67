namespace Graph.Extraction.Text;

/// <summary>What a token looks like, decided once by the tokenizer so later stages need not re-scan it.</summary>
public enum TokenKind { Word, Number, Punctuation, Quote, Symbol }

/// <summary>A token: its offsets into the article text (UTF-16, end exclusive) and its text.</summary>
public readonly record struct Token(int Start, int End, string Text, TokenKind Kind)
{
    public int Length => End - Start;
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsWord => Kind == TokenKind.Word;
}

/// <summary>A sentence: its extent in the article text and its tokens.</summary>
public sealed record Sentence(int Index, int Start, int End, IReadOnlyList<Token> Tokens)
{
    public string TextOf(string articleText) => articleText.Substring(Start, End - Start);
}

/// <summary>An article's text split into sentences and tokens: the input every extractor reads.</summary>
public sealed record AnalyzedText(string Text, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>The last sentence that starts at or before <paramref name="offset"/> (the one holding it), or null before the first.</summary>
    public static Sentence? SentenceAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        Sentence? found = null;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= offset) { found = sentences[mid]; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
