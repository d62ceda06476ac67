using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Claims;

/// <summary>A quotation: with its marks (<see cref="Span"/>) and without (<see cref="Inner"/>).</summary>
public sealed record QuoteSpan(Span Span, Span Inner)
{
    /// <summary>False when no closing mark was found and the quote was closed at its paragraph's end.</summary>
    public bool Closed { get; init; } = true;
}

/// <summary>
/// Pairs double quotation marks: curly ones by direction, straight ones (<c>"</c>, and <c>''</c> written with
/// two apostrophes) by alternation within a paragraph. A quote may run across sentences. A quote still open
/// at a paragraph's end continues in the next paragraph when that one opens with a quotation mark (the news
/// convention for quotes over several paragraphs); otherwise it ends with its paragraph, so one stray mark
/// never pairs with a mark paragraphs away. Single quotation marks are left alone: the same character is the
/// apostrophe.
/// </summary>
public static class QuoteFinder
{
    private enum Direction { Open, Close, Either }

    private readonly record struct Mark(int Start, int End, Direction Direction);

    /// <summary>
    /// The article's quotations. With <paramref name="blocksWhole"/> false, a block quoted from elsewhere over several
    /// paragraphs ("Lee writes:¶"... Brekke called it “a tax on the tide” ...¶"...") is not one quote: its straight marks are
    /// dropped, so the quotes inside it pair with each other and what it reports can be read sentence by sentence.
    /// </summary>
    public static IReadOnlyList<QuoteSpan> Find(AnalyzedText analyzed, bool blocksWhole = true)
    {
        var text = analyzed.Text;
        var marks = Marks(analyzed, blocksWhole);
        var quotes = new List<QuoteSpan>();
        int? open = null;
        // Where the open quote's current paragraph starts (its opening mark, or the mark that continued it).
        var anchor = 0;
        var anchorIndex = -1;
        // Curly quotes opened inside the open one and not yet closed ("“... what she calls “the slow boat” than ...”").
        var nested = 0;
        // A straight quote inside the open curly one.
        var straightInside = false;
        // The last mark read as part of a quote inside the open one: after a closed inner quote, the open one's
        // paragraph may still end open and go on in the next.
        var innerTo = -1;
        for (var k = 0; k < marks.Count; k++)
        {
            var m = marks[k];
            if (open is { } o && ParagraphEnd(text, anchor) < m.Start)
            {
                // The open quote's paragraph ended without a closing mark: it continues where the next
                // paragraph opens with a mark, or it ended with its paragraph.
                // A paragraph opening with the other kind of mark (curly after straight) starts a quote of its own.
                // A quote opened inside its paragraph after its speaker, as the paragraph's only one ("Ana said:
                // “We sail.¶“The port is shut,” Tom added."), is not continued by a paragraph whose first quote
                // closes on a speaker tag: that one is a new attribution.
                if ((anchorIndex == k - 1 || innerTo == k - 1 && nested == 0 && !straightInside) && StartsParagraph(text, m.Start) && Acts(text, m) != Direction.Close
                    && (text[m.Start] == '"') == (text[anchor] == '"')
                    && (StartsParagraph(text, anchor) || anchorIndex > 0 && marks[anchorIndex - 1].Start >= ParagraphStart(text, anchor) || !ClosesOnTag(text, marks, k)))
                {
                    anchor = m.Start;
                    anchorIndex = k;
                    continue;
                }
                Add(text, o, ParagraphEnd(text, anchor), quotes, closed: false);
                open = null;
                nested = 0;
                straightInside = false;
            }
            if (open is null)
            {
                // A closing mark that opens a paragraph while nothing is open can only be an opening one typed
                // the wrong way round ("” ... the port is closed,” she wrote").
                // A straight mark glued to the word before it and followed by a space closes something (a pull
                // quote "...¶Ana Ruiz, mayor." signed on a line of its own): with nothing open it is a stray, and
                // opening a quote there would pair it with the next quote's opening mark and put the words between
                // them in quotes.
                if (Acts(text, m) != Direction.Close || StartsParagraph(text, m.Start))
                {
                    open = anchor = m.Start;
                    anchorIndex = k;
                }
                continue;
            }
            // Straight marks inside a curly quote ("“They call it a "temporary" levy,” she said") quote words of their
            // own: a straight mark opening a word pairs with the next straight mark of the paragraph, when that one
            // comes before the curly quote's closing mark.
            if (m.Direction == Direction.Either && !IsStraight(text[open.Value]))
            {
                if (straightInside)
                {
                    straightInside = false;
                    innerTo = k;
                    continue;
                }
                if (Acts(text, m) == Direction.Open && StraightPartnerInside(text, marks, k))
                {
                    straightInside = true;
                    innerTo = k;
                    continue;
                }
            }
            // A straight mark that opens a word right after a sentence's end while a quote is open ("... too late.
            // "We voted ...") is the opening mark of the quote's next paragraph, written without its line break: the
            // quote goes on, as across a paragraph break. Unless it closes on a speaker tag of its own ("... too late.
            // "We voted," she said): then the open quote ends there and this one is new.
            if (m.Direction == Direction.Either && Acts(text, m) == Direction.Open && AfterSentenceEnd(text, m.Start) is { } lost && lost > open.Value + 1)
            {
                if (!ClosesOnTag(text, marks, k)) continue;
                Add(text, open.Value, lost, quotes, closed: false);
                open = anchor = m.Start;
                anchorIndex = k;
                nested = 0;
                straightInside = false;
                continue;
            }
            // A straight mark that opens a word later in a sentence of its own ("... for a second. Wenger said: "We
            // need ...") means the open quote lost its closing mark: it ends before that sentence, and a new quote
            // opens here (not a mark inside the open quote's own sentence, which may be a nested quote).
            if (m.Direction == Direction.Either && Acts(text, m) == Direction.Open && (AnalyzedText.SentenceAt(analyzed.Sentences, m.Start)?.Start ?? 0) is var ss && ss > open.Value + 1
                && ss <= m.Start && text.AsSpan(open.Value, ss - open.Value).TrimEnd().Length is var kept && kept > 2)
            {
                Add(text, open.Value, open.Value + kept, quotes, closed: false);
                open = anchor = m.Start;
                anchorIndex = k;
                nested = 0;
                straightInside = false;
                continue;
            }
            // A curly opening mark written where a closing one belongs ("A,“ he said") still closes.
            if (m.Direction == Direction.Open && Acts(text, m) != Direction.Close)
            {
                // One that opens a new sentence ("“It is late.  “We voted,” she said") means the open quote was
                // never closed: it ends with its last sentence, and a new quote opens here.
                if (AfterSentenceEnd(text, m.Start) is { } cut && cut > open.Value)
                {
                    Add(text, open.Value, cut, quotes, closed: false);
                    open = anchor = m.Start;
                    anchorIndex = k;
                    nested = 0;
                    straightInside = false;
                }
                // Otherwise it opens a quote inside the open one, when its paragraph has closing marks for both.
                // (A straight quote's own closing mark is a straight one, which must be there too: one left open
                // is more likely closed by the curly mark than running on with a quote inside.)
                // (Nor need it be there when the next paragraph opens with a straight mark: the quote goes on there.)
                else if (ClosingMarksAhead(text, marks, k + 1)
                         + (IsStraight(text[open.Value]) && (StraightCloserAhead(text, marks, k + 1) || NextParagraphOpensStraight(text, m.Start)) ? 1 : 0) > nested + 1)
                {
                    nested++;
                    innerTo = k;
                }
                continue;
            }
            if (nested > 0 && m.Direction == Direction.Close)
            {
                nested--;
                innerTo = k;
                continue;
            }
            Add(text, open.Value, m.End, quotes, closed: true);
            open = null;
            // A straight mark may close the outer quote while an inner one is still counted open.
            nested = 0;
            straightInside = false;
        }
        if (open is { } last) Add(text, last, ParagraphEnd(text, anchor), quotes, closed: false);
        return quotes;
    }

