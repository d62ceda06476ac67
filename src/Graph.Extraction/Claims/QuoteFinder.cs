using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Claims;

/// <summary>A quotation: with its marks (<see cref="Span"/>) and without (<see cref="Inner"/>).</summary>
public sealed record QuoteSpan(Span Span, Span Inner);

/// <summary>
/// Pairs quotation marks: curly quotes by direction, straight quotes by alternation. A quote may run across
/// sentences; an opening quote at the start of a paragraph with no closing one before the next paragraph's
/// opening quote continues there (the news convention for quotes over several paragraphs).
/// </summary>
public static class QuoteFinder
{
    public static IReadOnlyList<QuoteSpan> Find(AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        var marks = analyzed.Sentences.SelectMany(s => s.Tokens).Where(t => t.Kind == TokenKind.Quote && t.Text is "\"" or "\u201C" or "\u201D").ToList();
        var quotes = new List<QuoteSpan>();
        int? open = null;
        foreach (var m in marks)
        {
            // A paragraph that opens with a quote mark while a quote is still open continues that quote
            // (news style for quotes over several paragraphs): the mark neither closes nor reopens.
            if (open is { } still && m.Text is "\"" or "\u201C" && ParagraphEnd(text, still) < m.Start && StartsParagraph(text, m.Start)
                && !text.AsSpan(still + 1, ParagraphEnd(text, still) - still - 1).ContainsAny('\u201D', '"'))
                continue;
            var isOpen = m.Text == "\u201C" || m.Text == "\"" && open is null;
            if (isOpen)
            {
                // An unclosed quote followed by a new opening one: close the old at its paragraph end.
                if (open is { } o && ParagraphEnd(text, o) < m.Start)
                    AddIfReal(text, o, ParagraphEnd(text, o), quotes, closed: false);
                open = m.Start;
            }
            else if (open is { } o)
            {
                AddIfReal(text, o, m.End, quotes, closed: true);
                open = null;
            }
        }
        if (open is { } last) AddIfReal(text, last, ParagraphEnd(text, last), quotes, closed: false);
        return quotes;
    }

    private static void AddIfReal(string text, int start, int end, List<QuoteSpan> quotes, bool closed)
    {
        var innerStart = start + 1;
        var innerEnd = closed ? end - 1 : end;
        if (innerEnd - innerStart < 2) return;
        quotes.Add(new QuoteSpan(Span.Of(text, start, end), Span.Of(text, innerStart, innerEnd)));
    }

    private static bool StartsParagraph(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] == '\n';
    }

    private static int ParagraphEnd(string text, int from)
    {
        var nl = text.IndexOf('\n', from);
        var end = nl < 0 ? text.Length : nl;
        while (end > from && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
