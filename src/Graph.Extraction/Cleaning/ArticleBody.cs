using System.Collections.Frozen;

namespace Graph.Extraction.Cleaning;

/// <summary>What one paragraph (line) of a page is.</summary>
public enum ParagraphKind
{
    /// <summary>English article text: fed to the extractors.</summary>
    English,
    /// <summary>Text in another language or script: recognised and kept away from the English extractors.</summary>
    OtherLanguage,
    /// <summary>Page furniture inside the article: photo credits, share buttons.</summary>
    Furniture,
}

/// <summary>A paragraph's extent in the text and what it was judged to be.</summary>
public sealed record Paragraph(int Start, int End, ParagraphKind Kind, string Language);

/// <summary>
/// Where the article is in a page: the paragraphs to extract from, in order, and where the article ends
/// (everything after it — a portal's repost stamp and teasers for other stories — is not the article's).
/// </summary>
public sealed record ArticleBody(IReadOnlyList<Paragraph> Paragraphs, int EndOffset, string Language)
{
    public IReadOnlyList<(int Start, int End)> Regions =>
        Paragraphs.Where(p => p.Kind == ParagraphKind.English && p.End <= EndOffset).Select(p => (p.Start, p.End)).ToList();
}

/// <summary>
/// Finds the article in a page's text. Each line is classified by script and, for Latin script, by how much
/// of it is English function words; the article ends where the rest of the page is mostly not English.
/// </summary>
public static class ArticleBodyFinder
{
    private static readonly FrozenSet<string> EnglishFunctionWords = new[]
    {
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "as", "by", "at", "be",
        "this", "are", "from", "or", "an", "have", "has", "not", "but", "they", "he", "she", "his", "her", "its",
        "were", "which", "their", "will", "would", "been", "said", "we", "who", "more", "than", "also", "can",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Function words of the other languages most often met in scraped news pages. A Latin-script line is another
    /// language only when these outnumber the English ones: lines with none at all (tables of results, lists of
    /// names) stay English.
    /// </summary>
    private static readonly (string Language, FrozenSet<string> Words)[] OtherFunctionWords =
    [
        ("fr", Set("le", "la", "les", "des", "du", "une", "est", "et", "dans", "pour", "que", "qui", "sur", "pas", "au", "aux", "ce", "cette", "sont", "avec", "il", "elle", "nous", "vous")),
        ("es", Set("el", "los", "las", "del", "una", "es", "y", "en", "para", "que", "por", "con", "se", "su", "al", "lo", "como", "pero", "sus", "fue")),
        ("de", Set("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu", "von", "auf", "für", "sich", "auch", "es", "wird", "sind")),
        ("it", Set("il", "di", "che", "è", "e", "la", "per", "una", "non", "sono", "della", "del", "con", "gli", "le", "nel", "alla", "anche")),
        ("pt", Set("o", "os", "as", "da", "do", "das", "dos", "uma", "é", "e", "em", "para", "que", "com", "não", "por", "se", "na", "no")),
        ("nl", Set("de", "het", "een", "en", "van", "is", "niet", "dat", "op", "te", "zijn", "met", "voor", "aan", "ook", "er", "wordt")),
    ];

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] FurniturePrefixes =
    [
        "Photo:", "Photo credit:", "Image:", "Picture:", "Credit:", "Video:", "Advertisement", "Share this",
        "Follow us", "Read more:", "Related:", "Click here", "Sign up", "Subscribe",
    ];