    /// <summary>Whether the quote opening at mark <paramref name="k"/> closes within its paragraph on a comma, question or exclamation mark (before a speaker tag).</summary>
    private static bool ClosesOnTag(string text, List<Mark> marks, int k) =>
        k + 1 < marks.Count && marks[k + 1].Start < ParagraphEnd(text, marks[k].Start) && marks[k + 1].Start > 0
        && text[marks[k + 1].Start - 1] is ',' or '?' or '!';

    /// <summary>How many curly closing marks follow from mark <paramref name="from"/> to the end of its paragraph.</summary>
    private static int ClosingMarksAhead(string text, List<Mark> marks, int from)
    {
        if (from >= marks.Count) return 0;
        var end = ParagraphEnd(text, marks[from - 1].Start);
        var n = 0;
        for (var j = from; j < marks.Count && marks[j].Start < end; j++)
            if (marks[j].Direction == Direction.Close) n++;
        return n;
    }

    /// <summary>Whether a quote opened with <paramref name="c"/> opened with a straight mark (<c>"</c> or <c>''</c>), which has no direction.</summary>
    private static bool IsStraight(char c) => c is '"' or '\'';

    /// <summary>
    /// Whether a straight mark after mark <paramref name="k"/> closes it before the next curly closing mark of its
    /// paragraph, and that curly mark is there (a curly quote left open is more likely closed by the straight mark).
    /// </summary>
    private static bool StraightPartnerInside(string text, List<Mark> marks, int k)
    {
        var end = ParagraphEnd(text, marks[k].Start);
        for (var j = k + 1; j < marks.Count && marks[j].Start < end; j++)
        {
            if (marks[j].Direction == Direction.Close) return false;
            if (marks[j].Direction != Direction.Either) continue;
            if (Acts(text, marks[j]) != Direction.Close) return false;
            for (var c = j + 1; c < marks.Count && marks[c].Start < end; c++)
                if (marks[c].Direction == Direction.Close) return true;
            return false;
        }
        return false;
    }

