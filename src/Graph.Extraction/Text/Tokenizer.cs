using System.Collections.Frozen;

namespace Graph.Extraction.Text;

/// <summary>
/// Splits text into word, number, punctuation and quote tokens with their offsets, close to the
/// Penn Treebank conventions the CoNLL-2003 corpus uses (so the trained entity model sees the tokens it was
/// trained on): possessive "'s" and "n't" split off, abbreviations ("U.S.", "Mr.") keep their periods,
/// hyphenated words ("Anglo-Dutch") and numbers ("1,000.5") stay whole. A scanner, not a regex.
/// </summary>
public static class Tokenizer
{
    /// <summary>Words that keep a trailing period and do not end a sentence by it.</summary>
    public static readonly FrozenSet<string> Abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt",
        "Cmdr", "Adm", "Maj", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Mt", "Ft",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "Cie", "Dept", "Univ", "Assn",
        "vs", "etc", "approx", "Vol", "pp", "cf", "al", "Ave", "Blvd", "Rd",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Abbreviations that are only ever followed by a name, so a period after them never ends a sentence.</summary>
    public static readonly FrozenSet<string> TitleAbbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj",
        "Rev", "Hon", "Pres", "St", "Supt", "Insp", "Det", "Fr", "Mt", "Ft", "Vol", "vs", "cf",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        var buffer = Scan(text, start, end);
        return [.. buffer.Items.AsSpan(0, buffer.Count)];
    }

    /// <summary>The tokens in an array that may be longer than the <see cref="TokenBuffer.Count"/> used.</summary>
    internal static TokenBuffer Scan(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new TokenBuffer(Math.Max(16, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, end, tokens);
                continue;
            }
            // A plural possessive ("the rowers' club", "the bakers’ guild") is a word like "'s", not a quotation
            // mark: scanners stop at quotes and would cut the phrase there.
            if (IsPluralPossessive(text, i, end, tokens))
            {
                tokens.Add(new Token(i, i + 1, OneChar(c), TokenKind.Word));
                i++;
                continue;
            }
            if (IsQuote(c))
            {
                tokens.Add(new Token(i, i + 1, OneChar(c), TokenKind.Quote));
                i++;
                continue;
            }
            if (char.IsSurrogate(c) && i + 1 < end && char.IsSurrogatePair(c, text[i + 1]))
            {
                tokens.Add(new Token(i, i + 2, text.Substring(i, 2), TokenKind.Symbol));
                i += 2;
                continue;
            }
            // Runs of the same punctuation ("...", "--") are one token.
            var j = i + 1;
            if (c is '.' or '-' or '!' or '?' or '*' or '=' or '_' or '~')
                while (j < end && text[j] == c) j++;
            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            tokens.Add(new Token(i, j, j == i + 1 ? OneChar(c) : text.Substring(i, j - i), kind));
            i = j;
        }
        return tokens;
    }

    // One string per ASCII character, so punctuation and quote tokens ("," ".") do not each allocate one.
    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private static string OneChar(char c) => c < 128 ? Ascii[c] : c.ToString();

    public static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\'' or '`';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// An apostrophe glued to a word ending in "s" and followed by one space and a word ("the tellers’ rule"). A
    /// closing single quote looks the same; when a single mark is still open on the line ("named it ‘the tellers’
    /// rule") it stays a quotation mark (<see cref="ClosesSingleQuote"/>).
    /// </summary>
    private static bool IsPluralPossessive(string text, int i, int end, TokenBuffer tokens)
    {
        if (!IsApostrophe(text[i]) || tokens.Count == 0 || i + 2 >= end || text[i + 1] != ' ' || !char.IsLetterOrDigit(text[i + 2])) return false;
        var previous = tokens.Items[tokens.Count - 1];
        return previous.End == i && previous.Kind == TokenKind.Word && previous.Text[^1] is 's' or 'S' && !ClosesSingleQuote(text, i);
    }

    /// <summary>
    /// Whether a single mark opened earlier on the line is still open at <paramref name="i"/> ("a 'safe states'
    /// plan"): the mark there closes it. Apostrophes inside words ("don't") neither open nor close.
    /// </summary>
    private static bool ClosesSingleQuote(string text, int i)
    {
        for (var j = i - 1; j >= 0 && i - j < 300 && text[j] != '\n'; j--)
        {
            var c = text[j];
            if (c is '\u2018' or '`') return true;
            if (!IsApostrophe(c)) continue;
            var letterBefore = j > 0 && char.IsLetterOrDigit(text[j - 1]);
            var letterAfter = j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]);
            if (letterBefore && letterAfter) continue;
            return !letterBefore && letterAfter;
        }
        return false;
    }

    private static int ScanWord(string text, int start, int end, TokenBuffer tokens)
    {
        var i = start;
        var hasLetter = false;
        var hasDigit = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                if (char.IsDigit(c)) hasDigit = true; else hasLetter = true;
                i++;
                continue;
            }
            // Inner joiners: "Anglo-Dutch", "O'Brien", "1,000.5", "3.5", "AT&T".
            if (i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                if (c == '-' || c == '\u2010' || c == '&') { i++; continue; }
                if ((c == ',' || c == '.') && hasDigit && !hasLetter && char.IsDigit(text[i + 1])) { i++; continue; }
                if (IsApostrophe(c))
                {
                    // "'s" and "n't" are separate tokens (CoNLL); "O'Brien", "Xi'an" keep theirs.
                    var rest = RestOfWord(text, i + 1, end);
                    if (rest.Equals("s", StringComparison.OrdinalIgnoreCase)
                        || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
                        || rest.Equals("ve", StringComparison.OrdinalIgnoreCase)
                        || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
                        || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
                        || rest.Equals("m", StringComparison.OrdinalIgnoreCase)) break;
                    if (rest.Equals("t", StringComparison.OrdinalIgnoreCase) && i - 1 > start && (text[i - 1] is 'n' or 'N'))
                    {
                        // "don't" -> "do" "n't"
                        AddWord(text, start, i - 1, tokens, hasLetter, hasDigit);
                        tokens.Add(new Token(i - 1, i + 2, text.Substring(i - 1, 3), TokenKind.Word));
                        return i + 2;
                    }
                    i++;
                    continue;
                }
            }
            break;
        }
        // Abbreviations and initials keep their period: "U.S.", "Mr.", "J.", "e.g."
        if (i < end && text[i] == '.')
        {
            var word = text.AsSpan(start, i - start);
            var isInitialism = i + 2 < end && char.IsLetter(text[i + 1]) && text[i + 2] == '.' && word.Length == 1;
            if (isInitialism)
            {
                var j = i;
                while (j + 2 < end && text[j] == '.' && char.IsLetter(text[j + 1]) && text[j + 2] == '.') j += 2;
                return AddWord(text, start, j + 1, tokens, true, false);
            }
            if ((word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word.ToString()))
                return AddWord(text, start, i + 1, tokens, true, false);
        }
        if (i == start)
        {
            tokens.Add(new Token(i, i + 1, text.Substring(i, 1), TokenKind.Punctuation));
            return i + 1;
        }
        AddWord(text, start, i, tokens, hasLetter, hasDigit);
        // The split-off clitic ("'s") becomes its own word token.
        if (i < end && IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))
        {
            var restEnd = i + 1;
            while (restEnd < end && char.IsLetter(text[restEnd])) restEnd++;
            tokens.Add(new Token(i, restEnd, text.Substring(i, restEnd - i), TokenKind.Word));
            return restEnd;
        }
        return i;
    }

    private static string RestOfWord(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsLetter(text[j])) j++;
        return text.Substring(i, j - i);
    }

    private static int AddWord(string text, int start, int end, TokenBuffer tokens, bool hasLetter, bool hasDigit)
    {
        var kind = hasDigit && !hasLetter ? TokenKind.Number : TokenKind.Word;
        tokens.Add(new Token(start, end, text.Substring(start, end - start), kind));
        return end;
    }
}

/// <summary>A growable array of tokens: what the tokenizer fills and sentences are slices of.</summary>
internal sealed class TokenBuffer(int capacity)
{
    public Token[] Items { get; private set; } = new Token[capacity];

    public int Count { get; private set; }

    public void Add(Token token)
    {
        if (Count == Items.Length)
        {
            var grown = new Token[Items.Length * 2];
            Array.Copy(Items, grown, Count);
            Items = grown;
        }
        Items[Count++] = token;
    }
}