    public static ArticleBody Find(string text)
    {
        var paragraphs = new List<Paragraph>();
        var i = 0;
        while (i < text.Length)
        {
            var lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0) lineEnd = text.Length;
            var (s, e) = Trim(text, i, lineEnd);
            if (e > s) paragraphs.Add(Classify(text, s, e));
            i = lineEnd + 1;
        }
        // The article ends before the first non-English paragraph after which most of the remaining text is not English.
        var englishAfter = new long[paragraphs.Count + 1];
        var otherAfter = new long[paragraphs.Count + 1];
        for (var k = paragraphs.Count - 1; k >= 0; k--)
        {
            var len = paragraphs[k].End - paragraphs[k].Start;
            // Only sentences count as English text after a point: a stray English teaser title does not.
            englishAfter[k] = englishAfter[k + 1] + (paragraphs[k].Kind == ParagraphKind.English && IsProse(text, paragraphs[k]) ? len : 0);
            otherAfter[k] = otherAfter[k + 1] + (paragraphs[k].Kind == ParagraphKind.OtherLanguage ? len : 0);
        }
        var end = text.Length;
        var seenEnglish = false;
        for (var k = 0; k < paragraphs.Count; k++)
        {
            if (paragraphs[k].Kind == ParagraphKind.English) { seenEnglish = true; continue; }
            if (seenEnglish && paragraphs[k].Kind == ParagraphKind.OtherLanguage && otherAfter[k] > 3 * englishAfter[k])
            {
                end = paragraphs[k].Start;
                break;
            }
        }
        var englishChars = paragraphs.Where(p => p.Kind == ParagraphKind.English).Sum(p => (long)p.End - p.Start);
        var otherChars = paragraphs.Where(p => p.Kind == ParagraphKind.OtherLanguage).Sum(p => (long)p.End - p.Start);
        var language = englishChars >= otherChars ? "en"
            : paragraphs.Where(p => p.Kind == ParagraphKind.OtherLanguage).GroupBy(p => p.Language)
                .OrderByDescending(g => g.Sum(p => p.End - p.Start)).First().Key;
        return new ArticleBody(paragraphs, end, language);
    }

    private static bool IsProse(string text, Paragraph p) => text.AsSpan(p.Start, p.End - p.Start).Count(' ') >= 7;

    private static Paragraph Classify(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        foreach (var prefix in FurniturePrefixes)
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && line.Length < 80)
                return new Paragraph(start, end, ParagraphKind.Furniture, "und");
        if (IsSectionLabel(line)) return new Paragraph(start, end, ParagraphKind.Furniture, "und");
        int letters = 0, latin = 0, han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < 0x250) latin++;
            else if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF') han++;
            else if (c is >= '\u3040' and <= '\u30FF') kana++;
            else if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF') hangul++;
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (c is >= '\u0600' and <= '\u06FF') arabic++;
        }
        if (letters == 0) return new Paragraph(start, end, ParagraphKind.Furniture, "und");
        // Han characters carry a word each, so a few in a Latin line already mean a mixed, non-English line.
        var cjkWeight = (han + kana + hangul) * 4;
        if (cjkWeight > latin * 0.5)
            return new Paragraph(start, end, ParagraphKind.OtherLanguage, kana > 0 ? "ja" : hangul > 0 ? "ko" : "zh");
        if (cyrillic > latin) return new Paragraph(start, end, ParagraphKind.OtherLanguage, "ru");
        if (arabic > latin) return new Paragraph(start, end, ParagraphKind.OtherLanguage, "ar");
        // Latin script: another language when its function words clearly outnumber English ones.
        var words = 0;
        var english = 0;
        Span<int> other = stackalloc int[OtherFunctionWords.Length];
        foreach (var range in line.Split(' '))
        {
            var w = line[range].Trim(".,;:!?\"'()").ToString();
            if (w.Length == 0) continue;
            words++;
            if (EnglishFunctionWords.Contains(w)) english++;
            for (var l = 0; l < OtherFunctionWords.Length; l++)
                if (OtherFunctionWords[l].Words.Contains(w)) other[l]++;
        }
        var best = 0;
        for (var l = 1; l < other.Length; l++) if (other[l] > other[best]) best = l;
        if (words >= 6 && other[best] >= 3 && other[best] > 2 * english)
            return new Paragraph(start, end, ParagraphKind.OtherLanguage, OtherFunctionWords[best].Language);
        return new Paragraph(start, end, ParagraphKind.English, "en");
    }

    /// <summary>
    /// A label a news database or page puts on a line of its own before a part of the article ("ABSTRACT.", "FULL
    /// TEXT.", "RELATED:"): one to three words in capitals and a closing full stop or colon. (Not a line in capitals
    /// without one: a place in a dateline, a team's name in a table of results.)
    /// </summary>
    private static bool IsSectionLabel(ReadOnlySpan<char> line)
    {
        if (line.Length < 5 || line[^1] is not ('.' or ':')) return false;
        line = line[..^1];
        var words = 1;
        foreach (var c in line)
        {
            if (c == ' ') words++;
            else if (!char.IsUpper(c)) return false;
        }
        return words <= 3;
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