    /// <summary>Whether a straight mark that closes comes after mark <paramref name="from"/> - 1 in its paragraph.</summary>
    private static bool StraightCloserAhead(string text, List<Mark> marks, int from)
    {
        if (from >= marks.Count) return false;
        var end = ParagraphEnd(text, marks[from - 1].Start);
        for (var j = from; j < marks.Count && marks[j].Start < end; j++)
            if (marks[j].Direction == Direction.Either && Acts(text, marks[j]) == Direction.Close) return true;
        return false;
    }

    private static bool IsGluedApostrophe(IReadOnlyList<Token> toks, int i) =>
        toks[i].Kind == TokenKind.Quote && toks[i].Start == toks[i - 1].End && toks[i].Text[0] is '\'' or '\u2018' or '\u2019' or '`';

    /// <summary>
    /// What a mark does judging by what it is attached to: glued to the word after it, it opens; glued to the
    /// word or punctuation before it, it closes. Typed direction wins unless the attachment says otherwise.
    /// </summary>
    private static Direction Acts(string text, Mark m)
    {
        var before = m.Start > 0 ? text[m.Start - 1] : ' ';
        var after = m.End < text.Length ? text[m.End] : ' ';
        var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '-';
        var spaceAfter = char.IsWhiteSpace(after) || after is ',' or '.' or ';' or ':' or ')' or '?' or '!' or '\u2014';
        if (spaceBefore && !spaceAfter) return Direction.Open;
        if (!spaceBefore && spaceAfter) return Direction.Close;
        return m.Direction;
    }

