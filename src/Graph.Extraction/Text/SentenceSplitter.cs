using System.Collections.Frozen;

namespace Graph.Extraction.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at '.', '!' or '?' (with any closing quotes or brackets)
/// when the next token could start a sentence, and at every line break unless the next line continues in
/// lower case (a hard-wrapped paragraph). A title abbreviation ("Mr.") never ends a sentence; an
/// initialism ("U.S.") ends one only when the next word is a usual sentence opener.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Openers = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "In", "On", "At", "As", "If", "When", "While", "However", "Meanwhile", "His", "Her", "Their",
        "Its", "Our", "After", "Before", "Since", "Mr.", "Mrs.", "Ms.", "Dr.", "According", "Officials", "So",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static AnalyzedText Analyze(string text) => Analyze(text, [(0, text.Length)]);

    /// <summary>Splits only the given regions (e.g. the article body without page furniture).</summary>
    public static AnalyzedText Analyze(string text, IReadOnlyList<(int Start, int End)> regions)
    {
        var sentences = new List<Sentence>();
        foreach (var (start, end) in regions)
        {
            // Sentences are slices of one array of tokens per region: nothing is copied for them.
            var buffer = Tokenizer.Scan(text, start, end);
            Split(text, new ArraySegment<Token>(buffer.Items, 0, buffer.Count), sentences);
        }
        return new AnalyzedText(text, sentences);
    }

    private static void Split(string text, ArraySegment<Token> tokens, List<Sentence> sentences)
    {
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i;
            bool boundary;
            if (i + 1 >= tokens.Count) boundary = true;
            else
            {
                var next = tokens[i + 1];
                if (HasLineBreak(text, tokens[i].End, next.Start, out var blankLine))
                    boundary = blankLine || !StartsLower(next);
                else if (IsTerminal(tokens[i]) && !IsNumberSign(tokens, i) && !IsInsideWord(tokens, i))
                {
                    // Closing quotes and brackets stay with the sentence they close.
                    var j = i + 1;
                    while (j < tokens.Count && IsCloser(tokens[j]) && tokens[j].Start == tokens[j - 1].End) j++;
                    last = j - 1;
                    boundary = (j >= tokens.Count || CanOpen(tokens[j])) && !ExclaimedInsideQuote(tokens, i, j);
                    if (boundary && j < tokens.Count && HasLineBreak(text, tokens[last].End, tokens[j].Start, out _)) boundary = true;
                }
                else if (EndsWithInitialism(tokens[i]))
                    boundary = Openers.Contains(next.Text) && next.Start > tokens[i].End;
                else boundary = false;
            }
            if (!boundary) continue;
            i = last;
            sentences.Add(new Sentence(sentences.Count, tokens[first].Start, tokens[last].End, tokens.Slice(first, last - first + 1)));
            first = last + 1;
        }
    }

    // "shouts of “Dunn! Dunn!,” the mayor said", "“Go! Go!” he shouted": a cry inside a quote that closes a few
    // words on, before a comma or a lower-case word, is one sentence with what goes on after the quote.
    private static bool ExclaimedInsideQuote(ArraySegment<Token> tokens, int i, int next)
    {
        if (tokens[i].Text[0] is '.' || next != i + 1 || next >= tokens.Count) return false;
        for (var k = next; k < tokens.Count && k <= next + 6; k++)
        {
            var t = tokens[k];
            // (A closing mark, glued to the cry before it: not an opening one after "It was chaos! Inside, “...".)
            if (t.Kind == TokenKind.Quote)
                return k > next && t.Start == tokens[k - 1].End && tokens[k - 1].Kind == TokenKind.Punctuation && tokens[k - 1].Text[0] is '!' or '?' or ','
                       && k + 1 < tokens.Count && (tokens[k + 1].Text is "," || tokens[k + 1].Kind == TokenKind.Word && StartsLower(tokens[k + 1]));
            if (t.Kind == TokenKind.Punctuation && t.Text[0] is '.' or ';' or ':') return false;
        }
        return false;
    }

    private static bool IsTerminal(Token t) => t.Kind == TokenKind.Punctuation && t.Text[0] is '.' or '!' or '?';

    // "the No. 2 Democrat", "Nos. 4 and 5": the period of the number sign, glued to "No" and followed by a number.
    private static bool IsNumberSign(ArraySegment<Token> tokens, int i) =>
        tokens[i].Text is "." && i > 0 && i + 1 < tokens.Count && tokens[i - 1].Text is "No" or "Nos"
        && tokens[i - 1].End == tokens[i].Start && tokens[i + 1].Kind == TokenKind.Number;

    // "(D-N.Y.)": a period between single capital letters glued to it on both sides is inside an abbreviation,
    // not after a sentence ("took off.A video" still ends one).
    private static bool IsInsideWord(ArraySegment<Token> tokens, int i) =>
        tokens[i].Text is "." && i > 0 && i + 1 < tokens.Count && tokens[i - 1].Kind == TokenKind.Word && tokens[i + 1].Kind == TokenKind.Word
        && tokens[i - 1].End == tokens[i].Start && tokens[i + 1].Start == tokens[i].End
        && tokens[i - 1].Text.Split('-')[^1] is [var before] && char.IsUpper(before)
        && tokens[i + 1].Text.TrimEnd('.') is [var after] && char.IsUpper(after);

    private static bool EndsWithInitialism(Token t) =>
        t.Kind == TokenKind.Word && t.Text.Length >= 2 && t.Text[^1] == '.'
        && !Tokenizer.TitleAbbreviations.Contains(t.Text[..^1]);

    private static bool IsCloser(Token t) =>
        t.Kind == TokenKind.Quote || (t.Kind == TokenKind.Punctuation && t.Text[0] is ')' or ']');

    private static bool CanOpen(Token t) =>
        t.Text.Length > 0 && (char.IsUpper(t.Text[0]) || char.IsDigit(t.Text[0]) || t.Kind == TokenKind.Quote
            || t.Text[0] is '(' or '[' or '-' or '\u2022' || !char.IsLetter(t.Text[0]) && char.IsLetterOrDigit(t.Text[0]));

    private static bool StartsLower(Token t) => t.Text.Length > 0 && char.IsLower(t.Text[0]);

    private static bool HasLineBreak(string text, int from, int to, out bool blankLine)
    {
        var breaks = 0;
        for (var k = from; k < to; k++)
            if (text[k] == '\n') breaks++;
        blankLine = breaks >= 2;
        return breaks > 0;
    }
}