    /// <summary>Whether <paramref name="offset"/> lies inside a quotation (between its marks).</summary>
    public static QuoteSpan? Containing(IReadOnlyList<QuoteSpan> quotes, int offset)
    {
        int lo = 0, hi = quotes.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var q = quotes[mid];
            if (offset < q.Inner.Start) hi = mid - 1;
            else if (offset >= q.Inner.End) lo = mid + 1;
            else return q;
        }
        return null;
    }

    private static List<Mark> Marks(AnalyzedText analyzed, bool blocksWhole)
    {
        var text = analyzed.Text;
        var marks = new List<Mark>();
        foreach (var s in analyzed.Sentences)
        {
            var toks = s.Tokens;
            for (var i = 0; i < toks.Count; i++)
            {
                var t = toks[i];
                if (t.Kind != TokenKind.Quote) continue;
                var c = t.Text[0];
                // Two apostrophes (or two single curly quotes) written as one double mark. In a run of three
                // (an inner quote and the outer one closing together) the double mark is the last two.
                if (c is '\'' or '\u2018' or '\u2019' or '`' && i + 2 < toks.Count && IsGluedApostrophe(toks, i + 1) && IsGluedApostrophe(toks, i + 2)
                    && t.Start > 0 && !char.IsWhiteSpace(text[t.Start - 1]))
                    continue;
                if (c is '\'' or '\u2018' or '\u2019' or '`' && i + 1 < toks.Count && toks[i + 1].Start == t.End && toks[i + 1].Kind == TokenKind.Quote
                    && toks[i + 1].Text[0] is '\'' or '\u2018' or '\u2019' or '`')
                {
                    var dir = c is '\u2018' or '`' ? Direction.Open : c == '\u2019' ? Direction.Close : Direction.Either;
                    marks.Add(new Mark(t.Start, toks[i + 1].End, dir));
                    i++;
                    continue;
                }
                var direction = c switch
                {
                    '\u201C' or '\u201E' or '\u00AB' => Direction.Open,
                    '\u201D' or '\u00BB' => Direction.Close,
                    '"' => Direction.Either,
                    _ => (Direction?)null,
                };
                if (direction is { } d) marks.Add(new Mark(t.Start, t.End, d));
            }
        }
        return BlockMarksDropped(text, marks, blocksWhole);
    }

    /// <summary>
    /// A straight mark that opens a paragraph whose quotes are otherwise all curly, with no straight mark to pair
    /// with, sets the paragraph off as a block quoted from elsewhere ("\"The mayor said “...” at the dock." as a
    /// paragraph of its own): it is dropped, so the curly quotes inside pair with each other. With
    /// <paramref name="blocksWhole"/>, a paragraph of a run that opens with straight marks keeps its mark: the run is
    /// one quotation over several paragraphs.
    /// </summary>
    private static List<Mark> BlockMarksDropped(string text, List<Mark> marks, bool blocksWhole)
    {
        var drop = new HashSet<int>();
        for (var k = 0; k < marks.Count; k++)
        {
            var m = marks[k];
            if (text[m.Start] != '"' || !StartsParagraph(text, m.Start)) continue;
            var end = ParagraphEnd(text, m.Start);
            var straight = new List<int> { k };
            var curly = 0;
            var firstCurlyOpens = false;
            for (var j = k + 1; j < marks.Count && marks[j].Start < end; j++)
                if (text[marks[j].Start] == '"') straight.Add(j);
                else if (text[marks[j].Start] is '\u201C' or '\u201D' && curly++ == 0) firstCurlyOpens = marks[j].Direction == Direction.Open;
            // The block may close with a straight mark ending the paragraph. (A curly mark closing first closes the
            // straight one: "\"...,” she said" is a quote typed with two kinds of marks.)
            // (Not a quote over several paragraphs, each opening with a straight mark: "Ruiz stated:¶"The board is not
            // about “fair dealing.”¶"It should go."": the mark opens the quote, which goes on in the next paragraph.)
            // (Nor its last paragraph, closing it, after one that opened with a straight mark.)
            if (curly >= 2 && firstCurlyOpens && !(blocksWhole && (straight.Count == 1 && NextParagraphOpensStraight(text, m.Start) || PreviousParagraphOpensStraight(text, m.Start)))
                && (straight.Count == 1 || straight.Count == 2 && marks[straight[1]].End >= end))
                drop.UnionWith(straight);
        }
        return drop.Count == 0 ? marks : marks.Where((_, i) => !drop.Contains(i)).ToList();
    }

    private static void Add(string text, int start, int end, List<QuoteSpan> quotes, bool closed)
    {
        var openLength = start + 1 < text.Length && text[start] is '\'' or '\u2018' or '`' ? 2 : 1;
        var closeLength = closed && end - 2 >= start && text[end - 1] is '\'' or '\u2019' && text[end - 2] is '\'' or '\u2019' ? 2 : 1;
        var innerStart = start + openLength;
        var innerEnd = closed ? end - closeLength : end;
        if (innerEnd - innerStart < 2) return;
        quotes.Add(new QuoteSpan(Span.Of(text, start, end), Span.Of(text, innerStart, innerEnd)) { Closed = closed });
    }

    /// <summary>Where the sentence before <paramref name="offset"/> ends, when only spaces stand between them ("...late.  “").</summary>
    private static int? AfterSentenceEnd(string text, int offset)
    {
        var i = offset - 1;
        if (i < 0 || text[i] is not (' ' or '\u00A0')) return null;
        while (i >= 0 && text[i] is ' ' or '\u00A0') i--;
        return i >= 0 && text[i] is '.' or '!' or '?' ? i + 1 : null;
    }

    private static bool StartsParagraph(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '\r' || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.Format)) i--;
        return i < 0 || text[i] == '\n';
    }

    /// <summary>Whether the paragraph after the one holding <paramref name="offset"/> opens with a straight mark.</summary>
    private static bool NextParagraphOpensStraight(string text, int offset)
    {
        var nl = text.IndexOf('\n', offset);
        if (nl < 0) return false;
        var i = nl;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i < text.Length && text[i] == '"';
    }

    /// <summary>Whether the paragraph before the one opening at <paramref name="offset"/> opens with a straight mark.</summary>
    private static bool PreviousParagraphOpensStraight(string text, int offset)
    {
        var i = ParagraphStart(text, offset) - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        if (i < 0) return false;
        var start = ParagraphStart(text, i);
        while (start < i && text[start] is ' ' or '\t') start++;
        return text[start] == '"';
    }

    private static int ParagraphStart(string text, int offset) => text.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;

    private static int ParagraphEnd(string text, int from)
    {
        var nl = text.IndexOf('\n', from);
        var end = nl < 0 ? text.Length : nl;
        while (end > from && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
