using System.Collections.Frozen;
using Graph.Core.Ids;
using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Claims;

/// <summary>Claims found in an article and the pronoun/nominal mentions resolved on the way.</summary>
public sealed record ClaimResult(IReadOnlyList<Claim> Claims, IReadOnlyList<ResolvedMention> ExtraMentions);

/// <summary>
/// Finds who said what. Each cue word (a reporting verb or a verb of belief or intention, weighted by how often
/// annotated news uses it as a cue: <see cref="CueLexicon"/>) is read in one of these frames:
/// <list type="bullet">
/// <item>content first: <c>"...," X said</c>, <c>"...," said X</c>, <c>..., X said.</c>; a quote split by the
/// cue (<c>"...," he said, "..."</c>) is one claim whose content runs from the first quote to the last;</item>
/// <item>speaker first: <c>X said (that) ...</c>, <c>X told the Global Times that ...</c>,
/// <c>X said: "..."</c> (the quote may follow in the next paragraph and run over several);</item>
/// <item>participial: <c>..., adding that ...</c>, spoken by the sentence's speaker;</item>
/// <item><c>according to X, ...</c> and <c>..., according to X</c>;</item>
/// <item>headline style: <c>X: ...</c>.</item>
/// </list>
/// A cue inside a quotation is part of what was quoted, and a claim never nests inside another's content
/// (annotated news never nests them either). Speakers are resolved by <see cref="SpeakerResolver"/>.
/// </summary>
public sealed class ClaimExtractor
{
    /// <summary>Cues less likely than this (learned share) are not read at all.</summary>
    private const double MinPrior = 0.2;

    /// <summary>Claims scoring below this are dropped: weak cue and weak frame together.</summary>
    private const double MinScore = 0.3;

    /// <summary>Verbs whose subject is part of the content and whose source is not named: "X is expected to ...".</summary>
    private static readonly HashSet<string> RaisingVerbs = new(StringComparer.Ordinal)
    {
        "expected", "seem", "seems", "seemed", "appear", "appears", "appeared", "known", "likely", "sounded", "sounds",
    };

    /// <summary>
    /// Participles after "is" or "were" that tell the subject's own state of mind, not something done to it: "the
    /// crews are worried about ...", "she was thrilled with ...". The subject is the source.
    /// </summary>
    private static readonly HashSet<string> StanceStates = new(StringComparer.Ordinal)
    {
        "worried", "concerned", "convinced", "thrilled", "upset", "alarmed", "surprised", "outraged", "shocked", "determined", "persuaded",
    };

    /// <summary>
    /// Words after a comma that end a reported clause: a relative or subordinate clause, a contrast, or an
    /// apposition ("..., a move that ..."). Chosen by measuring each on the training split.
    /// </summary>
    private static readonly HashSet<string> ClauseBreakers = new(StringComparer.Ordinal)
    {
        "which", "who", "while", "but", "when", "where", "a", "an", "so", "although", "though", "another",
    };

    /// <summary>A frame longer than this many times the quotes it splits makes them two claims.</summary>
    private const double SplitFrameRatio = 2.0;

    /// <summary>
    /// Cues of more than one word whose first word alone is no cue ("points" is mostly a noun): the verb's forms, the
    /// words after it, and the share of their uses that the training annotations take as a cue ("made it clear" 28 of
    /// 49, "points out" 18 of 23, "points to" 14 of 25, "made no secret" 3 of 3, "shot back" 8 of 9, "took issue with" 5 of 5, "make the case" 9 of 12, "went on to say" (or
    /// add, call, argue, note, describe) 11 of 11, "critical of" 9 of 15).
    /// </summary>
    private static readonly (string[] Verbs, string[][] Rests, double Prior)[] PhraseCues =
    [
        (["made", "make", "makes", "making"], [["clear"], ["it", "clear"]], 0.55),
        (["point", "points"], [["out"]], 0.72),
        (["point", "points"], [["to"]], 0.52),
        (["made", "make", "makes", "making"], [["no", "secret", "of"]], 0.6),
        (["shot", "shoots"], [["back"]], 0.73),
        (["took", "take", "takes", "taking"], [["issue", "with"]], 0.71),
        (["made", "make", "makes", "making"], [["the", "case"]], 0.64),
        (["went", "go", "goes", "going"], [["on", "to", "say"], ["on", "to", "add"], ["on", "to", "call"], ["on", "to", "argue"], ["on", "to", "note"], ["on", "to", "describe"]], 0.85),
        (["critical"], [["of"]], 0.53),
    ];

    /// <summary>Nouns a "that" clause completes rather than describes: "the hope that ...", "its claim that ...".</summary>
    private static readonly HashSet<string> ClauseNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "fact", "view", "views", "belief", "beliefs", "hope", "hopes", "claim", "claims", "allegation", "allegations", "concern",
        "concerns", "warning", "warnings", "statement", "assurance", "assurances", "suggestion", "idea", "notion", "argument",
        "message", "promise", "pledge", "news", "assessment", "conclusion", "fear", "fears", "possibility", "evidence",
        "report", "reports", "assertion", "charge", "charges", "accusation", "accusations", "impression", "sense", "point",
        "case", "theory", "rumour", "rumours", "rumor", "rumors", "decision", "ruling", "finding", "findings", "proposal",
        "signal", "sign", "signs", "reminder", "confirmation", "insistence", "expectation", "expectations", "feeling",
        "risk", "prospect", "threat", "danger", "speculation", "criticism", "doubt", "doubts", "premise", "sentiment",
        "suspicion", "suspicions", "hint", "word", "line", "thought",
    };

    /// <summary>Verbs that take a person and then a "that" clause: "told the crew that ...", "promised voters that ...".</summary>
    // (Not "warning": "warning about the viruses that ..." is about the viruses.)
    private static bool TakesPersonAndThat(string cue) => CueLexicon.TakesAudience.Contains(cue) && !cue.Equals("warning", StringComparison.OrdinalIgnoreCase)
        || cue.ToLowerInvariant() is "promised" or "promise" or "promises" or "promising" or "cautioned" or "cautions" or "cautioning"
            or "convinced" or "convince" or "convinces" or "persuaded" or "persuade" or "notified" or "advised" or "advises"
            or "taught" or "reassured" or "reassures" or "assure" or "assures" or "remind" or "reminds";

    /// <summary>Rank added to a reading whose content holds another reading's cue (see <see cref="Select"/>).</summary>
    private const double OuterBonus = 0.5;

    /// <summary>Cues that can stand before their speaker: "..., said the minister", "..., wrote Smith".</summary>
    private static readonly HashSet<string> InvertibleCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "noted", "notes", "explained", "explains",
        "continued", "continues", "argued", "argues", "insisted", "insists", "declared", "replied", "recalled", "told",
        "tells", "tweeted", "warned", "warns", "stated", "observed", "acknowledged", "admitted", "countered", "cautioned",
        "conceded", "quipped", "joked", "suggested", "predicted", "reported", "reports", "concluded", "concludes", "agreed",
        "remarked", "responded", "answered", "complained", "boasted", "lamented", "mused", "recounted", "shouted", "yelled",
        "claimed", "claims", "announced", "emphasized", "stressed", "pointed", "wondered", "offered", "posted",
        "recalls", "observes", "replies", "declares", "acknowledges", "admits", "counters", "cautions", "concedes", "quips",
        "jokes", "suggests", "predicts", "agrees", "remarks", "responds", "answers", "complains", "boasts", "laments", "muses",
        "recounts", "announces", "emphasises", "emphasizes", "stresses", "wonders", "tweets",
    };

    /// <summary>
    /// Base forms that invert, as news does with a plural speaker ("..., say the Tories.", "“...,” warn analysts"): only
    /// with the speaker right after them, never framing a sentence of their own ("He didn't suggest ..." is no frame).
    /// </summary>
    private static readonly HashSet<string> PluralInvertibleCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "add", "write", "note", "argue", "insist", "warn", "claim", "admit", "suggest", "predict", "report", "agree",
        "conclude", "explain", "complain",
    };

    internal sealed record Candidate(
        int CueStart, int CueEnd, int ContentStart, int ContentEnd, Speaker Speaker, double Score, string? Audience)
    {
        /// <summary>
        /// The frame between the two halves of a quote split by its cue ("“...,” said X, referring to Y. “...”"):
        /// part of the content span, but not of what was said, so another reading may lie inside it.
        /// </summary>
        public (int Start, int End) Frame { get; init; }

        /// <summary>Whether <paramref name="other"/> (its cue and content) lies inside this candidate's frame.</summary>
        public bool FrameHolds(Candidate other) => Frame.End > Frame.Start
            && Frame.Start <= Math.Min(other.CueStart, other.ContentStart) && Math.Max(other.CueEnd, other.ContentEnd) <= Frame.End;
    }

    public ClaimResult Extract(AnalyzedText analyzed, ResolvedEntities entities, IReadOnlyList<GraphEvent> events, string articleId)
    {
        var text = analyzed.Text;
        var quotes = QuoteFinder.Find(analyzed);
        var resolver = new SpeakerResolver(text, entities, events);
        resolver.UseQuotes(quotes);
        resolver.UseSentences(analyzed.Sentences);
        var candidates = new List<Candidate>();
        for (var si = 0; si < analyzed.Sentences.Count; si++)
        {
            var reader = new SentenceReader(text, analyzed.Sentences, si, quotes, resolver);
            candidates.AddRange(reader.Read());
        }
        candidates.AddRange(Attributed(analyzed, quotes, entities));
        var kept = Select(candidates, [], text);
        // A quotation of a few words or more is nearly always someone's (in annotated news, 97% of quotes of six
        // words or more are attributed), so one no cue claimed is given to the speaker its sentence names, or to
        // whoever spoke last.
        var fallbacks = new List<Candidate>();
        var s = 0;
        foreach (var q in quotes)
        {
            if (kept.Any(k => k.ContentStart < q.Span.End && q.Span.Start < k.ContentEnd)) continue;
            while (s < analyzed.Sentences.Count && analyzed.Sentences[s].End <= q.Span.Start) s++;
            if (s >= analyzed.Sentences.Count) break;
            // Only a speaker whose quote (or report of speech) ends the paragraph just before, or whose quote ends the
            // sentence just before in the same paragraph ("“...,” she said. “...” “...”"): what follows is more of the same speech.
            var previous = kept.Concat(fallbacks).Where(k => k.CueStart < q.Span.Start && k.Speaker.Mention is not null)
                .OrderBy(k => k.ContentEnd).LastOrDefault();
            if (previous is not null && !(EndsParagraphBefore(text, previous, q) || FramedParagraphBefore(text, previous, q) || ReportEndsParagraphBefore(text, previous, q)
                    || QuoteRightBefore(text, quotes, previous, q) && QuoteEndsSentence(text, analyzed.Sentences[s], q))
                || previous is not null && AnswersQuestion(text, previous, q))
                previous = null;
            // "Ana Ruiz says the levy is unfair. “Nobody here can pay it.”": a quote standing alone right after a
            // report that ends the sentence before it, in the same paragraph, is more of what was reported.
            var report = QuoteEndsSentence(text, analyzed.Sentences[s], q)
                ? kept.FirstOrDefault(k => ReportEndsSentenceBefore(text, k, q) && SpeakerOpensSentence(text, analyzed.Sentences, k) && !QuotedBefore(analyzed.Sentences, quotes, k.CueStart))
                : null;
            // "“...,” Feld said, noting that the council held every seat. “...”": the quote after a comment on a quote,
            // in the same paragraph, is more from the speaker of both.
            var commented = report is null && previous is null && QuoteEndsSentence(text, analyzed.Sentences[s], q)
                ? kept.FirstOrDefault(k => CommentEndsSentenceBefore(text, kept, k, q))
                : null;
            var reader = new SentenceReader(text, analyzed.Sentences, s, quotes, resolver);
            if (reader.Unclaimed(q, report?.Speaker ?? previous?.Speaker ?? commented?.Speaker) is { } c)
            {
                var continues = c.CueStart == q.Span.Start && c.CueEnd == q.Span.Start;
                // (Not after an urging or a pledge: "He urged the board to act. “Nobody on the pier can pay.”" is a
                // second thing he said, not more of what he urged; the quote is a claim of its own.)
                if (report is not null && continues && !IsDirectiveOrPledge(CueWord(text, report)))
                    kept[kept.IndexOf(report)] = report with { ContentEnd = c.ContentEnd };
                // The quote after a comment goes on with the quote commented on, the comment inside its frame
                // (unless the comment quotes words of its own).
                else if (commented is not null && continues && QuoteCommented(text, kept, commented) is { Frame.End: 0 } quoted
                         && text.AsSpan(quoted.ContentEnd, q.Span.Start - quoted.ContentEnd).IndexOfAny('"', '\u201C', '\u201D') < 0)
                    kept[kept.IndexOf(quoted)] = quoted with { ContentEnd = c.ContentEnd, Frame = (quoted.ContentEnd, q.Span.Start) };
                // "Taxes will rise, said Tom Beck. “Nobody can pay them.”": a quote going on, in the same paragraph,
                // after the short frame of what its speaker said is one statement with it, the frame inside.
                else if (previous is not null && continues && report is null && previous.Frame.End <= previous.Frame.Start
                         && ShortFrame(text.AsSpan(previous.ContentEnd, q.Span.Start - previous.ContentEnd))
                         && FramedParagraphBefore(text, previous, q))
                {
                    var merged = previous with { ContentEnd = c.ContentEnd, Frame = (previous.ContentEnd, q.Span.Start) };
                    if (kept.IndexOf(previous) is var at and >= 0) kept[at] = merged;
                    else fallbacks[fallbacks.IndexOf(previous)] = merged;
                }
                else fallbacks.Add(c);
            }
        }
        if (fallbacks.Count > 0) kept = Select(fallbacks, kept);
        // A reading that lost to a kept claim on its wider content (the clause around the quote: "praised the crew's
        // “...” - “...,” he said - and ...") may still have the quote itself, a few words or more, as what was said.
        var narrowed = fallbacks.Where(f => !kept.Contains(f))
            .Select(f => quotes.FirstOrDefault(q => f.ContentStart <= q.Span.Start && q.Span.End <= f.ContentEnd) is { } q
                         && (q.Span.Start, q.Span.End) != (f.ContentStart, f.ContentEnd) && text.AsSpan(q.Inner.Start, q.Inner.End - q.Inner.Start).Count(' ') >= 3
                ? f with { ContentStart = q.Span.Start, ContentEnd = q.Span.End }
                : null)
            .OfType<Candidate>().ToList();
        if (narrowed.Count > 0) kept = Select(narrowed, kept);
        kept.AddRange(InsideBlocks(analyzed, quotes, resolver, kept));
        resolver.ResolveOtherPronouns(analyzed);
        // The rules' own scores say which pattern fired; the learned estimate says how often claims like this are right.
        return new ClaimResult(kept.OrderBy(c => c.ContentStart).Select(c => Make(text, articleId, c, entities, resolver))
            .Select(c => c with { Confidence = ClaimConfidence.Estimate(c, text) }).ToList(), resolver.ExtraMentions);
    }

    /// <summary>
    /// "Lee writes:¶"The pier was quiet ... Brekke called the levy “a tax on the tide” ...¶"...": a block quoted from elsewhere
    /// over several paragraphs is one quotation, its writer's; the tellings it reports inside are claims of their own
    /// as well (read with the block's own marks dropped, and only those whose cue and content lie inside it).
    /// </summary>
    private static List<Candidate> InsideBlocks(AnalyzedText analyzed, IReadOnlyList<QuoteSpan> quotes, SpeakerResolver resolver, List<Candidate> kept)
    {
        var text = analyzed.Text;
        var blocks = quotes.Where(q => text.AsSpan(q.Inner.Start, q.Inner.Length).Contains('\n')).ToList();
        if (blocks.Count == 0) return [];
        var plain = QuoteFinder.Find(analyzed, blocksWhole: false);
        blocks = blocks.Where(b => !plain.Any(p => p.Span.Start == b.Span.Start && p.Span.End == b.Span.End)).ToList();
        if (blocks.Count == 0) return [];
        // (Not inside a claim the block holds, as a transcript's turns: claims there are not nested.)
        bool Inside(QuoteSpan b, Candidate c) => b.Span.Start <= Math.Min(c.CueStart, c.ContentStart) && Math.Max(c.CueEnd, c.ContentEnd) <= b.Span.End
            && !kept.Any(k => (k.ContentStart, k.ContentEnd) != (b.Span.Start, b.Span.End) && k.ContentStart < c.ContentEnd && c.ContentStart < k.ContentEnd);
        var inner = new List<Candidate>();
        resolver.UseQuotes(plain);
        for (var si = 0; si < analyzed.Sentences.Count; si++)
        {
            var sentence = analyzed.Sentences[si];
            if (blocks.FirstOrDefault(b => b.Span.Start <= sentence.Start && sentence.Start < b.Inner.End) is not { } block) continue;
            inner.AddRange(new SentenceReader(text, analyzed.Sentences, si, plain, resolver).Read().Where(c => Inside(block, c)));
        }
        resolver.UseQuotes(quotes);
        return inner.Count == 0 ? [] : Select(inner, [], text);
    }

    /// <summary>
    /// A frame of a speaker and cue with little else, in one paragraph ("said Tom Beck, a professor at the
    /// university."), not one that goes on to other events ("..., she said, and then the chair stood up to leave.").
    /// </summary>
    private static bool ShortFrame(ReadOnlySpan<char> frame)
    {
        if (frame.Length > 80 || frame.Contains('\n')) return false;
        foreach (var range in frame.Split(' '))
            if (frame[range] is "and" or "then" or "when" or "while" or "after" or "before" or "as" or "but" or "who" or "which") return false;
        return true;
    }

    /// <summary>The previous claim's quote ends the paragraph right before <paramref name="q"/>.</summary>
    private static bool EndsParagraphBefore(string text, Candidate previous, QuoteSpan q) =>
        previous.ContentEnd <= q.Span.Start && text.AsSpan(previous.ContentEnd, q.Span.Start - previous.ContentEnd).Trim().Length == 0
        && text.AsSpan(previous.ContentEnd, q.Span.Start - previous.ContentEnd).Count('\n') is >= 1 and <= 2
        && previous.ContentEnd > 0 && Tokenizer.IsQuote(text[previous.ContentEnd - 1]);

    /// <summary>
    /// "Ana Ruiz said the levy would sink the port.¶“Nobody here can pay it.”": the previous claim's cue is a verb of
    /// saying, or one the training annotations take as a cue at least half the time (so also "hopes", "fears"), and
    /// its content ends the paragraph right before <paramref name="q"/>, but for the
    /// sentence's closing mark; the quote standing alone after it goes on with what was said.
    /// </summary>
    private static bool ReportEndsParagraphBefore(string text, Candidate previous, QuoteSpan q)
    {
        if (previous.ContentEnd > q.Span.Start || previous.CueEnd <= previous.CueStart) return false;
        var gap = text.AsSpan(previous.ContentEnd, q.Span.Start - previous.ContentEnd);
        if (gap.Trim().Trim(".!?").Length > 0 || gap.Count('\n') is < 1 or > 2) return false;
        var cue = CueWord(text, previous);
        return CueLexicon.Speech.Contains(cue) || CueLexicon.Prior(cue) >= 0.5;
    }

    /// <summary>
    /// The previous claim reports speech with its speaker and cue first ("Ana Ruiz says the levy is unfair.", "Ruiz hit
    /// back, saying the levy is unfair."), a verb of saying or one the training annotations take as a cue at least half
    /// the time, or one of holding a view ("Ana Ruiz believes the levy is unfair. “...”"; not of wanting or planning,
    /// which annotators keep apart from the quote after), not a question, and its content ends the sentence right
    /// before <paramref name="q"/> in the same paragraph. (A participle after a quote, "“...,” Feld said, noting that
    /// ...", is left out by the caller: its speaker does not open the sentence.)
    /// </summary>
    private static bool ReportEndsSentenceBefore(string text, Candidate previous, QuoteSpan q)
    {
        if (previous.ContentEnd > q.Span.Start || previous.CueEnd <= previous.CueStart || previous.CueEnd > previous.ContentStart) return false;
        var gap = text.AsSpan(previous.ContentEnd, q.Span.Start - previous.ContentEnd);
        if (gap.Contains('\n') || gap.Trim().Length == 0 || gap.Trim().Trim(".!?").Length > 0) return false;
        var cue = CueWord(text, previous);
        // (Not a question: "X asked the minister whether she would resign. “...”" is the minister's answer.)
        return cue is not ("asked" or "asks" or "questioned" or "wondered" or "challenged" or "asking" or "questioning" or "wondering" or "challenging")
            && (CueLexicon.Speech.Contains(cue) || CueLexicon.Prior(cue) >= 0.5 || cue is "thought" or "thinks" or "believes" or "believed" or "feels" or "felt");
    }

    /// <summary>
    /// <paramref name="comment"/> is a participle (", noting that ...") after a quote with the same speaker mention
    /// that opens its sentence ("“...,” Feld said, noting that ..."), and its content ends that sentence right before
    /// <paramref name="q"/> in the same paragraph.
    /// </summary>
    private static bool CommentEndsSentenceBefore(string text, List<Candidate> kept, Candidate comment, QuoteSpan q)
    {
        if (comment.ContentEnd > q.Span.Start || comment.CueEnd <= comment.CueStart || comment.CueEnd > comment.ContentStart) return false;
        if (!text.AsSpan(comment.CueStart, comment.CueEnd - comment.CueStart).EndsWith("ing", StringComparison.Ordinal)) return false;
        var gap = text.AsSpan(comment.ContentEnd, q.Span.Start - comment.ContentEnd);
        if (gap.Contains('\n') || gap.Trim().Length == 0 || gap.Trim().Trim(".!?").Length > 0) return false;
        return QuoteCommented(text, kept, comment) is not null;
    }

    /// <summary>The quote claim a participle comments on: same speaker mention, its cue a short way before the participle's, one paragraph.</summary>
    private static Candidate? QuoteCommented(string text, List<Candidate> kept, Candidate comment) =>
        comment.Speaker.Mention is not { } mention ? null
        : kept.FirstOrDefault(k => k != comment && k.Speaker.Mention == mention && k.ContentEnd <= k.CueStart && k.CueEnd <= comment.CueStart
                                   && comment.CueStart - k.CueEnd <= 60 && !text.AsSpan(k.ContentStart, comment.CueStart - k.ContentStart).Contains('\n'));

    /// <summary>
    /// The report's speaker opens its sentence (but for a title or an opening adjunct, <see cref="SubjectLeadIn"/>), so
    /// the report is the sentence's main clause: in "Berg hit back after the union said that ...", "... at Labour claims
    /// that ..." or "... at Ruiz, who had said ...", the report is inside Berg's sentence and the quote after it is his.
    /// </summary>
    private static bool SpeakerOpensSentence(string text, IReadOnlyList<Sentence> sentences, Candidate report)
    {
        if (report.Speaker.Mention is not { } mention) return false;
        var sentence = sentences.LastOrDefault(x => x.Start <= mention.Start);
        var start = sentence?.Start ?? 0;
        if (text.AsSpan(start, mention.Start - start).Trim().Trim("\"\u201c\u2018'(").Length == 0) return true;
        if (sentence is null) return false;
        return SubjectLeadIn(sentence.Tokens.Where(t => t.End <= mention.Start).ToList());
    }

    /// <summary>
    /// The words before a speaker's name leave the report a main clause: they are part of its subject or an adjunct
    /// opening the sentence, a title ("Harbour master Ola Brandt", "Mr Ola Brandt"), a description set off before the
    /// name ("The union's leader, Tom Beck, said"), or a time, place or occasion before a comma ("On Wednesday, Ola Brandt
    /// said", "At the pier after the vote, Ola Brandt said"), with no verb or clause word but in an adjunct led by a
    /// participle ("Asked whether ..., Ola Brandt said"); or they are a clause of its own joined by "but" or "and".
    /// </summary>
    private static bool SubjectLeadIn(List<Token> lead)
    {
        var comma = lead.FindLastIndex(t => t.Text is ",");
        // (Brackets may stand in the clause or adjunct before a comma, "Third-generation (3G) phones ..., but", not in
        // the title.)
        if (lead.Count == 0 || lead.Select((t, i) => (t, i)).Any(x => x.t.Kind == TokenKind.Quote || x.t.Text is ":" or ";" || Dashes.IsAny(x.t.Text)
                || x.t.Text is "(" or ")" && x.i > comma)) return false;
        // The title right before the name: capitalised words, nouns, "of" ("Harbour master", "chief executive of Nordbank").
        var title = lead.Skip(comma + 1).Where(t => t.IsWord).ToList();
        // "The fares rose but Ola Brandt said ...", "The fares rose, but Ola Brandt said ...", "The fares were raised and
        // Ola Brandt said ...": a clause of its own, joined to the one before ("and" only after a clause with an
        // auxiliary, which a list of names has not).
        var joiner = title.FindLastIndex(t => t.Text is "but" or "and");
        if ((joiner > 0 || joiner == 0 && comma >= 0) && TitleLike(title.Skip(joiner + 1).ToList()) && title.Skip(joiner + 1).All(t => char.IsUpper(t.Text[0]))
            && (title[joiner].Text is "but" || lead.Any(t => t.IsWord && t.Text is "is" or "was" or "were" or "are" or "has" or "had" or "have" or "will" or "would")))
            return true;
        if (title.Any(t => IsClauseWord(t.Text)) || !TitleLike(title)) return false;
        if (comma < 0) return true;
        var before = lead.Take(comma).Where(t => t.IsWord).ToList();
        if (before.Count is 0 or > 20) return false;
        var first = before[0].Text;
        // Before the comma: an adjunct led by a participle ("Pressed on the fares,", "Asked whether the pier would
        // close,"), which may hold a clause of its own; or, with no verb or clause word, an adjunct led by a preposition
        // or a time ("On Wednesday,", "Hours after the vote,", "As for the pier,"), a connective ("However,"), a
        // description led by a determiner ("The union's leader,") or a title ("Chair of the ferry board, Ola Brandt";
        // "Ola Brandt, who chairs the board, said").
        if (char.IsUpper(first[0]) && (first.EndsWith("ed", StringComparison.Ordinal) || first.EndsWith("ing", StringComparison.Ordinal))
            && !before.Skip(1).Any(t => char.IsLower(t.Text[0]) && CueLexicon.Speech.Contains(t.Text) && t.Text is not "asked")) return true;
        var asFor = before.Count > 1 && first is "As" && before[1].Text is "for" or "to";
        if (before.Skip(asFor ? 1 : 0).Any(t => IsClauseWord(t.Text))) return false;
        return asFor || first.ToLowerInvariant() is "in" or "on" or "at" or "during" or "after" or "before" or "for" or "with" or "from" or "under" or "despite"
                or "unlike" or "like" or "without" or "amid" or "among" or "following" or "by" or "over" or "within" or "throughout" or "across"
                or "hours" or "minutes" or "moments" or "seconds"
            || char.IsUpper(first[0]) && before.Count == 1
            || SpeakerPhrases.IsTimeWord(first)
            || SpeakerPhrases.IsDeterminer(first.ToLowerInvariant())
            || TitleLike(before);

        // Capitalised words, "of", a determiner opening the title or after "of" or a capitalised word ("But the chair
        // of"), and lower-case nouns that are no verb ("-ed", "-ing"), cue or function word: "Residents cheered the
        // moment" is a clause, not a title.
        static bool TitleLike(List<Token> words) => words.Count <= 8 && words.Select((t, i) => (t, i)).All(x => char.IsUpper(x.t.Text[0]) || x.t.Text is "of" or "'s" or "\u2019s"
            || SpeakerPhrases.IsDeterminer(x.t.Text) && (x.i == 0 || words[x.i - 1].Text is "of" || char.IsUpper(words[x.i - 1].Text[0]))
            || x.t.Text.All(char.IsLetter) && !x.t.Text.EndsWith("ed", StringComparison.Ordinal) && !x.t.Text.EndsWith("ing", StringComparison.Ordinal)
               && CueLexicon.Prior(x.t.Text) < 0.3 && !IsClauseWord(x.t.Text) && !SpeakerPhrases.IsBoundary(x.t.Text) && !SpeakerPhrases.IsDeterminer(x.t.Text)
               && x.t.Text is not ("to" or "at" or "against" or "with" or "by" or "for" or "about" or "over" or "from" or "in" or "on" or "after" or "before"
                   or "during" or "like" or "unlike" or "than" or "and" or "or" or "but" or "also" or "then" or "now"));

        static bool IsClauseWord(string w)
        {
            var x = w.ToLowerInvariant();
            if (x is "when" or "as" or "while" or "because" or "since" or "if" or "though" or "although" or "that" or "who" or "which" or "whom" or "whose"
                or "until" or "unless" or "where" or "whether" or "is" or "was" or "were" or "are" or "be" or "been" or "has" or "have" or "had" or "will"
                or "would" or "can" or "could" or "did" or "does" or "do" or "may" or "might" or "should" or "must") return true;
            return char.IsLower(w[0]) && CueLexicon.Speech.Contains(x) && x is not ("speaking" or "writing" or "asked");
        }
    }

    /// <summary>
    /// Nothing but the closing mark follows <paramref name="q"/> in its sentence (not "“...” - as the board put it -
    /// “...,” she said.", where the sentence goes on to its own cue).
    /// </summary>
    private static bool QuoteEndsSentence(string text, Sentence sentence, QuoteSpan q) =>
        q.Span.End >= sentence.End || text.AsSpan(q.Span.End, sentence.End - q.Span.End).Trim().Trim(".!?").Length == 0;

    /// <summary>
    /// A quote closes in the sentence before <paramref name="offset"/>: "“...,” Ruiz said after the board voted to
    /// raise the toll." reports the board inside the frame of her quote, and the quote after it is hers.
    /// </summary>
    private static bool QuotedBefore(IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> quotes, int offset)
    {
        var start = sentences.LastOrDefault(x => x.Start <= offset)?.Start ?? 0;
        return quotes.Any(x => x.Span.Start >= start && x.Span.End <= offset);
    }

    /// <summary>
    /// "“...,” Ruiz said. “...” “...”": the previous claim's content ends with a closing quote, or with a quote whose
    /// closing mark never came ("... “Who asked us? “We ..."), and only spaces stand between it and <paramref name="q"/>,
    /// in the same paragraph.
    /// </summary>
    private static bool QuoteRightBefore(string text, IReadOnlyList<QuoteSpan> quotes, Candidate previous, QuoteSpan q)
    {
        if (previous.ContentEnd > q.Span.Start || previous.ContentEnd == 0) return false;
        if (!Tokenizer.IsQuote(text[previous.ContentEnd - 1])
            && !(quotes.Any(x => !x.Closed && x.Span.End == previous.ContentEnd && x.Span.Start >= previous.ContentStart))) return false;
        var gap = text.AsSpan(previous.ContentEnd, q.Span.Start - previous.ContentEnd);
        if (gap.Length == 0 || gap.Contains('\n') || gap.Trim().Length > 0) return false;
        // A question after a statement is as often someone else's ("“We are closing,” she told the staff. “Thank you.”
        // “What about our pensions?”"); a question after a question goes on with the same voice. (A statement after a
        // question asked of someone, the answer, is left out by the caller: <see cref="AnswersQuestion"/>.)
        return !Asks(text, q.Inner.Start, q.Inner.End) || Asks(text, previous.ContentStart, previous.ContentEnd)
            || !ToldPerson(text, previous) && !Dialogue(text, previous);
    }

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> ends in a question mark (before any closing marks).</summary>
    private static bool Asks(string text, int start, int end) =>
        text.AsSpan(start, end - start).TrimEnd().TrimEnd("\"\u201D'\u2019").TrimEnd().EndsWith("?");

    /// <summary>
    /// <paramref name="q"/> is no question and follows a question the previous claim asked ("Ruiz asked the minister:
    /// “Who pays?” “The riders.”"): it is the answer, someone else's.
    /// </summary>
    private static bool AnswersQuestion(string text, Candidate previous, QuoteSpan q)
    {
        return !Asks(text, q.Inner.Start, q.Inner.End) && Asks(text, previous.ContentStart, previous.ContentEnd)
            && IsAskingVerb(CueWord(text, previous)) && AskedSomeone(text, previous.CueEnd);
    }

    private static bool IsAskingVerb(string w) => w.ToLowerInvariant() is "asked" or "asks" or "asking" or "questioned";

    /// <summary>
    /// The verb of asking ending at <paramref name="cueEnd"/> names whom it asked ("asked the minister", "asked him",
    /// "asked Ana Ruiz"): a question put to nobody ("“Who needs it?” he asked.") the speaker may answer in the next
    /// quote.
    /// </summary>
    private static bool AskedSomeone(string text, int cueEnd)
    {
        var rest = text.AsSpan(cueEnd).TrimStart(' ');
        var end = rest.IndexOfAny(" .,:;\n");
        var word = (end < 0 ? rest : rest[..end]).ToString();
        return word is "the" or "a" or "an" or "his" or "her" or "their" or "him" or "them" or "me" or "us" or "you"
            || word.Length > 0 && char.IsUpper(word[0]);
    }

    /// <summary>
    /// The claim's cue tells someone who may answer: "told his staff", "told the minister" (not an outlet or a name,
    /// "told the Daily Courier", nor "told reporters").
    /// </summary>
    private static bool ToldPerson(string text, Candidate c)
    {
        if (CueWord(text, c) is not ("told" or "tells" or "telling")) return false;
        var words = text.AsSpan(c.CueEnd, Math.Min(40, text.Length - c.CueEnd)).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length && SpeakerPhrases.IsDeterminer(words[i].ToLowerInvariant())) i++;
        return i < words.Length && words[i].Length > 0 && char.IsLower(words[i][0]) && words[i].TrimEnd('.', ',') is not ("reporters" or "journalists" or "the");
    }

    /// <summary>The paragraph of <paramref name="c"/> has a cue of answering or asking: two people talk in it.</summary>
    private static bool Dialogue(string text, Candidate c)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, Math.Min(c.CueStart, c.ContentStart) - 1)) + 1;
        var para = text.AsSpan(start, Math.Max(0, c.ContentEnd - start));
        foreach (var w in new[] { " asked", " replied", " answered", " responded", " retorted", " interjected", " asks", " replies" })
            if (para.IndexOf(w, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>
    /// "“...,” she said.¶“...”" or "“...,” she said after the vote. “...”": the previous claim is a quote whose
    /// frame (the cue and speaker after it, and nothing else quoted) runs up to <paramref name="q"/>, in the same
    /// paragraph or ending the one before.
    /// </summary>
    private static bool FramedParagraphBefore(string text, Candidate previous, QuoteSpan q)
    {
        if (previous.ContentEnd > q.Span.Start || previous.ContentEnd == 0) return false;
        // "The mayor did well with older voters, said Tom Beck. “...”": a report whose cue and speaker follow it
        // after a comma frames the quote after it the same way a quote's frame does.
        if (!Tokenizer.IsQuote(text[previous.ContentEnd - 1])
            && !(previous.CueStart > previous.ContentEnd && previous.CueStart - previous.ContentEnd <= 60 && text[previous.ContentEnd] == ',')) return false;
        if (previous.CueStart < previous.ContentEnd) return false;
        var gap = text.AsSpan(previous.ContentEnd, q.Span.Start - previous.ContentEnd);
        if (gap.Count('\n') > 2) return false;
        var nl = gap.IndexOf('\n');
        if (nl >= 0 && gap[nl..].Trim().Length > 0) return false;
        var frame = nl >= 0 ? gap[..nl] : gap;
        return frame.Length <= 200 && frame.IndexOfAny('"', '\u201C', '\u201D') < 0;
    }

    /// <summary>
    /// Two layouts that attribute without a verb: a quote signed with a dash after it (<c>"..." ― Ana Ruiz</c>,
    /// the way collected reactions are printed) and a transcript paragraph (<c>SMITH: ...</c>, a speaker's name in
    /// capitals and a colon). The name is the speaker; its entity when the text has one.
    /// </summary>
    private static IEnumerable<Candidate> Attributed(AnalyzedText analyzed, IReadOnlyList<QuoteSpan> quotes, ResolvedEntities entities)
    {
        var text = analyzed.Text;
        foreach (var q in quotes)
        {
            var i = q.Span.End;
            while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0') i++;
            // A quote that is a paragraph of its own may be signed on the next line, the way fact checks print the
            // statements they check: "“...”¶- Ana Ruiz." (a hyphen will do there, at the start of a line).
            var signedBelow = false;
            if (i < text.Length && text[i] is '\n' or '\r' && StartsLine(text, q.Span.Start))
            {
                var j = i;
                var breaks = 0;
                while (j < text.Length && char.IsWhiteSpace(text[j])) if (text[j++] == '\n') breaks++;
                // (Some lists glue the dash to the name: "-Ana Ruiz, Lima.")
                if (breaks is >= 1 and <= 2 && j + 1 < text.Length && text[j] is '-' or '\u2015' or '\u2014' or '\u2013'
                    && (text[j + 1] == ' ' || char.IsUpper(text[j + 1])))
                {
                    i = j;
                    signedBelow = true;
                }
            }
            if (!signedBelow && SignedInside(text, entities, q) is { } inside)
            {
                yield return inside;
                continue;
            }
            if (i >= text.Length || text[i] is not ('\u2015' or '\u2014' or '\u2013') && !signedBelow) continue;
            var dash = i++;
            while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0') i++;
            var end = i;
            while (end < text.Length && text[end] is not ('\n' or ',' or '(' or ';') && !(text[end] == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1])))) end++;
            if (end == i || !char.IsUpper(text[i]) || end - i > 60) continue;
            // (A signature is a name: "-Ana Ruiz, Lima.", not "-Police arrested two men." nor "-Reuters contributed to this report.")
            if (signedBelow && text[dash + 1] != ' ' && text.AsSpan(i, end - i).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words
                && (words.Length > 4 || words.Any(w => !char.IsUpper(w[0])))) continue;
            // The signature signs its whole paragraph when that paragraph opens with a quote: "“... .” And “...” ―
            // Ana Ruiz" is one response whose marks the writer did not keep paired.
            var from = q.Span.Start;
            if (!signedBelow && !StartsLine(text, from))
            {
                var line = text.LastIndexOf('\n', from - 1) + 1;
                while (line < from && text[line] is ' ' or '\t') line++;
                if (Tokenizer.IsQuote(text[line]) && quotes.Any(o => o.Span.Start == line)) from = line;
            }
            yield return new Candidate(dash, dash + 1, from, q.Span.End, SpeakerAt(text, entities, i, end), 0.8, null);
        }
        // Transcript turns, in text order: (first label token, colon token index, sentence).
        var turns = new List<(int First, int Colon, Sentence Sentence)>();
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            // A paragraph's first sentence: "WALLACE: Let's start with ...", or "“WALLACE: ..." where a page quotes a
            // whole transcript and opens each paragraph with a quotation mark.
            if (sentence.Start > 0 && text[sentence.Start - 1] != '\n') continue;
            var first = toks.Count > 0 && toks[0].Kind == TokenKind.Quote ? 1 : 0;
            var colon = -1;
            for (var k = first; k < Math.Min(toks.Count, first + 5); k++)
                if (toks[k].Text == ":") { colon = k; break; }
            if (colon <= first || toks.Count - colon < 4) continue;
            var named = true;
            for (var k = first; k < colon; k++)
                named &= toks[k].Kind == TokenKind.Word && toks[k].Text.Any(char.IsLetter) && toks[k].Text.All(c => !char.IsLetter(c) || char.IsUpper(c))
                         && toks[k].Text.Length > 1;
            // Labels of a news database's record ("BYLINE: ...", "LOAD-DATE: ...", "EDITOR'S NOTE: ...") are
            // layout, not speakers.
            if (named && !RecordLabels.Contains(text[toks[first].Start..toks[colon - 1].End].Replace('\u2019', '\''))) turns.Add((first, colon, sentence));
        }
        for (var t = 0; t < turns.Count; t++)
        {
            var (first, colon, sentence) = turns[t];
            var toks = sentence.Tokens;
            // The turn runs to the end of its paragraph, and on over paragraphs with no label of their own up to the
            // next turn: a long answer is printed as several paragraphs. The last turn keeps to its paragraph (what
            // follows a transcript is usually the page's own text again).
            // Only inside a transcript (three turns or more) and over a few paragraphs: two labels far apart are not
            // one conversation.
            var contentEnd = text.IndexOf('\n', toks[colon].End);
            if (contentEnd < 0) contentEnd = text.Length;
            if (turns.Count >= 3 && t + 1 < turns.Count && turns[t + 1].Sentence.Start > contentEnd
                && text.AsSpan(contentEnd, turns[t + 1].Sentence.Start - contentEnd).Trim().Count('\n') <= MaxTurnBreaks)
                contentEnd = turns[t + 1].Sentence.Start;
            while (contentEnd > toks[colon].End && (char.IsWhiteSpace(text[contentEnd - 1]) || Tokenizer.IsQuote(text[contentEnd - 1]) && !ClosesQuote(contentEnd))) contentEnd--;
            var contentStart = toks[colon + 1].Start;
            if (contentEnd - contentStart < 12) continue;
            yield return new Candidate(toks[colon].Start, toks[colon].End, contentStart, contentEnd, SpeakerAt(text, entities, toks[first].Start, toks[colon - 1].End), 0.8, null);
        }

        // A quotation mark opening the next paragraph is not part of this turn; one closing a quote inside it is.
        bool ClosesQuote(int end) => quotes.Any(q => q.Span.End == end);
    }

    /// <summary>Field labels of news archives and pages, printed in capitals with a colon like a transcript's speakers.</summary>
    private static readonly HashSet<string> RecordLabels = new(StringComparer.Ordinal)
    {
        "BYLINE", "DATELINE", "SECTION", "LENGTH", "LOAD-DATE", "LANGUAGE", "GRAPHIC", "PHOTO", "VIDEO", "CORRECTION",
        "UPDATE", "CAPTION", "SOURCE", "HIGHLIGHT", "URL", "EDITOR'S NOTE", "EDITORS' NOTE", "EDITORS NOTE", "NOTE",
        "RELATED", "READ MORE", "WATCH", "CLARIFICATION",
    };

    /// <summary>Line breaks a transcript turn may run over to reach the next turn (two per blank-line paragraph).</summary>
    private const int MaxTurnBreaks = 8;

    /// <summary>
    /// A pull quote that names its speaker on its own last line, inside the marks: "“We will not sell the
    /// ferries.¶Karen Lund, Westhaven Harbour Trust.”" (a page's highlighted quote, printed apart from the story).
    /// The signature is a name, with what it stands for after a comma; the closing mark is the cue.
    /// </summary>
    private static Candidate? SignedInside(string text, ResolvedEntities entities, QuoteSpan q)
    {
        var end = q.Span.End;
        if (!StartsLine(text, q.Span.Start) || end >= text.Length || text[end] != '\n' || Tokenizer.IsQuote(text[end - 1])) return null;
        var start = end + 1;
        var lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0) lineEnd = text.Length;
        var close = lineEnd - 1;
        while (close > start && text[close] is ' ' or '\t' or '\r') close--;
        if (close <= start || text[close] is not ('"' or '\u201D')) return null;
        var body = close;
        if (text[body - 1] == '.') body--;
        if (body - start is < 3 or > 90 || !char.IsUpper(text[start]) || text.AsSpan(start, body - start).IndexOfAny('"', '\u201C', '\u201D') >= 0) return null;
        var comma = text.IndexOf(',', start, body - start);
        var nameEnd = comma < 0 ? body : comma;
        if (text.AsSpan(start, nameEnd - start).Count(' ') > 5) return null;
        // The name part is a name, ending where a person's or a body's name ends: not "Ola Brandt said so."
        var mention = entities.Within(start, nameEnd).LastOrDefault(m => entities[m.EntityId]?.Type is EntityType.Person or EntityType.Institution);
        if (mention is null || mention.End != nameEnd) return null;
        return new Candidate(close, close + 1, q.Span.Start, end, new Speaker([mention.EntityId], Span.Of(text, mention.Start, mention.End)), 0.8, null);
    }

    private static bool StartsLine(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] == '\n';
    }

    private static Speaker SpeakerAt(string text, ResolvedEntities entities, int start, int end)
    {
        var mention = entities.Within(start, end).FirstOrDefault(m => entities[m.EntityId]?.Type is EntityType.Person or EntityType.Institution or EntityType.Country);
        // A capitalised surname alone ("PENCE") is the person named in full earlier.
        mention ??= entities.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Name && entities[m.EntityId]?.Type == EntityType.Person
            && entities[m.EntityId]!.Name.Split(' ').Any(w => string.Equals(w, text[start..end], StringComparison.OrdinalIgnoreCase)));
        return mention is null
            ? new Speaker([], Span.Of(text, start, end))
            : new Speaker([mention.EntityId], Span.Of(text, start, end));
    }

    /// <summary>
    /// Keeps the best-scoring reading where two overlap: content spans that overlap, or a cue that lies inside
    /// another claim's content (the outer claim is what was said; the inner cue is part of it). Claims already
    /// <paramref name="kept"/> stay.
    /// </summary>
    private static List<Candidate> Select(List<Candidate> candidates, List<Candidate> kept, string? text = null)
    {
        kept = [.. kept];
        // Annotated news never nests attributions, and where two readings nest it keeps the outer one: what
        // was said includes the inner cue ("X said that Y believes Z").
        // A reading that holds a whole other reading which itself holds a cue is two levels out, and outranks
        // the middle one: "Most said they doubt it, according to a poll" is the poll's, not the share's.
        bool Holds(Candidate c, Candidate o) => o != c && c.ContentStart <= o.CueStart && o.CueEnd <= c.ContentEnd;
        bool Whole(Candidate c, Candidate o) => Holds(c, o) && c.ContentStart <= o.ContentStart && o.ContentEnd <= c.ContentEnd;
        // A weaker cue whose content runs on over a named speaker's own quoted frame ("... who backed the bill
        // that Mayor Ruiz said, “...”") is not the outer reading of it: the quote is the named speaker's.
        // (A reporting verb still holds it: "Lee reported that Ruiz said, “...”", "according to Lee, Ruiz said, “...”".)
        bool Outranks(Candidate c, Candidate o) => Holds(c, o) && !(text is not null && NamedQuoteFrame(text, o) && CueWord(text, c) is var w
            && !CueLexicon.Speech.Contains(w) && !w.Equals("according", StringComparison.OrdinalIgnoreCase) && CueLexicon.Prior(w) < CueLexicon.Prior(CueWord(text, o)));
        double Rank(Candidate c) => c.Score + (candidates.Any(o => Outranks(c, o)) ? OuterBonus : 0)
            + (candidates.Any(o => Whole(c, o) && candidates.Any(x => x != c && Holds(o, x))) ? OuterBonus : 0);
        // A report of speech in a relative clause inside the content, with its own speaker ("voters who say the
        // same", "a plan that the mayor said would fail") is an attribution of its own as well: the annotations
        // take it as one in 17 of 34 such pairs in train (11 of them keeping the outer reading too). ("that" or
        // "which" as the speaker is mostly a document, "a memo that said ...", whose quote is the outer speaker's.)
        bool Nests(Candidate c, Candidate o) => text is not null && Holds(c, o) && c.CueEnd <= o.CueStart
            && CueWord(text, o).ToLowerInvariant() is "said" or "says" or "say"
            && o.Speaker.Mention is { } im && im.Start >= c.CueEnd && !(c.Speaker.Mention is { } cm && cm.Start == im.Start)
            && (im.Text.Equals("who", StringComparison.OrdinalIgnoreCase)
                || text.AsSpan(0, im.Start).TrimEnd() is var before && (before.EndsWith(" that") || before.EndsWith(" which") || before.EndsWith(" who")))
            // (Not a plain "said that" clause, "said that Ruiz says ...": a noun must come before the relative word.
            // A relative clause on the reported clause's subject, "said the plan that Ruiz said would fail had
            // worked", still gives the inner reading too long a content; requiring a verb before it cost more on
            // train than it saved.)
            && WordBetween(text, c.CueEnd, im.Text.Equals("who", StringComparison.OrdinalIgnoreCase) ? im.Start : text.LastIndexOf(' ', im.Start - 2) + 1);
        foreach (var c in candidates.Where(c => c.Score >= MinScore).OrderByDescending(Rank).ThenBy(c => c.ContentStart))
        {
            var clash = kept.Any(k => !k.FrameHolds(c) && !c.FrameHolds(k) && !Nests(k, c) && !Nests(c, k) && (
                k.ContentStart < c.ContentEnd && c.ContentStart < k.ContentEnd
                || k.ContentStart <= c.CueStart && c.CueEnd <= k.ContentEnd
                || c.ContentStart <= k.CueStart && k.CueEnd <= c.ContentEnd));
            if (!clash) kept.Add(c);
        }
        return kept;
    }

    /// <summary>Whether a word other than "that" stands between two offsets.</summary>
    private static bool WordBetween(string text, int from, int to)
    {
        if (to <= from) return false;
        foreach (var word in text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word.Any(char.IsLetter) && word is not ("that" or "That")) return true;
        return false;
    }

    /// <summary>The first word of a candidate's cue.</summary>
    /// <summary>Cues that ask for or promise something rather than report it: "urged", "pledged", "demanded", "called for".</summary>
    private static bool IsDirectiveOrPledge(string cue) => cue.ToLowerInvariant() is "urged" or "urges" or "pledged" or "pledges" or "promised"
        or "promises" or "vowed" or "vows" or "demanded" or "demands" or "asked" or "asks" or "called" or "calls";

    private static string CueWord(string text, Candidate c)
    {
        var cue = text.AsSpan(c.CueStart, c.CueEnd - c.CueStart);
        var space = cue.IndexOf(' ');
        return (space > 0 ? cue[..space] : cue).ToString();
    }

    /// <summary>
    /// "Mayor Ana Ruiz said, “...”": a speaker named before the cue, and a quote opening right after it (past a
    /// comma or colon) as the content.
    /// </summary>
    private static bool NamedQuoteFrame(string text, Candidate o)
    {
        if (o.Speaker.Mention is not { } m || m.End > o.CueStart || m.Text.Length == 0 || !char.IsUpper(m.Text[0])
            || CueLexicon.Pronouns.Contains(m.Text) || o.ContentStart < o.CueEnd || o.ContentStart >= text.Length || !Tokenizer.IsQuote(text[o.ContentStart])) return false;
        var gap = text.AsSpan(o.CueEnd, o.ContentStart - o.CueEnd).Trim();
        return gap.IsEmpty || gap is "," or ":";
    }

    /// <summary>
    /// Whether three words or more follow the content's last closing quotation mark: '"false" and "desperate" US
    /// tabloids' opens with a quoted phrase but is the writer's paraphrase, not a direct quote.
    /// </summary>
    private static bool WordsAfterLastClose(string content)
    {
        for (var i = content.Length - 1; i > 0; i--)
        {
            if (content[i] is not ('"' or '\u201D') || char.IsWhiteSpace(content[i - 1])) continue;
            if (i + 1 < content.Length && char.IsLetterOrDigit(content[i + 1])) continue;
            var words = 0;
            var inWord = false;
            for (var j = i + 1; j < content.Length; j++)
            {
                // A quote opening after it ('"...," Ruiz said. "...') goes on quoting.
                if (content[j] is '"' or '\u201C' && char.IsWhiteSpace(content[j - 1])) return false;
                var letter = char.IsLetterOrDigit(content[j]);
                if (letter && !inWord) words++;
                inWord = letter;
            }
            return words >= 3;
        }
        return false;
    }

    private static Claim Make(string text, string articleId, Candidate c, ResolvedEntities entities, SpeakerResolver resolver)
    {
        var content = Span.Of(text, c.ContentStart, c.ContentEnd);
        var speaker = c.Speaker;
        // "The government said those returned to Zimbabwe would be safe": a country that the words of "the government"
        // are about is as likely the other state; the article's country is not taken then.
        // Not the frame inside a quote ("“...,” Vince Cable told BBC News. “...”"): what was said is about those it names.
        // (Pronouns read as a person's count too: "Lund said he was wrong" is about the "he".)
        bool InFrame(ResolvedMention m) => c.Frame.End > c.Frame.Start && m.Start >= c.Frame.Start && m.End <= c.Frame.End;
        var named = entities.Within(content.Start, content.End)
            .Concat(resolver.ExtraMentions.Where(m => m.Start >= content.Start && m.End <= content.End))
            .Where(m => !InFrame(m))
            .OrderBy(m => m.Start).Select(m => m.EntityId).ToList();
        // (Named, not a pronoun: "the government announced it would audit idle estates" is the government on itself.)
        if (speaker is { Ids: [var only], Mention: { } gm } && only.StartsWith("country:", StringComparison.Ordinal)
            && gm.Text.ToLowerInvariant() is "the government" or "the authorities"
            && entities.Within(content.Start, content.End).Any(m => m.EntityId == only && m.Kind != MentionKind.Pronoun && !InFrame(m)))
            speaker = speaker with { Ids = [] };
        // "said both countries would pool their records": about each of the pair, as "both sides said" speaks for each.
        var about = named
            .Concat(speaker.Ids.Count > 1 ? [] : resolver.PairsNamedIn(content.Start, content.End))
            .Where(id => !speaker.Ids.Contains(id)).Distinct().ToList();
        var direct = (content.Text.Length > 0 && Tokenizer.IsQuote(content.Text[0]) && content.Text[0] is not ('\'' or '\u2019' or '\u2018')
                      || content.Text.StartsWith("''", StringComparison.Ordinal))
                     && !WordsAfterLastClose(content.Text);
        var cue = Span.Of(text, NegatedCueStart(text, c.CueStart, c.ContentEnd <= c.CueStart ? c.ContentEnd : speaker.Mention?.End ?? 0), c.CueEnd);
        return new Claim
        {
            Id = GraphIds.Claim(articleId, content),
            Speaker = speaker.Ids.FirstOrDefault(),
            Speakers = speaker.Ids,
            SpeakerMention = speaker.Mention,
            Cue = cue,
            Content = content,
            Frame = FrameSpan(text, c.Frame, content),
            Direct = direct,
            Kind = CueLexicon.KindOf(cue.Text, direct, hasSource: speaker.Ids.Count > 0 || speaker.Mention is not null),
            About = about,
            Audience = c.Audience,
            Confidence = Math.Round(speaker.Ids.Count == 0 ? Math.Min(c.Score, 0.5) : Math.Min(c.Score, 0.95), 2),
        };
    }

    /// <summary>The frame inside a split quote's content, without the spaces around it; null when there is none.</summary>
    private static Span? FrameSpan(string text, (int Start, int End) frame, Span content)
    {
        var (start, end) = frame;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start && start > content.Start && end < content.End ? Span.Of(text, start, end) : null;
    }

    private static readonly System.Text.RegularExpressions.Regex NegationBefore = new(
        @"(?:\b(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can|should|may|might|must)\s+(?:not|never)|\b[A-Za-z]+n[’']t|\bnever)\s+$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// The cue takes in a negation right before it ("did not believe", "never said", "doesn't think"), so the edge an
    /// analyst reads does not state the opposite of what the text says; never reaching back past
    /// <paramref name="floor"/> (the speaker's mention, or content before the cue).
    /// </summary>
    private static int NegatedCueStart(string text, int cueStart, int floor)
    {
        var from = Math.Max(floor, cueStart - 24);
        if (from >= cueStart) return cueStart;
        var m = NegationBefore.Match(text, from, cueStart - from);
        return m.Success ? m.Index : cueStart;
    }

    /// <summary>Reads the frames of one sentence.</summary>
    private sealed class SentenceReader(string text, IReadOnlyList<Sentence> sentences, int index, IReadOnlyList<QuoteSpan> quotes, SpeakerResolver resolver)
    {
        private readonly Sentence sentence = sentences[index];
        private IReadOnlyList<Token> Toks => sentence.Tokens;
        private Speaker? lastSpeaker;
        /// <summary>The content of the claim <see cref="lastSpeaker"/> made.</summary>
        private (int Start, int End) lastContent;
        /// <summary>A second claim a frame produced (the second half of a quote split by a long frame).</summary>
        private readonly List<Candidate> pending = [];

        public List<Candidate> Read()
        {
            var found = new List<Candidate>();
            var toks = Toks;
            if (Headline() is { } headline) found.Add(headline);
            for (var i = 0; i < toks.Count; i++)
            {
                var t = toks[i];
                if (!t.IsWord || QuoteFinder.Containing(quotes, t.Start) is not null) continue;
                Candidate? c;
                if (t.Text.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < toks.Count && toks[i + 1].Text == "to")
                    c = AccordingTo(i);
                else if (t.Text is "Asked" or "asked" && AskedFrame(i) is { } asked)
                    c = asked;
                else if (t.Text is "put" && i + 1 < toks.Count && toks[i + 1].Text is "it" && AsPutIt(i) is { } putIt)
                    c = putIt;
                else if (t.Text is "quoted" && QuotedAsSaying(i) is { } relayed)
                    c = relayed;
                else if (ImpersonalPassive(i) is { } impersonal)
                    c = impersonal;
                else
                {
                    // "Criticizing the levy, Ruiz said ...": a participle opening the sentence is its subject's.
                    if (char.IsUpper(t.Text[0]) && OpeningParticiple(i) is { } opening)
                    {
                        found.Add(opening);
                        continue;
                    }
                    // Cues are verbs in running text: lower case ("States" is a name, not "states"), except in a
                    // headline written in title case ("Rubio Says He Will Stay In The Race").
                    if (!char.IsLower(t.Text[0]) && !(i > 0 && IsTitleCaseLine())) continue;
                    // An adverb is never the cue itself ("reportedly", "repeatedly").
                    if (t.Text.EndsWith("ly", StringComparison.Ordinal) && t.Text.Length > 4) continue;
                    var prior = CueLexicon.Prior(t.Text);
                    // "called off the strike", "saw off the champion", "showed off the new ferry": with "off" the verb means
                    // something else (1 of the 7 in PolNeAR train is annotated as an attribution; "brushed off" is, 3 of 3).
                    if (i + 1 < toks.Count && toks[i + 1].Text is "off" && t.Text.ToLowerInvariant() is "call" or "calls" or "called" or "calling"
                        or "see" or "sees" or "saw" or "seen" or "seeing" or "show" or "shows" or "showed" or "shown" or "showing") continue;
                    // "looking at a loss", "knocked out of the cup", "passed away", "his shot was charged down": with
                    // these particles the verb means something else (PolNeAR train: "looking at" 0 of 22 annotated as
                    // an attribution, "knock out/down" 0 of 6, "passed away" 0 of 3).
                    if (i + 1 < toks.Count && (t.Text.ToLowerInvariant(), toks[i + 1].Text) is ("looking", "at")
                        or ("knocked" or "knock" or "knocks" or "knocking", "out" or "down")
                        or ("passed" or "pass" or "passes" or "passing", "away") or ("charged", "down")) continue;
                    // "a think tank": a noun, not a verb of thinking.
                    if (i + 1 < toks.Count && t.Text is "think" && toks[i + 1].Text is "tank" or "tanks" or "piece" or "pieces") continue;
                    // "Analysts note that ...", "they note the fee ...": after a plural subject "note" is the verb of
                    // "notes"; elsewhere it is mostly a noun ("Editor’s note:", "a note to staff").
                    // ("The earnings note said ...": a noun before a verb of its own.)
                    if (prior < MinPrior && t.Text is "note" && i > 0 && IsPluralSubjectEnd(i - 1)
                        && !(i + 1 < toks.Count && (IsFiniteVerb(toks[i + 1].Text) || CueLexicon.Speech.Contains(toks[i + 1].Text)))) prior = CueLexicon.Prior("notes");
                    // "cast the mayor as a “spoiler”", "portrays the levy as ...": a verb of depicting with an object
                    // and "as" presents its subject's view of the object (about two in three such frames are annotated in train).
                    if (prior < 0.5 && IsDepictingVerb(t.Text) && DepictedAs(i)) prior = 0.5;
                    // "made it clear ...", "points out ...": a phrase that is a cue where its first word is not.
                    if (prior < MinPrior && PhraseCueEnd(i, out var phrasePrior) > i) prior = phrasePrior;
                    // ", joking that ...": a participle set off by a comma and taking a "that" clause reports one; so does
                    // one after a preposition of time or means ("after hinting that ...", "by suggesting that ..."), but not
                    // one for what someone came to know ("after learning that ...").
                    if (prior < MinPrior && i > 0 && i + 1 < toks.Count && toks[i + 1].Text is "that" && IsCommentParticiple(t)
                        && (toks[i - 1].Text is "," || toks[i - 1].Text is "after" or "before" or "while" or "by" or "upon" && !IsLearning(t.Text))) prior = MinPrior;
                    if (prior < MinPrior) continue;
                    // "four men accused of doping athletes", "users suspected of sharing music": a participle describing the
                    // people before it, who are the accused, not a source; nothing is attributed to anyone named.
                    // (Not when another cue follows in the sentence, whose speaker search would stop at the participle's object.)
                    if (t.Text is "accused" or "suspected" or "charged" or "convicted" && i + 1 < toks.Count && toks[i + 1].Text is "of" && ReducedRelative(i, mayBeMainVerb: false) && !CueAfter(i + 2)) continue;
                    // "three divers believed to be behind the thefts": what is believed of them, by nobody named (not "Ruiz said to
                    // the crowd": "to be" or "to have" follows).
                    if (t.Text is "believed" or "thought" or "said" or "known" or "reported" or "alleged" or "rumoured" or "rumored" or "understood"
                        && i + 2 < toks.Count && toks[i + 1].Text is "to" && toks[i + 2].Text is "be" or "have" && ReducedRelative(i) && !CueAfter(i + 3)
                        && Raising(i, prior - 0.1, passive: true) is { } reduced)
                    {
                        found.Add(reduced);
                        continue;
                    }
                    if (IsPassive(i))
                    {
                        // "She was asked about the protests", "the deal was announced": nobody is named as the source.
                        if (Raising(i, prior - 0.1, passive: true) is { } passive)
                        {
                            found.Add(passive);
                            continue;
                        }
                    }
                    if (TriedToDepict(i, prior) is { } tried)
                    {
                        found.Add(tried);
                        resolver.Spoke(tried.Speaker, tried.CueStart);
                        continue;
                    }
                    if (!IsVerbUse(i))
                    {
                        // "his claim that ...", "Trump's call for ...": a noun cue with its possessor as the source.
                        if (PossessedCue(i, prior) is { } noun)
                        {
                            found.Add(noun);
                            resolver.Spoke(noun.Speaker, noun.CueStart);
                        }
                        else if (CrowdNoise(i, prior) is { } noise) found.Add(noise);
                        continue;
                    }
                    // ("Ruiz had expected a better result", "we've known for years that ...", "he expected me to ...": active,
                    // with the subject the source; "a ruling expected in May", "a firm known for ..." are not.)
                    var active = t.Text is "expected" or "known" && ActiveAfterSubject(i);
                    // ("Ruiz has known Beck for years" is acquaintance; only knowing that something is so is a claim.)
                    if (active && t.Text is "known" && !ThatSoon(i)) c = null;
                    else if (RaisingVerbs.Contains(t.Text) && !active) c = Raising(i, prior);
                    else c = ContentFirst(i, prior) ?? SpeakerFirst(i, prior);
                }
                if (c is null) continue;
                var before = c.Speaker;
                c = c with { Speaker = resolver.NotNamedInContent(c.Speaker, c.ContentStart, c.ContentEnd, c.Frame) };
                // The other half of a quote split by its frame has the same speaker.
                if (!ReferenceEquals(before, c.Speaker))
                    for (var pi = 0; pi < pending.Count; pi++)
                        if (ReferenceEquals(pending[pi].Speaker, before)) pending[pi] = pending[pi] with { Speaker = c.Speaker };
                // A cue inside an earlier claim's content is part of what was said: its speaker is not the sentence's.
                var nested = InsideContent(found, c);
                found.Add(c);
                found.AddRange(pending);
                pending.Clear();
                // A reading too weak to be kept ("In a note released on Friday, ...") names nobody for the participles after it.
                if (!nested && c.Score >= MinScore && (c.Speaker.Ids.Count > 0 || c.Speaker.Mention is not null))
                    (lastSpeaker, lastContent) = (c.Speaker, (c.ContentStart, c.ContentEnd));
                // Someone quoted inside another's words did not take the floor: "she" after "Ann replied that Eva
                // had said so, but, she said, ..." is still Ann.
                if (!nested) resolver.Spoke(c.Speaker, c.CueStart);
            }
            return found;
        }

        /// <summary>
        /// "Reuters quoted a trader as saying ...", "“...,” the paper quoted Ana Ruiz as saying.", "Ruiz was quoted (by
        /// the Courier) as saying that ...": the one quoted, when named, is the speaker, not the outlet that relays
        /// the words. What was said is what follows "as saying", or else what opens the sentence before the frame.
        /// </summary>
        private Candidate? QuotedAsSaying(int i)
        {
            var toks = Toks;
            var asAt = -1;
            for (var j = i + 1; j + 1 < toks.Count && j < i + 14; j++)
            {
                if (toks[j].Text is "as" && toks[j + 1].Text is "saying") { asAt = j; break; }
                if (toks[j].Kind == TokenKind.Quote || toks[j].Text is ";" or ":" or "that" or "," || CueLexicon.Speech.Contains(toks[j].Text)) return null;
            }
            if (asAt < 0) return null;
            var passive = i > 0 && toks[i - 1].Text is "was" or "is" or "were" or "are" or "been" or "being" or "be";
            Phrase? who;
            int frameStart;
            if (passive)
            {
                who = SpeakerPhrases.Before(toks, i - 1);
                frameStart = who?.First ?? i - 1;
                // "The aid commissioner, Ana Ruiz, is quoted as saying ...": before a name in apposition stands
                // the rest of the subject, not words quoted (those are in quotation marks).
                if (frameStart > 0 && !toks.Take(frameStart).Any(t => t.Kind == TokenKind.Quote)) frameStart = 0;
            }
            else
            {
                who = SpeakerPhrases.After(toks, i + 1);
                if (who is { } w && w.Last >= asAt) return null;
                frameStart = SpeakerPhrases.Before(toks, i)?.First ?? i;
            }
            // An unnamed one ("a trader", "one of her advisers", "an American witness") stays the outlet's report:
            // the outlet is who the text makes answerable for the words. (In the passive there is no outlet to keep.)
            if (who is not { } speaker || !passive && !(speaker.Kind == PhraseKind.Pronoun
                || speaker.Kind == PhraseKind.Name && char.IsUpper(toks[speaker.Last].Text[0]) && !SpeakerPhrases.IsDeterminer(toks[speaker.First].Text))) return null;
            var k = asAt + 2;
            if (k < toks.Count && toks[k].Text is "that") k++;
            int start, end;
            if (frameStart > 0)
            {
                // The words open the sentence, a quote perhaps begun in a sentence before it.
                var last = frameStart - 1;
                while (last > 0 && toks[last].Text is "," || last > 0 && Dashes.IsLong(toks[last].Text)) last--;
                // ("“...,” the chairman of Nordbank, Ana Ruiz, is quoted as saying": the quote, not the apposition's head.)
                for (var q = last; q > 0; q--)
                    if (toks[q].Kind == TokenKind.Quote && IsClosingQuote(q)) { last = q; break; }
                start = QuoteFinder.Containing(quotes, toks[0].Start)?.Span.Start ?? toks[0].Start;
                end = toks[last].End;
            }
            else
            {
                if (k > LastContentToken()) return null;
                start = toks[k].Start;
                end = toks[LastContentToken()].End;
            }
            if (WordsIn(start, end) < 2) return null;
            return new Candidate(toks[i].Start, toks[i].End, start, end, resolver.Resolve(toks, speaker), 0.8, null);
        }

        // Whether a candidate's cue lies inside the content of one found before it.
        private static bool InsideContent(List<Candidate> found, Candidate c)
        {
            foreach (var o in found)
                if (o.ContentStart <= c.CueStart && c.CueEnd <= o.ContentEnd) return true;
            return false;
        }

        /// <summary>
        /// The participle at <paramref name="i"/> follows a noun it describes, with no auxiliary or subject pronoun
        /// before it ("men accused of", "a skipper known to be"): a reduced passive relative clause.
        /// </summary>
        private bool ReducedRelative(int i, bool mayBeMainVerb = true)
        {
            var toks = Toks;
            if (i < 1 || !toks[i - 1].IsWord) return false;
            var prev = toks[i - 1].Text.ToLowerInvariant();
            if (SpeakerPhrases.IsAdverbial(toks[i - 1]) || CueLexicon.Pronouns.Contains(prev) || prev is "who" or "which" or "that" or "and" or "or" or "but"
                || prev.EndsWith("ly", StringComparison.Ordinal)) return false;
            // ("what many voters believed to be a blunder": the subject of a clause opened by "what", active; so is a
            // noun phrase right after another noun, "the man the police believed to be ...".)
            if (SpeakerPhrases.EndingAt(toks, i - 1, false) is not { Kind: PhraseKind.Name or PhraseKind.Nominal } p
                || p.First > 0 && toks[p.First - 1].Text.ToLowerInvariant() is "what" or "which" or "that" or "whom" or "whatever"
                || p.First > 0 && NounAt(p.First - 1) && SpeakerPhrases.EndingAt(toks, p.First - 1, false) is { Kind: PhraseKind.Name or PhraseKind.Nominal }) return false;
            // The participle describes an object ("police arrested two men believed ...", "fined skippers accused of") or a
            // subject whose own verb comes later ("Two men accused of theft were freed"); else it is the main verb
            // ("The coach said to be patient").
            // ("accused of" cannot be the main verb's active use: it has no object.)
            return !mayBeMainVerb || p.First > 0 && toks[p.First - 1].IsWord && char.IsLower(toks[p.First - 1].Text[0])
                || Enumerable.Range(i + 1, Math.Max(0, toks.Count - i - 1)).Any(x => toks[x].IsWord && char.IsLower(toks[x].Text[0]) && IsFiniteVerb(toks[x].Text));
        }

        /// <summary>The word at <paramref name="i"/> can end a noun phrase: not a verb form, a function word or a cue.</summary>
        private bool NounAt(int i)
        {
            var w = Toks[i];
            if (!w.IsWord) return false;
            // (A capitalised word opening the sentence is most often a preposition or an article: "Among ...".)
            if (char.IsUpper(w.Text[0])) return i > 0 && !SpeakerPhrases.IsBoundary(w.Text) && !SpeakerPhrases.IsBoundary(w.Text.ToLowerInvariant());
            return !IsFiniteVerb(w.Text) && !w.Text.EndsWith("ed", StringComparison.Ordinal) && !w.Text.EndsWith("ing", StringComparison.Ordinal)
                && !SpeakerPhrases.IsBoundary(w.Text) && !SpeakerPhrases.IsAdverbial(w) && CueLexicon.Prior(w.Text) < 0.5;
        }

        /// <summary>A verb of saying (a cue in lower case) from <paramref name="from"/> to the sentence's end, outside quotes.</summary>
        private bool CueAfter(int from) =>
            Enumerable.Range(from, Math.Max(0, Toks.Count - from)).Any(x => Toks[x].IsWord && char.IsLower(Toks[x].Text[0]) && CueLexicon.Prior(Toks[x].Text) >= 0.5
                && QuoteFinder.Containing(quotes, Toks[x].Start) is null);

        /// <summary>
        /// The words from <paramref name="from"/> up to <paramref name="bodyFirst"/> are a role and its link to a body
        /// ("spokeswoman for the", "deputy director of", "a lawyer at"): lower-case words, the last of them "for", "of",
        /// "at" or "with" (and an article after it), no verb, comma or quote, at most eight words.
        /// </summary>
        private bool RoleApposition(int from, int bodyFirst)
        {
            var toks = Toks;
            var link = bodyFirst - 1;
            if (link >= 0 && toks[link].Text is "the" or "a" or "an") link--;
            if (link <= from || link - from > 8 || toks[link].Text is not ("for" or "of" or "at" or "with")) return false;
            for (var k = from; k < link; k++)
                if (!toks[k].IsWord || !char.IsLower(toks[k].Text[0]) && !(k == from && SpeakerPhrases.IsDeterminer(toks[k].Text))
                    || IsFiniteVerb(toks[k].Text) || CueLexicon.Prior(toks[k].Text) >= 0.5 || toks[k].Text is "and" or "or") return false;
            return true;
        }

        /// <summary>"was asked", "is seen as", "were told": a passive with no agent ("by ...") after it.</summary>
        private bool IsPassive(int i)
        {
            var toks = Toks;
            if (i < 1 || !toks[i].Text.EndsWith("ed", StringComparison.Ordinal) && toks[i].Text is not ("told" or "seen" or "known" or "said" or "thought" or "shown" or "written"))
                return false;
            var j = i - 1;
            while (j >= 0 && SpeakerPhrases.IsAdverbial(toks[j]) && toks[j].Text.ToLowerInvariant() is not ("was" or "were" or "is" or "are" or "been" or "be")) j--;
            if (j < 0 || toks[j].Text.ToLowerInvariant() is not ("was" or "were" or "is" or "are" or "been" or "be" or "being")) return false;
            if (RaisingVerbs.Contains(toks[i].Text) || StanceStates.Contains(toks[i].Text)) return false;
            // ("was seen by", "is opposed by": a participle describing; but a verb of judging or reporting keeps its agent
            // as the speaker: "was criticised by the union", "was reported by the Courier".)
            return !(i + 1 < toks.Count && toks[i + 1].Text is "by") || PassiveSpeechVerbs.Contains(toks[i].Text);
        }

        /// <summary>
        /// Verbs of saying whose passive with "by" names who said it ("was denied by the ministry"); not verbs that in the
        /// passive mostly mean something else ("was answered by a nurse", "were recalled by the maker", "was informed by").
        /// </summary>
        private static readonly FrozenSet<string> PassiveSpeechVerbs = new[]
        {
            "criticised", "criticized", "condemned", "denied", "confirmed", "reported", "announced", "accused", "praised",
            "dismissed", "rejected", "questioned", "challenged", "disputed", "attacked", "blamed", "slammed", "hailed",
            "endorsed", "defended", "alleged", "claimed", "disclosed", "revealed", "stated", "described", "mocked", "ridiculed",
            "welcomed", "applauded", "denounced", "lambasted", "branded",
        }.ToFrozenSet(StringComparer.Ordinal);

        private bool? titleCase;

        /// <summary>A headline in title case: most of its words (and not only names) start with a capital.</summary>
        private bool IsTitleCaseLine()
        {
            if (titleCase is { } known) return known;
            var words = Toks.Where(t => t.IsWord && t.Text.Length > 3).ToList();
            titleCase = words.Count >= 3 && words.Count(t => char.IsUpper(t.Text[0])) >= 0.8 * words.Count
                        && Toks.Count < 30 && (sentence.Start == 0 || text[sentence.Start - 1] == '\n');
            return titleCase.Value;
        }

        private bool IsPluralPossessive(int i) => SpeakerPhrases.IsPluralPossessive(Toks, i);

        private static bool IsDepictingVerb(string w) => w.ToLowerInvariant() is "cast" or "casts" or "casting" or "portray" or "portrays" or "portrayed" or "portraying"
            or "paint" or "paints" or "painted" or "painting" or "frame" or "frames" or "framed" or "framing" or "characterize" or "characterizes" or "characterized"
            or "characterizing" or "characterise" or "characterises" or "characterised" or "characterising" or "depict" or "depicts" or "depicted" or "depicting"
            or "pitch" or "pitches" or "pitched" or "pitching" or "position" or "positions" or "positioned" or "positioning"
            or "tout" or "touts" or "touted" or "touting" or "hail" or "hails" or "hailed" or "hailing" or "rank" or "ranks" or "ranked" or "ranking"
            or "regard" or "regards" or "regarded" or "postured" or "brand" or "brands" or "branded" or "branding"
            or "label" or "labels" or "labeled" or "labelled" or "labeling" or "labelling";

        /// <summary>"portrayed her rival as ...": one to eight words of object, then "as" starting a description (not "as he spoke", "as well").</summary>
        private bool DepictedAs(int v)
        {
            var toks = Toks;
            // "the party's position by ...": a preposition right after the word shows it is a noun, with no object.
            if (v + 1 >= toks.Count || toks[v + 1].Text is "by" or "in" or "on" or "at" or "for" or "with" or "from" or "to" or "into" or "of") return false;
            // "the film's cast includes ...", "the band's label signed ...", "heavy hail battered ...": a noun, not a verb.
            if (v > 0 && (toks[v - 1].Text is "'s" or "\u2019s" || SpeakerPhrases.IsDeterminer(toks[v - 1].Text) || char.IsUpper(toks[v - 1].Text[0]) && v - 1 == 0)) return false;
            for (var j = v + 2; j <= v + 9 && j + 1 < toks.Count; j++)
            {
                var w = toks[j - 1];
                if (!w.IsWord || w.Text is "that" or "which" or "who" || char.IsLower(w.Text[0]) && (CueLexicon.Prior(w.Text) >= 0.5 || IsFiniteVerb(w.Text))) return false;
                if (toks[j].Text is not "as") continue;
                var next = toks[j + 1].Text.ToLowerInvariant();
                return (toks[j + 1].Kind == TokenKind.Quote || toks[j + 1].IsWord && next is not ("well" or "much" or "soon" or "long" or "if" or "though" or "of" or "to" or "far" or "many")
                       && !CueLexicon.Pronouns.Contains(next)) && !AsOpensClause(j);
            }
            return false;
        }

        /// <summary>
        /// "as" opening a clause of time ("as the polls opened", "as the deadline nears", "as farmers watched"), not a
        /// description: a verb follows within a few words.
        /// </summary>
        private bool AsOpensClause(int asIndex)
        {
            var toks = Toks;
            for (var j = asIndex + 1; j < toks.Count && j <= asIndex + 4; j++)
            {
                var w = toks[j];
                if (!w.IsWord) return false;
                var lower = w.Text.ToLowerInvariant();
                if (IsFiniteVerb(lower) || lower is "watched" or "began" or "grew" or "rose" or "fell" or "came" or "went") return true;
                // "as the shoot nears": a determiner, a noun and a verb in -s.
                if (j == asIndex + 3 && SpeakerPhrases.IsDeterminer(toks[asIndex + 1].Text) && char.IsLower(lower[0]) && lower.Length > 3
                    && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>
        /// "Ana Ruiz tried to cast the levy as ...", "an effort to portray her as ...": the one who tries depicts. A
        /// depicting verb after "to" is no verb use of its own, so the trying word's subject is found for it.
        /// </summary>
        private Candidate? TriedToDepict(int cue, double prior)
        {
            var toks = Toks;
            if (cue < 3 || toks[cue - 1].Text is not "to" || !IsDepictingVerb(toks[cue].Text) || !DepictedAs(cue)) return null;
            var v = cue - 2;
            if (toks[v].Text.ToLowerInvariant() is not ("try" or "tries" or "tried" or "trying" or "seek" or "seeks" or "sought" or "seeking" or "attempt" or "attempts"
                or "attempted" or "attempting" or "effort" or "efforts" or "continue" or "continues" or "continued" or "continuing" or "started" or "began" or "quick" or "careful")) return null;
            var speaker = SubjectOfVerb(v);
            if (speaker is null) return null;
            var end = toks[ClauseEnd(cue + 1)].End;
            return new Candidate(toks[cue].Start, toks[cue].End, toks[cue + 1].Start, end, speaker, prior, null);
        }

        /// <summary>"they", "we", "analysts": a word that can end a plural subject (lower case, so not "Treasury").</summary>
        private bool IsPluralSubjectEnd(int i)
        {
            var w = Toks[i].Text;
            return w.ToLowerInvariant() is "they" or "we" or "i" or "you"
                   || Toks[i].IsWord && char.IsLower(w[0]) && w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !IsPluralPossessive(i);
        }

        /// <summary>A cue word used as a verb: not after a determiner ("the call"), not an infinitive after another cue.</summary>
        private bool IsVerbUse(int i)
        {
            var toks = Toks;
            if (i == 0) return char.IsLower(toks[i].Text[0]);
            var prev = toks[i - 1].Text;
            if (SpeakerPhrases.IsDeterminer(prev) && prev.ToLowerInvariant() is not ("many" or "some" or "both" or "most" or "all" or "few" or "several" or "another" or "one")
                // "two in three said": a share of people polled, not "the three calls".
                && !(i >= 3 && toks[i - 2].Text is "in" or "of" && prev.ToLowerInvariant() is "two" or "three" or "four" or "five")
                // "the two said", "all five agree": the number stands for the people counted. (A verb after a plural
                // group takes no "-s": "the two claims", "the four states" are plural nouns.)
                && !(i >= 2 && SpeakerPhrases.IsCountedGroup(toks, i - 1) && !toks[i].Text.EndsWith('s'))) return false;
            // "the mayor's claim that ..." is a noun, but "she's claiming that ..." is "she is": a pronoun has no possessive "'s".
            if (prev is "'s" or "\u2019s" && i + 1 < toks.Count && toks[i + 1].Text is "that" && !(i >= 2 && CueLexicon.Pronouns.Contains(toks[i - 2].Text))) return false;
            // "the rowers' plans for ...": after a plural possessive the cue is a noun (the tokenizer makes that mark a word).
            if (IsPluralPossessive(i - 1)) return false;
            // "the mayor's most radical claim is that ...", "her repeated claims that ...": a possessor and one or two
            // adjectives make the cue a noun. ("Ruiz's long claimed ..." is "has": only an adjective's shape counts.)
            if (IsAdjectiveLike(toks[i - 1]) && IsNounShapedCue(toks[i].Text) && i + 1 < toks.Count && toks[i + 1].Text is "that" or "is" or "was" or "to" or "of" or "for")
            {
                var m = i - 1;
                while (m > 0 && i - 1 - m < 2 && IsAdjectiveLike(toks[m])) m--;
                if (toks[m].Text is "his" or "her" or "their" or "His" or "Her" or "Their" || IsPluralPossessive(m)
                    || toks[m].Text is "'s" or "\u2019s" && m > 0 && !CueLexicon.Pronouns.Contains(toks[m - 1].Text)) return false;
            }
            // "EU member states": a noun (not "a committee member states that ...").
            if (prev is "member" && toks[i].Text is "states" && !(i + 1 < toks.Count && toks[i + 1].Text is "that")
                && !(i >= 2 && toks[i - 2].Text.ToLowerInvariant() is "a" or "an" or "one" or "each" or "every")) return false;
            // "best supporting actress", "the worst-performing ...": after "best" or "worst" a word in "-ing"
            // describes the noun after it.
            if (prev is "best" or "Best" or "worst" or "Worst" && toks[i].Text.EndsWith("ing", StringComparison.Ordinal)) return false;
            // "is launching new shows each spring", "her latest plans": right after one of these adjectives the cue is a noun.
            if (prev is "new" or "latest" or "recent" or "various" or "upcoming" && toks[i].Text.EndsWith('s')
                && !(i + 1 < toks.Count && toks[i + 1].Text is "that" or ":")) return false;
            // ("more likely to say ...", "likely to agree": what the subject of "likely" tends to say, asked in a poll;
            // not "likely to argue", a guess at what someone will do.)
            if (prev.Equals("to", StringComparison.OrdinalIgnoreCase) && !(i >= 2 && toks[i - 2].Text is "likely" or "unlikely" && toks[i].Text is "say" or "agree")) return false;
            // "Initial reports suggested ...", "Press reports claim ...": a plural right before a verb of telling is that
            // verb's subject, a noun.
            if (SpeakerPhrases.IsTellingNoun(toks[i].Text) && i + 1 < toks.Count && toks[i + 1].IsWord
                && char.IsLower(toks[i + 1].Text[0]) && CueLexicon.IsCue(toks[i + 1].Text) && !toks[i + 1].Text.EndsWith('s')) return false;
            // "loud chants of “No!”", "calls of “Encore!”": these plurals take "of" only as nouns (the verbs take an object).
            if (i + 1 < toks.Count && toks[i + 1].Text is "of" && toks[i].Text is "chants" or "calls" or "claims" or "cries" or "shouts" or "cheers" or "boos") return false;
            // "opposed by Israel", "sought after", "seen as": a participle describing something, not a speaker's act.
            // ("stated after the talks that ...": a "that" clause after the time phrase makes it the speaker's act; so
            // does a subject pronoun before it: "He explained after the vote, ...".)
            if (i + 1 < toks.Count && toks[i].Text.EndsWith("ed", StringComparison.Ordinal)
                && (toks[i + 1].Text is "by" || toks[i + 1].Text is "after" && !ThatAfterTimePhrase(i + 2) && prev is not ("he" or "He" or "she" or "She" or "they" or "They" or "we" or "We" or "I"))) return false;
            if (i + 1 < toks.Count && toks[i + 1].Text is "as" && toks[i].Text is "seen" or "viewed" or "regarded" or "known" or "described" or "considered") return false;
            // "was asked", "were told", "is called": passive, the subject is the audience or the thing named.
            if (prev.ToLowerInvariant() is "was" or "were" or "is" or "are" or "be" or "been" or "being" && !toks[i].Text.EndsWith("ing", StringComparison.Ordinal)
                && toks[i].Text.ToLowerInvariant() is not ("expected" or "known" or "confident" or "aware" or "skeptical" or "eager" or "sure" or "critical") && !StanceStates.Contains(toks[i].Text)) return false;
            return true;
        }

        /// <summary>A "that" a few words after <paramref name="k"/>, with no comma, quote or verb of saying before it.</summary>
        private bool ThatAfterTimePhrase(int k)
        {
            var toks = Toks;
            for (var j = k; j < Math.Min(toks.Count, k + 6); j++)
            {
                if (toks[j].Text is "that") return j > k;
                if (toks[j].Text is "," or ";" or ":" || toks[j].Kind == TokenKind.Quote || toks[j].IsWord && CueLexicon.Prior(toks[j].Text) >= 0.5) return false;
            }
            return false;
        }

        // ---- content first: "...," X said / "...," said X ----

        private Candidate? ContentFirst(int cue, double prior)
        {
            var toks = Toks;
            Phrase? speaker = null;
            int boundary;
            int frameEnd;
            // ", saying ...", ", adding that ...": participles continue the sentence's own speaker.
            if (toks[cue].Text.EndsWith("ing", StringComparison.Ordinal)) return null;
            var before = Speakerlike(SpeakerPhrases.Before(toks, cue));
            // "..., people close to the mayor say.": the phrase before the cue ends a modifier of the speaker.
            if (before is { Kind: PhraseKind.Name or PhraseKind.Nominal } bm && bm.First >= 2 && !IsClauseBoundary(bm.First - 1)
                && RelativeAntecedent(bm.First) is { } head && head.First >= 1 && IsClauseBoundary(head.First - 1)) before = head;
            QuoteSpan? previousQuote = null;
            if (QuoteThenSpeaker(cue) is { } qs)
            {
                // "“...,” a person close to the campaign said": whatever stands between the quote and the cue names the speaker.
                speaker = qs;
                boundary = qs.First - 1;
                while (boundary > 0 && !IsClosingQuote(boundary)) boundary--;
                frameEnd = cue;
            }
            else if (before is { } b && b.First >= 1 && b.Kind != PhraseKind.Relative && IsClauseBoundary(b.First - 1))
            {
                // "On NBC’s “Meet the Press,” Smith said ...": a quoted title inside an opening adjunct is not
                // what was said.
                if (IsClosingQuote(b.First - 1) && QuoteEndingAt(toks[b.First - 1].End) is { } title && IndexAtOrAfter(title.Span.Start) is var open
                    && open > 0 && open < toks.Count && toks[open - 1].Text is "of" or "on" or "in" or "at" or "from" or "to" or "with" or "'s" or "\u2019s"
                    // A frame that ends the sentence ("... still listen to “Night Shift,” Rowe said.") has said
                    // nothing after it: the quote is what was said, not a title.
                    && !FrameEndsSentence(cue))
                    return null;
                // "Noting that Beck “says odd things,” Lund said she ...": a quote in the object of an opening participle
                // is what the participle tells, not what the cue after it said.
                if (IsClosingQuote(b.First - 1) && QuoteEndingAt(toks[b.First - 1].End) is { } cited && InOpeningParticiple(cited)) return null;
                speaker = b;
                boundary = b.First - 1;
                frameEnd = cue;
            }
            else if (before is { } b0 && b0.First == 0 && b0.Kind != PhraseKind.Relative && PreviousSentenceQuote() is { } pq)
            {
                // "“Who do they think they are?” Trump said.": the question mark ended the sentence before the cue.
                speaker = b0;
                boundary = -1;
                frameEnd = cue;
                previousQuote = pq;
            }
            else if (cue == 0 && PreviousSentenceQuote() is { } pq2 && SpeakerPhrases.After(toks, 1) is { } a0)
            {
                speaker = a0;
                boundary = -1;
                frameEnd = a0.Last;
                previousQuote = pq2;
            }
            else
            {
                var adv = cue - 1;
                while (adv >= 0 && SpeakerPhrases.IsAdverbial(toks[adv])) adv--;
                if (adv < 0 || !IsClauseBoundary(adv)) return null;
                // Only reporting verbs invert: "..., said the spokesman", never "..., show the figures".
                if (!InvertibleCues.Contains(toks[cue].Text) && !PluralInvertibleCues.Contains(toks[cue].Text) && !(IsClosingQuote(adv) || adv > 0 && IsClosingQuote(adv - 1))) return null;
                var afterQuote = IsClosingQuote(adv) || adv > 0 && IsClosingQuote(adv - 1);
                // "Tom Beck, who calls the mayor a “menace,” said ...": a quote that opened after the name beginning the
                // sentence stands in that name's apposition; the name is the subject of the cue, not what was said.
                if (afterQuote && before is { Kind: PhraseKind.Name or PhraseKind.Nominal } described && described.Last < adv
                    && toks.Take(described.First).All(x => !x.IsWord || SpeakerPhrases.IsBoundary(x.Text))
                    && QuoteEndingAt(toks[IsClosingQuote(adv) ? adv : adv - 1].End) is { } inside && IndexAtOrAfter(inside.Span.Start) > described.Last + 1) return null;
                // "But Lund, speaking on the radio, also admits Berg, who ..., will decide", "Nordbank, the lender ...,
                // has reported a halving in losses": an adverb or auxiliary before the verb ("also", "now", "still",
                // "has") goes with a subject before it; a verb put before its speaker has none ("..., admits Tom Berg.").
                if (!afterQuote && cue - adv > 1) return null;
                // "... called the fee “unfair,” criticized his handling of it": a verb that does not invert, with a
                // possessive after it, has its object there, not its speaker. (Not when the possessive's phrase ends
                // the sentence: "“... all but done,” confirmed his agent." names who said it.)
                if (!InvertibleCues.Contains(toks[cue].Text) && cue + 1 < toks.Count && (IsPossessivePronoun(toks[cue + 1].Text) || toks[cue + 1].Text is "my" or "your")
                    && !PossessivePhraseEndsSentence(cue + 1)) return null;
                // "Ana Ruiz, a former mayor, told the Harbor Times she ...": what follows "told" is its audience.
                if (!afterQuote && toks[cue].Text is "told" or "tells") return null;
                // "Ana Ruiz, chair of the ferry board, said having ...": a name and its apposition from the sentence
                // start are the subject of the cue, not what was said.
                if (!afterQuote && before is { Kind: PhraseKind.Name or PhraseKind.Nominal } subj && toks[cue - 1].Text is ","
                    && toks.Take(subj.First).All(x => !x.IsWord || SpeakerPhrases.IsBoundary(x.Text))) return null;
                // ("the sailor known as “Gull,” stated that he ...": a "that" after the cue opens what was said, not a speaker.)
                if (cue + 1 < toks.Count && toks[cue + 1].Text is "that") return null;
                // After a quote, everything up to the next comma or the end names the speaker: "“...,” said one
                // Democrat familiar with the campaign, who ...".
                var after = afterQuote ? PhraseToClauseEnd(cue + 1) ?? SpeakerPhrases.After(toks, cue + 1) : SpeakerPhrases.After(toks, cue + 1);
                if (after is null || SpeakerPhrases.IsTimeWord(toks[after.Value.Last].Text)) return null;
                // "..., said the spokesman." / "..., said Trump, who ...": the speaker closes the clause.
                var next = after.Value.Last + 1;
                if (next < toks.Count && !(toks[next].Kind == TokenKind.Punctuation || toks[next].Kind == TokenKind.Quote
                    || toks[next].Text is "in" or "on" or "at" or "during" or "after" or "last" or "this" or "earlier" or "later" or "recently" or "yesterday" or "today"
                    // "“...,” said the chairman when asked about it" / "... of the plan": an adjunct of the frame.
                    || afterQuote && toks[next].Text is "when" or "while" or "as" or "before" or "of" or "about" or "to" or "from" or "via" or "by" or "with"
                    // "..., said a handful of councillors who ...": a relative clause describing the speaker.
                    || toks[next].Text is "who")) return null;
                speaker = after;
                boundary = adv;
                frameEnd = after.Value.Last;
            }
            // After the frame: an audience, then a "that" clause or a quote would make it speaker-first.
            var k = SkipAudience(cue, frameEnd == cue ? cue + 1 : frameEnd + 1, out var audience);
            if (k < toks.Count && (toks[k].Text is "that" or ":" || IsOpeningQuote(k) && k == frameEnd + 1 && !(toks[frameEnd].Text is ","))) return null;
            // "Asked whether the plan “will work,” 60 percent said yes": the answer follows the cue; what comes
            // before it is the question.
            if (frameEnd == cue && k < toks.Count && toks[k].Text is "yes" or "no") return null;
            var (start, end, quoted) = previousQuote is not null ? (previousQuote.Span.Start, previousQuote.Span.End, true) : ContentBefore(boundary, wholeClause: FrameEndsSentence(frameEnd)
                // (or that ends it after the audience: "..., he told reporters.")
                || k > frameEnd + 1 && FrameEndsSentence(k - 1));
            if (start < 0) return null;
            // "Ruiz said at the pier that the toll was “too high,” the Harbour Times reported.": an outlet or a writer
            // ("..., Holm wrote in her memoir") reporting what someone said reports the whole sentence before it.
            if (quoted && previousQuote is null && toks[cue].Text is "reported" or "reports" or "wrote" or "writes" && speaker is { Kind: PhraseKind.Name } && FrameEndsSentence(frameEnd)
                && boundary > 0 && start > toks[0].Start && toks.Take(IndexAtOrAfter(start)).Any(t => t.IsWord && char.IsLower(t.Text[0]) && CueLexicon.Prior(t.Text) >= 0.5))
                start = toks[0].Kind == TokenKind.Quote ? toks[1].Start : toks[0].Start;
            // "..., X said at an event in Leeds that ...": a "that" clause after the adjuncts makes it speaker-first.
            // So does one after an inverted cue's speaker: "..., told an audience in Leeds last week that ...".
            if ((!quoted || previousQuote is not null) && (frameEnd == cue || !quoted))
                for (var j = k; j < Math.Min(toks.Count, k + (frameEnd == cue ? 8 : 12)); j++)
                {
                    if (toks[j].Text is "that") return null;
                    if (toks[j].Text is "," or ";" or ":" || toks[j].Kind == TokenKind.Quote || CueLexicon.Prior(toks[j].Text) >= 0.5) break;
                }
            // "..., he would have insisted on keeping more": a preposition and a gerund after the cue are its complement,
            // not an adjunct of a frame closing what came before.
            if (!quoted && frameEnd == cue && k == cue + 1 && k + 1 < toks.Count && toks[k].Text is "on" or "about" or "of" or "for" && toks[k + 1].IsWord
                && char.IsLower(toks[k + 1].Text[0]) && toks[k + 1].Text.EndsWith("ing", StringComparison.Ordinal) && toks[k + 1].Text.Length > 5) return null;
            // After a clause (not a quote) only adjuncts may follow "X said": "After the meeting, he said the plan failed" is speaker-first.
            if ((!quoted || previousQuote is not null) && frameEnd == cue && k < toks.Count && toks[k].IsWord && toks[k].Text is not ("in" or "on" or "at" or "during" or "after" or "before" or "last" or "this" or "earlier" or "later" or "recently" or "Tuesday" or "Monday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "yesterday" or "today" or "while" or "when" or "as" or "and" or "but" or "then" or "again" or "repeatedly" or "via")
                // "“Who are they?” she said of the company": after a quote that ended the sentence before, a
                // preposition after the cue says what or whom it was said about or to, not what was said.
                && !(previousQuote is not null && toks[k].Text is "of" or "to" or "about" or "from" or "with" or "by" or "over" or "outside")
                // "“Who needs it?” she asked rhetorically, ...": a manner adverb that closes the frame.
                && !(previousQuote is not null && SpeakerPhrases.IsAdverbial(toks[k]) && (k + 1 >= toks.Count || toks[k + 1].Text is "," or "." or "!"
                    // "“Any news?” she asked quietly into the phone": or one before a place or time of the telling.
                    || toks[k].Text.EndsWith("ly", StringComparison.Ordinal) && toks[k + 1].Text is "into" or "to" or "at" or "in" or "on" or "during" or "before" or "after" or "over" or "from"))) return null;
            // "Arriving to shouts of “Go on!”, the minister said the plan was working": a quote inside an adjunct before
            // the subject is not what a verb of saying followed by a clause of its own reports.
            if (quoted && previousQuote is null && frameEnd == cue && k + 2 < toks.Count && CueLexicon.Speech.Contains(toks[cue].Text)
                && QuoteEndingAt(end) is { } inner && IndexAtOrAfter(inner.Span.Start) is var qo && qo > 0
                && toks[qo - 1].Text is "of" or "to" or "with" or "at" or "on" or "from" or "by" or "for"
                // (Only when no clause of its own comes before the quote: "The bill should go back to “the drawing board”,
                // the senator said the next day" is the senator's bill; nor before a time: "said the following morning".)
                && !Enumerable.Range(0, qo).Any(x => toks[x].IsWord && IsFiniteVerb(toks[x].Text.ToLowerInvariant()) && !(x <= 1 && char.IsUpper(toks[x].Text[0])))
                && !(toks[k].Text is "the" or "this" && (SpeakerPhrases.IsTimeWord(toks[k + 1].Text) || SpeakerPhrases.IsTimeWord(toks[k + 2].Text)))
                && (toks[k].Text is "that" || toks[k].Text is "he" or "she" or "they" or "we" or "I" or "it" or "his" or "her" or "their" or "its" or "the")) return null;
            // "After the vote, Ruiz said this was ...": "this" opens the reported clause unless a time follows ("this week").
            if ((!quoted || previousQuote is not null) && frameEnd == cue && k + 1 < toks.Count && toks[k].Text is "this" && !SpeakerPhrases.IsTimeWord(toks[k + 1].Text)) return null;
            // "Asked about it, Ryan said: "..."": a quote after the frame is the content, not the clause before.
            // ("Because of the schedule, explained Ruiz, “...”": after an inverted speaker the clause and the quote are
            // one thing said, split by the frame.)
            var splitQuote = !quoted && frameEnd > cue && k + 1 < toks.Count && toks[k].Text is "," or ":" && IsOpeningQuote(k + 1) ? QuoteStartingAt(toks[k + 1].Start) : null;
            if (!quoted && splitQuote is null && k < toks.Count && (toks[k].Text is "," or ":" && k + 1 < toks.Count && IsOpeningQuote(k + 1) || IsOpeningQuote(k))) return null;
            // "Late on Friday, Berg said as he left, “...”": so is a quote after the frame's adjuncts, when what stands
            // before the frame is an adjunct with no verb of its own (not "The plant would close, Maier said on Monday, “...”").
            if (!quoted && frameEnd == cue && QuoteAfterAdjuncts(k) is not null && !toks.Take(cue).Any(t => t.Kind == TokenKind.Quote)
                && !toks.Take(boundary).Any(t => t.IsWord && char.IsLower(t.Text[0]) && IsFiniteVerb(t.Text))) return null;
            // A quote split by the cue, or a sentence split by it: the content goes on after the frame.
            // "In both years, she said, the fees covered “sponsorships”": after an opening adjunct the words after
            // the frame are a clause of their own, read from the cue (speaker first).
            if (!quoted && frameEnd == cue && k + 1 < toks.Count && toks[k].Text is "," && OpensWithAdjunct(start)
                && toks.Skip(k + 1).Any(t => t.Kind == TokenKind.Quote)) return null;
            var firstEnd = end;
            // "Those who ''watch it'' and read ''the fringe,'' he said, end up ...": a quote inside a clause begun before
            // it (which may hold quotes of its own); when the clause goes on after the frame, all of it was said.
            var clauseStart = quoted && previousQuote is null && frameEnd == cue && QuoteEndingAt(end) is { } q1
                && ClauseStartBefore(q1, allowQuotes: true) is { } cs && cs < q1.Span.Start ? cs : (int?)null;
            // (A question asked is not continued by the quote after it, the answer: "“Who pays?” Ruiz asked the minister.
            // “The riders.”")
            var askedQuestion = quoted && IsAskingVerb(toks[cue].Text)
                && end >= 2 && text[end - 2] is '?' && Tokenizer.IsQuote(text[end - 1]) && AskedSomeone(text, toks[cue].End);
            end = splitQuote is not null ? ExtendOverQuoteParagraphs(splitQuote.Span.End)
                : askedQuestion ? end : Continuation(k, end, quoted, speakerFirst: frameEnd != cue, midClause: clauseStart is not null);
            if (clauseStart is { } c0 && splitQuote is null && end > firstEnd && k + 1 < toks.Count && toks[k].Text is "," && GoesOnAfterFrame(k + 1, true))
                start = Math.Min(start, c0);
            if (WordsIn(start, end) < (quoted ? 1 : 3)) return null;
            var sp = resolver.Resolve(toks, speaker.Value);
            var score = prior + (quoted ? 0.25 : 0.1) + KindBonus(speaker.Value);
            // A frame much longer than the quotes it splits ("“...,” said X, a former ... who ... . “...”") is
            // not part of what was said: the two quotes are two claims of the same speaker.
            var second = quoted && end > firstEnd
                ? quotes.FirstOrDefault(q => q.Span.Start >= toks[frameEnd].End && q.Span.Start < end) : null;
            if (second is not null && previousQuote is null && second.Span.Start - firstEnd > SplitFrameRatio * (firstEnd - start + end - second.Span.Start))
            {
                pending.Add(new Candidate(toks[cue].Start, toks[cue].End, second.Span.Start, end, sp, score, audience));
                return new Candidate(toks[cue].Start, toks[cue].End, start, firstEnd, sp, score, audience);
            }
            // The speaker's words between the two parts are the frame: "The plan, he said, will fail" said "The plan …
            // will fail"; so for a quote split by them.
            var rest = k + 1 < toks.Count && toks[k].Text == "," && toks[k + 1].Start > firstEnd && toks[k + 1].Start < end ? toks[k + 1].Start : -1;
            // "The fares, she said on Monday, will rise", "Sales will fall, the firm said this week, as ...": past the
            // frame's adjuncts, the comma that closes them.
            for (var j = k; rest < 0 && second is null && end > firstEnd && j + 1 < toks.Count && j < k + 12 && toks[j + 1].Start < end; j++)
                if (toks[j].Text == "," && toks[j + 1].Start > firstEnd) rest = toks[j + 1].Start;
                else if (toks[j].Kind == TokenKind.Quote || toks[j].Text is ";" or ":") break;
            return new Candidate(toks[cue].Start, toks[cue].End, start, end, sp, score, audience)
            {
                Frame = second is not null ? (firstEnd, second.Span.Start) : rest > 0 ? (firstEnd, rest) : default,
            };
        }

        /// <summary>The poll or survey named by an adjunct opening the sentence before <paramref name="limit"/>: "In a May poll by X, ...".</summary>
        private Speaker? OpeningPoll(int limit)
        {
            var toks = Toks;
            var s = 0;
            while (s < limit && !toks[s].IsWord) s++;
            if (s >= limit || toks[s].Text is not "In") return null;
            var comma = s + 1;
            while (comma < limit && comma - s < 25 && toks[comma].Text is not ("," or ";" or ":") && toks[comma].Kind != TokenKind.Quote) comma++;
            if (comma >= limit || toks[comma].Text is not "," || comma == s + 1) return null;
            for (var k = s + 1; k < comma; k++)
                if (toks[k].Text.ToLowerInvariant() is "poll" or "polls" or "survey" or "surveys")
                    return resolver.ResolveSourcePhrase(toks, s + 1, comma - 1);
            return null;
        }

        /// <summary>
        /// "A Harbor Times poll found that 28% of voters backed X, while 23% ...": a share of people polled, after a
        /// poll that "shows" or "found" it, speaks through the poll.
        /// </summary>
        private Speaker? ShowingPoll(Phrase share)
        {
            var toks = Toks;
            var shareLike = false;
            for (var k = share.First; k <= share.Last; k++)
                shareLike |= toks[k].Text.ToLowerInvariant() is "percent" or "%" or "majority" or "half" or "most" or "two" or "three" or "four" or "five"
                    or "six" or "seven" or "eight" or "nine" || toks[k].Kind == TokenKind.Number;
            if (!shareLike) return null;
            for (var v = share.First - 1; v > 0 && share.First - v < 40; v--)
            {
                if (toks[v].Kind == TokenKind.Quote || toks[v].Text is ";" or ".") return null;
                if (toks[v].Text is not ("show" or "shows" or "showed" or "found" or "finds")) continue;
                if (SpeakerPhrases.Before(toks, v) is not { } poll || poll.Kind is PhraseKind.Pronoun or PhraseKind.Relative) return null;
                var words = Enumerable.Range(poll.First, poll.Last - poll.First + 1).Select(x => toks[x].Text.ToLowerInvariant());
                return words.Any(w => w is "poll" or "polls" or "survey" or "surveys") ? resolver.ResolveSourcePhrase(toks, poll.First, poll.Last) : null;
            }
            return null;
        }

        /// <summary>
        /// The phrase, unless it is a participle standing alone ("Facing mounting criticism", ", having referred
        /// to", "a cheering, smiling welcome of"): it opens or continues a clause whose subject stands elsewhere.
        /// A surname that ends the same way ("Browning said") is the name of someone the article knows.
        /// </summary>
        private Phrase? Speakerlike(Phrase? phrase)
        {
            if (phrase is not { Kind: PhraseKind.Name or PhraseKind.Nominal } p) return phrase;
            // "Waving banners calling ...": a participle opening the sentence, and its object, before another
            // participle; no speaker.
            if (p.First != p.Last)
                return p.Last + 1 < Toks.Count && Toks[p.Last + 1].Text.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(Toks[p.Last + 1].Text[0])
                    && StartsSentence(p.First) && IsOpeningParticiple(p.First) ? null : phrase;
            var w = Toks[p.First].Text;
            if (w.Length <= 4 || !w.EndsWith("ing", StringComparison.Ordinal) || w.ToLowerInvariant() is "nothing" or "anything" or "something" or "everything") return phrase;
            return resolver.Resolve(Toks, p).Ids.Count > 0 ? phrase : null;
        }

        /// <summary>
        /// The words between a closing quote and the cue, when they can only be the speaker: no other cue, no
        /// "that", no colon, not too many. Catches speakers a phrase scan cannot parse ("a person close to the
        /// Clintons", "Sen. Chuck Schumer (D-N.Y.)").
        /// </summary>
        private Phrase? QuoteThenSpeaker(int cue)
        {
            var toks = Toks;
            var end = SpeakerPhrases.SkipAdverbialsLeft(toks, cue);
            if (end < 1) return null;
            var b = end;
            for (; b >= 0 && end - b < 30; b--)
            {
                var t = toks[b];
                if (t.Kind == TokenKind.Quote)
                {
                    if (t.Text[0] is '\'' or '\u2019' && b > 0 && toks[b - 1].IsWord && toks[b - 1].End == t.Start && toks[b - 1].Text.EndsWith('s')) continue;
                    // "Karen “Kay” Lund": a nickname in quotes inside the name.
                    if (SpeakerPhrases.IsNickname(toks, b - 1))
                    {
                        b -= 2;
                        continue;
                    }
                    if (IsClosingQuote(b)) break;
                    return null;
                }
                if (t.IsWord && char.IsLower(t.Text[0]) && CueLexicon.Prior(t.Text) >= 0.5) return null;
                // A period glued to a short capitalised word is an abbreviation ("R-Ky.", "Calif."), not a sentence end.
                if (t.Text is "." && b > 0 && toks[b - 1].End == t.Start && toks[b - 1].IsWord && char.IsUpper(toks[b - 1].Text[0])
                    && toks[b - 1].Text.Split('-')[^1].Length <= 5 && b + 1 <= end && toks[b + 1].Text is ",") continue;
                if (t.Text is "that" or ":" or ";" or "." || t.IsWord && t.Text.ToLowerInvariant() is "and" or "but" && b == end) return null;
            }
            if (b < 0 || end - b >= 30) return null;
            // Only a quote that opens the sentence (or began before it): "... “glow in the dark,” for instance, and Trump vowed" is not one.
            var closing = QuoteEndingAt(toks[b].End);
            if (closing is null || closing.Span.Start > toks[0].Start) return null;
            var first = b + 1;
            while (first <= end && (toks[first].Text is "," || Dashes.IsLongOrHyphen(toks[first].Text))) first++;
            if (first > end || first == b + 1 && toks[first].IsWord && toks[b].Text is not ("\u201D" or "\"" or "'")) return null;
            if (first == end && CueLexicon.Pronouns.Contains(toks[first].Text)) return new Phrase(first, end, PhraseKind.Pronoun);
            if (toks[first].Text.ToLowerInvariant() is "who" or "which" or "he" or "she" or "they" or "it" or "we" or "i") return null;
            // (A lower-case word opens the speaker only as a determiner or a title before a name: "“...,” chairman and
            // chief executive Ola Brandt said".)
            if (char.IsLower(toks[first].Text[0]) && !SpeakerPhrases.IsDeterminer(toks[first].Text)
                && !TitlesThenName(first, end)) return null;
            var kind = char.IsUpper(toks[first].Text[0]) ? PhraseKind.Name : PhraseKind.Nominal;
            return new Phrase(first, end, kind);
        }

        /// <summary>
        /// Lower-case titles before a name, the whole phrase words only: "chairman and chief executive Ola Brandt",
        /// "singer Ana Ruiz and drummer Tom Berg".
        /// </summary>
        private bool TitlesThenName(int first, int end)
        {
            var toks = Toks;
            if (!NameAt(end) || end - first > 12) return false;
            for (var k = first; k <= end; k++)
                if (!toks[k].IsWord || char.IsLower(toks[k].Text[0]) && (CueLexicon.Prior(toks[k].Text) >= 0.5 || IsFiniteVerb(toks[k].Text)
                    || SpeakerPhrases.IsBoundary(toks[k].Text) && toks[k].Text is not "and")) return false;
            return true;
        }

        /// <summary>The words from <paramref name="k"/> to the next comma, semicolon or sentence end, when they can only be a speaker.</summary>
        private Phrase? PhraseToClauseEnd(int k)
        {
            var toks = Toks;
            if (k >= toks.Count || !toks[k].IsWord) return null;
            if (CueLexicon.Pronouns.Contains(toks[k].Text)) return new Phrase(k, k, PhraseKind.Pronoun);
            var end = k;
            while (end + 1 < toks.Count && end - k < 20 && toks[end + 1].Text is not ("," or "." or ";" or ":") && !Dashes.IsLong(toks[end + 1].Text) && toks[end + 1].Kind != TokenKind.Quote)
            {
                var t = toks[end + 1];
                // "said one of three deckhands who ...": a relative clause after the head describes the speaker.
                if (t.Text is "who" && end > k) break;
                if (t.IsWord && (t.Text is "that" || char.IsLower(t.Text[0]) && CueLexicon.Prior(t.Text) >= 0.5)) return null;
                end++;
            }
            if (toks[k].Text.ToLowerInvariant() is "in" or "on" or "at" or "after" or "before" or "during" or "last" or "this" or "to" or "of" or "by") return null;
            // "said Nordbank spokeswoman, Karen Lund.", "said Lund's deputy, Ivar Dahl.": the name after the role's comma
            // goes with the phrase.
            if (SpeakerPhrases.RoleNamedAfter(toks, end) is { } named) return new Phrase(k, named, PhraseKind.Nominal);
            return new Phrase(k, end, char.IsUpper(toks[k].Text[0]) ? PhraseKind.Name : PhraseKind.Nominal);
        }

        /// <summary>
        /// Where the clause holding <paramref name="quote"/> starts, when the quote opens inside the sentence after
        /// words of the same clause (no cue, colon, dash or other quote among them, unless <paramref name="allowQuotes"/>:
        /// then whole quotes before it are words of the clause too); null otherwise.
        /// </summary>
        private int? ClauseStartBefore(QuoteSpan quote, bool allowQuotes = false)
        {
            var toks = Toks;
            if (quote.Span.Start <= toks[0].Start) return null;
            var open = IndexAtOrAfter(quote.Span.Start);
            var first = 0;
            while (first < open && (toks[first].Kind == TokenKind.Punctuation || toks[first].Kind == TokenKind.Quote
                   && !(allowQuotes && QuoteStartingAt(toks[first].Start) is { } opener && opener.Span.End <= quote.Span.Start))) first++;
            if (first >= open) return null;
            for (var i = first; i < open; i++)
            {
                var t = toks[i];
                if (allowQuotes && t.Kind == TokenKind.Quote && QuoteStartingAt(t.Start) is { } inner && inner.Span.End <= quote.Span.Start)
                {
                    i = IndexAtOrAfter(inner.Span.End) - 1;
                    // (Two quotes with no words between them are two things said: "“...,” “...,” X added.")
                    if (!Enumerable.Range(i + 1, Math.Max(0, open - i - 1)).Any(x => toks[x].IsWord)) return null;
                    continue;
                }
                if (t.Kind == TokenKind.Quote || t.Text is ":" or ";" or "(" or ")" || Dashes.IsAny(t.Text)) return null;
                if (t.IsWord && char.IsLower(t.Text[0]) && CueLexicon.Prior(t.Text) >= 0.5) return null;
            }
            return toks[first].Start;
        }

        /// <summary>
        /// Nothing but adjuncts follows the frame (ending at <paramref name="frameEnd"/>: the cue, or the speaker after
        /// it) to the sentence end: "... Rowe said.", "... Rowe said in an interview.", "... said Rowe, who ...".
        /// </summary>
        private bool FrameEndsSentence(int frameEnd)
        {
            var toks = Toks;
            var k = frameEnd + 1;
            if (k > LastContentToken()) return true;
            return toks[k].Text is "," or ")" || toks[k].Text is "in" or "on" or "at" or "during" or "after" or "before" or "of" or "about" or "to" or "from" or "with"
                or "via" or "by" or "while" or "when" or "as" or "last" or "this" or "earlier" or "later" or "yesterday" or "today" || SpeakerPhrases.IsTimeWord(toks[k].Text);
        }

        private bool IsClauseBoundary(int i)
        {
            var t = Toks[i];
            if (t.Text is "," || Dashes.IsLongOrEn(t.Text)) return true;
            if (t.Kind == TokenKind.Quote && IsClosingQuote(i)) return true;
            return false;
        }

        /// <summary>Content ending at the boundary token: the quote that closes there, or the clause from the sentence start.</summary>
        private (int Start, int End, bool Quoted) ContentBefore(int boundary, bool wholeClause)
        {
            var toks = Toks;
            for (var q = boundary; q >= Math.Max(0, boundary - 1); q--)
            {
                if (toks[q].Kind != TokenKind.Quote) continue;
                var quote = QuoteEndingAt(toks[q].End);
                if (quote is null) continue;
                // "The harbour board, in her view, must “find a new course,” Rowe said.": a quote that ends the
                // clause it began inside is the end of what was said, and the clause is all of it, when the frame
                // after it ends the sentence (not "... the anthem “Harbour Lights,” she sang the line ..."). Quotes
                // before it in the clause are words of it too: "“Salt Roads” was to be a “warning,” said her agent."
                return (wholeClause ? ClauseStartBefore(quote, allowQuotes: true) ?? quote.Span.Start : quote.Span.Start, quote.Span.End, true);
            }
            var first = 0;
            while (first < boundary && (toks[first].Kind == TokenKind.Quote || toks[first].Text is "(" or "-" or "\u2014" or "\u2015")) first++;
            var last = boundary - 1;
            while (last > first && (toks[last].Kind == TokenKind.Punctuation && !EndsContent(last, first) || toks[last].Kind == TokenKind.Quote && !IsClosingQuote(last))) last--;
            if (last < first) return (-1, -1, false);
            // "“Nobody sails until you show them” the wall is safe, she said": a quote opening the clause and closing
            // inside it is part of what was said, its opening mark too.
            // (Two apostrophes are two tokens: the quote starts at the first.)
            for (var j = 0; j < first; j++)
                if (toks[j].Kind == TokenKind.Quote && QuoteStartingAt(toks[j].Start) is { } lead && lead.Closed && lead.Span.End <= toks[last].End)
                    return (lead.Span.Start, toks[last].End, false);
            // An opening quote inside the clause that is never closed in it: take the clause as it is.
            return (QuoteOpenedBefore(toks[first].Start) ?? toks[first].Start, toks[last].End, false);
        }

        /// <summary>
        /// "The crews “were tired. They wanted rest. Nobody asked” about it, she said.": a sentence that begins inside a
        /// quote opened sentences before, in the same paragraph, is read from where the sentence opening that quote begins.
        /// </summary>
        private int? QuoteOpenedBefore(int offset)
        {
            if (QuoteFinder.Containing(quotes, offset) is not { } q || q.Span.Start >= sentence.Start) return null;
            if (text.AsSpan(q.Span.Start, sentence.Start - q.Span.Start).Contains('\n')) return null;
            for (var i = index - 1; i >= 0; i--)
                if (sentences[i].Start <= q.Span.Start && sentences[i].Tokens.Count > 0) return sentences[i].Tokens[0].Start;
            return null;
        }

        /// <summary>
        /// Where the content ends when the quote or sentence goes on after the cue's frame: a second quote after
        /// the frame and its adjuncts ("...," he said in Iowa on Tuesday, "..."), or in the next sentence of the
        /// paragraph, or the rest of a sentence the cue interrupts ("The plan, he said, will fail.").
        /// </summary>
        private int Continuation(int k, int end, bool quoted, bool speakerFirst, bool midClause = false)
        {
            var toks = Toks;
            if (!quoted)
            {
                // When and where it was told may stand in the frame: "If it rains, she wrote on Twitter, the ferry stays
                // in port" (not before a quote, which is what was said, nor before a time: "..., on Monday, two days after ...").
                if (!speakerFirst && k < toks.Count && toks[k].Text is not "," && CommaAfterTellingAdjunct(k) is { } comma && toks[comma + 1].IsWord
                    && !SpeakerPhrases.IsNumberWord(toks[comma + 1].Text) && toks[comma + 1].Text is not "several") k = comma;
                // Only "The plan, he said, will fail" (not "..., said Smith, director of ..."), and not a participle
                // describing the speaker ("Fares went up, he said, shaking his head").
                if (!speakerFirst && k + 1 < toks.Count && toks[k].Text is "," && WordsAfter(k + 1) >= 2 && CueLexicon.Prior(toks[k + 1].Text) < 0.5
                    && !toks[k + 1].Text.EndsWith("ing", StringComparison.Ordinal)
                    && !CueOutsideQuotes(k + 1))
                    return toks[LastContentToken()].End;
                // "The fares, she said at the dock meeting, that ..." / "The fares are a burden, he said, that ...": a
                // "that" clause set off after the frame and its adjuncts is the rest of what was said.
                if (!speakerFirst && ThatAfterFrame(k) is { } that && WordsAfter(that + 1) >= 3) return toks[LastContentToken()].End;
                // "The plan, said Ana Ruiz, a former mayor, will fail": after an inverted speaker and its apposition,
                // a verb goes on with the clause the frame interrupted.
                if (speakerFirst && VerbAfterApposition(k) is { } verb && WordsAfter(verb) >= 3) return toks[ClauseEnd(verb)].End;
                // "The fare rise is a burden, Ruiz said. “Nobody asked the riders.”": a quote opening the next
                // sentence, with no cue of its own, goes on with what was said.
                if (!speakerFirst && FrameEndsSentence(k - 1) && NextSentenceQuote() is { } next) return ExtendOverQuoteParagraphs(next.Span.End);
                return end;
            }
            // "“It is foul weather,” he said, that ...": a "that" clause after the frame goes on with what was said.
            if (ThatAfterFrame(k) is { } th && WordsAfter(th + 1) >= 3) return toks[LastContentToken()].End;
            // "“Only the crews,” she said, would pay the toll", "The crews ''were tired,'' he said, and went home": a
            // frame that interrupts the clause the quote began (its speaker before the cue) and the clause goes on.
            if (!speakerFirst && k + 1 < toks.Count && toks[k].Text is "," && GoesOnAfterFrame(k + 1, midClause)) return toks[LastContentToken()].End;
            // Past the frame's adjuncts ("said on Tuesday in Iowa") and appositions (", a former governor,"), a
            // second quote right after a comma or in the next sentence goes on with the first.
            var p = k;
            // A cue in a participle or relative clause describing the speaker ("said Ana Ruiz, referring to the
            // levy", "said Ana Ruiz, who chaired the panel") does not end the frame: the quote opening the next
            // sentence is still hers. A quote in the same sentence is that cue's own.
            var describingCue = false;
            while (p < toks.Count && p - k < 40)
            {
                var t = toks[p];
                if (t.IsWord && char.IsLower(t.Text[0]) && CueLexicon.Prior(t.Text) >= 0.5)
                {
                    // "“...,” Ruiz said when asked on Friday. “...”": a question put to the speaker is part of the frame.
                    // (Nor is the question a cue of its own before a second quote: "“...,” Ruiz said when asked about it, “...”".)
                    var askedOfSpeaker = toks[p].Text is "asked" or "questioned" or "pressed" && p > 0 && toks[p - 1].Text is "when" or "if" or "being";
                    if (!DescribesSpeaker(k, p) && !askedOfSpeaker) return end;
                    describingCue |= !askedOfSpeaker;
                }
                // "“...,” Holm said, and her brother broke in. “...”": after ", and" a new subject brings in another
                // speaker, whose words the next quote may be.
                if (t.Text is "and" or "but" && p > k && toks[p - 1].Text is "," && p + 1 < toks.Count && toks[p + 1].IsWord
                    && (toks[p + 1].Text is "her" or "his" or "their" || char.IsUpper(toks[p + 1].Text[0]) && toks[p + 1].Text is not "I"))
                    return end;
                if (t.Kind == TokenKind.Quote && IsOpeningQuote(p))
                {
                    if (describingCue) return end;
                    var q = QuoteStartingAt(t.Start)!;
                    // A quoted title inside the adjunct ("on NBC's “Meet the Press”", "on Fox News' “Harbour Hour”") is
                    // passed over.
                    // (Not a quote after a conjunction: "“...,” she said, but “...”" goes on with what was said.)
                    if (p > 0 && (toks[p - 1].IsWord || PluralPossessiveMark(p - 1)) && q.Span.End <= sentence.End && !AfterCommaConjunction(p))
                    {
                        p = IndexAtOrAfter(q.Span.End);
                        continue;
                    }
                    return FollowedByOwnCue(q) ? end : ExtendOverQuoteParagraphs(q.Span.End);
                }
                p++;
            }
            if (p >= toks.Count)
            {
                if (NextSentenceQuote() is { } nq) return ExtendOverQuoteParagraphs(nq.Span.End);
                // "“...,” she said.¶“...”": the frame ends the paragraph and the quote goes on in the next.
                var after = ExtendOverQuoteParagraphs(sentence.End);
                return after > sentence.End ? after : end;
            }
            return end;
        }

        /// <summary>The apostrophe at <paramref name="i"/> closes a plural's possessive ("Fox News’", "the Lunds'"), not a quote.</summary>
        private bool PluralPossessiveMark(int i) =>
            i > 0 && Toks[i].Text is "'" or "\u2019" && Toks[i - 1].IsWord && Toks[i - 1].End == Toks[i].Start && Toks[i - 1].Text.EndsWith('s');

        /// <summary>
        /// The comma closing an adjunct of the telling that starts at <paramref name="k"/>, right after the cue: "on
        /// Twitter", "in an interview this week", "last month"; null when anything else (a quote, a cue, "that")
        /// comes first.
        /// </summary>
        private int? CommaAfterTellingAdjunct(int k)
        {
            var toks = Toks;
            if (!(TellingAdjunctAt(k, LastContentToken()) || toks[k].Text is "this" or "last" or "earlier" or "later")) return null;
            for (var j = k + 1; j < Math.Min(toks.Count - 1, k + 8); j++)
            {
                if (toks[j].Text is ",") return j;
                if (!toks[j].IsWord || toks[j].Text is "that" || char.IsLower(toks[j].Text[0]) && CueLexicon.Prior(toks[j].Text) >= 0.5) return null;
            }
            return null;
        }

        /// <summary>
        /// The words from <paramref name="i"/> (right after a frame that ends with a comma) go on with the clause
        /// before the frame: a verb without a subject of its own ("would pay", "and went home"), or, when the quote
        /// stood inside a clause begun before it (<paramref name="midClause"/>), any word that opens no clause or
        /// adjunct of the telling ("wind up in ...", "from “...”"). Not when another cue follows.
        /// </summary>
        private bool GoesOnAfterFrame(int i, bool midClause)
        {
            var toks = Toks;
            if (i + 2 >= toks.Count || !toks[i].IsWord || !char.IsLower(toks[i].Text[0]) || CueOutsideQuotes(i)) return false;
            var w = toks[i].Text;
            bool Verb(string x) => IsFiniteVerb(x) && !x.EndsWith("ed", StringComparison.Ordinal);
            if (Verb(w) || w is "and" && toks[i + 1].IsWord && Verb(toks[i + 1].Text)) return true;
            return midClause && !w.EndsWith("ing", StringComparison.Ordinal) && !SpeakerPhrases.IsDeterminer(w) && !CueLexicon.Pronouns.Contains(w)
                   && w is not ("who" or "whose" or "which" or "where" or "and" or "but" or "or" or "so" or "yet" or "then" or "in" or "on" or "at" or "during"
                       or "after" or "before" or "when" or "while" or "as" or "because" or "since" or "though" or "although" or "if" or "with" or "without"
                       or "by" or "for" or "to" or "of" or "about" or "even" or "also" or "not" or "adding" or "according")
                   && CueLexicon.Prior(w) < 0.5;
        }

        /// <summary>
        /// The verb after ", a former mayor," following an inverted speaker (<paramref name="k"/> is the comma after
        /// the speaker): a finite verb right after the apposition's closing comma.
        /// </summary>
        private int? VerbAfterApposition(int k)
        {
            var toks = Toks;
            if (k >= toks.Count || toks[k].Text is not ",") return null;
            // "The hardest part, said Ana Ruiz, was the fuel": the verb right after the speaker's comma.
            if (k + 1 < toks.Count && toks[k + 1].IsWord && toks[k + 1].Text is "is" or "was" or "are" or "were" or "will" or "would" or "has" or "have" or "had" or "could" or "can" or "should" or "must" or "may" or "might")
                return k + 1;
            for (var j = k + 1; j < Math.Min(toks.Count - 1, k + 25); j++)
            {
                var t = toks[j];
                if (t.Kind == TokenKind.Quote || t.Text is "that" or ";" or ":" || Dashes.IsLong(t.Text)
                    || t.IsWord && char.IsLower(t.Text[0]) && CueLexicon.Prior(t.Text) >= 0.5) return null;
                if (t.Text is not ",") continue;
                var v = toks[j + 1];
                return v.IsWord && char.IsLower(v.Text[0]) && IsFiniteVerb(v.Text) && !v.Text.EndsWith("ed", StringComparison.Ordinal) ? j + 1 : null;
            }
            return null;
        }

        /// <summary>
        /// The "that" after the frame's adjuncts and a comma ("..., she said at the dock meeting, that ..."), starting at
        /// <paramref name="k"/> (right after the cue or its speaker); null when a quote, a cue or another clause comes first.
        /// </summary>
        private int? ThatAfterFrame(int k)
        {
            var toks = Toks;
            for (var j = k; j < Math.Min(toks.Count - 1, k + 10); j++)
            {
                if (toks[j].Text is ",")
                    // (Or an infinitive: "..., he added, to pursue ...", "..., she said, to “keep the fares low”".)
                    return toks[j + 1].Text is "that" || toks[j + 1].Text is "to" && j + 2 < toks.Count
                        && (toks[j + 2].IsWord && char.IsLower(toks[j + 2].Text[0]) && !SpeakerPhrases.IsDeterminer(toks[j + 2].Text) && !toks[j + 2].Text.EndsWith('s')
                            || IsOpeningQuote(j + 2) && j + 3 < toks.Count && toks[j + 3].IsWord && char.IsLower(toks[j + 3].Text[0])) ? j + 1 : null;
                if (toks[j].Kind == TokenKind.Quote || toks[j].Text is "that" or ";" or ":" || Dashes.IsLong(toks[j].Text)
                    || toks[j].IsWord && char.IsLower(toks[j].Text[0]) && CueLexicon.Prior(toks[j].Text) >= 0.5) return null;
            }
            return null;
        }

        /// <summary>", but" (", and still", ", yet") right before the token at <paramref name="p"/>.</summary>
        private bool AfterCommaConjunction(int p)
        {
            var toks = Toks;
            var c = p - 1;
            if (c > 1 && toks[c].Text is "still" or "also") c--;
            return c > 0 && toks[c].Text is "but" or "and" or "yet" && toks[c - 1].Text is ",";
        }

        /// <summary>
        /// "endorsed Ruiz after the vote", "backs the levy because ...": a short noun phrase object (a name, an object
        /// pronoun, or a determiner and a word or two) followed by a subordinator ends there; what follows tells when
        /// or why it was backed or praised, not what. (After such an object of a cue that is not a reporting verb, the
        /// training annotations end the content at "when" 23 times to 14, "because" 11 to 5, "until" 8 to 0, "after"
        /// 26 to 19; "during", "since" and "despite" are even.) An object pronoun ends at a comma, a semicolon or a dash
        /// as well ("backed her, and the vote ..."; 20 to 3), and before "in" or "by" ("praised it in a speech",
        /// "backed him by a wide margin"; 13 to 1). Not when a quote follows in the clause ("described the
        /// mood until the mayor called it “a wake”", "calling the mayor, of all things, “a relic”"): the quoted words
        /// are what the claim is about. Nor an object pronoun of a naming or describing verb, whose naming comes
        /// after it ("called it, frankly, a disgrace", "described it in a speech as a turning point").
        /// </summary>
        private int? ShortObjectEnd(int k, int clauseEnd, bool naming, bool reporting)
        {
            var toks = Toks;
            if (k >= clauseEnd || !toks[k].IsWord) return null;
            var first = toks[k].Text;
            var name = char.IsUpper(first[0]) && !CueLexicon.Pronouns.Contains(first);
            var pronoun = first is "him" or "her" or "them" or "it" or "us" or "me";
            // A reporting verb's noun phrase is mostly a clause's subject ("said the man died after ..."): only its
            // object pronoun is cut ("mentioned it in every speech").
            if (reporting && !pronoun) return null;
            if (!(name || pronoun || SpeakerPhrases.IsDeterminer(first))) return null;
            for (var j = k + 1; j <= Math.Min(clauseEnd, k + 4); j++)
            {
                var t = toks[j];
                // "backed her, and ...", "praised it; ...": after an object pronoun, a comma or a dash ends it too.
                if (pronoun && !naming && j == k + 1 && (t.Text is "," or ";" || Dashes.IsLong(t.Text)))
                    return j + 1 <= clauseEnd && !QuoteIn(j + 1, clauseEnd) ? k : null;
                if (!t.IsWord) return null;
                if (t.Text is "when" or "because" or "until" or "after" || pronoun && !naming && t.Text is "in" or "by")
                    return j + 1 <= clauseEnd && !QuoteIn(j + 1, clauseEnd) ? j - 1 : null;
                if (pronoun || (name ? !char.IsUpper(t.Text[0]) : j > k + 2 || !char.IsLower(t.Text[0]) || IsFiniteVerb(t.Text) || CueLexicon.Prior(t.Text) >= 0.5
                    || t.Text is "in" or "on" or "at" or "of" or "for" or "with" or "to" or "from" or "by")) return null;
            }
            return null;
        }

        /// <summary>Whether a quotation mark stands among the tokens <paramref name="from"/> to <paramref name="to"/> (both included).</summary>
        private bool QuoteIn(int from, int to)
        {
            for (var i = from; i <= to && i < Toks.Count; i++)
                if (Toks[i].Kind == TokenKind.Quote) return true;
            return false;
        }

        private static bool IsPossessivePronoun(string w) => w is "his" or "her" or "their" or "its" or "our";

        /// <summary>A relative speaker set off by a comma: "Ana Ruiz, who ...".</summary>
        private bool SetOffRelative(Phrase rel) => rel.First > 0 && Toks[rel.First - 1].Text is ",";

        /// <summary>The content starting at <paramref name="start"/> opens with a preposition or subordinator: an adjunct, not a subject.</summary>
        private bool OpensWithAdjunct(int start)
        {
            var i = IndexAtOrAfter(start);
            return i < Toks.Count && Toks[i].Text.ToLowerInvariant() is "in" or "on" or "at" or "after" or "before" or "during" or "for" or "since"
                or "by" or "with" or "from" or "over" or "under" or "within" or "throughout" or "until" or "as" or "when" or "while" or "if"
                or "because" or "although" or "though" or "once" or "despite" or "without" or "unlike" or "like";
        }

        /// <summary>
        /// A cue in a clause that describes the speaker just named (the frame starts at <paramref name="from"/>): a
        /// participle after a comma (", referring to the levy") or any verb of a relative clause ("who chaired the
        /// panel that rejected ...", "which represents the ferry crews"). A speech participle (", adding that ...")
        /// is a second telling of its own, and what follows may be its continuation, not the first quote's.
        /// </summary>
        private bool DescribesSpeaker(int from, int cue)
        {
            var toks = Toks;
            if (cue < 1) return false;
            for (var j = from; j < cue; j++)
                if (toks[j].Text is "who" or "whose" or "which") return true;
            return toks[cue].Text.EndsWith("ing", StringComparison.Ordinal) && toks[cue - 1].Text is "," && toks[cue].Text is not "according"
                   && !CueLexicon.Speech.Contains(toks[cue].Text);
        }

        /// <summary>
        /// A cue word from <paramref name="from"/> to the sentence end, quoted words aside: the words a quote holds
        /// ("The fund, she said, is “doing well, I am told”") are what was said, not a second frame.
        /// </summary>
        private bool CueOutsideQuotes(int from)
        {
            var toks = Toks;
            for (var j = from; j < toks.Count; j++)
            {
                var t = toks[j];
                if (t.Kind == TokenKind.Quote && IsOpeningQuote(j))
                {
                    var q = QuoteStartingAt(t.Start)!;
                    if (q.Span.End > sentence.End) return false;
                    j = IndexAtOrAfter(q.Span.End) - 1;
                    continue;
                }
                if (t.IsWord && char.IsLower(t.Text[0]) && CueLexicon.Prior(t.Text) >= 0.5) return true;
            }
            return false;
        }

        /// <summary>Paragraphs that are nothing but a quotation, right after a quote ending a paragraph, go on with it.</summary>
        private int ExtendOverQuoteParagraphs(int end)
        {
            for (var n = 0; n < 5; n++)
            {
                var nl = text.IndexOf('\n', end);
                if (nl < 0 || text.AsSpan(end, nl - end).Trim().Length > 0) return end;
                var next = nl;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                if (next >= text.Length) return end;
                var q = QuoteFinder.Containing(quotes, next + 1);
                if (q is null || q.Span.Start != next || !q.Closed || FollowedByOwnCue(q)) return end;
                var lineEnd = text.IndexOf('\n', q.Span.End);
                if (text.AsSpan(q.Span.End, (lineEnd < 0 ? text.Length : lineEnd) - q.Span.End).Trim().Length > 0) return end;
                end = q.Span.End;
            }
            return end;
        }

        /// <summary>The quote that ends the previous sentence of the same paragraph ("...?” / "...!”").</summary>
        private QuoteSpan? PreviousSentenceQuote()
        {
            if (index == 0) return null;
            var prev = sentences[index - 1];
            if (prev.Tokens.Count == 0 || text.AsSpan(prev.End, sentence.Start - prev.End).Contains('\n')) return null;
            var last = prev.Tokens[^1];
            if (last.Kind != TokenKind.Quote) return null;
            // The closing mark may be two apostrophes ("''"), so the quote is found by where it ends.
            var q = QuoteEndingAt(last.End);
            // Only a quote that is the whole sentence: "He added, “...” The court refused ..." is framed already.
            return q is not null && q.Closed && q.Span.Start <= prev.Tokens[0].Start ? q : null;
        }

        /// <summary>A quote opening the next sentence in the same paragraph, not followed by a cue of its own.</summary>
        private QuoteSpan? NextSentenceQuote()
        {
            if (index + 1 >= sentences.Count) return null;
            var next = sentences[index + 1];
            if (next.Tokens.Count == 0 || text.AsSpan(sentence.End, next.Start - sentence.End).Contains('\n')) return null;
            var q = QuoteStartingAt(next.Tokens[0].Start);
            // "... he said. But “...”", "... he said. If the vote fails, “...”": a conjunction, or an opening adjunct
            // and its comma (no cue among them), before a quote that runs to the sentence's end.
            if (q is null && next.Tokens.Count > 2)
                for (var i = 1; i < Math.Min(next.Tokens.Count - 1, 12); i++)
                {
                    var t = next.Tokens[i];
                    if (t.Kind == TokenKind.Quote)
                    {
                        if ((i == 1 && next.Tokens[0].Text is "But" or "And" or "So"
                             || next.Tokens[i - 1].Text is "," && next.Tokens[0].Text is "If" or "Unless" or "When" or "While" or "Although" or "Though" or "After" or "Before" or "Since" or "As" or "In" or "For")
                            && QuoteStartingAt(t.Start) is { } cq && cq.Span.End >= next.Tokens[^1].End) q = cq;
                        break;
                    }
                    if (t.IsWord && CueLexicon.Prior(t.Text) >= 0.3 || t.Text is ";" or ":") break;
                }
            // "“...,” Ruiz said. “Nobody sails until you show them” the wall is safe, she said.": a quote that opens a
            // sentence going on past it to a speaker tag of its own is a new telling.
            if (q is not null && q.Span.End < next.Tokens[^1].Start && TagAfterQuote(next, q)) return null;
            return q is not null && !FollowedByOwnCue(q) ? q : null;
        }

        /// <summary>
        /// A speaker tag after the quote <paramref name="q"/> in <paramref name="s"/>, outside any other quote: after
        /// the words that go on with the quoted clause ("” the wall is safe, she said"), or a speaker named right
        /// after it ("”, Ken Moe, an analyst at Nordbank, told the paper").
        /// </summary>
        private bool TagAfterQuote(Sentence s, QuoteSpan q)
        {
            var toks = s.Tokens;
            var after = 0;
            while (after < toks.Count && toks[after].Start < q.Span.End) after++;
            if (after + 1 >= toks.Count) return false;
            var name = toks[after].Text is "," ? after + 1 : after;
            if (toks[name].IsWord && char.IsUpper(toks[name].Text[0]))
            {
                for (var c = name + 1; c < Math.Min(toks.Count, name + 20); c++)
                    if (toks[c].IsWord && char.IsLower(toks[c].Text[0]) && CueLexicon.Speech.Contains(toks[c].Text))
                        return SpeakerPhrases.Before(toks, c) is { } named && named.First == name;
                return false;
            }
            if (!(toks[after].IsWord && char.IsLower(toks[after].Text[0]))) return false;
            for (var j = after; j < toks.Count - 1; j++)
            {
                if (toks[j].Kind == TokenKind.Quote && QuoteStartingAt(toks[j].Start) is { } inner && inner.Span.Start >= q.Span.End)
                {
                    while (j + 1 < toks.Count && toks[j + 1].Start < inner.Span.End) j++;
                    continue;
                }
                if (toks[j].Text is "," && toks[j + 1].IsWord && toks.Skip(j + 1).Take(4).Any(t => t.IsWord && char.IsLower(t.Text[0]) && CueLexicon.Speech.Contains(t.Text)))
                    return true;
            }
            return false;
        }

        /// <summary>"..." she said: the quote has a speaker of its own after it.</summary>
        private bool FollowedByOwnCue(QuoteSpan q)
        {
            var after = text.AsSpan(q.Span.End, Math.Min(40, text.Length - q.Span.End));
            var nl = after.IndexOf('\n');
            if (nl >= 0) after = after[..nl];
            var s = after.ToString().TrimStart(',', ' ', '\u2014', '\u2015', '-');
            var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).Select(w => w.Trim(',', '.', ';'));
            return s.Length > 0 && char.IsLetter(s[0]) && words.Any(w => CueLexicon.Prior(w) >= 0.5);
        }

        // ---- speaker first: X said (that) ... ----

        private Candidate? SpeakerFirst(int cue, double prior)
        {
            var toks = Toks;
            Speaker? sp = null;
            // ", saying ...", "while adding that ...": a participle continues the sentence's own speaker.
            // (The comma may stand inside the quote before it: "... “won the race,” adding that ...".)
            // ", having called ...": the perfect participle's auxiliary stands for the participle.
            var part = cue > 1 && toks[cue - 1].Text is "having" ? cue - 1 : cue;
            // ", recently telling ...", ", later adding ...", ", instead urging ...": an adverb between the comma and the participle.
            var lead = part;
            while (lead > 1 && toks[part].Text.EndsWith("ing", StringComparison.Ordinal)
                   && (SpeakerPhrases.IsLyAdverb(toks[lead - 1]) || SpeakerPhrases.IsAdverbial(toks[lead - 1]) && toks[lead - 1].Text is "later" or "again" or "then" or "once" or "further" or "first" or "now"
                       or "instead" or "also" or "even" or "still" or "often" or "simply" or "only" or "just" or "never")
                   && toks[lead - 2].Text is "," or "and") lead--;
            var participial = toks[part].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && lead > 0 && (toks[lead - 1].Text.ToLowerInvariant() is "," or "and" or "while" or "after" or "before" or "by" or "when" or "in" or "also" or "upon"
                               || Dashes.IsLong(toks[lead - 1].Text)
                               // A hyphen set off by spaces stands for a dash: "... in politics - conceding that ...".
                               || lead > 1 && toks[lead - 1].Text is "-" && toks[lead - 2].End < toks[lead - 1].Start && toks[lead - 1].End < toks[lead].Start
                               || lead > 1 && IsClosingQuote(lead - 1) && QuoteMarkStart(lead - 1) is var qm && qm > 0 && toks[qm - 1].Text is ",");
            // "Ruiz kept asking ...", "more voters have lately begun urging ...": after a verb that takes a participle,
            // the speaker is that verb's subject.
            var verb = cue;
            if (!participial && toks[part].Text.EndsWith("ing", StringComparison.Ordinal) && lead > 1 && toks[lead - 1].Text is "began" or "begun" or "begin" or "begins"
                    or "started" or "start" or "starts" or "kept" or "keep" or "keeps" or "continued" or "continue" or "continues" or "stopped" or "stop" or "stops"
                    or "resumed" or "resume" or "resumes")
                verb = lead - 1;
            Phrase? phrase = participial ? null : Speakerlike(SpeakerPhrases.Before(toks, verb));
            // ", with fishers and dockers chanting ...", ", with three in ten saying ...": the phrase after "with" is
            // the participle's own subject.
            var withPhrase = false;
            if (!participial && WithSubject(part) is { } withSubject)
            {
                phrase = withSubject;
                withPhrase = true;
            }
            // "Ann Berg, who last week stirred the race by questioning ...", "..., who, on a call Friday, criticized ...":
            // a cue inside a relative clause set off by a comma is the relative's, whatever phrase stands nearer.
            else if (RelativeOpening(lead) is { } who)
            {
                phrase = new Phrase(who, who, PhraseKind.Relative);
                participial = false;
            }
            // "Pia Holm, a fisher from Astoria, Ore., attending the meeting, said ...": an apposition too long or
            // too mixed to read backwards still follows the name that opens the sentence.
            if (phrase is null && !participial && cue > 3 && toks[cue - 1].Text is "," && OpeningNameBeforeComma(cue) is { } opening) phrase = opening;
            // "Ana Ruiz, chief economist at Acme said ...": an apposition whose closing comma the writer left out
            // describes the person whose name opens the sentence, who is the speaker.
            // (Not "Ruiz, one aide recalls, “was calm”": a parenthetical frame, set off on both sides.)
            if (phrase is { Kind: PhraseKind.Nominal } apposition && !participial && toks[cue - 1].Text is not "," && apposition.First >= 2
                && !(cue + 1 < toks.Count && toks[cue + 1].Text is ",")
                && toks[apposition.First - 1].Text is "," && char.IsLower(toks[apposition.First].Text[0])
                && OpeningName() is { } described && described.Last + 2 == apposition.First
                && resolver.Resolve(toks, described).Ids is [var only] && only.StartsWith("person:", StringComparison.Ordinal)) phrase = described;
            // "Ana Ruiz, spokeswoman for the Harbour Board said ...": the same, when the apposition ends in a name of its
            // own (a role, then "for", "of" or "at" and the body).
            else if (phrase is { Kind: PhraseKind.Name or PhraseKind.Nominal } body && !participial && toks[cue - 1].Text is not "," && body.First >= 4
                && !(cue + 1 < toks.Count && toks[cue + 1].Text is ",")
                && OpeningName() is { } person && person.Last + 1 < body.First && toks[person.Last + 1].Text is ","
                && RoleApposition(person.Last + 2, body.First)
                && resolver.Resolve(toks, person).Ids is [var one] && one.StartsWith("person:", StringComparison.Ordinal)) phrase = person;
            // The comma that sets the participle off from its clause.
            var participleComma = lead > 0 && toks[lead - 1].Text is "," ? lead - 1 : -1;
            // "an aide who spoke with the Bergen Times said ...": the words before the cue end a relative clause,
            // and the speaker is the phrase the clause describes.
            if (phrase is { Kind: PhraseKind.Name or PhraseKind.Nominal } inRelative && RelativeAntecedent(inRelative.First) is { } antecedent)
                phrase = antecedent;
            // "a memo seen by the Harbour Times said ...", "companies contacted by the paper insist ...": the agent of a
            // participle describing the subject is not the subject; the phrase the participle follows is.
            else if (phrase is { Kind: PhraseKind.Name or PhraseKind.Nominal } byAgent && !toks[cue].Text.EndsWith("ing", StringComparison.Ordinal)
                     && byAgent.First >= 3 && toks[byAgent.First - 1].Text is "by" && IsAccessParticiple(toks[byAgent.First - 2].Text)
                     && SpeakerPhrases.EndingAt(toks, byAgent.First - 3, false) is { Kind: PhraseKind.Name or PhraseKind.Nominal } described0)
                phrase = described0;
            // ", at one point calling ...", ", in a letter urging ...": an adjunct between the comma and the participle
            // is no speaker; the participle goes on with the sentence's speaker.
            if (phrase is { Kind: PhraseKind.Nominal } adj && toks[cue].Text.EndsWith("ing", StringComparison.Ordinal) && adj.First >= 2
                && toks[adj.First - 1].Text is "at" or "in" or "on" or "during" or "after" && toks[adj.First - 2].Text is ",")
            {
                phrase = null;
                participial = true;
                participleComma = adj.First - 2;
            }
            // "... but at a second hearing said ...": an adjunct after the conjunction is no speaker; the verb is coordinated.
            var coordAt = -1;
            if (!participial && phrase is { Kind: PhraseKind.Nominal } adjc && adjc.First >= 2 && toks[adjc.First - 1].Text is "in" or "on" or "at" or "during"
                && toks[adjc.First - 2].Text is "and" or "but")
            {
                coordAt = adjc.First - 2;
                phrase = null;
            }
            var coordinated = false;
            // "Jon Smith began calling ...": a name does not go on in lower case; the lower-case word is a verb.
            if (phrase is { Kind: PhraseKind.Nominal } vp && vp.Last > vp.First && toks[cue].Text.EndsWith("ing", StringComparison.Ordinal)
                && toks[vp.Last].IsWord && char.IsLower(toks[vp.Last].Text[0]) && char.IsUpper(toks[vp.Last - 1].Text[0]) && toks[vp.Last - 1].IsWord
                // ("The board is hoping ...": a capitalised article opening the sentence is no name; nor is a nationality
                // before its noun, "the Danish shipyard is aiming", or a word capitalised only to open the sentence,
                // "Local crews backing the plan ...".)
                && !SpeakerPhrases.IsDeterminer(toks[vp.Last - 1].Text))
            {
                // ("The Egyptian government is planning ...": a phrase that names an actor whole is that actor.)
                if (resolver.ActorEndsAt(toks[vp.Last].End)) phrase = vp with { Kind = PhraseKind.Name };
                else if (resolver.MentionKindAt(toks[vp.Last - 1]) is var kind && kind != MentionKind.Demonym && (kind is not null || vp.Last - 1 > 0)
                         // ("A Scottish firm is hoping ...": after an article, a capitalised word that names nothing
                         // describes the noun after it; the phrase has already stopped before a verb.)
                         && !(kind is null && vp.Last - 2 >= vp.First && SpeakerPhrases.IsDeterminer(toks[vp.Last - 2].Text)))
                    phrase = vp with { Last = vp.Last - 1, Kind = PhraseKind.Name };
            }
            // "His office put out a statement saying ...", "the senator began calling ...": the words before a participle
            // are the object of the sentence's verb (or the verb itself), and the subject is the speaker.
            // (Not the subject "with" gives the participle: "..., with reports suggesting ...".)
            if (phrase is { Kind: PhraseKind.Name or PhraseKind.Nominal } op && toks[cue].Text.EndsWith("ing", StringComparison.Ordinal) && !withPhrase
                && IsObjectOfVerb(op) && (SentenceSubject(op.First)
                    ?? (op.First == op.Last && SpeakerPhrases.Before(toks, op.First) is { Kind: not PhraseKind.Relative } vs ? resolver.Resolve(toks, vs) : null)) is { } subject0)
            {
                phrase = null;
                sp = subject0;
                coordinated = true;
            }
            else if (phrase is { } p)
            {
                // "a pamphlet titled “...”", "a club called the “...”": a participle naming a thing, whose name nobody
                // is quoted as saying.
                sp = toks[cue].Text is "titled" or "entitled" || toks[cue].Text is "called" or "dubbed" && toks[p.First].Text is "a" or "an"
                     // "the candidate labeled “...”": a label given to a thing or a person by nobody named.
                     || toks[cue].Text is "labeled" or "labelled" && p.Kind == PhraseKind.Nominal
                    ? new Speaker([], null) : resolver.Resolve(toks, p);
                // "In a May survey by the Harbor Times, 31% of voters said ...": the people answering speak
                // through the poll, which is the source (a pollster named as the subject speaks for itself).
                if (p.Kind is PhraseKind.Name or PhraseKind.Nominal && sp.Ids.Count == 0 && (OpeningPoll(p.First) ?? ShowingPoll(p)) is { } poll) sp = poll;
                // "It is still unclear why ...", "it was far from clear ...": the "it" stands for the clause after it; nobody is named.
                if (p.Kind == PhraseKind.Pronoun && toks[p.First].Text is "it" or "It" && toks[cue].Text is "unclear" or "clear") sp = new Speaker([], null);
                // "It's a fair assumption that ...", "there was no formal assertion of ...": an article (or "no") and
                // modifiers right before a noun in "-tion", "-sion" or "-ment" are that noun's own phrase, not a
                // speaker; nobody is named.
                // (Not "a Harbour Board assertion that ...", whose name is the source, nor "a handful of witnesses
                // mention ...", a subject with its verb.)
                if (p.Last + 1 == cue && toks[p.First].Text.ToLowerInvariant() is "a" or "an" or "no" && IsDerivedNoun(toks[cue].Text)
                    && !NamesOrCounts(p)) sp = new Speaker([], null);
            }
            else if (participial && CoordinatedParticipleSubject(lead) is { } firstSubject)
                sp = resolver.Resolve(toks, firstSubject);
            else if (participial)
            {
                // The speaker of the sentence's earlier claim if it names an entity, else the sentence's subject.
                // ("Fishers say ..., and the union has sued the city, saying ...": a clause joined after that claim,
                // with a subject of its own, is the participle's; not a clause inside what was said: "Ruiz said fares
                // would rise, and jobs would go, warning ..." is still Ruiz warning.)
                // (So is one after a semicolon: "Ruiz said fares would rise; Berg disagreed, saying ...".)
                var joined = participleComma > 0 && NearestSubject(participleComma) is { } js && js.First >= 2
                    && (toks[js.First - 1].Text is "and" or "but" or "while" or "whereas" && toks[js.First - 2].Text is "," || toks[js.First - 1].Text is ";")
                    && lastSpeaker?.Mention is { } lm && lm.Start < toks[js.First].Start
                    && !(toks[js.First].Start >= lastContent.Start && toks[js.First].Start < lastContent.End) ? js : (Phrase?)null;
                sp = joined is { } j0 ? resolver.Resolve(toks, j0)
                    : lastSpeaker is { Ids.Count: > 0 } or { Mention: not null } && !InRestrictiveRelative(lastSpeaker) && !InOpeningSubordinateClause(lastSpeaker, cue) ? lastSpeaker
                    : ClauseSubject(cue) ?? (participleComma > 0 && NearestSubject(participleComma) is { } near ? resolver.Resolve(toks, near) : null)
                      ?? SentenceSubject(cue) ?? lastSpeaker;
            }
            else if ((coordAt > 0 ? coordAt : CoordinationBefore(verb)) is var c0 && c0 > 0 && toks[c0].Text is "and" or "but"
                     && ((NearestSubject(c0) is { } near ? resolver.Resolve(toks, near) : null) ?? lastSpeaker ?? SentenceSubject(c0)) is { } subject)
            {
                // "X called Y “crazy” and said ...", "McCain survived five years in prison and says ...": a second
                // verb of the same subject.
                sp = subject;
                coordinated = true;
            }
            // "a plan seen by the fishers as ...", "the suit was brought by a watchdog": a passive participle
            // with "by" right after it is spoken by its agent.
            if (cue + 2 < toks.Count && toks[cue + 1].Text is "by" && PassiveBeforeBy(cue)
                && Agent(cue + 1, toks.Count - 1) is { Mention: { } by } agent && by.Text.Split(' ')[^1].ToLowerInvariant() is not ("phone" or "telephone" or "email" or "e-mail" or "text" or "mail" or "letter" or "video" or "satellite" or "fax" or "radio"))
                sp = agent;
            if (sp is null) return null;

            if (!participial && AsFrameEnd(cue) is { } asEnd && IsOpeningQuote(asEnd + 1) && QuoteStartingAt(toks[asEnd + 1].Start) is { } asQuote)
            {
                // "As Smith put it last week, “...”": the fronted clause is the frame and the quote after it is what
                // was said (a clause after it is not: annotators rarely take "As X said, ..." as an attribution).
                var cs = toks[asEnd + 1].Start;
                var ce = asQuote.Span.End > sentence.End || IndexAtOrAfter(asQuote.Span.End) > LastContentToken()
                    ? ExtendOverQuoteParagraphs(Math.Max(asQuote.Span.End, toks[LastContentToken()].End))
                    : toks[LastContentToken()].End;
                if (WordsIn(cs, ce) < 3) return null;
                return new Candidate(toks[cue].Start, toks[cue].End, cs, ce, sp, prior + 0.3, null);
            }
            var k = SkipAudience(cue, cue + 1, out var audience);
            // "“...,” Beck told “Harbour Hour” after the vote": a programme's title after "told" is whom it was told to;
            // with the quote before the frame, or nothing but a comma or an adjunct after the title, nothing more was said.
            if (k == cue + 1 && toks[cue].Text is "told" or "tells" && IsOpeningQuote(k) && QuoteStartingAt(toks[k].Start) is { } programme && IsTitle(programme))
            {
                var afterTitle = IndexAtOrAfter(programme.Span.End);
                var thatAhead = Enumerable.Range(afterTitle, Math.Max(0, Math.Min(toks.Count, afterTitle + 10) - afterTitle)).TakeWhile(i => toks[i].IsWord).Any(i => toks[i].Text is "that");
                if (QuoteThenSpeaker(cue) is not null || afterTitle >= toks.Count || !toks[afterTitle].IsWord
                    || !thatAhead && toks[afterTitle].Text is "after" or "before" or "when" or "while" or "as" or "during" or "in" or "on" or "at" or "last" or "this" or "earlier") return null;
                k = afterTitle;
            }
            // "Pollsters warn of a close vote - Ana Ortiz: “...”": a heading, then the quote's own source after a dash.
            if (DashedSourceAhead(cue + 1)) return null;
            // Particles that belong to the cue: "called for", "pointed out", "warned of".
            var cueEnd = cue;
            if (PhraseCueEnd(cue, out _) is var phraseEnd && phraseEnd > cue)
            {
                cueEnd = phraseEnd;
                k = phraseEnd + 1;
            }
            else if (k < toks.Count && toks[k].Text.ToLowerInvariant() is "out" or "for" or "on" or "of" or "about" or "against" or "up" && k == cue + 1
                     && !(toks[k].Text is "on" && OnIsAdjunct(toks[cue].Text)))
            {
                cueEnd = k;
                k++;
            }
            k = SkipTimePhrase(k);
            k = SkipVenuePhrase(k);
            var that = -1;
            for (var j = k; j < Math.Min(toks.Count, k + 8); j++)
            {
                // ("think that's where ...": "that" with "is" is what was said, not the word that opens it.)
                if (toks[j].Text is "that") { if (j + 1 >= toks.Count || toks[j + 1].Text is not ("'s" or "\u2019s")) that = j; break; }
                if (toks[j].Text is "," or ";" or ":" || toks[j].Kind == TokenKind.Quote || CueLexicon.Prior(toks[j].Text) >= 0.5) break;
                // "said Berg reassured them that ...": a clause of its own (a subject and its verb) is the content,
                // and its "that" belongs to it.
                // ("said it's important that ...", "said it was clear that ...": so does "it" before its verb.)
                if (toks[j].Text is "he" or "she" or "they" or "we" or "I" || j > k && toks[j].IsWord && char.IsLower(toks[j].Text[0])
                    && toks[j].Text.EndsWith("ed", StringComparison.Ordinal) && !SpeakerPhrases.IsDeterminer(toks[j - 1].Text)
                    || toks[j].Text is "it" && j + 1 < toks.Count && toks[j + 1].Text is "'s" or "\u2019s" or "is" or "was" or "would" or "will" or "has" or "had") break;
                // "said there were clear signs that ...": an auxiliary or a form of "be" or "have" before the "that" marks
                // such a clause too (not a past participle: "denied the repeated claims that ...").
                if (j > k && IsFiniteVerb(toks[j].Text) && !toks[j].Text.EndsWith("ed", StringComparison.Ordinal)) break;
            }
            // "stated of the merger that ...", "wrote of her rival that ...": "of" names what the telling is about, and
            // the "that" after it opens what was said.
            if (that > k && cueEnd == cue + 1 && toks[cueEnd].Text is "of" && SaysOf(toks[cue].Text)) cueEnd = cue;
            // "is offering the treatments that ...": a "that" after the cue's object opens a relative clause on it,
            // unless the object is a noun whose clause it is ("voiced the hope that ...", "rejected the claim that ...")
            // or a time ("said two days later that ...", "knew all along that ...").
            // (Nor after a verb that takes a person and a "that" clause: "told its members that ...", "promised the
            // voters that ...".)
            else if (that > k && SpeakerPhrases.IsDeterminer(toks[k].Text) && !ClauseNouns.Contains(toks[that - 1].Text) && !TakesPersonAndThat(toks[cue].Text)
                && !toks.Skip(k).Take(that - k).Any(t => SpeakerPhrases.IsTimeWord(t.Text) || t.Text is "ago" or "later" or "earlier" or "along")) that = -1;
            if (that >= 0) k = that + 1;
            // "After the hearing ended, Ruiz stated that ...", "..., once the talks concluded, the board ...": a verb
            // closing a subordinate clause of time, condition or cause, right before its comma, said nothing; what
            // follows the comma is the main clause.
            if (that < 0 && k == cueEnd + 1 && k < toks.Count && toks[k].Text is "," && ClosesSubordinateClause(cue)) return null;
            // "If the board wants the fund gone — as owners believe, but the board denies — “...?” asked Lund": a dash
            // after the cue that closes an aside opened by a dash before it ends the aside; what follows is not its.
            if (that < 0 && k == cueEnd + 1 && k < toks.Count && Dashes.IsLong(toks[k].Text) && toks.Take(cue).Count(t => Dashes.IsLong(t.Text)) % 2 == 1) return null;
            while (k < toks.Count && (toks[k].Text is ":" or "," || Dashes.IsLong(toks[k].Text))) k++;
            // "the union is alleging, but the board denies ...": a conjunction right after the cue's comma starts the
            // next clause; the cue says nothing after it. (Not "said, and I quote, ...".)
            if (that < 0 && k == cueEnd + 2 && k + 2 < toks.Count && toks[k - 1].Text is "," && toks[k].Text is "but" or "and" or "or"
                && !(toks[k + 1].Text is "I" && toks[k + 2].Text is "quote")) return null;
            // "Biden said, clutching the lectern: “...”": a participle after the cue describes the speaker.
            if (k > cue + 1 && toks[k - 1].Text is "," && k < toks.Count && toks[k].IsWord && toks[k].Text.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.Prior(toks[k].Text) < 0.3)
            {
                var stop = k;
                while (stop < toks.Count && toks[stop].Text is not ("," or ":") && toks[stop].Kind != TokenKind.Quote) stop++;
                if (stop >= toks.Count) return null;
                k = stop;
                while (k < toks.Count && toks[k].Text is ":" or ",") k++;
            }
            // "X said in a statement on Monday, after the vote, “...”", "said on the radio, “...”": adjuncts of the
            // telling, then a comma and the quote, which is what was said.
            if (that < 0 && QuoteAfterAdjuncts(cueEnd > cue ? cueEnd : k) is { } quoteAt)
            {
                k = quoteAt;
                cueEnd = cue;
            }
            // "said of the vote: “...”", "echoed those thoughts: “...”": a few words naming what it was said of, then a
            // colon and a quote, which is what was said.
            else if (that < 0 && QuoteAfterColon(k) is { } colonQuote) k = colonQuote;
            // "said on the Courier's “Dock Talk” show on Sunday that ...": the place it was said, however long, ends at
            // the "that" opening what was said; with no "that" after it, nothing was said after the cue.
            if (that < 0 && k == cue + 1 && k < toks.Count && toks[k].Text is "on" && OnIsAdjunct(toks[cue].Text))
            {
                var j = k + 1;
                while (j < toks.Count && j - k <= 20 && toks[j].Text is not ("that" or ";" or ":" or "." or "?" or "!") && !(toks[j].IsWord && char.IsLower(toks[j].Text[0]) && CueLexicon.Prior(toks[j].Text) >= 0.5)) j++;
                if (j < toks.Count && toks[j].Text is "that" && j + 1 < toks.Count)
                {
                    that = j;
                    k = j + 1;
                }
                // "says on 13 March Ruiz met ...": a date; "posted on his website he would ...": a few words of place,
                // then a clause opening with a pronoun.
                else if (k + 3 < toks.Count && (toks[k + 1].Text.All(char.IsDigit) && SpeakerPhrases.IsMonth(toks[k + 2].Text)
                                                  || SpeakerPhrases.IsMonth(toks[k + 1].Text) && toks[k + 2].Text.All(char.IsDigit)))
                    k += 3;
                else if (Enumerable.Range(k + 2, Math.Max(0, Math.Min(toks.Count - 1, k + 5) - k - 1)).FirstOrDefault(x => toks[x].Text is "he" or "she" or "they" or "it" or "we" or "I" or "there") is var p and > 0
                         && Enumerable.Range(k + 1, p - k - 1).All(x => toks[x].IsWord))
                    k = p;
                else return null;
            }
            int start, end;
            var quoted = false;
            var cutEarly = false;
            if (k >= toks.Count)
            {
                // "X said:" and the quote in the next sentence or paragraph.
                if (toks[^1].Text is not ":" && !(toks.Count > 1 && toks[^1].Text is "," && toks[^2].Text == toks[cue].Text)) return null;
                var nq = NextQuote();
                if (nq is null) return null;
                (start, end, quoted) = (nq.Span.Start, nq.Span.End, true);
            }
            else
            {
                start = toks[k].Start;
                var clauseEnd = ClauseEnd(k, thatClause: that >= 0);
                // "said yes, but ...": a bare answer is all that was said.
                if (that < 0 && toks[k].Text is "yes" or "no" && k + 1 < toks.Count && toks[k + 1].Kind == TokenKind.Punctuation) clauseEnd = k;
                // Without "that", what follows the cue is its object ("criticized the stock market"), which ends
                // at the first comma; a "that" clause may run on. Cut there, a one-word object is the whole content
                // ("While dockers backed Lund, 61 percent to 30, ...").
                if (!IsOpeningQuote(k) && InFrontedClause(cue) && ObjectEnd(k, clauseEnd) is var objectCut && objectCut != clauseEnd)
                {
                    clauseEnd = objectCut;
                    cutEarly = true;
                }
                if (toks[cue].Text.EndsWith("ing", StringComparison.Ordinal)) clauseEnd = ParallelParticipleEnd(k, clauseEnd);
                // "endorsed Ruiz after the vote": a reporting verb's clause keeps its "when" ("said the crews were
                // tired when ..."), another cue's short object does not; an object pronoun ends the same after either.
                if (that < 0 && ShortObjectEnd(k, clauseEnd, NamesOrDescribes(toks[cue].Text), CueLexicon.Speech.Contains(toks[cue].Text)) is { } objectEnd)
                {
                    clauseEnd = objectEnd;
                    cutEarly = true;
                }
                // "Ana Ruiz, who backs the plan, said ...": a relative clause ends before its antecedent's own verb.
                // Set off by commas, it ends before any finite verb: "Ruiz, who backs the plan, lost her seat".
                // The last such verb, as the clause may hold commas and verbs of its own: "Ruiz, who said the plan,
                // which cost millions, was a waste, lost her seat" ends before "lost".
                // ("Ruiz, who backed the plan, and openly fought the levy, last week said ...": so does a verb joined to
                // the relative's by "and", whose subject is the "who".)
                var relative = phrase is { Kind: PhraseKind.Relative } ? phrase
                    : coordinated && sp.Mention is { } who && who.Text is "who" && IndexAtOrAfter(who.Start) is var wi && wi > 0 && wi < toks.Count && toks[wi].Start == who.Start
                        ? new Phrase(wi, wi, PhraseKind.Relative) : (Phrase?)null;
                if (relative is { } relativePhrase)
                {
                    var cutAt = -1;
                    for (var j = k + 1; j < clauseEnd; j++)
                        if (toks[j].Text is "," && NextVerbAfterComma(j) is { } v && !toks[v].Text.EndsWith("ing", StringComparison.Ordinal))
                        {
                            if (CueLexicon.Prior(toks[v].Text) >= 0.5)
                            {
                                cutAt = j;
                                break;
                            }
                            if (SetOffRelative(relativePhrase) && (IsFiniteVerb(toks[v].Text) || IsIrregularPast(toks[v].Text))) cutAt = j;
                        }
                    if (cutAt >= 0)
                    {
                        clauseEnd = Trim(cutAt - 1, k);
                        cutEarly = true;
                    }
                }
                // "Voters who backed the plan warned that ...": without commas, the antecedent's verb follows a noun.
                if (phrase is { Kind: PhraseKind.Relative } rel && rel.First > 0 && toks[rel.First - 1].Text is not ",")
                    for (var j = k + 1; j < clauseEnd; j++)
                        if (toks[j].IsWord && char.IsLower(toks[j].Text[0]) && CueLexicon.Prior(toks[j].Text) >= 0.8 && !toks[j].Text.EndsWith("ing", StringComparison.Ordinal)
                            && toks[j - 1].IsWord && char.IsLower(toks[j - 1].Text[0]) && !SpeakerPhrases.IsBoundary(toks[j - 1].Text) && !SpeakerPhrases.IsDeterminer(toks[j - 1].Text)
                            && CueLexicon.Prior(toks[j - 1].Text) < 0.5 && !CueLexicon.Pronouns.Contains(toks[j - 1].Text))
                        {
                            clauseEnd = Trim(j - 1, k);
                            break;
                        }
                end = toks[clauseEnd].End;
                if (end <= start) return null;
                // "called the mayor a “coward” on the radio", "dubbed the plan “Project Lark,” a nod to ...": the name
                // given ends at its closing quote; what follows is about the naming.
                if (that < 0 && cueEnd == cue && !IsOpeningQuote(k) && IsNamingVerb(toks[cue].Text) && NamingQuoteEnd(k, end) is { } named) end = named;
                if (IsOpeningQuote(k) && QuoteStartingAt(toks[k].Start) is { } q)
                {
                    quoted = true;
                    end = Math.Max(end, q.Span.End);
                    if (q.Span.End > sentence.End) end = q.Span.End;
                    // "yelled “You lie!” at the president", "said “We’ll see” when asked": a quote right after the
                    // cue is what was said; words after it are adjuncts of the telling.
                    else if (IndexAtOrAfter(q.Span.End) is var after && after < toks.Count && toks[after].Text is "at" or "when" or "before" or "after" or "toward" or "towards" or "while" or "during" or "until") end = q.Span.End;
                }
                // "... saying he has “made a lot of money.” “Frankly, ...”": the next quote goes on with it.
                if (end >= toks[LastContentToken()].End && toks[^1].Kind == TokenKind.Quote && IsClosingQuote(toks.Count - 1))
                {
                    quoted = true;
                    // (Not the answer to a question asked: "Ruiz asked the minister: “Who pays?” “The riders.”")
                    var asked = IsAskingVerb(toks[cue].Text)
                        && text.AsSpan(toks[^1].Start - 1, 1) is "?" && AskedSomeone(text, toks[cue].End);
                    end = asked ? Math.Max(end, toks[^1].End) : ExtendOverQuoteParagraphs(NextSentenceQuote()?.Span.End ?? Math.Max(end, toks[^1].End));
                }
                // "..., adding that the fares would rise. “Nobody wants that.”": what someone adds goes on in a quote
                // opening the next sentence.
                else if (toks[cue].Text is "adding" or "added" or "adds" && end >= toks[LastContentToken()].End && NextSentenceQuote() is { } added)
                    end = ExtendOverQuoteParagraphs(added.Span.End);
                else
                {
                    // The content runs into a quote that goes on past the sentence: take the whole quote.
                    var inner = quotes.FirstOrDefault(x => x.Span.Start >= start && x.Span.Start < end && x.Span.End > sentence.End);
                    if (inner is not null) end = inner.Span.End;
                }
            }
            // "talked to us on condition of anonymity", "confirmed the closure on condition of anonymity, citing ...": the
            // terms of speaking are no part of what was said; alone, nothing was said.
            if (!quoted && AnonymityTerms(start, end) is { } terms)
            {
                if (text.AsSpan(start, terms - start).Trim().IsEmpty) return null;
                end = text.AsSpan(0, terms).TrimEnd().TrimEnd(',').Length;
                cutEarly = true;
            }
            var words = WordsIn(start, end);
            // Short contents are common after the surest cues ("called her “weak”", "says everything") and rare after others
            // (but for a content cut before what follows it: "backed her when ...", "Ruiz, who opposed the plan, lost ...").
            var hasQuote = quoted || text.AsSpan(start, end - start).IndexOfAny('"', '\u201C', '\u201D') >= 0;
            // ("called for his dismissal", "pushed for new talks": what is called for is short but sure.)
            var callsFor = cueEnd == cue + 1 && toks[cueEnd].Text is "for" && prior >= 0.5;
            if (words < 1 || !cutEarly && (words < 2 && prior < 0.8 || !hasQuote && !callsFor && words < 3 && prior < 0.8)) return null;
            // ("swing states that have voted ...": a "that" with no subject after it opens a relative clause on the noun.)
            if (toks[cue].Text.Equals("states", StringComparison.OrdinalIgnoreCase) && (that < 0 || that + 1 < toks.Count
                && toks[that + 1].Text is "have" or "has" or "had" or "are" or "is" or "were" or "was" or "will" or "would" or "can" or "could" or "may" or "might")) return null;
            // "a club called Harbour Watch": the participle names a thing and nobody is quoted; only a quoted name
            // ("a club called the “Harbour Watch”") is kept as someone's words, not a quote further on ("a firm called
            // Nordbank, which sells what it calls “smart” loans").
            // (At a sentence's start too: "A new fund called Harbour First spent more.")
            if (toks[cue].Text is "called" or "dubbed" && phrase is { } namePhrase && IsIndefinite(toks[namePhrase.First].Text)
                && (sp is { Ids.Count: 0, Mention: null } && !hasQuote || namePhrase.Kind == PhraseKind.Nominal && NamedWithoutQuotes(cue))) return null;
            // "2bn more than Ms Lund predicted in her budget", "faster than analysts had expected": after "than" the verb's
            // object is the comparison itself, so the words after it are no content of it.
            // (Not a share or a count: "more than half of the crews said"; nor a clause after the verb, where the gap is
            // inside it: "more than the board says the boats can carry".)
            if (phrase is { } compared && compared.First > 0 && toks[compared.First - 1].Text is "than" && that < 0 && !hasQuote
                && (words == 0 || IndexAtOrAfter(start) is var first && first < toks.Count && (SpeakerPhrases.IsTimeWord(toks[first].Text)
                    || toks[first].Text.ToLowerInvariant() is "in" or "on" or "at" or "for" or "during" or "by" or "last" or "this" or "earlier" or "before" or "after" or "when" or "since" or "until"))
                && toks[compared.First].Kind != TokenKind.Number && !SpeakerPhrases.IsNumberWord(toks[compared.First].Text)
                && toks[compared.First].Text.ToLowerInvariant() is not ("half" or "a" or "an" or "dozens" or "hundreds" or "thousands" or "millions")) return null;
            // "spoke at a rally in Ames on Friday", "talked with voters for an hour": a verb of speaking with only its
            // audience, place or time after it tells that someone spoke, not what; keep it when the words name what was
            // said or why ("spoke at length about ...", "spoke briefly of ...", "spoke to reporters to explain ...").
            if (IsSpeakingVerb(toks[cue].Text) && (cueEnd == cue || toks[cueEnd].Text is "for" or "to" or "with" or "on" or "at" or "in")
                && that < 0 && !hasQuote && !SaysWhatOrWhy(cueEnd + 1, end)) return null;
            // "found himself in a row over ...": with a reflexive object "found" is where someone ended up, not a finding.
            if (toks[cue].Text is "found" or "finds" && cue + 1 < toks.Count && toks[cue + 1].Text.ToLowerInvariant() is "himself" or "herself" or "itself"
                or "themselves" or "myself" or "ourselves" or "yourself") return null;
            // "Ana Ruiz reported from Port Elm": a reporter's dateline, where the story was gathered, not what was said;
            // "the largest crowd seen since May": a participle describing a noun, with nobody seeing anything.
            if (cue + 1 < toks.Count && that < 0 && !hasQuote
                && (toks[cue].Text is "reported" or "reporting" && toks[cue + 1].Text is "from" || toks[cue].Text is "seen" && toks[cue + 1].Text is "since")) return null;
            // "fees declined 40 percent", "support declined sharply from May", "sales declined, by a third": a fall in
            // something, not a refusal ("declined to comment", "declined an interview").
            if (toks[cue].Text is "declined" or "declines" or "declining" && cueEnd == cue && Decrease(cue + 1)) return null;
            // "went to Ames", "went through the files", "went back home": a move, nothing said (unlike "went on to
            // say", "went further, adding ...", "went to Ames to meet ...").
            if (toks[cue].Text is "went" && cueEnd == cue && that < 0 && !hasQuote && cue + 1 < toks.Count
                && (toks[cue + 1].Text is "into" or "through" or "there" or "home" or "back" or "underground" or "beyond"
                    || toks[cue + 1].Text is "to" && (!SaysWhatOrWhy(cue + 1, end) || cue + 2 < toks.Count && toks[cue + 2].Text is "number" or "No")
                    // "went bust", "went public", "went ahead through a penalty", "went close", "went down 3-1", "went to
                    // number one": a change of state, a lead or a chart place, not words ("went ahead and ...", "went
                    // after", "went further" may be).
                    || WentNotSaying.Contains(toks[cue + 1].Text)
                    || toks[cue + 1].Text is "ahead" && !(cue + 2 < toks.Count && toks[cue + 2].Text is "and" or "with"))) return null;
            // "was named best actor", "has been voted player of the year", "were nominated for an award", "a street named
            // after him", "the film's nominated producers": a choice or an honour that befell someone, with no one named
            // making it, is nothing said.
            if (toks[cue].Text is "named" or "nominated" or "voted" or "appointed" or "elected" or "crowned" or "dubbed" or "picked" or "chosen"
                && that < 0 && !hasQuote && (BeBefore(cue) && !(cueEnd + 1 < toks.Count && toks[cueEnd + 1].Text is "by") || cueEnd + 1 < toks.Count && toks[cueEnd + 1].Text is "after")) return null;
            // "Nordbank saw its profits slide 12%", "has seen a sharp rise in sales": what someone lived through, not a view
            // ("analysts see prices rising", "saw him as a rival" may be).
            if (toks[cue].Text is "saw" or "seen" && cueEnd == cue && that < 0 && !hasQuote && !WordWithin(cue + 1, 12, "as") && ChangeAfterObject(cue + 1)) return null;
            // "maintained a wide lead", "maintains the title": what is kept, not a view held, where no clause follows
            // ("maintained the server was secure" is one). PolNeAR train: 8 of the 9 such uses were no attribution.
            if (toks[cue].Text is "maintained" or "maintains" or "maintain" or "maintaining" && cueEnd == cue && that < 0 && !hasQuote
                && !toks.Any(t => t.Start >= start && t.End <= end && t.IsWord && IsFiniteVerb(t.Text))) return null;
            // "lashed home a low shot", "blasted wide", "fired just over", "struck a deal with ...", "slammed his racket onto
            // the court": a verb of attacking in words is first one of striking or shooting, and with a direction after it
            // or its object, or a shot, a ball or a deal as its object, nothing is said ("blasted the plan", "slammed Ruiz
            // for ..." are words).
            if (StrikingVerbs.Contains(toks[cue].Text) && cueEnd == cue && that < 0 && !hasQuote && StruckThing(cue + 1)) return null;
            // "went on sale", "went on trial", "went on strike": an event, not more said.
            if (toks[cue].Text.ToLowerInvariant() is "went" or "go" or "goes" or "going" && cue + 2 < toks.Count && toks[cue + 1].Text is "on"
                && toks[cue + 2].Text is "sale" or "trial" or "strike" or "display" or "holiday" or "tour" or "air") return null;
            // "went on to chair the board", "went on to finish third": what someone did next, not what they said (unlike
            // "went on to argue", "went on to criticise the plan").
            if (toks[cue].Text.ToLowerInvariant() is "went" or "go" or "goes" or "going" && cue + 3 < toks.Count && toks[cue + 1].Text is "on"
                && toks[cue + 2].Text is "to" && !IsVerbOfSaying(toks[cue + 3].Text)) return null;
            // "a strong showing in Iowa", "the show on Sunday", "showed up at the rally": a noun, or "show up" (arrive);
            // the verb of showing takes an object or a clause ("the poll shows Ruiz ahead").
            if (toks[cue].Text.ToLowerInvariant() is "show" or "shows" or "showed" or "showing" or "shown" && that < 0
                && (toks[cueEnd].Text is "up" || cueEnd + 1 < toks.Count && toks[cueEnd + 1].Text is "up" or "in" or "on" or "at")) return null;
            // "primary states to ...", "the plan calls ...": a plural noun or a thing, not a speaker, unless a
            // "that" clause or a quote follows.
            if (phrase is { Kind: PhraseKind.Nominal } && that < 0 && !quoted && prior < 0.8 && toks[cue].Text.EndsWith('s') && !toks[cue].Text.EndsWith("ss", StringComparison.Ordinal)
                && char.IsLower(toks[phrase.Value.Last].Text[0]) && !IsPeopleNoun(toks[phrase.Value.Last].Text)) return null;
            var score = prior + (that >= 0 ? 0.2 : 0) + (quoted ? 0.2 : 0) + (phrase is { } ph ? KindBonus(ph) : coordinated ? 0 : -0.05);
            if (phrase is { Kind: PhraseKind.Nominal } pl && PluralSubjectAgrees(pl, cue)) score += 0.1;
            return new Candidate(toks[cue].Start, toks[cueEnd].End, start, end, sp, score, audience);
        }

        /// <summary>
        /// A verb in its base form that says or judges something ("say", "add", "argue", "criticise", "endorse"): a cue
        /// word of the lexicon in another form, or one of the verbs of taking a public stand.
        /// </summary>
        private static bool IsVerbOfSaying(string verb)
        {
            var v = verb.ToLowerInvariant();
            bool Known(string w) => CueLexicon.Speech.Contains(w) || CueLexicon.Belief.Contains(w);
            return Known(v) || Known(v + "s") || Known(v + "es") || Known(v + "d") || Known(v + "ed") || StanceVerbs.Contains(v);
        }

        private static readonly FrozenSet<string> StanceVerbs = new[]
        {
            "endorse", "attack", "criticise", "criticize", "rebut", "defend", "explain", "express", "discuss", "praise", "blame",
            "condemn", "reject", "dismiss", "deny", "question", "challenge", "call", "describe", "accuse", "mock", "thank",
            "apologise", "apologize", "compare", "cite", "list", "mention", "answer", "reply", "tell", "say", "argue", "detail",
            "name", "speak", "talk", "reflect", "comment",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>The last word of a <see cref="PhraseCues"/> phrase starting at <paramref name="i"/> ("made it clear"), or -1.</summary>
        private int PhraseCueEnd(int i, out double prior)
        {
            var toks = Toks;
            prior = 0;
            foreach (var (verbs, rests, p) in PhraseCues)
            {
                if (!verbs.Contains(toks[i].Text)) continue;
                foreach (var rest in rests)
                {
                    // A plain loop: this runs for most words, and a lambda over them would allocate on every call.
                    var n = 0;
                    while (n < rest.Length && i + 1 + n < toks.Count && toks[i + 1 + n].Text == rest[n]) n++;
                    if (n < rest.Length) continue;
                    // "officers shot back at the gunmen" is gunfire, not a retort.
                    var after = i + rest.Length + 1;
                    if (rest[^1] is "back" && after < toks.Count && toks[after].Text is "at" or "into" or "toward" or "towards" or "with") continue;
                    prior = p;
                    return i + rest.Length;
                }
            }
            return -1;
        }

        /// <summary>
        /// A speaker named by the "who" of a relative clause not set off by a comma ("a builder who said he was
        /// unpaid"): the clause ends before a participle after a comma, which goes on with the sentence's subject.
        /// </summary>
        private bool InRestrictiveRelative(Speaker speaker)
        {
            if (speaker.Mention is not { } m || m.Text.ToLowerInvariant() is not ("who" or "which")) return false;
            var i = IndexAtOrAfter(m.Start);
            return i > 0 && i < Toks.Count && Toks[i].Start == m.Start && Toks[i - 1].IsWord;
        }

        /// <summary>
        /// The speaker is named in a subordinate clause opening the sentence, and the participle at <paramref name="cue"/>
        /// comes after that clause's comma: "When the crews protested, the mayor gave in, saying ..." is the mayor's.
        /// </summary>
        private bool InOpeningSubordinateClause(Speaker speaker, int cue)
        {
            var toks = Toks;
            if (speaker.Mention is not { } m) return false;
            var s = 0;
            while (s < cue && toks[s].Kind is TokenKind.Quote or TokenKind.Punctuation) s++;
            // "At the hearing, while her rivals asked for more, ...": the subordinate clause may follow an opening adjunct.
            if (s < cue && toks[s].Text is "In" or "At" or "On" or "During" or "Later" or "Earlier")
            {
                var adjunctEnd = s + 1;
                while (adjunctEnd < cue && adjunctEnd - s < 12 && toks[adjunctEnd].Text is not ("," or ";" or ":") && toks[adjunctEnd].Kind != TokenKind.Quote) adjunctEnd++;
                if (adjunctEnd + 1 < cue && toks[adjunctEnd].Text is "," && toks[adjunctEnd + 1].Text is "when" or "as" or "while" or "after" or "before" or "although" or "though" or "because" or "whereas")
                    s = adjunctEnd + 1;
            }
            if (s >= cue || toks[s].Text.ToLowerInvariant() is not ("when" or "as" or "while" or "since" or "after" or "before" or "if" or "although" or "though" or "because" or "once" or "until" or "whereas")) return false;
            var comma = s + 1;
            while (comma < cue && toks[comma].Text is not ",") comma++;
            return comma < cue && m.Start > toks[s].Start && m.Start < toks[comma].Start;
        }

        /// <summary>
        /// The "who" of a relative clause set off by a comma ("X, who ...") that still runs at <paramref name="lead"/>:
        /// no comma between them but a pair right after the "who" ("who, on a call Friday, ..."), and no quote,
        /// colon, semicolon, bracket or dash.
        /// </summary>
        private int? RelativeOpening(int lead)
        {
            var toks = Toks;
            var comma = false;
            for (var j = lead - 1; j > 0 && lead - j <= 20; j--)
            {
                var t = toks[j];
                if (t.Text is "who" && toks[j - 1].Text is ",")
                    return (j + 1 < lead && !comma || AsideRightAfter(j, lead)) && !ObjectRelative(j) ? j : null;
                if (t.Text is ",") comma = true;
                // "who led the fight because he claimed ...", "than aides say ...", "12 percent who say ...": a clause
                // of its own inside the relative.
                if (t.Text is "who" or "he" or "she" or "they" or "I" or "we" or "because" or "when" or "after" or "than" or "if" or "while"
                    or "since" or "before" or "until" or "although" or "though" or "as") return null;
                if (t.Kind is TokenKind.Quote || t.Text is ";" or ":" or "(" or ")" or "that" or "which" || Dashes.IsLong(t.Text)) return null;
            }
            return null;

            // "X, who he dubbed ...", "who Ruiz called ...", "who aides say ...": a subject of its own after the
            // "who", which is then the object and not the speaker.
            bool ObjectRelative(int who)
            {
                var n = who + 1;
                if (n < lead && toks[n].Text is ",")
                    while (n < lead && toks[n].Text is not "," || n == who + 1) n++;
                n++;
                if (who + 1 < lead && toks[who + 1].Text is not ",") n = who + 1;
                if (n >= lead) return false;
                var w = toks[n];
                return CueLexicon.Pronouns.Contains(w.Text) || SpeakerPhrases.IsDeterminer(w.Text) || char.IsUpper(w.Text[0])
                       || n + 1 == lead && w.IsWord && w.Text.EndsWith('s') && !SpeakerPhrases.IsAdverbial(w);
            }

            bool AsideRightAfter(int who, int end)
            {
                if (who + 1 >= end || toks[who + 1].Text is not ",") return false;
                var close = -1;
                for (var k = who + 2; k < end; k++)
                    if (toks[k].Text is ",") { close = k; break; }
                return close > who + 2 && close == end - 1;
            }
        }

        /// <summary>
        /// "Criticizing the levy as unfair, Ruiz said ...", "Conceding that the vote was lost, she ...": a participle
        /// of a sure cue opening the sentence, whose object runs to the comma, and the subject of the clause after
        /// the comma as its speaker.
        /// </summary>
        private Candidate? OpeningParticiple(int i)
        {
            var toks = Toks;
            var w = toks[i].Text;
            if (w.Length < 6 || !w.EndsWith("ing", StringComparison.Ordinal) || IsTitleCaseLine()) return null;
            var s = 0;
            while (s < i && (toks[s].Kind is TokenKind.Quote or TokenKind.Punctuation || toks[s].Text is "And" or "But")) s++;
            if (s != i) return null;
            var prior = CueLexicon.Prior(w);
            if (prior < 0.5) return null;
            var comma = i + 1;
            // "Citing “family duties,” the spokesman said ...", "Noting that Beck “says odd things,” Lund ...": a quote
            // in the object is passed over, and a comma just inside its closing mark ends the object with it.
            var contentEnd = -1;
            while (comma < toks.Count && toks[comma].Text is not ("," or ";" or ":"))
            {
                if (toks[comma].Kind != TokenKind.Quote) { comma++; continue; }
                if (comma == i + 1 && toks[comma].Start == toks[i].End || QuoteStartingAt(toks[comma].Start) is not { Closed: true } q || q.Span.End > sentence.End) return null;
                var after = IndexAtOrAfter(q.Span.End);
                if (text[q.Inner.End - 1] is ',' && after < toks.Count)
                {
                    contentEnd = q.Span.End;
                    comma = after - 1;
                    break;
                }
                comma = after;
            }
            if (comma >= toks.Count - 2 || contentEnd < 0 && toks[comma].Text is not "," || WordsIn(toks[i + 1].Start, toks[comma - 1].End) < 2) return null;
            if (SpeakerPhrases.After(toks, comma + 1, subject: true) is not { } subject || subject.Last + 1 >= toks.Count || !FollowedByVerb(subject.Last + 1)) return null;
            var k = i + 1;
            if (toks[k].Text is "that" && k + 1 < comma) k++;
            return new Candidate(toks[i].Start, toks[i].End, toks[k].Start, contentEnd >= 0 ? contentEnd : toks[comma - 1].End, resolver.Resolve(toks, subject), prior, null);
        }

        /// <summary>Where "(on) (the) condition of anonymity" starts in [start, end), outside quotes; null if it does not occur.</summary>
        private int? AnonymityTerms(int start, int end)
        {
            var m = AnonymityPhrase.Match(text, start, end - start);
            return m.Success && QuoteFinder.Containing(quotes, m.Index) is null ? m.Index : null;
        }

        private static readonly System.Text.RegularExpressions.Regex AnonymityPhrase = new(
            @"\b(?:(?:on|under)\s+)?(?:the\s+)?condition\s+of\s+anonymity\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>The quote <paramref name="q"/> lies in the object of a participle opening the sentence ("Citing “...,” the mayor said ...").</summary>
        private bool InOpeningParticiple(QuoteSpan q)
        {
            var toks = Toks;
            var s = 0;
            while (s < toks.Count && (toks[s].Kind is TokenKind.Quote or TokenKind.Punctuation || toks[s].Text is "And" or "But")) s++;
            return s < toks.Count && toks[s].End <= q.Span.Start && OpeningParticiple(s) is { } c && c.ContentStart <= q.Span.Start && q.Span.End <= c.ContentEnd;
        }

        /// <summary>
        /// The phrase between a "with" and the participle at <paramref name="part"/> ("with many voters saying"), when
        /// it holds no verb, comma or quote of its own (not "with the mayor calling the vote and saying").
        /// </summary>
        /// <summary>
        /// "an ad featuring fishers telling their stories and criticizing ...", "with officials warning ... and vowing ...":
        /// a participle after "and" goes on with the participle before it, whose own subject stands right before that one
        /// (after "with" or a verb of showing); that subject, if any.
        /// </summary>
        private Phrase? CoordinatedParticipleSubject(int lead)
        {
            var toks = Toks;
            if (lead < 3 || toks[lead - 1].Text is not "and") return null;
            for (var j = lead - 2; j > 0 && lead - j <= 15; j--)
            {
                var t = toks[j];
                if (t.Kind == TokenKind.Quote || t.Text is "," or ";" or ":" or "and" or "but" or "that" or "who" or "which" || Dashes.IsAny(t.Text)) return null;
                if (!IsCommentParticiple(t) || t.Text is "including" or "according" or "regarding" or "concerning" or "following" || !toks[j - 1].IsWord) continue;
                if (WithSubject(j) is { } with) return with;
                if (SpeakerPhrases.EndingAt(toks, j - 1, false) is not { Kind: PhraseKind.Name or PhraseKind.Nominal } p || p.First < 1) return null;
                // "three dock workers from two towns speaking ...": a place of origin after the head.
                if (toks[p.First - 1].Text is "from" or "of" && p.First >= 2 && SpeakerPhrases.EndingAt(toks, p.First - 2, false) is { Kind: PhraseKind.Name or PhraseKind.Nominal } head)
                    p = p with { First = head.First };
                // (The verb may have been read into the phrase: "featuring fishers".)
                if (p.First < p.Last && IsSeeingVerb(toks[p.First].Text)) return p with { First = p.First + 1 };
                return p.First >= 1 && IsSeeingVerb(toks[p.First - 1].Text) ? p : null;
            }
            return null;
        }

        private Phrase? WithSubject(int part)
        {
            var toks = Toks;
            if (!toks[part].Text.EndsWith("ing", StringComparison.Ordinal) || toks[part].Text is "having") return null;
            var last = part - 1;
            while (last > 0 && SpeakerPhrases.IsLyAdverb(toks[last])) last--;
            for (var j = last; j > 0 && last - j < 8; j--)
            {
                var t = toks[j];
                if (t.Text is "with")
                {
                    if (j >= last) return null;
                    var first = toks[j + 1];
                    // "campaign with him, conceding ...": an object pronoun is the company kept, not a subject.
                    if (j + 1 == last && first.Text.ToLowerInvariant() is "him" or "her" or "them" or "us" or "me" or "it") return null;
                    return new Phrase(j + 1, last, char.IsUpper(first.Text[0]) && !SpeakerPhrases.IsDeterminer(first.Text) ? PhraseKind.Name : PhraseKind.Nominal);
                }
                // A period inside the phrase is an abbreviation's ("Gov."); other punctuation ends it.
                if (t.Kind is TokenKind.Quote or TokenKind.Punctuation or TokenKind.Symbol && t.Text is not "." || t.Text is "about") return null;
                if (t.IsWord && char.IsLower(t.Text[0]) && (t.Text.EndsWith("ing", StringComparison.Ordinal) || t.Text.EndsWith("ed", StringComparison.Ordinal)
                    || t.Text is "who" or "which" or "that" || CueLexicon.Prior(t.Text) >= 0.5 && !(j == last && SpeakerPhrases.IsTellingNoun(t.Text)) || IsFiniteVerb(t.Text))) return null;
            }
            return null;
        }

        /// <summary>
        /// The index of a quote that follows adjuncts starting at <paramref name="k"/> (a preposition or a time word)
        /// after a comma or colon: "in a statement on Monday, after the vote, “...”". Null when a "that", another
        /// cue or a quote not set off by a comma comes first.
        /// </summary>
        private int? QuoteAfterAdjuncts(int k)
        {
            var toks = Toks;
            if (k >= toks.Count || !(toks[k].Text is "in" or "on" or "at" or "during" or "after" or "before" or "via" or "from" or "when" or "while"
                    or "through" or "outside" or "inside" or "near" or "earlier" or "later" or "last" or "this" || SpeakerPhrases.IsTimeWord(toks[k].Text)
                    // ("said as he left", not "said as long as ...", "as many as 40 people", "as a result of ...")
                    || toks[k].Text is "as" && k + 1 < toks.Count && toks[k + 1].Text is not ("long" or "soon" or "many" or "much" or "far" or "well" or "few" or "little")
                       && !(k + 2 < toks.Count && toks[k + 1].Text is "a" && toks[k + 2].Text is "result")))
                return null;
            for (var j = k + 1; j < Math.Min(toks.Count, k + 30); j++)
            {
                var t = toks[j];
                // (Not a title set beside a noun: "said in his 2019 memoir, “A Harbour Life.”")
                if (t.Kind == TokenKind.Quote)
                    return IsOpeningQuote(j) && toks[j - 1].Text is "," or ":" && QuoteStartingAt(t.Start) is { } q && WordsIn(q.Inner.Start, q.Inner.End) >= 3
                           && !IsTitle(q) ? j : null;
                if (t.Text is "that" or ";" || t.IsWord && char.IsLower(t.Text[0]) && CueLexicon.Prior(t.Text) >= 0.5) return null;
            }
            return null;
        }

        /// <summary>A short quote whose words all begin with a capital ("A Harbour Life", "Salt and Stone"): a title.</summary>
        private bool IsTitle(QuoteSpan q)
        {
            var words = Toks.Where(t => t.IsWord && t.Start >= q.Inner.Start && t.End <= q.Inner.End).ToList();
            return words.Count is > 0 and <= 8 && words.All(t => char.IsUpper(t.Text[0]) || t.Text is "and" or "of" or "the" or "a" or "an" or "in" or "on" or "to" or "for" or "at" or "or");
        }

        /// <summary>
        /// The index of a quote of three words or more right after a colon that ends a phrase of at most six words
        /// starting at <paramref name="k"/>, with no comma, quote, "that", verb or other cue among them.
        /// </summary>
        private int? QuoteAfterColon(int k)
        {
            var toks = Toks;
            for (var j = k; j < Math.Min(toks.Count - 1, k + 7); j++)
            {
                var t = toks[j];
                if (t.Text is ":")
                    return j > k && IsOpeningQuote(j + 1) && QuoteStartingAt(toks[j + 1].Start) is { } q && WordsIn(q.Inner.Start, q.Inner.End) >= 3 ? j + 1 : null;
                // (Not a clause: "said the plan remained sound: “...”" said the clause as well.)
                if (!t.IsWord || t.Text is "that" || char.IsLower(t.Text[0]) && (CueLexicon.Prior(t.Text) >= 0.5 || IsFiniteVerb(t.Text)
                    || j > k && t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal))) return null;
            }
            return null;
        }

        /// <summary>
        /// The phrase before a participle is not its subject: it follows a verb or "to"/"of" ("sent a letter urging",
        /// "took the step of calling"), or it is a lone lower-case verb ("began calling", "keeps saying").
        /// </summary>
        private bool IsObjectOfVerb(Phrase p)
        {
            var toks = Toks;
            if (p.First == p.Last && toks[p.First].IsWord && char.IsLower(toks[p.First].Text[0]) && !SpeakerPhrases.IsDeterminer(toks[p.First].Text)
                && !IsPeopleNoun(toks[p.First].Text)) return true;
            // "... and carrying signs saying", "... and placed newspaper ads calling": a verb opens the phrase, which is
            // its object.
            if (p.Last > p.First && toks[p.First].IsWord && char.IsLower(toks[p.First].Text[0]) && toks[p.First].Text.Length > 5
                && (toks[p.First].Text.EndsWith("ing", StringComparison.Ordinal) || toks[p.First].Text.EndsWith("ed", StringComparison.Ordinal))
                && toks[p.First].Text is not ("including" or "regarding" or "concerning" or "following" or "excluding")
                && p.First > 0 && toks[p.First - 1].Text is "and" or ",") return true;
            if (p.First == 0) return false;
            var prev = toks[p.First - 1];
            // "to see the old board defending ...", "an ad featuring farmers telling ...": the object of a verb of
            // seeing or showing is the participle's own subject.
            if (IsSeeingVerb(prev.Text)) return false;
            // "with one of their posters asking ...": a share of the phrase, not the object of a verb.
            if (prev.Text is "of" && p.First >= 2 && toks[p.First - 2].Text.ToLowerInvariant() is "one" or "some" or "many" or "each" or "most" or "both" or "several" or "none" or "all") return false;
            // "donated to a fund urging ...", "copies of the leaflet arguing ...": a phrase after "of" that opens with
            // a determiner, or after "to" with "a", is the object of the preposition, and the participle describes it.
            // After "to the" it is usually who was addressed, and the participle goes with the one addressing
            // ("appealed to the public urging ...", "gave evidence to the committee claiming ...").
            // (Only right before the participle: in "wrote to the paper in May explaining ..." the writer explains.)
            if ((prev.Text is "of" && SpeakerPhrases.IsDeterminer(toks[p.First].Text) || prev.Text is "to" && toks[p.First].Text is "a" or "an") && p.Last + 1 < toks.Count
                && toks[p.Last + 1].Text.EndsWith("ing", StringComparison.Ordinal)) return false;
            return prev.IsWord && char.IsLower(prev.Text[0]) && (!SpeakerPhrases.IsBoundary(prev.Text) || prev.Text is "to" or "of" or "out" or "up" or "off" or "down")
                && !SpeakerPhrases.IsDeterminer(prev.Text);
        }

        /// <summary>Verbs of seeing, recalling or showing, whose object may be the subject of a participle after it: "saw the mayor leaving".</summary>
        private static bool IsSeeingVerb(string w) => w is "see" or "sees" or "saw" or "seen" or "seeing" or "watch" or "watches" or "watched" or "watching"
            or "hear" or "hears" or "heard" or "hearing" or "remember" or "remembers" or "remembered" or "recall" or "recalls" or "recalled" or "imagine"
            or "imagined" or "feature" or "features" or "featured" or "featuring" or "depict" or "depicts" or "depicted" or "depicting";

        /// <summary>
        /// "As Smith put it, ...", "Or, as the report noted: ...": the cue stands in an "as" clause opening the
        /// sentence; the index of the comma or colon that ends that clause.
        /// </summary>
        private int? AsFrameEnd(int cue)
        {
            var toks = Toks;
            var s = SkipDateline(0);
            while (s < cue && (toks[s].Kind is TokenKind.Punctuation || toks[s].Text is "Or" or "And" or "But" or "So")) s++;
            if (s >= cue || toks[s].Text is not ("As" or "as") || cue - s > 12) return null;
            for (var j = s + 1; j < cue; j++) if (toks[j].Text is "," or ":" or ";") return null;
            for (var j = cue + 1; j < Math.Min(toks.Count - 1, cue + 10); j++)
            {
                if (toks[j].Text is "," or ":") return j + 1 < toks.Count && WordsAfter(j + 1) >= 3 ? j : null;
                if (toks[j].Kind == TokenKind.Quote || toks[j].Text is "that" or ";" || toks[j].IsWord && char.IsLower(toks[j].Text[0]) && CueLexicon.Prior(toks[j].Text) >= 0.5) return null;
            }
            return null;
        }

        /// <summary>
        /// Verbs of saying for which "on" after them opens when or where it was said ("said on Monday", "wrote on
        /// her blog"), never a particle of the verb as in "commented on", "insisted on".
        /// </summary>
        private static bool OnIsAdjunct(string cue) => cue.ToLowerInvariant() is "said" or "says" or "say" or "stated" or "states" or "wrote" or "writes"
            or "added" or "adds" or "told" or "tells" or "announced" or "announces" or "noted" or "notes" or "explained" or "explains"
            or "tweeted" or "tweets" or "posted" or "posts" or "declared" or "declares" or "argued" or "argues" or "warned" or "warns" or "claimed" or "claims";

        /// <summary>"said on Tuesday she ...", "told us last week the ...": a time phrase between the cue and the content (not one that owns the noun after it: "said this year's event").</summary>
        private int SkipTimePhrase(int k)
        {
            var toks = Toks;
            var j = k;
            if (j < toks.Count && toks[j].Text.ToLowerInvariant() is "on" or "last" or "this" or "earlier" or "late" or "early" or "next") j++;
            var time = j;
            while (j < toks.Count && j - time < 2 && SpeakerPhrases.IsTimeWord(toks[j].Text)) j++;
            // ("said this year's event ...", "believes Saturday's match ...": a time that owns a noun opens what was said.)
            if (j == time || j < toks.Count && toks[j].Text is "'s" or "\u2019s") return k;
            if (j < toks.Count && toks[j].Text is ",") j++;
            return j < toks.Count ? j : k;
        }

        /// <summary>Nouns for where or how something was said: "in a statement", "during an interview", "in its report".</summary>
        private static readonly FrozenSet<string> VenueNouns = new[]
        {
            "statement", "interview", "speech", "letter", "report", "email", "e-mail", "post", "tweet", "address", "memo", "filing",
            "complaint", "referendum", "taping", "appearance", "op-ed", "column", "essay", "conversation", "debate", "hearing",
            "testimony", "briefing", "video", "message", "broadcast", "podcast", "blog", "press",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>
        /// "said in a statement sent to staff that ...", "said during an interview with the Courier last week that ...",
        /// "said in a statement it ...": a phrase for where it was said, between the cue and what was said, is passed over
        /// to the "that" after it (within 25 tokens, past commas but not past a quote, a colon or another verb of saying)
        /// or to a pronoun right after its noun. Otherwise <paramref name="k"/> stays.
        /// </summary>
        private int SkipVenuePhrase(int k)
        {
            var toks = Toks;
            if (k + 2 >= toks.Count || toks[k].Text is not ("in" or "during" or "at") || !(SpeakerPhrases.IsDeterminer(toks[k + 1].Text) || toks[k + 1].Text is "his" or "her" or "its" or "their")) return k;
            var noun = k + 2;
            // ("in a written statement", "in a recent interview": a word or two before the noun.)
            while (noun < toks.Count && noun <= k + 4 && toks[noun].IsWord && !VenueNouns.Contains(toks[noun].Text)) noun++;
            if (noun >= toks.Count || !VenueNouns.Contains(toks[noun].Text)) return k;
            if (noun + 1 < toks.Count && toks[noun + 1].Text is "it" or "he" or "she" or "they" or "we") return noun + 1;
            for (var j = noun + 1; j < toks.Count && j <= noun + 25; j++)
            {
                var t = toks[j];
                if (t.Text is "that") return j;
                if (t.Kind == TokenKind.Quote || t.Text is ";" or ":" or "." || t.IsWord && char.IsLower(t.Text[0]) && CueLexicon.Speech.Contains(t.Text) && !t.Text.EndsWith("ed", StringComparison.Ordinal)) return k;
            }
            return k;
        }

        /// <summary>The audience after a cue that takes one ("told the Global Times", "told reporters"); the index after it.</summary>
        private int SkipAudience(int cue, int k, out string? audience)
        {
            var toks = Toks;
            audience = null;
            if (k >= toks.Count || !CueLexicon.TakesAudience.Contains(toks[cue].Text)) return k;
            var lower = toks[k].Text.ToLowerInvariant();
            if (lower is "me" or "us" or "him" or "her" or "them" or "reporters" or "journalists" or "lawmakers" or "supporters" or "voters" or "the" or "a" or "an" or "people" or "his" or "their" or "listeners" or "viewers" or "senators" or "congress" || char.IsUpper(toks[k].Text[0]))
            {
                var end = k;
                if (lower is not ("me" or "us" or "him" or "her" or "them" or "reporters" or "journalists"))
                {
                    // A named or described audience runs to "that", a comma, a quote or a preposition. A number inside
                    // a name goes with it ("told Radio 4's morning show", "told Channel 5 News").
                    // With a "that" ahead, the audience runs to it ("told a conference organised by the Institute that ...").
                    var thatAhead = Enumerable.Range(k + 1, Math.Max(0, Math.Min(toks.Count, k + 10) - k - 1))
                        .TakeWhile(i => toks[i].IsWord || NumberInName(i) || PossessiveMark(i)).Any(i => toks[i].Text is "that");
                    // "told the chair of the harbour board, Tom Lund, that ...": a name set off by commas before the "that".
                    var thatAfterName = !thatAhead && ThatAfterNamedApposition(k) is > 0;
                    while (end + 1 < toks.Count && end - k < (thatAfterName ? 16 : 8)
                           && (toks[end + 1].IsWord || NumberInName(end + 1) || PossessiveMark(end + 1) || thatAfterName && toks[end + 1].Text is "," && toks[end + 2].Text is not "that")
                           // ("warned the crews not to sail": the negation is what was said, not the audience.)
                           && toks[end + 1].Text is not ("that" or "on" or "in" or "at" or "during" or "after" or "before" or "to" or "he" or "she" or "they" or "it" or "we" or "i" or "this" or "last" or "about" or "what" or "how" or "why" or "when" or "there" or "if" or "whether" or "not" or "never")
                           && (thatAhead || thatAfterName || !AudienceEnds(k, end + 1)))
                        end++;
                    if (thatAfterName && end + 2 < toks.Count && toks[end + 1].Text is "," && toks[end + 2].Text is "that") end++;
                    // "warned the Tories would ...", "warned the move would ...": a bare determiner, or a phrase with no name
                    // followed by its verb, is the subject of what was said, not whom it was told to.
                    var verbNext = end + 1 < toks.Count && toks[end + 1].IsWord && char.IsLower(toks[end + 1].Text[0]) && IsFiniteVerb(toks[end + 1].Text);
                    // So is a bare name with its verb: "warned Labour would lose seats".
                    // So is a phrase with "of" and a name in it: "warned the future of the Harbour League was ...", also
                    // when it runs past the audience's longest (its verb a word or two after where the audience stopped).
                    if (!verbNext && end - k >= 7 && lower is "the" or "a" or "an" && Enumerable.Range(k, end - k + 1).Any(i => toks[i].Text is "of")
                        && end + 1 < toks.Count && !SpeakerPhrases.IsDeterminer(toks[end + 1].Text))
                        for (var v = end + 1; v < toks.Count && v <= end + 3 && toks[v].IsWord; v++)
                            if (char.IsLower(toks[v].Text[0]) && IsFiniteVerb(toks[v].Text)) { verbNext = true; break; }
                    if (end == k && lower is "the" or "a" or "an" or "his" or "their"
                        || verbNext && (!Enumerable.Range(k, end - k + 1).Any(i => toks[i].IsWord && char.IsUpper(toks[i].Text[0]))
                                        || char.IsUpper(toks[k].Text[0]) && Enumerable.Range(k, end - k + 1).All(i => !toks[i].IsWord || char.IsUpper(toks[i].Text[0]))
                                        || lower is "the" or "a" or "an" && Enumerable.Range(k, end - k + 1).Any(i => toks[i].Text is "of")))
                        return k;
                }
                // "promised a new timetable": what is promised, unless a clause follows ("promised Ola Berg she would ...").
                if (toks[cue].Text.StartsWith("promis", StringComparison.Ordinal)
                    && !(end + 1 < toks.Count && toks[end + 1].Text.ToLowerInvariant() is "that" or "he" or "she" or "they" or "it" or "we" or "i")) return k;
                var m = resolver.ActorStartingIn(toks[k].Start, toks[end].End);
                audience = m;
                return end + 1;
            }
            return k;
        }

        /// <summary>
        /// The index of a "that" after an audience with a name set off by commas ("the chair of the harbour board, Tom
        /// Lund, that ..."): words, one name between two commas right before the "that", no quote, verb or cue; -1 if none.
        /// </summary>
        private int ThatAfterNamedApposition(int k)
        {
            var toks = Toks;
            var commas = new List<int>();
            for (var j = k; j < toks.Count && j - k <= 16; j++)
            {
                var t = toks[j];
                if (t.Text is "that")
                    return commas.Count == 2 && commas[1] == j - 1 && commas[0] + 1 < commas[1] - 1
                           && Enumerable.Range(commas[0] + 1, commas[1] - commas[0] - 1).All(x => toks[x].IsWord && char.IsUpper(toks[x].Text[0]) || toks[x].Text is "." or "-")
                        ? j : -1;
                if (t.Text is ",") { commas.Add(j); if (commas.Count > 2) return -1; continue; }
                if (!t.IsWord && !PossessiveMark(j) || t.Kind == TokenKind.Quote) return -1;
                if (char.IsLower(t.Text[0]) && (IsFiniteVerb(t.Text) || CueLexicon.Prior(t.Text) >= 0.5)) return -1;
            }
            return -1;
        }

        /// <summary>
        /// Whether the word at <paramref name="j"/> is past the audience that starts at <paramref name="k"/>: a new noun
        /// phrase ("told MPs [the] UK was ...", "told a news conference [Britain] had ..."), a verb ("told Parliament
        /// ministers [would] ..."), or, after a name with no determiner, a lower-case word ("told MPs [ministers] ...";
        /// not "of" inside a name or an outlet's "programme").
        /// </summary>
        private bool AudienceEnds(int k, int j)
        {
            var toks = Toks;
            var w = toks[j].Text;
            if (w is "'s" or "\u2019s" || PossessiveMark(j)) return false;
            var upper = char.IsUpper(w[0]);
            // "a meeting of [the] Harbour Authority": "the" inside a name goes on.
            if (w is "the" && toks[j - 1].Text is "of" or "for" or "with" && NameAt(j + 1)) return false;
            if (!upper && (SpeakerPhrases.IsDeterminer(w) || w is "his" or "her" or "their" or "its" or "our" || IsFiniteVerb(w))) return true;
            if (upper)
            {
                // (Not a name inside an "of" phrase: "the level of [the] Harbour League" goes on.)
                var run = j;
                while (run > k && toks[run - 1].IsWord && char.IsUpper(toks[run - 1].Text[0])) run--;
                if (run > k && toks[run - 1].Text is "of" || run > k + 1 && toks[run - 1].Text is "the" && toks[run - 2].Text is "of") return false;
                // A name followed by its verb starts what was said: "told a news conference [Britain] had ...", "told the
                // BBC [Mr Howard] had ...".
                var r = j;
                while (r < toks.Count && (NameAt(r) || toks[r].Text is "'s" or "\u2019s"))
                {
                    // Two names side by side are two: "the [BBC] [Mr Howard] had".
                    if (r > j && NameAt(r) && resolver.ActorEndsAt(toks[r - 1].End)) break;
                    r++;
                }
                return j > k && r < toks.Count && toks[r].IsWord && char.IsLower(toks[r].Text[0]) && IsFiniteVerb(toks[r].Text);
            }
            if (w is "earlier" or "later" or "yesterday" or "today" or "tonight") return false;
            // "of", "for", "with" before a name go on inside it ("Breakfast with Frost", "a meeting of the Police Authority");
            // before anything else they end the audience, and what follows was told ("reminded the crowd of the stakes",
            // which the training annotations count as an attribution). "and" joins a second name or body ("MPs and peers:").
            if (w is "of" or "for" or "and" or "with")
                return !(NameAt(j + 1) || w is not "and" && j + 2 < toks.Count && toks[j + 1].Text is "the" && NameAt(j + 2)
                         || w is "and" && (NounEndsAudience(j + 1) || !char.IsUpper(toks[k].Text[0])));
            if (toks[j].Kind == TokenKind.Number || OutletNouns.Contains(w)) return false;
            // After a name, a lower-case noun is the audience's head ("Labour supporters", "Venezuelan authorities")
            // unless a verb follows it, when it is what was said ("told BBC News schools had ...").
            // After "the" and a name, only a noun with a verb of its own: "told the Guardian [talks] had broken down".
            if (!char.IsUpper(toks[k].Text[0]))
                return Enumerable.Range(k, j - k).Any(i => toks[i].IsWord && char.IsUpper(toks[i].Text[0]))
                       && j + 1 < toks.Count && toks[j + 1].IsWord && char.IsLower(toks[j + 1].Text[0]) && IsFiniteVerb(toks[j + 1].Text);
            return !NounEndsAudience(j);
        }

        /// <summary>The apostrophe of a plural or s-final name's possessive: "Sky News' Sunday programme".</summary>
        private bool PossessiveMark(int i) =>
            i > 0 && Toks[i].Text is "'" or "\u2019" && Toks[i - 1].IsWord && Toks[i - 1].End == Toks[i].Start && Toks[i - 1].Text.EndsWith('s')
            && i + 1 < Toks.Count && Toks[i + 1].IsWord && char.IsUpper(Toks[i + 1].Text[0]);

        private bool NameAt(int i) => i < Toks.Count && Toks[i].IsWord && char.IsUpper(Toks[i].Text[0]);

        /// <summary>Whether the lower-case word at <paramref name="i"/> ends the audience: what follows it is no verb of its own.</summary>
        private bool NounEndsAudience(int i)
        {
            var toks = Toks;
            if (i >= toks.Count || !toks[i].IsWord || !char.IsLower(toks[i].Text[0])) return false;
            if (i + 1 >= toks.Count) return true;
            var next = toks[i + 1];
            // "Radio 3's evening bulletin:": a second noun before a colon or comma still names the audience.
            if (next.IsWord && char.IsLower(next.Text[0]) && (OutletNouns.Contains(next.Text) || i + 2 < toks.Count && toks[i + 2].Text is ":" or ",")) return true;
            return !next.IsWord || char.IsUpper(next.Text[0]) || next.Text is "that" or "he" or "she" or "they" or "it" or "we" or "i" or "the" or "a" or "an" or "his" or "her" or "their"
                or "its" or "to" or "on" or "in" or "at" or "about" or "of" or "and";
        }

        /// <summary>
        /// A channel number inside a name ("Radio [4]'s Today programme:", "Channel [5] News that", "Radio [4]:"): one or
        /// two digits after a capitalised word, then only a possessive, capitalised words and at most two lower-case
        /// words ("programme", "evening bulletin") right before a colon, comma, quote or "that", or before a clause opening
        /// on a pronoun or determiner ("told BBC News 24 she ...", "told Radio 4's Today the ...") or on anything after the
        /// programme's noun ("told Radio 4's Today programme Tom Beck had ..."). Anything else after the number is what was
        /// said ("told Parliament 20 jets were grounded, ...", "told Reuters 2004's profits were strong, ...").
        /// </summary>
        private bool NumberInName(int i)
        {
            var toks = Toks;
            if (toks[i].Kind != TokenKind.Number || toks[i].Text.Length > 2 || i == 0 || !toks[i - 1].IsCapitalised) return false;
            var lower = 0;
            for (var j = i + 1; j < toks.Count && j <= i + 5; j++)
            {
                var t = toks[j];
                // (Also at the sentence's end: "..., she told Harbour Radio 4's morning show.")
                if (t.Text is ":" or "," or "that" or "." or "!" or "?" || t.Kind == TokenKind.Quote) return true;
                if (lower == 0 && (t.Text is "'s" or "\u2019s" || t.IsWord && t.IsCapitalised)) continue;
                // "told BBC News 24 she ...", "told Radio 4's Today the ...", "told Radio 4's Today programme Tom Beck had ...":
                // right after the number or a word of the name, a clause that opens on a pronoun or a determiner is what was
                // said, and so is anything after the programme's noun; the name ended.
                var outletNoun = lower > 0 && OutletNouns.Contains(toks[j - 1].Text);
                if ((j == i + 1 || toks[j - 1].IsCapitalised || outletNoun) && ClauseOpeners.Contains(t.Text) || outletNoun && t.IsWord && t.IsCapitalised) return true;
                // Lower-case words only as the name's last one or two: "programme:", "evening bulletin:".
                if (!t.IsWord || char.IsUpper(t.Text[0]) || ++lower > 2) return false;
            }
            return false;
        }

        /// <summary>Words a clause of what was said opens on right after whom it was told to: "he", "the", "there", ...</summary>
        private static readonly FrozenSet<string> ClauseOpeners =
            new[] { "he", "she", "they", "it", "we", "i", "the", "a", "an", "there", "his", "her", "their", "its" }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>The last token of the clause that starts at <paramref name="k"/>: the sentence end, or before a second speaker's frame.</summary>
        private int ClauseEnd(int k, bool thatClause = false)
        {
            var toks = Toks;
            var last = LastContentToken();
            // A clause that opens with a quote ("argued that “...,” citing ...") is read from the quote itself.
            var from = k < toks.Count && toks[k].Kind == TokenKind.Quote && QuoteStartingAt(toks[k].Start) is not null ? k : k + 1;
            for (var j = from; j <= last; j++)
            {
                var t = toks[j];
                if (t.Kind == TokenKind.Quote && QuoteStartingAt(t.Start) is { } q)
                {
                    j = IndexAtOrAfter(q.Span.End) - 1;
                    // "called Palin a “clown” commenting on ...": a participle after the quote is a new attribution.
                    if (j + 1 <= last && toks[j + 1].IsWord && toks[j + 1].Text.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.Prior(toks[j + 1].Text) >= 0.5)
                        return Trim(j, k);
                    // "called the plan “a disaster,” vowing to ...", "called it “a sham” and demanding ...": a participle
                    // after the closing quote is the speaker's next act, not part of what was said.
                    if (ParticipleAfterQuote(j + 1, last)) return Trim(j, k);
                    // "said the fares were “too high” as the board met", "called it “a sham” though critics ...": a
                    // clause with a subject of its own subordinated right after the closing quote tells the
                    // circumstances of the telling, not what was said.
                    if (SubordinateAfterQuote(j + 1, last)) return Trim(j, k);
                    // "called it “a sham” before walking out": the speaker's next act, after the closing quote.
                    if (j + 2 <= last && toks[j + 1].Text is "before" or "after" && toks[j + 2].IsWord && char.IsLower(toks[j + 2].Text[0])
                        && toks[j + 2].Text.EndsWith("ing", StringComparison.Ordinal) && toks[j + 2].Text.Length > 5) return Trim(j, k);
                    // "called the levy “a disgrace” on Twitter on Tuesday, ...": when and where it was said, after the
                    // closing quote, are the frame's, not what was said.
                    // (Not after a title in the frame: "said on the radio's “Dock Talk” on Friday that ...".)
                    var open = IndexAtOrAfter(q.Span.Start);
                    if (open > k && !(toks[open - 1].Text is "on" or "in" or "at" or "of" or "'s" or "\u2019s") && TellingAdjunctAt(j + 1, last)) return j;
                    // "called it the “Harbour clause,” a rule that ...": the comma inside the closing quote ends the
                    // quoted words and the clause alike (the American style), so what follows it is read as after a comma.
                    // A capitalised word after it starts a clause of its own ("billed as the “Harbour Ball,” Mayor
                    // Brandt opened ..."): in annotated news, what was said almost never goes on past such a quote.
                    // (Not the comma closing an adjunct the clause opened with: "said that by refusing the words “radical
                    // Islam,” Democrats are ...": the clause's subject and verb come after it.)
                    var commaCloses = text.AsSpan(q.Inner.Start, q.Inner.Length).TrimEnd().EndsWith(",");
                    if (commaCloses && j + 1 <= last && toks[j + 1].IsWord
                        && (CutsAtComma(j, k, last, thatClause) || char.IsUpper(toks[j + 1].Text[0]))
                        && !OpeningAdjunctUpTo(k, open)) return j;
                    // "described her as “weak,” scrapped her plan and ...": outside a "that" clause, a finite verb right
                    // after a comma closing the quote is the speaker's next act. (Not a quote set off by commas of its
                    // own, between a subject and its verb: "the plan, “a gift,” was dropped".)
                    if (commaCloses && !thatClause && toks[open - 1].Text is not "," && NextActAfterQuote(j + 1, last)) return j;
                    continue;
                }
                // (Not one inside brackets: "6.5m euros ($8.6m; £4.6m)".)
                if (t.Text is ";" && j > k + 2 && !InBrackets(j, k)) return Trim(j - 1, k);
                if (t.Text is "and" or "but" or "while" or "whereas" or "when" or "as" or "because" or "since" or "although" or "though" or "after" or "before" or "until"
                    && j > k + 1 && CutsAtConjunction(j, last, k)) return Trim(j - 1, k);
                // "praised the plan and called for more ferries", "... and is planning ...": after an object (not a clause
                // of its own), "and" and a past tense (or "is", "has") start the speaker's next act ("adopted and amended"
                // is a pair of participles).
                if (t.Text is "and" && !thatClause && j > k && !OpensClause(k) && j + 1 <= last && toks[j + 1].IsWord
                    && (toks[j + 1].Text.EndsWith("ed", StringComparison.Ordinal) && toks[j + 1].Text.Length > 4 || IsIrregularPast(toks[j + 1].Text) || toks[j + 1].Text is "has" or "is")
                    && !toks[j - 1].Text.EndsWith("ed", StringComparison.Ordinal) && toks[j - 1].Kind != TokenKind.Quote
                    // Not the verbs of a relative clause: "the aide who wrote it and defended it".
                    && !toks.Skip(k).Take(j - k).Any(x => x.Text is "who" or "which" or "that")) return Trim(j - 1, k);
                // "said the ledgers were lost: “The basement flooded,” he wrote.": a quote after a colon, closed by a comma
                // and a speaker tag of its own, is a telling of its own, and what was said ends before the colon.
                if (t.Text is ":" && j > k + 1 && j + 1 <= last && IsOpeningQuote(j + 1) && QuoteStartingAt(toks[j + 1].Start) is { Closed: true } tagged0
                    && text.AsSpan(tagged0.Inner.Start, tagged0.Inner.Length).TrimEnd().EndsWith(",") && FollowedByOwnCue(tagged0)) return Trim(j - 1, k);
                // (A hyphen or en dash with spaces around it is a dash too: "the plan - a gift to the crews - ...".)
                if (t.Text is not "," && !Dashes.IsLong(t.Text) && !SpacedDash(j)) continue;
                if (j + 1 > last) break;
                // "suggested the board was slow - “We would have finished,” Lund said - and ...": a quote set off by a
                // dash with a speaker tag of its own is a telling of its own, not part of this one.
                // (Not when the aside interrupts a subject and its verb: "said the plan - “...,” she said - would go to a vote".)
                if (t.Text is not "," && toks[j + 1].Kind == TokenKind.Quote && QuoteStartingAt(toks[j + 1].Start) is { } tagged
                    && tagged.Closed && FollowedByOwnCue(tagged) && !VerbAfterClosingDash(j, IndexAtOrAfter(tagged.Span.End), last)) return Trim(j - 1, k);
                if (CutsAtComma(j, k, last, thatClause)) return Trim(j - 1, k);
            }
            return last;
        }


        /// <summary>
        /// The "that" clause from <paramref name="k"/> opens with an adjunct ("by refusing ...", "if the
        /// vote fails ...") that runs without a comma to the token <paramref name="upTo"/>.
        /// </summary>
        private bool OpeningAdjunctUpTo(int k, int upTo)
        {
            var toks = Toks;
            // (Only after "that": a complement right after the cue, "billed as “...”", "wrote under “...”", is no adjunct.)
            var first = k < toks.Count && toks[k].Text is "that" ? k + 1 : k > 0 && toks[k - 1].Text is "that" ? k : -1;
            if (first < 0) return false;
            if (first >= upTo || !OpensWithAdjunct(toks[first].Start)) return false;
            // (The adjunct has no verb or subject of its own: in "that in two years the port would be “...,”" the clause
            // had begun before the quote.)
            for (var i = first + 1; i < upTo; i++)
                if (toks[i].Text is "," or ";" or ":" || toks[i].Kind == TokenKind.Quote || Dashes.IsAny(toks[i].Text)
                    || toks[i].IsWord && (IsFiniteVerb(toks[i].Text) || IsIrregularPast(toks[i].Text) || CueLexicon.Pronouns.Contains(toks[i].Text))) return false;
            // (Nor before a speaker tag of its own: "..., “the busiest in the north,” the Times reported".)
            var close = IndexAtOrAfter(QuoteStartingAt(toks[upTo].Start)?.Span.End ?? toks[upTo].End);
            return !CueOutsideQuotes(close);
        }

        /// <summary>
        /// The dash at <paramref name="open"/> opens an aside that closes with the same dash after <paramref name="from"/>,
        /// and a finite verb follows that closing dash: the clause the aside interrupted goes on.
        /// </summary>
        private bool VerbAfterClosingDash(int open, int from, int last)
        {
            var toks = Toks;
            for (var c = from; c < last && c - from < 12; c++)
                if (toks[c].Text == toks[open].Text)
                    return toks[c + 1].IsWord && char.IsLower(toks[c + 1].Text[0]) && (IsFiniteVerb(toks[c + 1].Text) || IsIrregularPast(toks[c + 1].Text));
            return false;
        }

        /// <summary>
        /// A verb of the speaker's next act at <paramref name="i"/>: an auxiliary ("has taken"), or a past tense with
        /// its object after it ("dismissed her plan"); not a participle that qualifies the quote ("made by", "compared to").
        /// </summary>
        private bool NextActAfterQuote(int i, int last)
        {
            var toks = Toks;
            if (i + 1 > last || !toks[i].IsWord || !char.IsLower(toks[i].Text[0])) return false;
            var w = toks[i].Text;
            if (w is "has" or "have" or "had" or "is" or "was" or "were" or "are" or "will" or "would") return true;
            return (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(w))
                && toks[i + 1].Text is "the" or "a" or "an" or "her" or "his" or "their" or "its" or "him" or "them" or "it" or "our" or "this";
        }

        /// <summary>A hyphen or en dash standing between spaces, the way some papers print a dash.</summary>
        private bool SpacedDash(int j) => Toks[j].Text is "-" or "\u2013" && j > 0 && j + 1 < Toks.Count
            && Toks[j].Start > Toks[j - 1].End && Toks[j + 1].Start > Toks[j].End;

        /// <summary>"Tuesday", "on Twitter", "in a radio interview last week": when or through what something was said.</summary>
        private bool TellingAdjunctAt(int i, int last)
        {
            var toks = Toks;
            if (i > last || !toks[i].IsWord) return false;
            if (SpeakerPhrases.IsTimeWord(toks[i].Text)) return true;
            if (toks[i].Text is not ("on" or "in" or "during" or "at" or "via")) return false;
            for (var c = i + 1; c <= Math.Min(last, i + 4); c++)
            {
                var w = toks[c].Text;
                if (SpeakerPhrases.IsTimeWord(w) || TellingMedia.Contains(w)) return true;
                if (!toks[c].IsWord) return false;
            }
            return false;
        }

        private static readonly HashSet<string> TellingMedia = new(StringComparer.OrdinalIgnoreCase)
        {
            "Twitter", "tweet", "Facebook", "interview", "statement", "radio", "television", "TV", "podcast", "email",
            "letter", "video", "briefing", "broadcast", "post", "program", "show",
        };

        /// <summary>
        /// "said the plan, which the council approved in May, was “a gift”", "said the ferry, a lifeline for the
        /// islands, is failing": the comma at <paramref name="j"/> opens a relative clause or an apposition that
        /// interrupts the reported clause between its subject (a bare noun phrase from <paramref name="k"/>) and
        /// its verb, which follows the comma that closes the interruption.
        /// </summary>
        private bool ParentheticalAfterSubject(int j, int k, int last)
        {
            var toks = Toks;
            if (toks[j].Text is not "," || j - k > 8 || j + 1 > last) return false;
            // "said he hoped the pier, which cost a fortune, was worth it": the subject of a clause inside what was said,
            // after its verb or "that", may be the one interrupted.
            for (var i = j - 1; i > k; i--)
                if (toks[i].IsWord && char.IsLower(toks[i].Text[0]) && (IsFiniteVerb(toks[i].Text) || toks[i].Text is "that"))
                    return i + 1 < j && ParentheticalAfterSubject(j, i + 1, last);
            var first = toks[k];
            if (!(first.IsWord && (SpeakerPhrases.IsDeterminer(first.Text) || char.IsUpper(first.Text[0])) || first.Kind == TokenKind.Number)) return false;
            if (CueLexicon.Pronouns.Contains(first.Text)) return false;
            for (var i = k; i < j; i++)
                if (toks[i].Kind == TokenKind.Quote || toks[i].IsWord && char.IsLower(toks[i].Text[0]) && (IsFiniteVerb(toks[i].Text) || toks[i].Text is "that" || CueLexicon.Prior(toks[i].Text) >= 0.5))
                    return false;
            var next = toks[j + 1].Text;
            var relative = next is "which" or "who" or "whose";
            if (!(relative || SpeakerPhrases.IsDeterminer(next) || char.IsUpper(next[0]))) return false;
            for (var c = j + 2; c < Math.Min(last, j + 25); c++)
            {
                var t = toks[c];
                // (A possessive's apostrophe is no quote: "the crews’ union".)
                if (t.Kind == TokenKind.Quote && t.Text[0] is '\'' or '\u2019' && toks[c - 1].IsWord && toks[c - 1].End == t.Start && toks[c - 1].Text.EndsWith('s')) continue;
                if (t.Text is ";" or ":" || t.Kind == TokenKind.Quote) return false;
                // An apposition names; a verb in it makes it a clause of its own.
                if (!relative && t.IsWord && char.IsLower(t.Text[0]) && (IsFiniteVerb(t.Text) || CueLexicon.Prior(t.Text) >= 0.5)) return false;
                if (t.Text is not ",") continue;
                // (The verb may open a quote: "said the pier, which the storms closed, “is a wreck”".)
                var vi = c + 1;
                while (vi < last && toks[vi].Kind == TokenKind.Quote && (vi == c + 1 ? IsOpeningQuote(vi) : toks[vi - 1].End == toks[vi].Start)) vi++;
                var v = toks[vi];
                return v.IsWord && char.IsLower(v.Text[0]) && IsFiniteVerb(v.Text);
            }
            return false;
        }

        /// <summary>
        /// "said the levy, which “hurts every crew,” ...", "said the pier, which the storms closed, is “a wreck”": a
        /// quote in or after a relative clause, before any cue, is still what was said (a cue first, as in "which
        /// she called “a wreck”", makes it another telling).
        /// </summary>
        private bool QuotedBeforeCue(int from, int last)
        {
            var toks = Toks;
            for (var c = from; c <= Math.Min(last, from + 25); c++)
            {
                if (toks[c].Kind == TokenKind.Quote) return IsOpeningQuote(c);
                if (toks[c].Text is ";" or ":" || Dashes.IsLong(toks[c].Text)) return false;
                if (toks[c].IsWord && char.IsLower(toks[c].Text[0]) && CueLexicon.Prior(toks[c].Text) >= 0.5) return false;
            }
            return false;
        }

        /// <summary>
        /// From <paramref name="n"/>, a clause with a noun phrase of its own as subject (a name, or a determiner and
        /// its noun) and then its finite verb: "the board did", "Ana Ruiz is", "the crews have since". (Not a pronoun:
        /// in the annotations "..., and he ..." goes on with what was said about as often as it starts the writer's
        /// next statement.)
        /// </summary>
        private bool NewSubjectAndVerb(int n, int last)
        {
            var toks = Toks;
            while (n <= last && SpeakerPhrases.IsAdverbial(toks[n])) n++;
            if (n >= last || !toks[n].IsWord || !(char.IsUpper(toks[n].Text[0]) || SpeakerPhrases.IsDeterminer(toks[n].Text))
                || CueLexicon.Pronouns.Contains(toks[n].Text)) return false;
            // The noun phrase runs to the first word that can be its verb, after an adverb or two ("the board then
            // left"; auxiliaries count as verbs here: "the board did"). Not a passive ("the crews were told"): that is
            // another attribution with nobody named, which its own reading takes.
            var v = n + 1;
            while (v <= last && v - n < 6 && toks[v].IsWord && !(char.IsLower(toks[v].Text[0]) && IsVerbAfterSubject(toks[v].Text)))
                // (A verb after "where", "who" or "that" is a relative clause's, not the subject's.)
                if (toks[v++].Text is "who" or "whose" or "which" or "that" or "where" or "when") return false;
            for (; v <= last && toks[v].IsWord && char.IsLower(toks[v].Text[0]); v++)
                if (IsVerbAfterSubject(toks[v].Text))
                    // (Nor a modal: "said the levy would hurt crews, and the council should drop it" goes on with what
                    // was said. "and the council will vote on Friday" may be the writer's news, but in the training
                    // annotations a modal there went on with what was said.)
                    return !(toks[v].Text is "is" or "was" or "are" or "were" && v + 1 <= last && IsPassive(v + 1))
                        && toks[v].Text is not ("would" or "should" or "could" or "will" or "must" or "might" or "may" or "can");
                else if (!SpeakerPhrases.IsAdverbial(toks[v])) return false;
            return false;
        }

        private static bool IsVerbAfterSubject(string w) => IsFiniteVerb(w) || IsIrregularPast(w) || w is "did" or "do" or "says" or "thinks" or "knows" or "wants" or "believes";

        /// <summary>
        /// A relative clause from <paramref name="i"/> whose subject is not the relative word but a speaker of its own,
        /// right before a cue: "whom the chief described as ...", "which she called ...", "to which Ruiz replied".
        /// </summary>
        private bool RelativeWithOwnSpeaker(int i, int last)
        {
            var toks = Toks;
            if (i + 2 > last) return false;
            if (toks[i].Text is "to" or "in" or "for" or "of" or "about" or "with" && toks[i + 1].Text is "which" or "whom") i++;
            if (toks[i].Text is not ("which" or "whom" or "who")) return false;
            if (SpeakerPhrases.After(toks, i + 1) is not { } s || s.Last >= last
                || !(s.Kind is PhraseKind.Pronoun or PhraseKind.Name || SpeakerPhrases.IsDeterminer(toks[s.First].Text))) return false;
            var v = s.Last + 1;
            while (v < last && SpeakerPhrases.IsAdverbial(toks[v])) v++;
            return toks[v].IsWord && char.IsLower(toks[v].Text[0]) && CueLexicon.Prior(toks[v].Text) >= 0.5;
        }

        /// <summary>A noun phrase then a participle from <paramref name="i"/>: "the crews demanding", "Ruiz taking".</summary>
        private bool WithAbsolute(int i, int last)
        {
            var toks = Toks;
            for (var c = i + 1; c <= Math.Min(last, i + 5); c++)
            {
                if (!toks[c].IsWord) return false;
                if (IsCommentParticiple(toks[c])) return true;
            }
            return false;
        }

        /// <summary>
        /// A participle whose agent came by the thing rather than made it ("seen by", "obtained by", "contacted by",
        /// "owned by"), so the agent does not speak for it; not "released by", "published by", "commissioned by", whose
        /// agent is the source (nor "cited by": an article a campaign cites speaks for the campaign in PolNeAR train).
        /// </summary>
        private static bool IsAccessParticiple(string w) => w is "seen" or "obtained" or "reviewed" or "contacted" or "interviewed" or "surveyed"
            or "polled" or "asked" or "questioned" or "quoted" or "affected" or "targeted" or "hired" or "employed" or "represented"
            or "backed" or "supported" or "endorsed" or "owned" or "run" or "led" or "founded" or "funded" or "appointed" or "named"
            or "elected" or "chosen" or "hit" or "criticised" or "criticized" or "accused" or "sued" or "fined";

        private static bool IsFiniteVerb(string w) => SpeakerPhrases.IsFiniteVerb(w);

        /// <summary>Whether a speaker of at most four words and a verb of saying, then the sentence's end, follow the comma at <paramref name="j"/>.</summary>
        private bool SpeakerFrameAfterComma(int j)
        {
            var toks = Toks;
            var e = j + 1;
            bool Cue(Token t) => t.IsWord && char.IsLower(t.Text[0]) && (CueLexicon.Speech.Contains(t.Text) || CueLexicon.Prior(t.Text) >= 0.3);
            // (Not after a report of its own, "The board said costs would rise, analysts agree": that report is the outer one.)
            for (var x = 0; x < j; x++)
                if (toks[x].IsWord && char.IsLower(toks[x].Text[0]) && CueLexicon.Speech.Contains(toks[x].Text) && QuoteFinder.Containing(quotes, toks[x].Start) is null) return false;
            while (e < toks.Count && e - j <= 4 && toks[e].IsWord && !Cue(toks[e])) e++;
            if (e == j + 1 || e >= toks.Count || e - j > 4 || !Cue(toks[e])) return false;
            // (The words before the verb name someone, as a whole phrase: "economists", "the ministry", not "desolate of all".)
            if (SpeakerPhrases.EndingAt(toks, e - 1, false) is not { Kind: PhraseKind.Name or PhraseKind.Nominal or PhraseKind.Pronoun } who || who.First != j + 1) return false;
            for (var x = j + 1; x < e; x++)
                if (char.IsLower(toks[x].Text[0]) && (IsFiniteVerb(toks[x].Text) || toks[x].Text is "to" or "that" or "which" or "who" or "of" or "all")
                    || PossessiveMark(x) || toks[x].Text is "'s" or "\u2019s") return false;
            return e + 1 >= toks.Count || toks[e + 1].Text is "." or "!" or "?" && e + 2 >= toks.Count;
        }

        /// <summary>The words before <paramref name="k"/> end in a participle set off by a comma (", noting ...").</summary>
        private bool ParticipleSetOffBefore(int k)
        {
            var toks = Toks;
            var p = k - 1;
            while (p > 0 && toks[p].Text is "that" or "," || p > 0 && SpeakerPhrases.IsAdverbial(toks[p])) p--;
            return p > 1 && toks[p].IsWord && toks[p].Text.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(toks[p].Text[0]) && toks[p - 1].Text is ",";
        }

        /// <summary>Whether the clause that starts at <paramref name="k"/> ends at the comma (or comma-like mark) <paramref name="j"/>.</summary>
        private bool CutsAtComma(int j, int k, int last, bool thatClause)
        {
            var toks = Toks;
            // "Ferry traffic is likely to rise, economists predict.": a short speaker and a verb of saying that end the
            // sentence are its frame, not more of the clause.
            if (SpeakerFrameAfterComma(j)) return true;
            // "the deckhands were, in fact, seeking work": the commas around a short aside go on with the clause.
            // (Only an aside after a verb it interrupts: not "denied it, however, appearing to ...".)
            if (AsideAt(j + 1, 1) is { } closing && closing < last && InterruptsVerb(j)
                || j - 1 > k && AsideAt(j - 1, -1) is { } opening && InterruptsVerb(opening)) return false;
            // So do those of any short aside after an auxiliary or a form of "be", where the clause cannot end ("the plan
            // was, in his view, a mistake", "they are, at long last, winning").
            if (ShortAsideAfterVerb(j, k, last)) return false;
            var next = toks[j + 1];
            // ", adding that ...", ", according to ..." start a new attribution.
            if (next.IsWord && next.Text.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.Prior(next.Text) >= 0.4) return true;
            // ", implicitly putting ...", ", engaging in ...": a participle clause after the reported clause is the
            // writer's comment on the telling, not part of what was said.
            if (j > k + 2 && CommentParticipleAt(j, k, last)) return true;
            if (next.Text.Equals("according", StringComparison.OrdinalIgnoreCase)) return true;
            // "Ruiz, who said the fares were high, warned the boats ...": the main clause's own cue after a relative
            // clause that told something; not "said to be" (a passive participle).
            // So does the cue after a participle set off between the subject and its verb: "Vera Holm, noting the size
            // of the crowd, said ...".
            if (next.IsWord && char.IsLower(next.Text[0]) && !next.Text.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.Prior(next.Text) >= 0.5
                && j + 2 <= last && toks[j + 2].Text is not ("to" or "by")
                && k > 1 && (toks.Take(k).Any(x => x.Text is "who") || ParticipleSetOffBefore(k))) return true;
            // "said the fares would rise, but “not this year”": a quote after the conjunction goes on with what was said.
            if (next.Text is "but" or "and" or "yet" && j + 2 <= last
                && (IsOpeningQuote(j + 2) || j + 3 <= last && toks[j + 2].Text is "still" or "also" && IsOpeningQuote(j + 3))) return false;
            // "..., which the mayor called “a disgrace”", "..., to which Ruiz replied: ...": a relative clause with a
            // speaker of its own before its cue is another telling, and what was said ends before it (in a "that"
            // clause too). Not one that interrupts the reported clause between its subject and verb ("argued the
            // ferry, which he says cost too much, should be sold"): what was said goes on after it.
            if (RelativeWithOwnSpeaker(j + 1, last) && !ParentheticalAfterSubject(j, k, last)) return true;
            // "said she would vote, and the board did nothing", "praised the plan, and Ana Ruiz then left": after a
            // reported clause that is not a "that" clause, ", and" with a subject and a finite verb of their own joins
            // the writer's next statement, not more of what was said.
            if (!thatClause && j > k + 1 && next.Text is "and" && NewSubjectAndVerb(j + 2, last)) return true;
            // A "that" clause keeps its own relative clauses ("that she phoned Okafor, which ended the dispute, ...").
            if (thatClause && next.Text.ToLowerInvariant() is "which" or "who" or "when" or "where") return false;
            if (ParentheticalAfterSubject(j, k, last)) return false;
            if (next.Text is "which" or "who" && QuotedBeforeCue(j + 2, last)) return false;
            if (j > k + 2 && ClauseBreakers.Contains(next.Text.ToLowerInvariant())) return true;
            // ", in which ...", ", under which ...": a relative clause after a preposition.
            if (j > k + 2 && !thatClause && j + 2 <= last && next.Text is "in" or "under" or "by" or "through" or "for" or "with" && toks[j + 2].Text is "which" or "whom") return true;
            // ", with the crews demanding ...": an absolute clause after the reported clause is the writer's.
            if (j > k + 2 && next.Text is "with" && WithAbsolute(j + 2, last)) return true;
            // ", even as ...", ", even though ...": a concession set against what was said.
            if (j > k + 2 && next.Text is "even" && j + 3 <= last && toks[j + 2].Text is "as" or "though" or "when" or "while"
                && toks[j + 3].Text is not ("a" or "an")) return true;
            // ", but Y argued that ...": a second speaker.
            var n = j + 1;
            if (toks[n].Text is "but" or "while" or "whereas" or "and" or "though" or "although") n++;
            if (n <= last && n > j + 1 || n <= last && toks[n].IsWord)
            {
                for (var c = n; c <= Math.Min(last, n + 8); c++)
                {
                    if (!toks[c].IsWord || CueLexicon.Prior(toks[c].Text) < 0.5) continue;
                    // ("the number of reports from the crews has grown": after a preposition or a determiner the word is a noun.)
                    if (c > n && toks[c - 1].Text.ToLowerInvariant() is "of" or "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "in" or "on" or "for" or "with" or "about") continue;
                    return SpeakerPhrases.Before(toks, c) is { } ph && ph.First == n && ph.Kind != PhraseKind.Relative;
                }
            }
            return false;
        }

        /// <summary>
        /// The comma at <paramref name="j"/> opens or closes a few words set off after an auxiliary or a form of "be"
        /// (<see cref="InterruptsVerb"/>), with no verb among them: an aside the clause goes on after (not "she would, and
        /// the board did, ...", where the clause ended on the auxiliary).
        /// </summary>
        private bool ShortAsideAfterVerb(int j, int k, int last)
        {
            var toks = Toks;
            bool Words(int from, int to)
            {
                for (var x = from; x <= to; x++)
                    if (!toks[x].IsWord || CueLexicon.Prior(toks[x].Text) >= 0.5 || IsFiniteVerb(toks[x].Text)) return false;
                return true;
            }
            if (InterruptsVerb(j))
                for (var c = j + 2; c <= Math.Min(last - 1, j + 6); c++)
                    if (toks[c].Text is ",") return Words(j + 1, c - 1);
            for (var o = j - 2; o >= Math.Max(k + 1, j - 6); o--)
                if (toks[o].Text is ",") return InterruptsVerb(o) && Words(o + 1, j - 1);
            return false;
        }

        /// <summary>Short asides, as words (split once: the check runs at every comma of every clause read).</summary>
        private static readonly string[][] Asides = new[]
        {
            "in fact", "of course", "for example", "for instance", "however", "indeed", "too", "in turn", "at least",
            "in particular", "in part", "after all", "therefore", "perhaps", "in effect", "so far", "in general", "above all",
            "in short", "by contrast", "in theory", "in practice", "if anything", "at times", "as usual",
        }.Select(a => a.Split(' ')).ToArray();

        /// <summary>The comma at <paramref name="comma"/> follows an auxiliary, a form of "be" or a relative pronoun, whose clause goes on after an aside.</summary>
        private bool InterruptsVerb(int comma) => comma > 0 && Toks[comma - 1].Text.ToLowerInvariant() is "is" or "are" or "was" or "were" or "be" or "been"
            or "has" or "have" or "had" or "will" or "would" or "can" or "could" or "should" or "may" or "might" or "must" or "do" or "does" or "did"
            or "who" or "which" or "that";

        /// <summary>
        /// A short aside ("in fact", "of course") from <paramref name="i"/> (reading forward, <paramref name="dir"/> 1)
        /// or ending at it (backward, -1), with a comma on its other side: the index of that comma, or null.
        /// </summary>
        private int? AsideAt(int i, int dir)
        {
            var toks = Toks;
            foreach (var words in Asides)
            {
                var first = dir > 0 ? i : i - words.Length + 1;
                var comma = dir > 0 ? i + words.Length : first - 1;
                if (first < 0 || comma < 0 || comma >= toks.Count || toks[comma].Text is not ",") continue;
                var all = true;
                for (var x = 0; x < words.Length && all; x++) all = toks[first + x].Text.Equals(words[x], StringComparison.OrdinalIgnoreCase);
                if (all) return comma;
            }
            return null;
        }

        /// <summary>
        /// "When Trump called for a ban, ...", "Alongside Korvix calls for action, ...": the cue stands in a subordinate
        /// clause or a prepositional phrase that opens the sentence.
        /// </summary>
        private bool InFrontedClause(int cue)
        {
            var toks = Toks;
            var s = SkipDateline(0);
            if (s < cue && toks[s].Text is "When" or "After" or "As" or "While" or "Since" or "Although" or "Though" or "If" or "Because" or "Before" or "Until" or "Once" or "Even" or "Despite" or "With"
                or "Amid" or "Amidst" or "Alongside" or "Following" or "Given" or "Unlike" or "Like" or "Besides" or "Beyond" or "Against" or "Among"
                or "Without" or "Under" or "Over" or "Upon")
            {
                for (var j = s; j < cue; j++) if (toks[j].Text == ",") return false;
                return true;
            }
            // "But if she seemed ..., they ...", "..., and while the team is confident ..., there is ...": a
            // subordinate clause after a conjunction, ended by a comma before the main clause.
            var c = cue - 1;
            while (c >= 0 && toks[c].Text is not ("," or ";")) c--;
            var f = c + 1;
            if (f < cue && toks[f].Text is "and" or "but" or "And" or "But") f++;
            return f > s && f < cue && toks[f].Text.ToLowerInvariant() is "when" or "whenever" or "while" or "if" or "though" or "although" or "since" or "because" or "unless" or "once"
                && toks.Skip(cue + 1).Any(x => x.Text is ",");
        }

        private static bool SaysOf(string cue) => cue is "said" or "says" or "say" or "saying" or "stated" or "states" or "wrote" or "writes" or "remarked"
            or "noted" or "notes" or "added" or "adds" or "declared" or "commented" or "observed";

        /// <summary>
        /// The clause holding <paramref name="cue"/> opens, after the sentence start or a comma (and an "and" or
        /// "but"), with a subordinator of time, condition or cause ("after", "when", "once", "if", "because"), not
        /// "as", which frames a telling ("as Ruiz noted, ...").
        /// </summary>
        private bool ClosesSubordinateClause(int cue)
        {
            var toks = Toks;
            var c = cue - 1;
            while (c >= 0 && toks[c].Text is not ("," or ";" or ":") && toks[c].Kind != TokenKind.Quote) c--;
            var f = c < 0 ? SkipDateline(0) : c + 1;
            if (f < cue && toks[f].Text.ToLowerInvariant() is "and" or "but") f++;
            // (Its subject stands between: "once said, ..." is an adverb's "once".)
            return f + 1 < cue && toks[f].Text.ToLowerInvariant() is "after" or "before" or "when" or "whenever" or "while" or "once" or "until" or "since"
                or "if" or "unless" or "because" or "although" or "though";
        }

        /// <summary>The end of a cue's object: before the first comma or dash outside quotes, or before "and" + a past-tense verb.</summary>
        private int ObjectEnd(int k, int clauseEnd)
        {
            var toks = Toks;
            for (var j = k + 1; j <= clauseEnd; j++)
            {
                var t = toks[j];
                if (t.Kind == TokenKind.Quote && QuoteStartingAt(t.Start) is { } q) { j = IndexAtOrAfter(q.Span.End) - 1; continue; }
                if ((t.Text is "," or ";" || Dashes.IsLong(t.Text)) && j > k) return Trim(j - 1, k);
            }
            return clauseEnd;
        }

        /// <summary>
        /// "X called Y “crazy” and said ...", "Christie refers to him as ... while Trump refers to ...": the
        /// conjunction starts a second attribution (a second cue of the same speaker, or another speaker's).
        /// </summary>
        private bool CutsAtConjunction(int j, int last, int k = -1)
        {
            var toks = Toks;
            var n = j + 1;
            while (n <= last && SpeakerPhrases.IsAdverbial(toks[n])) n++;
            if (n > last) return false;
            // "the same thing as Ruiz calling herself ...", "such as": a comparison or an example, not a clause of its own.
            if (toks[j].Text is "as" && j > 0 && (toks[j - 1].Text.ToLowerInvariant() is "same" or "such" || j > 1 && toks[j - 2].Text.ToLowerInvariant() is "same")) return false;
            // "... said she was “the best choice,” and she repeated ...": after a quote, a new subject starts a new clause.
            if (toks[j].Text is "and" or "but" && j > 0 && (IsClosingQuote(j - 1) || toks[j - 1].Text is "," && j > 1 && IsClosingQuote(j - 2))
                && toks[n].Text is "he" or "she" or "they" or "we" or "I") return true;
            // "... called the levy “a scandal,” and his party has ...", "... “too slow” and Ruiz says ...": so does a
            // name or a possessive noun phrase whose finite verb follows within a few words.
            if (toks[j].Text is "and" or "but" && j > 0 && (IsClosingQuote(j - 1) || toks[j - 1].Text is "," && j > 1 && IsClosingQuote(j - 2))
                && (toks[n].IsWord && char.IsUpper(toks[n].Text[0]) && !CueLexicon.Pronouns.Contains(toks[n].Text) || IsPossessivePronoun(toks[n].Text)))
                for (var c = n + 1; c <= Math.Min(last, n + 4); c++)
                {
                    if (!toks[c].IsWord) break;
                    if (char.IsLower(toks[c].Text[0]) && (IsFiniteVerb(toks[c].Text) || toks[c].Text.EndsWith('s') && CueLexicon.Prior(toks[c].Text) >= 0.5)) return true;
                }
            if (toks[j].Text is "and" or "but" && toks[n].IsWord && char.IsLower(toks[n].Text[0]) && n + 1 <= last && !toks[n].Text.EndsWith("ing", StringComparison.Ordinal)
                && (CueLexicon.Prior(toks[n].Text) >= 0.4 || (toks[n].Text.EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(toks[n].Text)) && j > 0 && (toks[j - 1].Kind == TokenKind.Quote || toks[j - 1].Text is ",")))
                return true;
            // "has been critical of the mayor but last week wrote that ...": a time after the conjunction, then the
            // subject's next verb of saying.
            if (toks[j].Text is "and" or "but" && SkipTimePhrase(n) is var afterTime && afterTime > n && afterTime + 1 <= last && toks[afterTime].IsWord
                && char.IsLower(toks[afterTime].Text[0]) && !toks[afterTime].Text.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.Prior(toks[afterTime].Text) >= 0.5)
                return true;
            if (CoordinatedParticipleCue(j, n, last)) return true;
            // "... “too early” while adding that ...", "... after hinting that ...": a reporting participle after a
            // subordinator is the speaker's next telling, with what it says its own.
            if (toks[j].Text is "while" or "after" or "before" or "when" && n + 1 <= last && toks[n].IsWord && char.IsLower(toks[n].Text[0])
                && toks[n].Text.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.Prior(toks[n].Text) >= 0.5) return true;
            for (var c = n; c <= Math.Min(last, n + 8); c++)
            {
                if (!toks[c].IsWord || !char.IsLower(toks[c].Text[0]) || CueLexicon.Prior(toks[c].Text) < 0.5) continue;
                // "and Ana said ..." may go on with what was said; "and Ana said, “...”" is her own quote, and so is
                // "and Ana calling it ..." (a second speaker's participle, set beside the first).
                // So is "and the Ferry Party claims ...", "and Tom Berg insisted ...": a name (or a phrase opening with
                // "the" and a capital) as the subject of a verb of saying is a second speaker, after a clause with a verb
                // of its own (not "said his crew and Tom Berg wrote ...", two subjects of one verb).
                return SpeakerPhrases.Before(toks, c) is { } ph && ph.First == n
                       && (toks[j].Text is not "and" || QuoteRightAfter(c) || toks[c].Text.EndsWith("ing", StringComparison.Ordinal)
                           || ph.Kind == PhraseKind.Name && char.IsUpper(toks[ph.Last].Text[0]) && CueLexicon.Speech.Contains(toks[c].Text)
                              && k >= 0 && Enumerable.Range(k, j - k).Any(x => toks[x].IsWord && char.IsLower(toks[x].Text[0]) && (IsFiniteVerb(toks[x].Text) || IsIrregularPast(toks[x].Text)))
                              // (Not inside a clause subordinated in what was said: "was angry because the port had closed and
                              // Tom Berg had said nothing".)
                              && !Enumerable.Range(k, j - k).Any(x => toks[x].Text is "because" or "since" or "although" or "though" or "if" or "when" or "whether" or "as" or "after" or "before" or "until" or "while"))
                       && ph.Kind is PhraseKind.Name or PhraseKind.Pronoun or PhraseKind.Nominal;
            }
            return false;
        }

        /// <summary>The content from <paramref name="k"/> opens a clause of its own: "that ...", "he ...", "there ...".</summary>
        private bool OpensClause(int k) => k < Toks.Count && (Toks[k].Text is "that" or "there" || CueLexicon.Pronouns.Contains(Toks[k].Text));

        private static bool IsIrregularPast(string w) => SpeakerPhrases.IsIrregularPast(w);

        /// <summary>
        /// "..., calling the fares “a scandal” and demanding a refund": a participle cue's content ends before
        /// "and" and a second participle of the same speaker (not "fighting and losing", a pair inside it).
        /// </summary>
        private int ParallelParticipleEnd(int k, int clauseEnd)
        {
            var toks = Toks;
            for (var j = k + 1; j < clauseEnd; j++)
            {
                if (toks[j].Kind == TokenKind.Quote && QuoteStartingAt(toks[j].Start) is { } q)
                {
                    j = IndexAtOrAfter(q.Span.End) - 1;
                    continue;
                }
                if (toks[j].Text is not "and" || toks[j - 1].Text.EndsWith("ing", StringComparison.Ordinal)) continue;
                var w = toks[j + 1].Text;
                if (toks[j + 1].IsWord && w.Length > 5 && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal)
                    && w is not ("including" or "during" or "according" or "regarding" or "concerning" or "following" or "nothing" or "something" or "anything" or "everything"))
                    return Trim(j - 1, k);
            }
            return clauseEnd;
        }

        /// <summary>
        /// "..., saying the plan was sound and calling it “...”": "and" before a reporting participle (the
        /// <paramref name="n"/>th token) coordinates a second telling; what was said ends before it.
        /// </summary>
        private bool CoordinatedParticipleCue(int j, int n, int last)
        {
            var w = Toks[n].Text;
            return Toks[j].Text is "and" && n + 1 <= last && Toks[n].IsWord && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal)
                   && CueLexicon.Prior(w) >= 0.5;
        }

        /// <summary>
        /// The phrase before a "who" that opens a relative clause ending at <paramref name="first"/>, whose verb
        /// comes before it ("an aide who spoke to the Bergen Times"), or before a modifier of the same kind ("a
        /// person familiar with the talks", "two officials close to the mayor"): no comma, quote, conjunction or
        /// "that" between.
        /// </summary>
        private Phrase? RelativeAntecedent(int first)
        {
            var toks = Toks;
            for (var j = first - 1; j > 0 && first - j <= 12; j--)
            {
                var t = toks[j];
                if (t.Kind == TokenKind.Quote || t.Text is "," or ";" or ":" or "(" or ")" or "that" or "and" or "but" || Dashes.IsLong(t.Text)) return null;
                // "a person familiar with the talks said", "a source speaking to the Times said": a modifier after the head.
                var modifier = t.Text is "familiar" or "close" or "speaking" or "talking" or "briefed" or "involved" && j + 1 < first
                    && toks[j + 1].Text is "with" or "to" or "on" or "in"
                    // "marchers crossing the square chanted", "dockers waiting outside the hall said": a participle
                    // and its object or adjunct after the head.
                    || (j + 1 == first || j + 2 == first && toks[j + 1].Text is "outside" or "near" or "in" or "at" or "on" or "along" or "across" or "around"
                        or "inside" or "from" or "into" or "through" or "behind" or "under" or "over") && IsCommentParticiple(t) && !CueLexicon.Speech.Contains(t.Text) && j > 0 && toks[j - 1].IsWord
                       && !SpeakerPhrases.IsBoundary(toks[j - 1].Text) && !SpeakerPhrases.IsDeterminer(toks[j - 1].Text);
                if (t.Text is not "who" && !modifier) continue;
                // The relative clause has a verb of its own before the phrase: "who spoke with ...", not "who said".
                if (!modifier && (j + 1 >= first || !toks[j + 1].IsWord || !char.IsLower(toks[j + 1].Text[0]))) return null;
                var ante = SpeakerPhrases.EndingAt(toks, j - 1, false);
                return ante is { Kind: PhraseKind.Name or PhraseKind.Nominal } a && (a.First == 0 || SpeakerPhrases.IsBoundary(toks[a.First - 1].Text)
                    || toks[a.First - 1].Kind is TokenKind.Punctuation or TokenKind.Quote) ? a : null;
            }
            return null;
        }

        /// <summary>The cue at <paramref name="c"/> is followed by an opening quote, after a comma or colon or not: "said, “...”".</summary>
        private bool QuoteRightAfter(int c) =>
            c + 2 < Toks.Count && Toks[c + 1].Text is "," or ":" && IsOpeningQuote(c + 2) || c + 1 < Toks.Count && IsOpeningQuote(c + 1);

        /// <summary>"his agent.", "their new coach,": one to three words after the possessive at <paramref name="p"/>, then the sentence's end or a comma.</summary>
        private bool PossessivePhraseEndsSentence(int p)
        {
            var toks = Toks;
            for (var j = p + 1; j <= p + 3; j++)
            {
                if (j >= toks.Count) return j > p + 1;
                if (toks[j].Text is "." or "," or "!" or ";") return j > p + 1;
                if (!toks[j].IsWord || toks[j].Text is "of" or "in" or "on" or "for" or "to" or "with" or "and" or "as" or "that") return false;
            }
            return p + 4 >= toks.Count || toks[p + 4].Text is "." or "," or "!" or ";";
        }

        /// <summary>A verb whose object is followed by what it is named or described as: "called it ...", "described her as ...".</summary>
        private static bool NamesOrDescribes(string w) => IsNamingVerb(w)
            || w.ToLowerInvariant() is "describe" or "describes" or "described" or "describing" or "term" or "terms" or "termed" or "deem" or "deems" or "deemed"
                or "consider" or "considers" or "considered" or "find" or "finds" or "found";

        private static bool IsNamingVerb(string w) => w.ToLowerInvariant() is "call" or "calls" or "called" or "calling" or "dub" or "dubs" or "dubbed" or "dubbing"
            or "label" or "labels" or "labeled" or "labelled" or "labeling" or "labelling" or "brand" or "brands" or "branded" or "branding" or "nicknamed";

        /// <summary>The end of a quote that opens within a few words of the object ("her “weak”", "the plan a “sham”"), if the content runs past it.</summary>
        private int? NamingQuoteEnd(int k, int end)
        {
            var toks = Toks;
            for (var j = k + 1; j < Math.Min(toks.Count, k + 6); j++)
            {
                if (toks[j].Text is "," or ";" or ":" or "that") return null;
                if (toks[j].Kind != TokenKind.Quote) continue;
                if (!IsOpeningQuote(j) || QuoteStartingAt(toks[j].Start) is not { } q || q.Span.End >= end) return null;
                // Only a comma closes the naming: "a “liar” who ...", "a “mistake” because ..." go on.
                var after = IndexAtOrAfter(q.Span.End);
                var comma = text.AsSpan(q.Inner.Start, q.Inner.End - q.Inner.Start).TrimEnd().EndsWith(",") || after < toks.Count && toks[after].Text is ",";
                if (after < toks.Count && toks[after].Text is ",") after++;
                if (!comma || after >= toks.Count || !toks[after].IsWord) return null;
                if (toks[after].Text.ToLowerInvariant() is "who" or "which" or "whom" or "that" or "because" or "since" or "made" or "by" or "for" or "and" or "or" or "but") return null;
                return q.Span.End;
            }
            return null;
        }

        /// <summary>
        /// The comma at <paramref name="j"/> opens a participle clause (", implicitly putting ...") that is not one
        /// more item of a list of participles ("by raising fees, cutting routes and ...") nor an aside before the
        /// clause's verb ("Riders, numbering a million, want ...").
        /// </summary>
        private bool CommentParticipleAt(int j, int k, int last)
        {
            var toks = Toks;
            var pi = j + 1;
            // (Not after an auxiliary: "the crews, led by Holm, were closing ..." is the clause's own verb; but after a
            // relative clause's content, "X, who backed Y, is planning ..." is the main clause going on.)
            bool? afterRelative = null;
            while (pi < last && SpeakerPhrases.IsAdverbial(toks[pi]))
                if (IsFiniteVerb(toks[pi++].Text) && !(afterRelative ??= toks.Take(k).Any(x => x.Text is "who" or "which"))) return false;
            if (!IsCommentParticiple(toks[pi]) || toks[pi].Text is "having" or "being") return false;
            for (var b = j - 1; b >= k && toks[b].Text is not ("," or ";"); b--)
                if (IsCommentParticiple(toks[b])) return false;
            for (var c = pi + 1; c < Math.Min(last, pi + 12); c++)
            {
                if (toks[c].Kind == TokenKind.Quote) break;
                if (toks[c].Text is "," && toks[c + 1].IsWord && char.IsLower(toks[c + 1].Text[0]) && IsFiniteVerb(toks[c + 1].Text)) return false;
            }
            return true;
        }

        private static bool IsCommentParticiple(Token t) => t.IsWord && t.Text.Length > 5 && char.IsLower(t.Text[0]) && t.Text.EndsWith("ing", StringComparison.Ordinal)
            && t.Text is not ("including" or "during" or "according" or "regarding" or "concerning" or "following" or "nothing" or "something" or "anything" or "everything");

        private static bool IsLearning(string w) => w is "learning" or "hearing" or "discovering" or "finding" or "realising" or "realizing" or "seeing"
            or "noticing" or "knowing" or "reading" or "understanding";

        /// <summary>", vowing ...", "and insisting ...", ", and warning ...": a participle that follows a closing quote.</summary>
        private bool ParticipleAfterQuote(int n, int last)
        {
            var toks = Toks;
            var comma = n <= last && toks[n].Text is ",";
            if (comma) n++;
            if (n <= last && toks[n].Text is "and") n++;
            if (n > last || !toks[n].IsWord) return false;
            var w = toks[n].Text;
            // Without a comma, "“cheap bread” and forcing ..." can be a list inside the content: only a speech act cuts.
            return w.Length > 5 && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal) && (comma || CueLexicon.Prior(w) >= 0.4)
                && w is not ("including" or "during" or "according" or "regarding" or "concerning" or "following" or "nothing" or "something" or "anything" or "everything");
        }

        /// <summary>The first word after the comma at <paramref name="comma"/>, past adverbs, when it is lower case.</summary>
        private int? NextVerbAfterComma(int comma)
        {
            var v = comma + 1;
            while (v < Toks.Count && SpeakerPhrases.IsLyAdverb(Toks[v])) v++;
            // (", last week said ...": a time before a verb of saying.)
            if (SkipTimePhrase(v) is var afterTime && afterTime > v && afterTime < Toks.Count && Toks[afterTime].IsWord && CueLexicon.Prior(Toks[afterTime].Text) >= 0.8) v = afterTime;
            return v < Toks.Count && Toks[v].IsWord && char.IsLower(Toks[v].Text[0]) ? v : null;
        }

        /// <summary>
        /// A clause with a subject of its own subordinated right after a closing quote (a comma may stand between):
        /// "“...” as she left", "“...,” though critics say ...". Not "“...” when asked", "“...” as the answer".
        /// </summary>
        private bool SubordinateAfterQuote(int n, int last)
        {
            var toks = Toks;
            if (n <= last && toks[n].Text is ",") n++;
            if (n + 1 > last || !toks[n + 1].IsWord) return false;
            if (toks[n].Text is "though" or "although") return true;
            // "“...” while the board met", "“...” when Ruiz left": a subject that is a noun phrase or a name.
            if (toks[n].Text is "while" or "when" or "until" && (SpeakerPhrases.IsDeterminer(toks[n + 1].Text) || char.IsUpper(toks[n + 1].Text[0]) && toks[n + 1].Text is not "I")) return true;
            return toks[n].Text is "as" or "while" or "when" or "after" or "since" or "until" or "before"
                && toks[n + 1].Text is "he" or "she" or "they" or "we" or "I" or "it" or "you"
                // "when it comes to ..." narrows what was said.
                && !(n + 2 <= last && toks[n + 2].Text is "comes" or "came");
        }

        private int Trim(int j, int k)
        {
            while (j > k && Toks[j].Kind == TokenKind.Punctuation && !EndsContent(j, k)) j--;
            return j;
        }

        /// <summary>
        /// Punctuation that belongs to the words before it, so what was said may end on it: a per cent sign ("by
        /// 4.3%"), or a bracket closing one opened after <paramref name="k"/> ("6.5m euros ($8.6m)").
        /// </summary>
        private bool EndsContent(int j, int k)
        {
            var toks = Toks;
            if (toks[j].Text is "%") return true;
            return toks[j].Text is ")" or "]" && InBrackets(j, k);
        }

        /// <summary>Whether token <paramref name="j"/> stands inside brackets opened after <paramref name="k"/> and not yet closed.</summary>
        private bool InBrackets(int j, int k)
        {
            var toks = Toks;
            var depth = 0;
            for (var i = Math.Max(0, k); i < j; i++)
                if (toks[i].Text is "(" or "[") depth++;
                else if (toks[i].Text is ")" or "]" && depth > 0) depth--;
            return depth > 0;
        }

        /// <summary>Whether the bracket opening the sentence is closed by its last bracket, not earlier ("(CNN) - ...").</summary>
        private static bool ClosesAtEnd(IReadOnlyList<Token> toks)
        {
            var depth = 0;
            for (var i = 0; i < toks.Count; i++)
            {
                if (toks[i].Text is "(") depth++;
                else if (toks[i].Text is ")" && --depth == 0)
                    return toks.Skip(i + 1).All(t => t.Kind == TokenKind.Punctuation && t.Text is "." or "!" or "?" or "...");
            }
            return false;
        }

        private int LastContentToken()
        {
            var toks = Toks;
            var end = toks.Count - 1;
            // "(The fares are too high, she said.)": the bracket closing a sentence set in brackets is no more part of it than its full stop.
            var bracketed = toks.Count > 1 && toks[0].Text is "(" && ClosesAtEnd(toks);
            while (end > 0 && toks[end].Kind == TokenKind.Punctuation && (toks[end].Text is "." or "," or ";" or ":" or "!" or "?" or "..." || bracketed && toks[end].Text is ")")) end--;
            return end;
        }

        /// <summary>
        /// The speaker of a participial cue with no earlier claim: the sentence's subject, after any opening
        /// adjunct ("On Thursday, Warren endorsed Clinton, saying ...").
        /// </summary>
        internal Speaker? SentenceSubject(int cue)
        {
            var toks = Toks;
            var s = SkipDateline(0);
            // A sentence opening inside a quotation begun in the sentence before ("... fair game. He is a former
            // mayor," Lund told ..., reminding ...): the words up to the quote's close were said; the clause starts
            // after it.
            if (s < cue && QuoteFinder.Containing(quotes, toks[s].Start) is { } inner && inner.Span.Start < toks[s].Start
                && inner.Span.End <= toks[cue].Start)
                s = IndexAtOrAfter(inner.Span.End);
            while (s < cue && toks[s].Kind is TokenKind.Quote or TokenKind.Punctuation)
            {
                // "“Hold on,” Ruiz said, before asking ...": a quote opening the sentence is what was said, and no
                // word in it is the subject; the clause starts after it.
                if (IsOpeningQuote(s) && QuoteStartingAt(toks[s].Start) is { } opening && opening.Span.End <= toks[cue].Start)
                {
                    s = IndexAtOrAfter(opening.Span.End);
                    continue;
                }
                s++;
            }
            // "And he made a point of saying ...": a conjunction opening the sentence is not an adjunct.
            while (s < cue - 1 && (toks[s].Text is "And" or "But" or "Yet" or "So" or "Or" || toks[s].Text is "," && s > 0 && toks[s - 1].Text is "And" or "But" or "Yet" or "So" or "Or")) s++;
            // "Likewise, the harbour report put it plainly: ...": a sentence adverb and its comma.
            if (s + 2 < cue && toks[s + 1].Text is "," && IsSentenceAdverb(toks[s].Text)) s += 2;
            s = SkipTimeSpan(s, cue);
            s = SkipBareTimeOpener(s, cue);
            if (s >= cue) return null;
            var opener = toks[s].Text;
            if (SpeakerPhrases.IsBoundary(opener) && !CueLexicon.Pronouns.Contains(opener) || opener.EndsWith("ing", StringComparison.Ordinal) || opener.EndsWith("ed", StringComparison.Ordinal) && s + 1 < cue && char.IsLower(toks[s + 1].Text[0]))
            {
                // The opening adjunct may hold commas of its own ("At a rally in Bergen, Norway, on Sunday, the minister
                // tried ..."): the subject is the first phrase after a comma that a verb follows.
                var first = -1;
                for (var comma = s; comma < cue - 1; comma++)
                {
                    if (toks[comma].Text != ",") continue;
                    if (first < 0) first = comma;
                    if (SpeakerPhrases.After(toks, comma + 1, subject: true) is { } a && a.Last + 1 < cue && FollowedByVerb(a.Last + 1)
                        && !SpeakerPhrases.IsTimeWord(toks[a.Last].Text))
                        return resolver.Resolve(toks, a);
                }
                if (first < 0) return null;
                s = first + 1;
            }
            var phrase = SpeakerPhrases.After(toks, s, subject: true);
            // "Outside the hall, a crowd gathered, chanting ...": an opener no verb follows is an
            // adjunct; the subject comes after its comma.
            if (phrase is { } p0 && p0.Last + 1 < cue && !FollowedByVerb(p0.Last + 1) && !CueLexicon.Pronouns.Contains(toks[p0.First].Text))
                for (var comma = p0.Last + 1; comma < cue - 1; comma++)
                {
                    if (toks[comma].Text != ",") continue;
                    // "Ana Ruiz, clearly annoyed, replied ...": an adverb opening an aside is no subject.
                    // "Ana Ruiz, herself a Lund voter, ...": an aside opened by a reflexive describes the subject.
                    if (toks[comma + 1].Text is "herself" or "himself" or "themselves" or "itself") break;
                    // "Ana Ruiz, the presumptive Harbour Party nominee, has ...": a name, then an apposition closed by a
                    // comma that its verb follows.
                    if (p0.Kind == PhraseKind.Name && comma == p0.Last + 1 && ClosedApposition(comma, cue)) break;
                    // "the head teacher, Sara Voss, closed the school, citing ...": a name set off after a description
                    // and followed by its verb names the subject.
                    if (p0.Kind == PhraseKind.Nominal && comma == p0.Last + 1 && SpeakerPhrases.After(toks, comma + 1, subject: true) is { Kind: PhraseKind.Name } named
                        && named.Last + 2 < cue && toks[named.Last + 1].Text is "," && FollowedByVerb(named.Last + 2))
                        return resolver.Resolve(toks, named);
                    if (SpeakerPhrases.After(toks, comma + 1, subject: true) is { } a && a.Last + 1 < cue && FollowedByVerb(a.Last + 1)
                        && !SpeakerPhrases.IsTimeWord(toks[a.Last].Text) && !(a.First == a.Last && SpeakerPhrases.IsAdverbial(toks[a.First])))
                        return resolver.Resolve(toks, a);
                    break;
                }
            if (phrase is not { } p || p.Last >= cue || SpeakerPhrases.IsTimeWord(toks[p.Last].Text)) return null;
            return resolver.Resolve(toks, p);
        }

        /// <summary>
        /// The words after the comma at <paramref name="comma"/> open with a determiner and end at another comma, before
        /// <paramref name="cue"/>'s own, that a verb follows: "Ana Ruiz, the party's nominee, has ...".
        /// </summary>
        private bool ClosedApposition(int comma, int cue)
        {
            var toks = Toks;
            if (comma + 1 >= cue || !SpeakerPhrases.IsDeterminer(toks[comma + 1].Text)) return false;
            for (var c = comma + 2; c < cue - 1 && c - comma <= 12; c++)
            {
                if (toks[c].Kind == TokenKind.Quote || toks[c].Text is ";" or ":" or "who" or "which" or "that") return false;
                if (toks[c].Text is ",") return FollowedByVerb(c + 1) && toks[c + 1].Text is not ("and" or "but");
            }
            return false;
        }

        /// <summary>
        /// The subject of the clause that runs up to <paramref name="end"/> (a coordinated cue's "and", or a colon
        /// before a quote): the nearest phrase before it that opens a clause (at the sentence start, or after a
        /// comma, a conjunction or a subordinator) and is followed by its verb. "Ann said it was late, but she
        /// stayed and added ..." is hers in the second clause; "... when the mayor rose and said ..." is the
        /// mayor's. A quote, a bracket, a colon, a "that" or a cue whose subject this is not ends the search:
        /// what lies before is another clause's content.
        /// </summary>
        private Phrase? NearestSubject(int end)
        {
            var toks = Toks;
            // ", and said ...": a second verb of the main clause, whose subject is the sentence's.
            if (toks[end].Text is "and" or "but" && end > 0 && toks[end - 1].Text is ",") return null;
            for (var k = end - 1; k >= 0 && end - k <= 25; k--)
            {
                var t = toks[k];
                // A few quoted words inside the clause ("mourned the “grim” mood at the port") are passed over.
                if (t.Kind == TokenKind.Quote && QuoteEndingAt(t.End) is { } shortQuote && shortQuote.Span.Start >= toks[0].Start
                    && WordsIn(shortQuote.Inner.Start, shortQuote.Inner.End) <= 4)
                {
                    k = IndexAtOrAfter(shortQuote.Span.Start);
                    continue;
                }
                if (t.Kind == TokenKind.Quote || t.Text is ";" or ":" or ")" or "that") return null;
                if (t.IsWord && char.IsLower(t.Text[0]) && CueLexicon.Prior(t.Text) >= 0.5)
                {
                    // The cue is the clause's own verb: its subject, or nothing.
                    var s = SpeakerPhrases.SkipAdverbialsLeft(toks, k);
                    return s >= 0 && SubjectEndingAt(s, k) is { } ps ? ps : null;
                }
                if (k + 1 < end && !SpeakerPhrases.IsAdverbial(t) && SubjectEndingAt(k, k + 1) is { } p) return p;
            }
            return null;
        }

        /// <summary>
        /// A phrase ending at <paramref name="k"/> that opens its clause and is followed by its verb at
        /// <paramref name="verb"/> (past adverbs): a subject, not an object. A pronoun may take any verb; a noun
        /// phrase only a word that cannot be a noun or an adjective ("the most qualified" is not a clause).
        /// </summary>
        private Phrase? SubjectEndingAt(int k, int verb)
        {
            var toks = Toks;
            if (SpeakerPhrases.EndingAt(toks, k, false) is not { } p || p.Kind == PhraseKind.Relative || SpeakerPhrases.IsTimeWord(toks[p.Last].Text)) return null;
            if (p.Kind == PhraseKind.Pronoun && toks[p.First].Text.ToLowerInvariant() is not ("he" or "she" or "they")) return null;
            var v = verb;
            while (v < toks.Count && SpeakerPhrases.IsAdverbial(toks[v]) && !IsFiniteVerb(toks[v].Text)) v++;
            if (v >= toks.Count || !toks[v].IsWord || !char.IsLower(toks[v].Text[0])) return null;
            var w = toks[v].Text;
            // ("during", "including" and the like are prepositions: "clashed with Ruiz during the hearing" has no subject "Ruiz".)
            var participle = w.EndsWith("ing", StringComparison.Ordinal) && w is not ("during" or "including" or "according" or "regarding" or "concerning" or "following" or "notwithstanding");
            var isVerb = p.Kind == PhraseKind.Pronoun ? !SpeakerPhrases.IsBoundary(w) || IsFiniteVerb(w)
                : w is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "would" or "could" or "can" or "did" or "does"
                  or "said" or "told" or "gave" or "took" or "made" or "went" or "came" or "got" or "spoke" or "wrote" or "sent" or "held" or "began"
                  or "kept" or "stood" or "knew" or "thought" or "brought" or "ran" or "says" or "continues"
                  || p.Kind == PhraseKind.Name && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)
                  || CueLexicon.Prior(w) >= 0.5;
            var before = p.First - 1;
            var b = before >= 0 ? toks[before].Text : "";
            if (!isVerb && !(participle && (b is "with" || IsSeeingVerb(b)))) return null;
            if (before < 0) return p;
            // "at the mention of fares she laughed and admitted ...": "he", "she" or "they" right after an opening
            // adjunct (a preposition and its noun) is that clause's subject.
            if (p.Kind == PhraseKind.Pronoun && AfterAdjunct(before)) return p;
            if (b is "," or ";" || Dashes.IsLong(b)) return p.Kind == PhraseKind.Pronoun || before > 0 ? p : null;
            // "though on the radio last week she lost her temper": a pronoun after a time adjunct.
            if (p.Kind == PhraseKind.Pronoun && SpeakerPhrases.IsTimeWord(b)) return p;
            // "with the mayor yelling: ...", "remember the mayor going on the radio, saying ...": a participle's
            // subject after "with" or a verb of seeing.
            if (b is "with" || IsSeeingVerb(b)) return participle ? p : null;
            return b.ToLowerInvariant() is "and" or "but" or "then" or "when" or "while" or "as" or "after" or "before" or "because" or "since"
                or "although" or "though" or "where" or "until" or "once" or "so" or "yet" ? p : null;
        }

        /// <summary>
        /// Whether the words up to <paramref name="last"/> end a prepositional adjunct: a preposition, then at most three
        /// lower-case words none of which is a verb of saying ("at the mention of fares", "after the vote").
        /// </summary>
        private bool AfterAdjunct(int last)
        {
            var toks = Toks;
            for (var j = last; j >= 0 && j >= last - 3; j--)
            {
                if (!toks[j].IsWord || !char.IsLower(toks[j].Text[0])) return false;
                if (j < last && toks[j].Text is "of" or "in" or "at" or "on" or "after" or "before" or "during" or "with" or "from" or "by" or "over" or "since") return true;
                if (CueLexicon.Prior(toks[j].Text) >= 0.2 || IsFiniteVerb(toks[j].Text)) return false;
            }
            return false;
        }

        /// <summary>"Likewise", "Similarly", "Moreover": a word that opens a sentence without being its subject.</summary>
        private static bool IsSentenceAdverb(string w) => w is "Likewise" or "Moreover" or "Furthermore" or "Nevertheless" or "Nonetheless"
            or "Otherwise" or "Overall" or "Regardless" or "Meanwhile" or "Still" or "Instead" or "Indeed" or "However" or "Besides"
            || w.Length > 4 && char.IsUpper(w[0]) && w.EndsWith("ly", StringComparison.Ordinal) && w.Skip(1).All(char.IsLower);

        /// <summary>A name opening the sentence and closed by a comma, with no quote, colon or cue between it and <paramref name="cue"/>.</summary>
        /// <summary>The name that opens the sentence (past quotes and punctuation only), if one does.</summary>
        private Phrase? OpeningName()
        {
            var toks = Toks;
            var s = 0;
            while (s < toks.Count && !toks[s].IsWord) s++;
            if (s >= toks.Count || SpeakerPhrases.After(toks, s, subject: true) is not { Kind: PhraseKind.Name } p || p.First != s) return null;
            // A name alone ("Ana Ruiz", "Ana M. Ruiz"), not a phrase around one ("Echoing the mayor Ana Ruiz").
            for (var k = p.First; k <= p.Last; k++)
                if (toks[k].IsWord && !char.IsUpper(toks[k].Text[0]) || toks[k].Text.EndsWith("ing", StringComparison.Ordinal)) return null;
            return p;
        }

        private Phrase? OpeningNameBeforeComma(int cue)
        {
            var toks = Toks;
            var s = 0;
            while (s < cue && (!toks[s].IsWord || SpeakerPhrases.IsBoundary(toks[s].Text))) s++;
            if (s >= cue || SpeakerPhrases.After(toks, s, subject: true) is not { Kind: PhraseKind.Name } p || p.Last + 1 >= cue - 1 || toks[p.Last + 1].Text is not ",") return null;
            for (var j = p.Last + 2; j < cue - 1; j++)
                if (toks[j].Kind == TokenKind.Quote || toks[j].Text is ";" or ":" || toks[j].IsWord && char.IsLower(toks[j].Text[0]) && CueLexicon.Prior(toks[j].Text) >= 0.5) return null;
            return p;
        }

        /// <summary>
        /// "..., when protesters interrupted her speech, shouting ...": a participle goes with the nearest clause
        /// before it, so the subject of a subordinate clause right before the cue is its speaker.
        /// </summary>
        private Speaker? ClauseSubject(int cue)
        {
            var toks = Toks;
            for (var j = cue - 2; j > 0; j--)
            {
                var t = toks[j];
                if (t.Kind == TokenKind.Quote || t.Text is ";" or ":") return null;
                if (t.Text is not ("when" or "while" or "as" or "after" or "because" or "where" or "since" or "before" or "until")) continue;
                // (A count, however hedged: "where about 50 dockers had gathered, chanting ...".)
                var from = j + 1 < cue && toks[j + 1].Text is "about" or "around" or "nearly" or "roughly" or "almost" or "some" ? j + 2 : j + 1;
                if (SpeakerPhrases.After(toks, from, subject: true) is not { } a || a.Last + 1 >= cue || !FollowedByVerb(a.Last + 1)) return null;
                var head = toks[a.First];
                if (!(CueLexicon.Pronouns.Contains(head.Text) || SpeakerPhrases.IsDeterminer(head.Text) || char.IsUpper(head.Text[0]) || head.Kind == TokenKind.Number
                      || SpeakerPhrases.IsNumberWord(head.Text) || head.Text is "several" or "many" or "dozens" or "hundreds" or "thousands")) return null;
                // "At the hearing, while her rivals asked for more, Ruiz held firm, noting ...": the subordinate clause
                // ended at a comma and a main clause (a subject and its verb) followed; the participle goes on with that.
                for (var c = a.Last + 1; c < cue - 2; c++)
                    if (toks[c].Text is "," && SpeakerPhrases.After(toks, c + 1, subject: true) is { } main && main.Last + 1 < cue - 1
                        && toks[main.Last + 1].Text is not "," && FollowedByVerb(main.Last + 1)
                        && (CueLexicon.Pronouns.Contains(toks[main.First].Text) || SpeakerPhrases.IsDeterminer(toks[main.First].Text) || char.IsUpper(toks[main.First].Text[0])))
                        return null;
                return resolver.Resolve(toks, a);
            }
            return null;
        }

        /// <summary>A lower-case word that can start a predicate: not a preposition or conjunction (auxiliaries count).</summary>
        private bool FollowedByVerb(int i)
        {
            var w = Toks[i];
            var k = i;
            // Adverbs are passed over ("Hours later, ..." is not a subject and its verb); auxiliaries are verbs.
            while (k < Toks.Count && SpeakerPhrases.IsAdverbial(Toks[k]) && Toks[k].Text.ToLowerInvariant() is not ("has" or "have" or "had" or "will" or "would"
                       or "did" or "does" or "do" or "is" or "was" or "are" or "were" or "may" or "might" or "could" or "should" or "can" or "must")) k++;
            if (k < Toks.Count) w = Toks[k];
            return w.IsWord && char.IsLower(w.Text[0]) && !SpeakerPhrases.IsDeterminer(w.Text) && w.Text is not "of"
                   && (!SpeakerPhrases.IsBoundary(w.Text) || CueLexicon.Adverbials.Contains(w.Text));
        }

        // ---- a noun cue: "his claim that ..." ----

        /// <summary>
        /// "to loud chants of “Four more years!”": the chants or calls of nobody named (not after "with", where the
        /// subject's own voice is meant: "fans answered with chants of ..."); the quote is what they said, without a source.
        /// </summary>
        private Candidate? CrowdNoise(int cue, double prior)
        {
            var toks = Toks;
            if (cue < 1 || cue + 2 >= toks.Count || toks[cue].Text is not ("chants" or "calls" or "cries" or "shouts" or "cheers" or "boos")
                || toks[cue + 1].Text is not "of" || !IsOpeningQuote(cue + 2) || QuoteStartingAt(toks[cue + 2].Start) is not { } q) return null;
            var j = cue - 1;
            while (j > 0 && toks[j].IsWord && char.IsLower(toks[j].Text[0]) && !SpeakerPhrases.IsBoundary(toks[j].Text)
                   && !IsPossessivePronoun(toks[j].Text)) j--;
            if (toks[j].Text.ToLowerInvariant() is "with" or "'s" or "\u2019s" or "his" or "her" or "their" or "its" or "our") return null;
            return new Candidate(toks[cue].Start, toks[cue + 1].End, q.Span.Start, q.Span.End, new Speaker([], null), prior, null);
        }

        private Candidate? PossessedCue(int cue, double prior, int gap = 0)
        {
            var toks = Toks;
            if (cue < 1 || cue + gap + 2 >= toks.Count) return null;
            // "the mayor's repeated claim that ...", "her most ambitious pledge to ...": one or two adjectives may
            // stand between the possessor and the noun.
            var m = cue - 1;
            while (m > 0 && cue - 1 - m < 2 && IsAdjectiveLike(toks[m]) && IsNounShapedCue(toks[cue].Text)) m--;
            var prev = toks[m];
            Phrase possessor;
            if (prev.Text.ToLowerInvariant() is "his" or "her" or "their" or "its")
                possessor = new Phrase(m, m, PhraseKind.Pronoun);
            else if ((prev.Text is "'s" or "\u2019s" || IsPluralPossessive(m)) && SpeakerPhrases.EndingAt(toks, m - 1, false) is { } owner)
                possessor = new Phrase(owner.First, m, owner.Kind);
            else return null;
            var k = cue + 1 + gap;
            // "his view is that ...": the noun's content after a copula.
            if (toks[k].Text is "is" or "was" && k + 2 < toks.Count && toks[k + 1].Text is "that") k++;
            var that = toks[k].Text is "that";
            if (!that && toks[k].Text is not ("of" or "for" or "on" or "to" or "against" or "about")) return null;
            k++;
            var end = toks[ClauseEnd(k)].End;
            if (WordsIn(toks[k].Start, end) < 2) return null;
            var sp = possessor.Kind == PhraseKind.Pronoun ? resolver.ResolvePossessive(toks[m]) : resolver.Resolve(toks, possessor with { Last = possessor.Last - 1 });
            return new Candidate(toks[cue].Start, toks[cue].End, toks[k].Start, end, sp, prior + (that ? 0.1 : -0.1), null);
        }

        /// <summary>
        /// A cue that can only be read as a noun after an adjective: not a past or third-person form ("said",
        /// "promised", "claims"), which after "his opponent", "the club's president" is that person's verb.
        /// </summary>
        private static bool IsNounShapedCue(string w) =>
            !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith('s') && w is not ("said" or "told" or "wrote" or "thought" or "felt" or "knew" or "spoke" or "swore" or "saw");

        /// <summary>
        /// A lower-case word shaped like an adjective ("repeated", "controversial", "explosive", "well-known", "most"),
        /// not a plural noun ("aides", "supporters") nor a verb of saying.
        /// </summary>
        private static bool IsAdjectiveLike(Token t)
        {
            var w = t.Text;
            if (!t.IsWord || w.Length < 3 || !char.IsLower(w[0]) || SpeakerPhrases.IsBoundary(w) || CueLexicon.Prior(w) >= 0.5) return false;
            if (w is "own" or "most" or "latest" or "recent" or "earlier" or "new" or "false" or "first" or "last") return true;
            if (w.EndsWith('s') && !w.EndsWith("ous", StringComparison.Ordinal) && !w.EndsWith("less", StringComparison.Ordinal)) return false;
            return w.Contains('-') || w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)
                   || w.EndsWith("ent", StringComparison.Ordinal) || w.EndsWith("ant", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal)
                   || w.EndsWith("ous", StringComparison.Ordinal) || w.EndsWith("ar", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal)
                   || w.EndsWith("ful", StringComparison.Ordinal) || w.EndsWith("less", StringComparison.Ordinal) || w.EndsWith("ible", StringComparison.Ordinal)
                   || w.EndsWith("able", StringComparison.Ordinal);
        }

        // ---- a quotation no cue claimed ----

        /// <summary>
        /// A claim for a quotation no cue took: the speaker named right after it with any verb ("“...,” Clinton
        /// shot back"), the sentence's subject when the quote is its object ("Beck called Palin a “clown”", "X
        /// had this to say: “...”"), or the last speaker for a quote standing alone (the next paragraph of what
        /// someone was saying).
        /// </summary>
        public Candidate? Unclaimed(QuoteSpan q, Speaker? previous)
        {
            var toks = Toks;
            var words = WordsIn(q.Inner.Start, q.Inner.End);
            if (words < 1) return null;
            var open = IndexAtOrAfter(q.Span.Start);
            var closeEnd = IndexAtOrAfter(q.Span.End);
            var startsSentence = open == 0 || q.Span.Start < sentence.Start || open <= 2 && toks.Take(open).All(t => !t.IsWord);
            if (startsSentence || open > 0 && toks[open - 1].Text is ":")
            {
                var end = q.Span.End;
                // "“...,” Clinton shot back.": a speaker and any verb after the quote (read as a subject, so a verb in
                // "-ed" ends the phrase: "the harbour master exclaimed"). A quote of a word or two is taken only this
                // way, and only when the speaker is not a lower-case noun, which after a short quote is more likely
                // part of a title ("“Harbour Lights” star Ana Ruiz said ...") than a speaker ("“Never!” the crowd shouted").
                if (q.Span.End <= sentence.End && closeEnd < toks.Count)
                {
                    var k = closeEnd;
                    while (k < toks.Count && (toks[k].Text is "," || Dashes.IsLongOrHyphen(toks[k].Text))) k++;
                    if (k < toks.Count && SpeakerPhrases.After(toks, k, subject: true) is { } after && after.Last + 1 < toks.Count
                        && toks[after.Last + 1].IsWord && char.IsLower(toks[after.Last + 1].Text[0])
                        && (words >= 3 || after.Kind == PhraseKind.Pronoun || !char.IsLower(toks[after.First].Text[0]) || SpeakerPhrases.IsDeterminer(toks[after.First].Text)))
                    {
                        var verb = after.Last + 1;
                        return new Candidate(toks[verb].Start, toks[verb].End, q.Span.Start, ExtendOverQuoteParagraphs(end),
                            resolver.Resolve(toks, after), 0.6, null);
                    }
                    // "“...!” beamed Ana Ruiz, ...", "“...,” wrote the authors of ...": a verb then its speaker, a name or a
                    // phrase with a determiner.
                    if (k + 1 < toks.Count && toks[k].IsWord && char.IsLower(toks[k].Text[0])
                        && (toks[k].Text.EndsWith("ed", StringComparison.Ordinal) || InvertibleCues.Contains(toks[k].Text) || PluralInvertibleCues.Contains(toks[k].Text))
                        && !SpeakerPhrases.IsBoundary(toks[k + 1].Text) && SpeakerPhrases.After(toks, k + 1) is { } inverted
                        && (inverted.Kind == PhraseKind.Name || SpeakerPhrases.IsDeterminer(toks[inverted.First].Text)))
                        return new Candidate(toks[k].Start, toks[k].End, q.Span.Start, ExtendOverQuoteParagraphs(end), resolver.Resolve(toks, inverted), 0.6, null);
                }
                if (words < 3) return null;
                // "“... . ...,” he points out.": a quote of several sentences, framed in the sentence where it ends.
                if (q.Span.End > sentence.End && q.Closed && open == 0 || q.Span.End > sentence.End && startsSentence)
                {
                    var e = index + 1;
                    while (e < sentences.Count && sentences[e].End < q.Span.End) e++;
                    if (e < sentences.Count && sentences[e].Start < q.Span.End
                        && new SentenceReader(text, sentences, e, quotes, resolver).SpeakerAfterQuote(q) is { } framed) return framed;
                }
                if (open > 1 && toks[open - 1].Text is ":" && DashedSource(open - 1) is { } dashed)
                    return new Candidate(toks[open - 1].Start, toks[open - 1].End, q.Span.Start, ExtendOverQuoteParagraphs(end), dashed, 0.55, null);
                if (open > 1 && toks[open - 1].Text is ":" && PresentedSource(open - 1) is { } presented)
                    return new Candidate(toks[open - 1].Start, toks[open - 1].End, q.Span.Start, ExtendOverQuoteParagraphs(end), presented, 0.55, null);
                if (open > 0 && toks[open - 1].Text is ":" && (AsFramedSpeaker() ?? (NearestSubject(open - 1) is { } near ? resolver.Resolve(toks, near) : null) ?? SentenceSubject(open - 1)) is { } subject)
                    return new Candidate(toks[open - 1].Start, toks[open - 1].End, q.Span.Start, ExtendOverQuoteParagraphs(end),
                        subject.Ids.Count == 0 && NamedBeforeColon(open - 1) is { } named0 ? named0 : subject, 0.55, null);
                // "The governor issued the following statement:¶“...”": a sentence ending in a colon introduces the
                // quote that opens the next paragraph, and its subject is the speaker.
                if (open == 0 && index > 0 && sentences[index - 1] is { Tokens.Count: > 2 } prev && prev.Tokens[^1].Text is ":"
                    && q.Span.Start >= prev.End && text.AsSpan(prev.End, q.Span.Start - prev.End).Trim().Length == 0
                    && text.AsSpan(prev.End, q.Span.Start - prev.End).Count('\n') <= 2
                    && new SentenceReader(text, sentences, index - 1, quotes, resolver) is var before
                    && (before.AsFramedSpeaker() ?? (before.NearestSubject(prev.Tokens.Count - 1) is { } nearBefore ? resolver.Resolve(prev.Tokens, nearBefore) : null)
                        ?? before.SentenceSubject(prev.Tokens.Count - 1)) is { } introducer)
                    return new Candidate(prev.Tokens[^1].Start, prev.Tokens[^1].End, q.Span.Start, ExtendOverQuoteParagraphs(q.Span.End > sentence.End ? q.Span.End : end), introducer, 0.55, null);
                // "Ana Ruiz agreed.¶“...”": the sentence just before is nothing but a speaker and a verb of saying.
                if (open == 0 && index > 0 && q.Span.Start >= sentences[index - 1].End
                    && text.AsSpan(sentences[index - 1].End, q.Span.Start - sentences[index - 1].End).Trim().Length == 0
                    && text.AsSpan(sentences[index - 1].End, q.Span.Start - sentences[index - 1].End).Count('\n') <= 2
                    && new SentenceReader(text, sentences, index - 1, quotes, resolver).BareFrame() is { } bare)
                    return bare with { ContentStart = q.Span.Start, ContentEnd = ExtendOverQuoteParagraphs(q.Span.End > sentence.End ? q.Span.End : end) };
                if (!startsSentence || previous is null || words < 4) return null;
                // "“NO DEAL”" in capitals opening its sentence is a subheading, not more of what was said.
                if (!text.AsSpan(q.Inner.Start, q.Inner.End - q.Inner.Start).ContainsAnyInRange('a', 'z')) return null;
                // A quote standing alone continues whoever spoke last.
                var cueAt = q.Span.Start;
                return new Candidate(cueAt, cueAt, q.Span.Start, ExtendOverQuoteParagraphs(q.Span.End > sentence.End ? q.Span.End : Math.Max(end, toks[LastContentToken()].End)), previous, 0.45, null);
            }
            if (SpokenBeforeComma(q, open) is { } spoken) return spoken;
            if (StatedNounBefore(q, open) is { } stated) return stated;
            if (VoicedBefore(q, open) is { } voiced) return voiced;
            if (CueBefore(q, open) is { } cued) return cued;
            if (WordsUsed(q, open) is { } used) return used;
            if (InWordsOf(q, open) is { } inWords) return inWords;
            if (RelativeNaming(q, open) is { } relative) return relative;
            if (PassiveName(q, open) is { } named) return named;
            // The quote is the object of the sentence's verb: content from after the verb. A quote that closes past the
            // sentence ("Vera Holm continues, “The levy is wrong. It hurts crews.”") is still that object; one left
            // open at its paragraph's end is not trusted that far.
            if (q.Span.End > sentence.End + 1 && !q.Closed) return null;
            var subj = SubjectPhrase(open);
            if (subj is not { } p) return null;
            var v = SkipApposition(p.Last + 1, open);
            while (v < open && SpeakerPhrases.IsAdverbial(toks[v])) v++;
            // "has long portrayed the mayor as a “coward”": past the auxiliaries to the verb itself, when the quote
            // is what its object is taken "as".
            var asAt = open > 1 && toks[open - 1].Text is "as" ? open - 1 : open > 2 && toks[open - 1].Text is "a" or "an" && toks[open - 2].Text is "as" ? open - 2 : -1;
            // Not "words such as “...”", and not a passive ("were designated as “...”"): its subject is not the speaker.
            var asQuote = asAt > 0 && toks[asAt - 1].Text is not "such";
            if (asQuote)
                while (v < open - 1 && toks[v].Text is "has" or "have" or "had" || v < open - 1 && toks[v].Text is "been" && toks[v + 1].Text.EndsWith("ing", StringComparison.Ordinal)
                       || v < open - 1 && SpeakerPhrases.IsAdverbial(toks[v])) v++;
            if (asQuote && (v > 0 && toks[v - 1].Text is "is" or "was" or "were" or "are" or "be" or "been" || asAt - v > 8
                || Enumerable.Range(v + 1, Math.Max(0, asAt - v - 1)).Any(i => toks[i].Text is "," or "that" or "is" or "was" or "were" or "are" or "be" or "been"))) asQuote = false;
            if (v >= open - 1 || !toks[v].IsWord || !char.IsLower(toks[v].Text[0]) || SpeakerPhrases.IsBoundary(toks[v].Text)) return null;
            // "Labour councillors in Harbour were ...", "Nordbank's golden logo and “...” slogan": the word right after a
            // one-word name is the name's noun, not its verb, when it does not look like a verb, or is a plural with a
            // verb or a preposition of its own after it.
            if (p.First == p.Last && v == p.Last + 1 && p.Kind == PhraseKind.Name && NounAfterName(v)) return null;
            // A short quote ("a “con artist”") is someone's words only after a verb that reports or characterizes.
            if (words < 3 && !CueLexicon.IsCue(toks[v].Text) && !(asQuote && toks[v].Text.Length > 3 && toks[v].Text.EndsWith('s') || asQuote && toks[v].Text.EndsWith("ed", StringComparison.Ordinal) || asQuote && toks[v].Text.EndsWith("ing", StringComparison.Ordinal))) return null;
            // (Not a title after where it was said: "said on the Courier's “This Week With Tom Beck” that ...".)
            if (IsTitle(q) && Enumerable.Range(Math.Max(v + 1, open - 4), Math.Min(4, open - v - 1)).Any(i => toks[i].Text is "on" or "in" or "at")
                && !Enumerable.Range(v + 1, open - v - 1).Any(i => toks[i].Text is "," or ":")) return null;
            // ("showed up in the “harbour blue” colours": "show up" is to arrive, and nothing is shown.)
            if (toks[v].Text is "show" or "shows" or "showed" or "showing" or "shown" && v + 1 < open && toks[v + 1].Text is "up") return null;
            var c0 = v + 1;
            while (c0 < open && (toks[c0].Text is "," || Dashes.IsLong(toks[c0].Text))) c0++;
            if (c0 < open && toks[c0].Text.ToLowerInvariant() is "up" or "out" or "off" or "down" or "back" or "on" or "to" or "that" or "about" or "of") c0++;
            var contentEnd = Math.Max(q.Span.End, toks[ClauseEnd(c0)].End);
            if (WordsIn(toks[c0].Start, contentEnd) < 2) return null;
            return new Candidate(toks[v].Start, toks[v].End, toks[c0].Start, contentEnd, resolver.Resolve(toks, p), 0.5, null);
        }

        /// <summary>
        /// Whether the lower-case word at <paramref name="v"/>, right after a one-word name, is that name's noun rather than
        /// its verb: it does not look like a verb (no cue, auxiliary, "-ed", "-s" or past form), or it is a plural with a
        /// verb or a preposition of its own after it. After a plural name a word without "-s" is the verb.
        /// </summary>
        private bool NounAfterName(int v)
        {
            var toks = Toks;
            var w = toks[v].Text;
            // ("Politicos call this ...": after a plural name a verb has no ending.)
            if (toks[v - 1].Text.EndsWith('s') && !w.EndsWith('s')) return false;
            var verbShaped = CueLexicon.IsCue(w) || IsFiniteVerb(w) || w.EndsWith("ed", StringComparison.Ordinal) || SpeakerPhrases.IsIrregularPast(w)
                             || w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal);
            if (!verbShaped) return true;
            return w.EndsWith('s') && !CueLexicon.IsCue(w) && v + 1 < toks.Count
                   && toks[v + 1].Text is "are" or "were" or "have" or "had" or "in" or "of" or "from" or "at" or "for" or "who" or "will" or "would";
        }

        /// <summary>
        /// "The timing does not surprise harbour economist Tom Lund: “...”": a person named right before the colon, when
        /// the clause's subject names nobody, is the one who speaks.
        /// </summary>
        private Speaker? NamedBeforeColon(int colon)
        {
            var toks = Toks;
            if (colon < 2 || SpeakerPhrases.EndingAt(toks, colon - 1, false) is not { Kind: PhraseKind.Name } p || p.First < 1) return null;
            // ("sent a message to the new owner Ana Ruiz: “...”": the one addressed, not the speaker.)
            for (var b = p.First - 1; b >= 0 && b >= p.First - 5; b--)
                if (toks[b].Text is "to" or "for" or "at" or "from" or "with" or "against" or "toward" or "towards" or "on" or "about") return null;
            return resolver.Resolve(toks, p) is { Ids: [var id] } named && id.StartsWith("person:", StringComparison.Ordinal) ? named : null;
        }

        /// <summary>
        /// "Vera Holm, back from the talks, then quietly asked, “...”", "drew boos upon saying, “...”", "Said Holm,
        /// “...”": a verb of saying and a comma right before the quote, which is what was said. The speaker is the
        /// clause's subject, or the one named right after a sentence-initial "Said".
        /// </summary>
        private Candidate? SpokenBeforeComma(QuoteSpan q, int open)
        {
            var toks = Toks;
            var v = open - 2;
            if (v < 0 || toks[open - 1].Text is not "," || !toks[v].IsWord) return null;
            var end = ExtendOverQuoteParagraphs(q.Span.End);
            var s = 0;
            while (s < v && (toks[s].Kind is TokenKind.Quote or TokenKind.Punctuation || toks[s].Text is "But" or "And")) s++;
            if (s < v && char.IsUpper(toks[s].Text[0]) && CueLexicon.Speech.Contains(toks[s].Text) && InvertibleCues.Contains(toks[s].Text)
                && SpeakerPhrases.After(toks, s + 1) is { } inverted && inverted.Last < open)
                return new Candidate(toks[s].Start, toks[s].End, q.Span.Start, end, resolver.Resolve(toks, inverted), 0.55, null);
            if (!char.IsLower(toks[v].Text[0]) || !CueLexicon.Speech.Contains(toks[v].Text)) return null;
            var speaker = FiniteVerbSubject(v);
            return speaker is null ? null : new Candidate(toks[v].Start, toks[v].End, q.Span.Start, end, speaker, 0.55, null);
        }

        /// <summary>
        /// Who does the verb at <paramref name="v"/>: a participle ("..., chanting") goes on with its clause's subject;
        /// other verbs take <see cref="FiniteVerbSubject"/>.
        /// </summary>
        private Speaker? SubjectOfVerb(int v) =>
            Toks[v].Text.EndsWith("ing", StringComparison.Ordinal) ? ClauseSubject(v) ?? SentenceSubject(v) : FiniteVerbSubject(v);

        /// <summary>The nearest subject before the verb at <paramref name="v"/>, else a name right before it, else the sentence's subject.</summary>
        private Speaker? FiniteVerbSubject(int v) =>
            (NearestSubject(v + 1) is { } near ? resolver.Resolve(Toks, near) : null)
            ?? (NameBefore(v) is { } named ? resolver.Resolve(Toks, named) : null) ?? SentenceSubject(v);

        /// <summary>Nouns for something said: owned by a speaker and followed by "that", they report what was said.</summary>
        private static readonly HashSet<string> StatementNouns = new(StringComparer.Ordinal)
        {
            "comment", "comments", "remark", "remarks", "statement", "assertion", "assertions", "claim", "claims", "contention",
            "conclusion", "suggestion", "argument", "insistence", "warning", "accusation", "accusations", "charge", "prediction",
            "declaration", "admission", "complaint", "boast", "dictum", "assurance", "promise", "pledge", "vow",
            "criticism", "criticisms", "description", "characterization", "call", "calls", "allegation", "allegations", "plea", "demand", "demands",
            "threat", "threats", "words", "message", "rhetoric", "reference", "references", "talk", "speech", "tweet", "joke", "quip",
            "response", "answer", "denial", "belief", "view", "views", "vision",
        };

        /// <summary>
        /// "the mayor's remark that the levy was “a tax on fishing”", "her comments that she would stay “neutral”", "his
        /// pledge to be “fair”", "her message of “clean harbours”": a possessed noun of saying and "that", "to" or a
        /// preposition before the quote (in the same clause) report the words, the possessor being the speaker.
        /// </summary>
        private Candidate? StatedNounBefore(QuoteSpan q, int open)
        {
            var toks = Toks;
            for (var j = open - 1; j > 0 && open - j <= 15; j--)
            {
                var t = toks[j];
                if (t.Kind == TokenKind.Quote || t.Text is ";" or ":" or "(" or ")") return null;
                if (!StatementNouns.Contains(t.Text) || j + 1 >= open) continue;
                // "her comment on Monday that ...": a few words may stand between the noun and "that".
                var gap = 0;
                while (gap < 4 && j + 1 + gap < open && toks[j + 1 + gap].IsWord && toks[j + 1 + gap].Text is not ("that" or "to" or "of" or "for" or "on" or "against" or "about")) gap++;
                if (toks[j + 1 + gap].Text is not ("that" or "to" or "of" or "for" or "on" or "against" or "about") || gap > 0 && toks[j + 1 + gap].Text is not "that") continue;
                return PossessedCue(j, 0.5, gap) is { } c && c.ContentEnd >= q.Span.End ? c : null;
            }
            return null;
        }

        /// <summary>
        /// "at times denouncing the “greedy” lines", "only saying that she felt “relief”": a strong cue a few words
        /// before the quote, nothing but words between (no place or programme: "said on the “Dawn Show”"), reports it.
        /// </summary>
        private Candidate? CueBefore(QuoteSpan q, int open)
        {
            var toks = Toks;
            for (var v = open - 1; v > 0 && open - v <= 6; v--)
            {
                var t = toks[v];
                if (!t.IsWord) return null;
                if (!char.IsLower(t.Text[0]) || CueLexicon.Prior(t.Text) < 0.5) continue;
                if (v + 1 >= open) return null;
                // Not where it was said ("said on the “Dawn Show”"), nor a name it was given ("was dubbed the “...”").
                if (toks[v + 1].Text is "on" or "in" or "at" or "to" or "with" or "as" or "after" or "during" or "by" or "from" or "of"
                    || IsNamingVerb(t.Text) || t.Text is "described" or "titled" or "known"
                    || toks[v - 1].Text is "is" or "was" or "were" or "are" or "be" or "been" or "being" or "to"
                    || Enumerable.Range(v + 1, open - v - 1).Any(i => toks[i].Text is "on" or "in" or "at" or "of" or "from" or "with" or "during")) return null;
                var speaker = SubjectOfVerb(v);
                return speaker is null ? null : new Candidate(t.Start, t.End, toks[v + 1].Start, Math.Max(q.Span.End, toks[ClauseEnd(v + 1)].End), speaker, 0.5, null);
            }
            return null;
        }

        /// <summary>Nouns for a stretch of wording: "the phrase", "the words", "the slogan".</summary>
        private static readonly HashSet<string> WordingNouns = new(StringComparer.Ordinal)
        {
            "term", "terms", "phrase", "phrases", "word", "words", "line", "slogan", "expression", "hashtag", "moniker",
            "nickname", "catchphrase", "refrain", "mantra",
        };

        /// <summary>
        /// "the crews have all used the phrase “fair shares”", "when Holm used the words, “...”", "Holm ran on the slogan
        /// “...”": a verb of using wording, its object a noun for wording and the quote that wording; the subject is the
        /// one whose words they are (not after "was used": a passive's subject is not the user).
        /// </summary>
        private Candidate? WordsUsed(QuoteSpan q, int open)
        {
            var toks = Toks;
            var k = open - 1;
            if (k > 0 && toks[k].Text is ",") k--;
            if (k < 2 || !WordingNouns.Contains(toks[k].Text)) return null;
            k--;
            static bool Determiner(string w) => w.ToLowerInvariant() is "the" or "a" or "an" or "that" or "this" or "his" or "her" or "their" or "its";
            // ("the same phrase", "his favourite slogan": one modifier may stand between.)
            if (k > 1 && toks[k].IsWord && char.IsLower(toks[k].Text[0]) && !SpeakerPhrases.IsDeterminer(toks[k].Text) && Determiner(toks[k - 1].Text)) k--;
            if (k < 1 || !Determiner(toks[k].Text)) return null;
            var v = k - 1;
            // "ran on the slogan": a verb and its particle.
            if (v > 0 && toks[v].Text is "on" && toks[v - 1].Text is "ran" or "run" or "runs" or "running" or "campaigned" or "campaigning") v--;
            else if (toks[v].Text is not ("used" or "uses" or "use" or "using" or "coined" or "coins" or "invoked" or "invokes" or "invoking"
                         or "uttered" or "utters" or "repeated" or "repeats" or "repeating" or "adopted" or "borrowed")) return null;
            if (v < 1 || toks[v - 1].Text is "is" or "was" or "were" or "are" or "be" or "been" or "being" or "to") return null;
            var speaker = SubjectOfVerb(v);
            return speaker is null ? null : new Candidate(toks[v].Start, toks[k - 1].End, q.Span.Start, q.Span.End, speaker, 0.5, null);
        }

        /// <summary>
        /// "the levy is, in the mayor's words, “a tax on fishing”", "in the words of her deputy, “...”": whose words
        /// the quote is, said before it in its clause (like "according to").
        /// </summary>
        private Candidate? InWordsOf(QuoteSpan q, int open)
        {
            var toks = Toks;
            for (var j = open - 1; j > 1 && open - j <= 12; j--)
            {
                var t = toks[j];
                if (t.Kind == TokenKind.Quote || t.Text is ";" or ":" or "(" or ")") return null;
                if (t.Text is not "words") continue;
                if (toks[j - 1].Text is "the" && toks[j - 2].Text is "in" or "In" && j + 2 < open && toks[j + 1].Text is "of"
                    && SpeakerPhrases.After(toks, j + 2) is { } of && of.Last < open)
                    return new Candidate(toks[j - 2].Start, toks[j + 1].End, q.Span.Start, q.Span.End, resolver.Resolve(toks, of), 0.55, null);
                var k = toks[j - 1].Text is "own" ? j - 2 : j - 1;
                if (k > 0 && toks[k].Text is "his" or "her" or "their" && toks[k - 1].Text is "in" or "In")
                    return new Candidate(toks[k - 1].Start, t.End, q.Span.Start, q.Span.End, resolver.ResolvePossessive(toks[k]), 0.55, null);
                if (k > 1 && (toks[k].Text is "'s" or "\u2019s" || IsPluralPossessive(k)) && SpeakerPhrases.EndingAt(toks, k - 1, false) is { } owner
                    && owner.First > 0 && toks[owner.First - 1].Text is "in" or "In")
                    return new Candidate(toks[owner.First - 1].Start, t.End, q.Span.Start, q.Span.End, resolver.Resolve(toks, owner), 0.55, null);
                return null;
            }
            return null;
        }

        /// <summary>Verbs of raising one's voice: what they take, quoted, is what was shouted.</summary>
        private static readonly HashSet<string> VoiceVerbs = new(StringComparer.Ordinal)
        {
            "shout", "shouts", "shouted", "shouting", "yell", "yells", "yelled", "yelling", "chant", "chanted", "chanting",
            "scream", "screams", "screamed", "screaming", "cry", "cries", "cried", "crying", "mouthing", "mouthed", "echoing",
        };

        /// <summary>
        /// "the crowd on the pier kept chanting “Fair pay!”", "she could only shout “No!” at the screen": a verb of raising
        /// one's voice right before the quote (a comma may stand between) voices it; the speaker is the clause's subject.
        /// </summary>
        private Candidate? VoicedBefore(QuoteSpan q, int open)
        {
            var toks = Toks;
            var v = open > 1 && toks[open - 1].Text is "," ? open - 2 : open - 1;
            if (v < 1 || !toks[v].IsWord || !VoiceVerbs.Contains(toks[v].Text)) return null;
            // A participle (", chanting “...”") goes on with its clause's subject, not with the words right before it.
            var speaker = SubjectOfVerb(v);
            return speaker is null ? null : new Candidate(toks[v].Start, toks[v].End, q.Span.Start, ExtendOverQuoteParagraphs(q.Span.End), speaker, 0.5, null);
        }

        /// <summary>
        /// "When it ended she began by saying, ...", "the mayor was prompted to say, ...": the nearest pronoun or name
        /// before the verb at <paramref name="v"/>, with nothing but words between.
        /// </summary>
        private Phrase? NameBefore(int v)
        {
            var toks = Toks;
            for (var j = v - 1; j >= 0 && v - j <= 8; j--)
            {
                var t = toks[j];
                if (!t.IsWord) return null;
                if (t.Text is "he" or "she" or "they" or "He" or "She" or "They" or "I" or "we" or "We") return new Phrase(j, j, PhraseKind.Pronoun);
                if (char.IsUpper(t.Text[0]) && j > 0 && SpeakerPhrases.EndingAt(toks, j, false) is { Kind: PhraseKind.Name } p) return p;
            }
            return null;
        }

        /// <summary>
        /// "a ferry known as “the Grey Lady”", "the report, titled “Dry Docks”", "the plan was dubbed “Project Tide”": a
        /// name given without saying by whom. What is quoted is someone's words, but nobody is named as the source (in
        /// annotated news such a name is an attribution without a source).
        /// </summary>
        private Candidate? PassiveName(QuoteSpan q, int open)
        {
            var toks = Toks;
            var k = open - 1;
            if (k >= 0 && toks[k].Text is "a" or "an" or "the") k--;
            if (k >= 0 && toks[k].Text is "as") k--;
            if (k >= 0 && toks[k].Text is "here") k--;
            if (k < 1 || !toks[k].IsWord) return null;
            var verb = toks[k].Text.ToLowerInvariant();
            // "called" and "dubbed" have a subject of their own unless passive ("was dubbed", "the so called").
            var passive = false;
            for (var j = k - 1; j >= 0 && !passive; j--)
            {
                passive = toks[j].Text.ToLowerInvariant() is "is" or "was" or "were" or "are" or "be" or "been" or "being" or "so";
                if (!SpeakerPhrases.IsAdverbial(toks[j])) break;
            }
            if (!(verb is "known" or "titled" or "entitled" or "nicknamed" or "billed" or "designated"
                  || passive && verb is "called" or "dubbed" or "labeled" or "labelled" or "branded" or "termed")) return null;
            // "... labeled a “hoax” by the mayor": the source is named after all.
            var after = IndexAtOrAfter(q.Span.End);
            if (after < toks.Count && toks[after].Text is "by") return null;
            return new Candidate(toks[k].Start, toks[k].End, q.Span.Start, q.Span.End, new Speaker([], null), 0.5, null);
        }

        /// <summary>
        /// "the levy, which the mayor called “a tax on fishing”", "the minister, whom she described as “tireless”": a
        /// relative clause whose verb names or characterizes, with its own subject right after "which" or "whom". That
        /// subject is the speaker (not the sentence's), and the quote is what was said.
        /// </summary>
        private Candidate? RelativeNaming(QuoteSpan q, int open)
        {
            var toks = Toks;
            var k = open - 1;
            if (k >= 0 && toks[k].Text is "a" or "an" or "the") k--;
            if (k >= 0 && toks[k].Text is "as") k--;
            if (k >= 0 && toks[k].Text is "it" or "him" or "her" or "them") k--;
            if (k < 2 || !toks[k].IsWord) return null;
            var verb = toks[k].Text;
            if (!(IsNamingVerb(verb) || verb is "described" or "describes" or "termed" or "characterized" or "deemed" or "hailed" or "derided")) return null;
            // Past adverbials and the auxiliaries "has"/"had", which are among them.
            var s = SpeakerPhrases.SkipAdverbialsLeft(toks, k);
            if (s < 1 || SpeakerPhrases.EndingAt(toks, s, false) is not { } p || p.Kind == PhraseKind.Relative || p.First < 1
                || toks[p.First - 1].Text is not ("which" or "whom" or "that")) return null;
            return new Candidate(toks[k].Start, toks[k].End, q.Span.Start, q.Span.End, resolver.Resolve(toks, p), 0.5, null);
        }

        /// <summary>
        /// "Ana Ruiz, the port's lawyer, is calling it a “sham”", "Sen. Lee (D-Ore.) joined ...": an apposition
        /// between commas or a bracket right after the subject at <paramref name="v"/> is passed over to the verb
        /// after it (before the quote opening at <paramref name="open"/>).
        /// </summary>
        private int SkipApposition(int v, int open)
        {
            var toks = Toks;
            if (v >= open) return v;
            if (toks[v].Text is "(")
            {
                for (var j = v + 1; j < open && j - v <= 8; j++)
                    if (toks[j].Text is ")") return j + 1;
                return v;
            }
            if (toks[v].Text is not ",") return v;
            for (var j = v + 1; j < open - 1 && j - v <= 25; j++)
            {
                if (toks[j].Text is ";" or ":" or "(" or ")") return v;
                if (toks[j].Text is not ",") continue;
                // "Ana Ruiz, star of the “Harbour Lights,” called ...": a comma inside a short title's closing mark.
                var k = j + 1;
                while (k < open && toks[k].Kind == TokenKind.Quote) k++;
                return k;
            }
            return v;
        }

        /// <summary>
        /// "As Ana Ruiz noted, the real test was the vote:", "As Tom Beck put it, ...": the one named in an "as" clause
        /// of saying that opens the sentence, who introduces the quote after the colon more than the main clause's
        /// subject does.
        /// </summary>
        internal Speaker? AsFramedSpeaker()
        {
            var toks = Toks;
            var s = SkipDateline(0);
            while (s < toks.Count && (toks[s].Kind is TokenKind.Punctuation || toks[s].Text is "Or" or "And" or "But" or "So")) s++;
            if (s >= toks.Count || toks[s].Text is not ("As" or "as")) return null;
            for (var cue = s + 2; cue < toks.Count && cue - s <= 12; cue++)
            {
                if (toks[cue].Text is "," or ";" or ":" || toks[cue].Kind == TokenKind.Quote) return null;
                if (!toks[cue].IsWord || !char.IsLower(toks[cue].Text[0]) || CueLexicon.Prior(toks[cue].Text) < 0.5 && toks[cue].Text is not "put") continue;
                if (AsFrameEnd(cue) is null || Speakerlike(SpeakerPhrases.Before(toks, cue)) is not { Kind: not PhraseKind.Relative } p || p.First <= s) return null;
                return resolver.Resolve(toks, p) is { Ids.Count: > 0 } named ? named : null;
            }
            return null;
        }

        /// <summary>
        /// A sentence that is only a subject, a verb of saying and a few words after it, nothing quoted ("Ana Ruiz
        /// agreed.", "The council said in a statement."): a frame for the quote that follows, its cue and speaker
        /// (the content is left for the caller to set).
        /// </summary>
        internal Candidate? BareFrame()
        {
            var toks = Toks;
            if (toks.Count < 3 || toks[^1].Text is not ".") return null;
            // Not the tail of a quote the splitter cut ("“... ?” Ruiz said ..."): the sentence opens a line or follows a full stop.
            var b = sentence.Start - 1;
            while (b >= 0 && text[b] is ' ' or '\t') b--;
            if (b >= 0 && (Tokenizer.IsQuote(text[b]) || text[b] is not ('\n' or '.' or '!' or '?'))) return null;
            for (var v = 1; v < toks.Count - 1; v++)
            {
                var t = toks[v];
                if (t.Kind == TokenKind.Quote) return null;
                if (!t.IsWord || !char.IsLower(t.Text[0]) || !(CueLexicon.Speech.Contains(t.Text) || InvertibleCues.Contains(t.Text) || t.Text is "agreed" or "disagreed")) continue;
                // "The levy ignores the wishes of the states.": after a determiner or "of" it is a noun, not the verb.
                if (SpeakerPhrases.IsDeterminer(toks[v - 1].Text) || toks[v - 1].Text is "of") return null;
                if (toks.Count - 1 - (v + 1) > 6) return null;
                // "The pier was sold, Ana Ruiz said.": a clause before a comma is what was said, and the speaker is the
                // one after it; a report, not a frame (not "On Monday, Ana Ruiz agreed.", "Ana Ruiz, who chairs it, agreed.").
                if (ReportBeforeComma(v)) return null;
                // (Nor a short report with a verb of its own: "Tom Beck said the strike would go ahead.")
                for (var j = v + 1; j < toks.Count - 1; j++)
                    if (!toks[j].IsWord || toks[j].Text is "that" or "it" or "so" or "this" || CueLexicon.Pronouns.Contains(toks[j].Text) && j == v + 1
                        || IsFiniteVerb(toks[j].Text) || toks[j].Text is "can" or "could" or "may" or "might" or "must" or "should" or "shall" or "did" or "does" or "do") return null;
                return SentenceSubject(v) is { } speaker ? new Candidate(t.Start, t.End, 0, 0, speaker, 0.5, null) : null;
            }
            return null;
        }

        /// <summary>
        /// Where an "and" or "but" joining a second verb to the subject would stand before <paramref name="verb"/>: past
        /// adverbs and a time adjunct ("turned to the bank and in May said ..."); otherwise the token before the adverbs.
        /// </summary>
        private int CoordinationBefore(int verb)
        {
            var toks = Toks;
            var c = SpeakerPhrases.SkipAdverbialsLeft(toks, verb);
            if (c <= 0 || toks[c].Text is "and" or "but") return c;
            var t = SpeakerPhrases.SkipTimeAdjunctLeft(toks, c);
            // (The adjunct opens with a preposition or a determiner, "in May", "last week", not a bare noun: in "evening
            // and weekend calls" the noun is what is called so. Nor after a relative clause, whose "and" may join its own verbs.)
            if (t == c || t <= 0 || !(SpeakerPhrases.IsDeterminer(toks[t + 1].Text) || toks[t + 1].Text.ToLowerInvariant() is "in" or "on" or "at" or "during"
                    or "last" or "this" or "earlier" or "later" or "early" or "late" or "since" or "over")) return c;
            t = SpeakerPhrases.SkipAdverbialsLeft(toks, t + 1);
            // (And only where the nearest subject before the "and" is no verb's object: in "The regulator met Tom Berg and
            // in March said" the name is what was met, not the speaker.)
            return t > 0 && toks[t].Text is "and" or "but" && !toks.Take(t).Any(x => x.Text is "who" or "which" or "that")
                   && NearestSubject(t) is { } first && !(first.First > 0 && toks[first.First - 1] is { IsWord: true } v && char.IsLower(v.Text[0])
                       && (IsFiniteVerb(v.Text) || IsIrregularPast(v.Text) || CueLexicon.IsCue(v.Text))) ? t : c;
        }

        /// <summary>Whether a clause with a verb of its own, and no relative clause, ends at a comma before token <paramref name="v"/>.</summary>
        private bool ReportBeforeComma(int v)
        {
            var toks = Toks;
            var comma = -1;
            for (var j = v - 1; j > 0 && comma < 0; j--)
                if (toks[j].Text is ",") comma = j;
            if (comma < 0) return false;
            var verb = false;
            for (var j = 0; j < comma; j++)
            {
                if (toks[j].Text is "who" or "which" or "whose" or "whom") return false;
                verb |= IsFiniteVerb(toks[j].Text);
            }
            return verb;
        }

        /// <summary>
        /// "“...,” the mayor shot back.": a speaker and any verb right after <paramref name="q"/>, which closes in this
        /// sentence and nothing after the frame but its end.
        /// </summary>
        internal Candidate? SpeakerAfterQuote(QuoteSpan q)
        {
            var toks = Toks;
            var k = IndexAtOrAfter(q.Span.End);
            while (k < toks.Count && (toks[k].Text is "," || Dashes.IsLongOrHyphen(toks[k].Text))) k++;
            if (k >= toks.Count || SpeakerPhrases.After(toks, k) is not { } after || after.Last + 1 >= toks.Count) return null;
            var verb = after.Last + 1;
            if (!toks[verb].IsWord || !char.IsLower(toks[verb].Text[0]) || SpeakerPhrases.IsBoundary(toks[verb].Text)) return null;
            return new Candidate(toks[verb].Start, toks[verb].End, q.Span.Start, ExtendOverQuoteParagraphs(q.Span.End), resolver.Resolve(toks, after), 0.6, null);
        }

        /// <summary>A spaced dash from <paramref name="from"/> on, then a capitalised source and a colon before an opening quote.</summary>
        private bool DashedSourceAhead(int from)
        {
            var toks = Toks;
            for (var j = from; j < toks.Count && j - from < 20; j++)
            {
                if (toks[j].Kind == TokenKind.Quote) return false;
                if (!Dashes.IsAny(toks[j].Text) || toks[j].Start == 0 || text[toks[j].Start - 1] != ' ') continue;
                for (var c = j + 1; c < toks.Count && c - j <= 9; c++)
                {
                    if (toks[c].Text is ":") return c > j + 1 && char.IsUpper(toks[j + 1].Text[0]) && c + 1 < toks.Count && IsOpeningQuote(c + 1);
                    if (!toks[c].IsWord) return false;
                }
                return false;
            }
            return false;
        }

        /// <summary>
        /// "FARM PRICES SLIDE - Ana Ortiz and Lee Park: “...”", "Rain hurt turnout - More from Ortiz: “...”": a
        /// heading, a dash, and the source named just before the colon.
        /// </summary>
        private Speaker? DashedSource(int colon)
        {
            var toks = Toks;
            for (var j = colon - 1; j > 0 && colon - j <= 9; j--)
            {
                var t = toks[j];
                if (Dashes.IsAny(t.Text))
                {
                    if (t.Start == 0 || text[t.Start - 1] != ' ') return null;
                    var s = j + 1;
                    if (s + 1 < colon && toks[s].Text is "More" or "more" && toks[s + 1].Text is "from") s += 2;
                    else if (s < colon && toks[s].Text is "From") s++;
                    if (s >= colon || !char.IsUpper(toks[s].Text[0])) return null;
                    return SpeakerPhrases.After(toks, s) is { } p && p.Last == colon - 1 && p.Kind != PhraseKind.Pronoun ? resolver.Resolve(toks, p) : null;
                }
                if (!t.IsWord) return null;
            }
            return null;
        }

        /// <summary>
        /// "Here's the mayor at Monday's meeting: “...”", "From the board's report: “...”": a sentence that only
        /// presents a source (a name, or a phrase with a determiner or an owner) before a colon; the quote after it
        /// is that source's.
        /// </summary>
        private Speaker? PresentedSource(int colon)
        {
            var toks = Toks;
            var s = 0;
            while (s < colon && (toks[s].Kind is TokenKind.Quote or TokenKind.Punctuation || toks[s].Text is "And" or "But")) s++;
            if (s + 1 < colon && toks[s].Text is "From") s++;
            else if (s + 2 < colon && toks[s].Text is "Here" && toks[s + 1].Text is "'s" or "\u2019s" or "is") s += 2;
            else return null;
            if (SpeakerPhrases.After(toks, s) is not { } p || p.Last >= colon || p.Kind == PhraseKind.Pronoun || SpeakerPhrases.IsTimeWord(toks[p.Last].Text)
                || !(p.Kind == PhraseKind.Name || SpeakerPhrases.IsDeterminer(toks[s].Text) || char.IsUpper(toks[s].Text[0]))) return null;
            // "Here's the thing: ...", "Here is the problem: ...": a point about to be made, not a source.
            if (toks[p.Last].Text.ToLowerInvariant() is "thing" or "problem" or "point" or "catch" or "truth" or "question" or "reason"
                or "answer" or "kicker" or "deal" or "rub" or "upshot" or "bottom" or "line" or "idea" or "plan") return null;
            // Only an adjunct may follow the source ("at the meeting", "in 1992"): no verb, clause or quote, and no verb
            // in the phrase either ("From the outset the project faced problems: ...").
            // (An "-ed" word right after a determiner or an "-ly" adverb is an adjective: "the newly elected mayor".)
            for (var j = p.First; j < colon; j++)
                if (j > p.Last && (!toks[j].IsWord && toks[j].Kind != TokenKind.Number || toks[j].Text is "that" or "who" or "which")
                    || toks[j].IsWord && char.IsLower(toks[j].Text[0]) && (CueLexicon.IsCue(toks[j].Text) || IsIrregularPast(toks[j].Text)
                        || IsFiniteVerb(toks[j].Text) && !(j > 0 && (SpeakerPhrases.IsDeterminer(toks[j - 1].Text) || SpeakerPhrases.IsLyAdverb(toks[j - 1]))))) return null;
            return resolver.Resolve(toks, p);
        }

        /// <summary>"WASHINGTON — ...", "NEW YORK (AP) - ...": a dateline before the sentence proper.</summary>
        private int SkipDateline(int s)
        {
            var toks = Toks;
            var j = s;
            while (j < toks.Count && j - s < 4 && toks[j].IsWord && toks[j].Text.Length > 1 && toks[j].Text.All(c => !char.IsLetter(c) || char.IsUpper(c))) j++;
            // "Washington (AFP) – ...", "New York (AFP) – ...": a place in title case with the agency in brackets.
            if (j == s)
            {
                var place = s;
                while (place < toks.Count && place - s < 3 && toks[place].IsWord && char.IsUpper(toks[place].Text[0])) place++;
                // (A name with its party and state before a colon is a speaker's label: "Rep. Ann Berg (D-Ore.): ...".)
                if (place > s && place + 1 < toks.Count && toks[place].Text == "(")
                {
                    var close = place;
                    while (close < toks.Count && toks[close].Text != ")") close++;
                    if (place == s + 1 || close + 1 < toks.Count && Dashes.IsAny(toks[close + 1].Text)) j = place;
                }
            }
            if (j == s || j >= toks.Count) return s;
            // "OSLO, Norway, March 3 (NTB) — ...", "BERGEN, Ore. — ...": a place, a date and an agency before the dash.
            if (toks[j].Text is ",")
            {
                for (var k = j + 1; k < toks.Count && k - j < 14; k++)
                {
                    var t = toks[k];
                    if (Dashes.IsAny(t.Text)) return k + 1;
                    if (!(t.Text is "," or "." or "(" or ")" || t.Kind == TokenKind.Number || t.IsWord && char.IsUpper(t.Text[0]))) break;
                }
                return s;
            }
            if (toks[j].Text == "(" ) { while (j < toks.Count && toks[j].Text != ")") j++; j++; }
            if (j < toks.Count && (toks[j].Text is ":" || Dashes.IsAny(toks[j].Text))) return j + 1;
            return s;
        }

        /// <summary>The subject phrase at the start of the sentence, ending before <paramref name="limit"/>.</summary>
        private Phrase? SubjectPhrase(int limit)
        {
            var toks = Toks;
            var s = 0;
            while (s < limit && toks[s].Kind is TokenKind.Quote or TokenKind.Punctuation) s++;
            // "Last year she played down ...": a time phrase opening the sentence is no subject.
            if (s + 2 < limit && toks[s].Text is "Last" or "This" or "Next" or "Earlier" or "Later" or "Each" or "Every" && SpeakerPhrases.IsTimeWord(toks[s + 1].Text))
            {
                s += 2;
                if (toks[s].Text is ",") s++;
            }
            s = SkipTimeSpan(s, limit);
            if (s >= limit) return null;
            var opener = toks[s].Text;
            // "Marching past the hall, the crowd sang ...": a participle opening the sentence has its subject after the
            // comma; before that comma, the quote is in the participle's clause ("Waving signs calling Dunn “a fraud,” the
            // crowd ...").
            if (SpeakerPhrases.IsBoundary(opener) && !CueLexicon.Pronouns.Contains(opener) || IsOpeningParticiple(s))
            {
                var comma = s;
                while (comma < limit && toks[comma].Text != ",") comma++;
                if (comma >= limit - 1) return null;
                s = comma + 1;
            }
            var phrase = SpeakerPhrases.After(toks, s, subject: true);
            if (phrase is not { } p || p.Last >= limit - 1 || SpeakerPhrases.IsTimeWord(toks[p.Last].Text)) return null;
            return p;
        }

        /// <summary>
        /// "A few hours later the crew ...", "Two weeks ago the board ...": past a span of time counted back or on that
        /// opens the clause at <paramref name="s"/> (and its comma); else <paramref name="s"/>.
        /// </summary>
        private int SkipTimeSpan(int s, int limit)
        {
            var toks = Toks;
            // Only a span that opens with its count ("A few minutes later", "Two weeks ago", "Months later"), not a
            // subject before it ("Mark Dunn two years ago quit ...").
            if (s >= limit || !(toks[s].Kind == TokenKind.Number || SpeakerPhrases.IsNumberWord(toks[s].Text)
                || toks[s].Text.ToLowerInvariant() is "a" or "an" or "several" or "many" or "some" or "few" or "moments" or "minutes" or "hours" or "days" or "weeks" or "months" or "years" or "decades")) return s;
            for (var k = s + 1; k < limit - 1 && k - s < 5 && (toks[k - 1].IsWord || toks[k - 1].Kind == TokenKind.Number); k++)
                if (toks[k].Text is "later" or "ago" && IsTimeUnit(toks[k - 1].Text))
                    return toks[k + 1].Text is "," ? k + 2 : k + 1;
            return s;
        }

        /// <summary>
        /// A time adjunct opening the sentence with no comma after it: "Earlier the mayor thanked ...", "On Monday Ana
        /// Ruiz wrote ...", "Last week the board ...". The index after it, when a word follows; else <paramref name="s"/>.
        /// </summary>
        private int SkipBareTimeOpener(int s, int limit)
        {
            var toks = Toks;
            var k = s;
            if (toks[k].Text is "Earlier" or "Later" or "Yesterday" or "Today" or "Tonight" or "Meanwhile" or "Previously" or "Afterwards" or "Separately") k++;
            else if (toks[k].Text is "On" or "Last" or "This" or "Next" or "Early" or "Late" && k + 1 < limit && SpeakerPhrases.IsTimeWord(toks[k + 1].Text))
            {
                k += 2;
                // "On Friday night", "Late last year".
                if (k < limit && SpeakerPhrases.IsTimeWord(toks[k].Text)) k++;
            }
            else return s;
            return k < limit && toks[k].IsWord ? k : s;
        }

        /// <summary>"minutes", "hours", "days", "a week": a unit a span of time is counted in.</summary>
        private static bool IsTimeUnit(string w) =>
            SpeakerPhrases.IsTimeWord(w) || w.ToLowerInvariant().TrimEnd('s') is "minute" or "hour" or "moment" or "second" or "decade";

        /// <summary>Nothing but quote marks and punctuation stands before <paramref name="index"/> in the sentence.</summary>
        private bool StartsSentence(int index)
        {
            for (var k = 0; k < index; k++)
                if (Toks[k].Kind is not (TokenKind.Quote or TokenKind.Punctuation)) return false;
            return true;
        }

        /// <summary>
        /// A capitalised word in "-ing" at <paramref name="s"/> that is no name the article knows ("Waving", not
        /// "Browning"), with a lower-case word after it: a participle opening the sentence.
        /// </summary>
        private bool IsOpeningParticiple(int s)
        {
            var toks = Toks;
            var w = toks[s].Text;
            // (Not "Award-winning" or "Right-wing": an adjective or a noun.)
            return w.Length > 4 && char.IsUpper(w[0]) && w.EndsWith("ing", StringComparison.Ordinal) && !w.Contains('-') && w is not ("Nothing" or "Anything" or "Something" or "Everything")
                && s + 1 < toks.Count && toks[s + 1].IsWord && char.IsLower(toks[s + 1].Text[0])
                && resolver.Resolve(toks, new Phrase(s, s, PhraseKind.Name)).Ids.Count == 0;
        }

        // ---- no source: "X is expected to ...", "X seems ...", "Asked whether ..., she said" ----

        /// <summary>
        /// The participle at <paramref name="cue"/> is a verb of its subject's, past adverbs: after a form of "have" ("had
        /// expected", "\u2019ve known") or right after a personal pronoun ("he expected").
        /// </summary>
        private bool ActiveAfterSubject(int cue)
        {
            var toks = Toks;
            var j = cue - 1;
            while (j >= 0 && SpeakerPhrases.IsAdverbial(toks[j]) && !IsHave(toks[j].Text))
                if (toks[j--].Text.ToLowerInvariant() is "been" or "be" or "being" or "is" or "was" or "are" or "were") return false;
            return j >= 0 && (IsHave(toks[j].Text) || j == cue - 1 && toks[j].Text.ToLowerInvariant() is "he" or "she" or "they" or "we" or "i");
        }

        /// <summary>A "that" within a few words after <paramref name="cue"/>: "have known since May that ...".</summary>
        private bool ThatSoon(int cue) => Enumerable.Range(cue + 1, Math.Max(0, Math.Min(Toks.Count, cue + 9) - cue - 1)).Any(x => Toks[x].Text is "that");

        private static bool IsHave(string w) => w.ToLowerInvariant() is "had" or "has" or "have" or "having" or "'ve" or "\u2019ve" or "'d" or "\u2019d";

        /// <summary>"Trump is expected to win", "the plan seems doomed": the subject is part of what is expected, and nobody is named.</summary>
        private Candidate? Raising(int cue, double prior, bool passive = false)
        {
            var toks = Toks;
            var phrase = SpeakerPhrases.Before(toks, cue);
            if (phrase is not { } p || p.Kind == PhraseKind.Relative) return null;
            var k = cue + 1;
            if (k >= toks.Count) return null;
            // "The mayor appeared on the evening news ...": showing up somewhere, not seeming.
            if (toks[cue].Text.StartsWith("appear", StringComparison.Ordinal) && toks[k].Text is "on" or "at" or "in" or "before" or "with" or "alongside" or "onstage" or "together" or "during" or "outside" or "inside" or "behind") return null;
            var clauseEnd = ClauseEnd(k);
            var end = toks[clauseEnd].End;
            var start = toks[p.First].Start;
            if (WordsIn(toks[k].Start, end) < 2) return null;
            // "The meeting was reported by the Courier": what the agent reported is the subject, not the sentence.
            // (Only when the agent ends the clause: "was criticised by X for failing to ..." says what for; and not for a
            // verb taking a hearer: in "The driver was warned by police" the subject is who was told, not what.)
            if (passive && toks[k].Text is "by" && !CueLexicon.TakesAudience.Contains(toks[cue].Text) && Agent(k, clauseEnd) is { Mention: { } am } agent
                && Enumerable.Range(IndexAtOrAfter(am.End), Math.Max(0, clauseEnd + 1 - IndexAtOrAfter(am.End))).All(x => !toks[x].IsWord || SpeakerPhrases.IsTimeWord(toks[x].Text) || toks[x].Text is "on" or "in" or "last" or "this"))
            {
                // (The subject ends before the verb group: "New fees for boats in the port have been announced by ...".)
                var last = cue - 1;
                while (last > p.Last && (SpeakerPhrases.IsAdverbial(toks[last]) || toks[last].Text is "was" or "were" or "is" or "are" or "be" or "been" or "being" or "has" or "have" or "had")) last--;
                return new Candidate(toks[cue].Start, toks[cue].End, toks[SubjectStart(p.First)].Start, toks[last].End, agent, prior + 0.05, null);
            }
            // "was announced by letter", "was reported by midnight": a "by" that names no agent gives no claim.
            if (passive && toks[k].Text is "by" && Agent(k, clauseEnd) is { Mention: null }) return null;
            return new Candidate(toks[cue].Start, toks[cue].End, start, end, passive ? Agent(k, clauseEnd) : new Speaker([], null), prior + 0.05, null);
        }

        /// <summary>
        /// Where the subject ending in the phrase at <paramref name="first"/> opens: "New fees for ferries have been
        /// announced by ...", "Plans to widen the port of Westhaven were rejected by ...": back to the clause's first word,
        /// past nothing that may be a clause's verb or open a clause of its own ("that", "when", a comma), and past a time
        /// it opens with ("In May new fees ...").
        /// </summary>
        private int SubjectStart(int first)
        {
            var toks = Toks;
            var k = first - 1;
            while (k >= 0 && (toks[k].Kind is TokenKind.Word or TokenKind.Number || toks[k].Text is "'s" or "\u2019s" or "-" or "&" or "%" or "$" or "\u00a3" or "\u20ac")
                   && !(char.IsUpper(toks[k].Text[0]) ? SpeakerPhrases.FunctionOpener(toks, k)
                       : toks[k].IsWord && (IsFiniteVerb(toks[k].Text) || SubjectStops.Contains(toks[k].Text) || CueLexicon.Prior(toks[k].Text) >= 0.5)))
                k--;
            var start = k + 1;
            while (start < first && (SpeakerPhrases.IsTimeWord(toks[start].Text) || toks[start].Text is "last" or "this" or "next" or "early" or "late")) start++;
            return start;
        }

        private static readonly FrozenSet<string> SubjectStops = new[]
        {
            "that", "which", "who", "whom", "whose", "when", "while", "if", "because", "although", "though", "since", "once",
            "until", "unless", "where", "whether", "but", "or", "so", "then", "also", "after", "before", "be", "been", "being",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>
        /// The cue at <paramref name="cue"/> is a passive participle: after a form of "be" ("was seen by"), or after a
        /// noun it describes ("a plan seen by"); not "Ruiz said" or "he told". (Its only caller reads cues used as verbs,
        /// and a verb in "-ed" right before "by" is not read as one, so in practice this takes the irregular participles.)
        /// </summary>
        private bool PassiveBeforeBy(int cue)
        {
            var toks = Toks;
            var w = toks[cue].Text;
            if (!w.EndsWith("ed", StringComparison.Ordinal) && w is not ("seen" or "known" or "shown" or "written" or "told" or "said" or "given" or "taken" or "made" or "held" or "brought" or "spoken"))
                return false;
            var j = cue - 1;
            while (j >= 0 && SpeakerPhrases.IsAdverbial(toks[j]) && toks[j].Text.ToLowerInvariant() is not ("was" or "were" or "is" or "are" or "been" or "be" or "being")) j--;
            if (j < 0) return false;
            if (toks[j].Text.ToLowerInvariant() is "was" or "were" or "is" or "are" or "been" or "be" or "being") return true;
            return w is not ("said" or "told") && toks[j].IsWord && char.IsLower(toks[j].Text[0]) && !SpeakerPhrases.IsBoundary(toks[j].Text)
                && !CueLexicon.Pronouns.Contains(toks[j].Text) && CueLexicon.Prior(toks[j].Text) < 0.5;
        }

        /// <summary>
        /// The agent of a passive cue: "was called a “sham” by the harbour board" is the board's, named after "by"
        /// between <paramref name="k"/> and <paramref name="last"/> (not "by far", "by 10 points" or "by saying").
        /// </summary>
        private Speaker Agent(int k, int last)
        {
            var toks = Toks;
            for (var j = k; j < last && j - k < 10; j++)
            {
                // The agent of a verb of its own ("asked to name a bill backed by ...", "said that ... by ...") or of a
                // noun in another clause is not the cue's.
                var t = toks[j];
                if (t.Text is "," or ";" or ":" or "to" or "that" or "which" or "who" or "if" or "whether" or "about" or "for" or "when" or "while" or "after" or "before"
                    || t.IsWord && char.IsLower(t.Text[0]) && (t.Text.EndsWith("ed", StringComparison.Ordinal) || t.Text.EndsWith("ing", StringComparison.Ordinal) || CueLexicon.Prior(t.Text) >= 0.5)) break;
                if (t.Text is not "by" || toks[j + 1].Kind == TokenKind.Number || toks[j + 1].Text is "far" or "then" or "now" or "default"
                    // ("by saying", but not a name: "by Beijing", "by Ana Manning".)
                    || char.IsLower(toks[j + 1].Text[0]) && toks[j + 1].Text.EndsWith("ing", StringComparison.Ordinal)) continue;
                // (Not a time or a means: "by 3pm", "by the end of May", "by letter", "by phone".)
                if (SpeakerPhrases.After(toks, j + 1) is { Kind: PhraseKind.Name or PhraseKind.Nominal } agent && !SpeakerPhrases.IsTimeWord(toks[agent.Last].Text)
                    && !toks[agent.Last].Text.Any(char.IsDigit)
                    && !(char.IsLower(toks[agent.Last].Text[0]) && toks[agent.Last].Text is "letter" or "phone" or "telephone" or "email" or "e-mail" or "post" or "fax" or "text"
                        or "mail" or "end" or "hand" or "midnight" or "noon" or "midday" or "dawn" or "then" or "now"))
                {
                    // "by Russian tennis chief Ana Ruiz", "by shadow pensions secretary Tom Lund": a role before a name the
                    // phrase stopped short of; the person named is the agent.
                    var reach = agent.Last + 1;
                    while (reach <= last && reach - j < 9 && toks[reach].IsWord && (char.IsUpper(toks[reach].Text[0]) || char.IsLower(toks[reach].Text[0]) && CueLexicon.Prior(toks[reach].Text) < 0.5
                               && !IsFiniteVerb(toks[reach].Text) && toks[reach].Text is not ("and" or "or" or "for" or "in" or "on" or "at" or "as" or "after" or "before" or "because" or "who" or "which"))) reach++;
                    if (reach > agent.Last + 1 && resolver.PersonStartingIn(toks[agent.Last + 1].Start, toks[reach - 1].End) is { } named && named.End == toks[reach - 1].End)
                        return new Speaker([named.EntityId], Span.Of(text, toks[j + 1].Start, named.End));
                    // "by Apple fans", "by Acme customers": a name that describes the plural noun after it is not the agent
                    // (but "by US lawmakers", "by Chinese officials" are the state's own people).
                    if (agent.Kind == PhraseKind.Name && agent.Last + 1 <= last && toks[agent.Last + 1].IsWord is var next && next
                        && toks[agent.Last + 1].Text is var noun && char.IsLower(noun[0]) && noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal)
                        && !IsFiniteVerb(noun) && CueLexicon.Prior(noun) < 0.5 && !SpeakerResolver.IsStateNoun(noun))
                        return new Speaker([], Span.Of(text, toks[j + 1].Start, toks[agent.Last + 1].End));
                    return resolver.Resolve(toks, agent);
                }
                break;
            }
            return new Speaker([], null);
        }

        /// <summary>Participles that an impersonal "it is ..." attributes by: "it is understood that ...", "..., it was alleged at the hearing".</summary>
        private static readonly FrozenSet<string> ImpersonalParticiples = new[]
        {
            "said", "claimed", "alleged", "reported", "understood", "thought", "believed", "feared", "rumoured", "rumored",
            "estimated", "suggested", "announced", "argued", "assumed", "hoped", "expected", "predicted", "known", "confirmed",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>
        /// "It is understood that two pilots will resign", "Two pilots took cash, it was alleged at the hearing": an
        /// impersonal "it" with a passive of saying or believing; the clause after "that", or the sentence before the
        /// comma, is what is said or believed, and nobody is named (unless an agent follows: "it was claimed by ...").
        /// </summary>
        private Candidate? ImpersonalPassive(int i)
        {
            var toks = Toks;
            if (!ImpersonalParticiples.Contains(toks[i].Text) || i < 2) return null;
            // "it is", "it was", "it has been", "it had long been", "it is widely": the auxiliaries and an adverb.
            var j = i - 1;
            if (SpeakerPhrases.IsLyAdverb(toks[j]) || toks[j].Text is "now" or "also" or "long" or "still" or "further" or "already") j--;
            if (j >= 0 && toks[j].Text is "been")
            {
                j--;
                if (j >= 0 && (SpeakerPhrases.IsLyAdverb(toks[j]) || toks[j].Text is "long" or "also" or "now" or "always")) j--;
                if (j < 0 || toks[j].Text is not ("has" or "had")) return null;
            }
            // ("It's reported": the clitic is "is".)
            else if (j < 0 || toks[j].Text is not ("is" or "was" or "'s" or "\u2019s")) return null;
            if (j < 1 || toks[j - 1].Text is not ("it" or "It")) return null;
            var it = j - 1;
            var k = i + 1;
            // "It was reported recently that ...", "it is said widely that ...": an adverb between the participle and "that".
            if (k + 2 < toks.Count && toks[k + 1].Text is "that" && (SpeakerPhrases.IsLyAdverb(toks[k]) || toks[k].Text is "recently" or "today" or "yesterday" or "now" or "also"))
                k++;
            var agent = k < toks.Count ? Agent(k, Math.Min(toks.Count - 1, k + 8)) : new Speaker([], null);
            // "It is understood that ...": what follows "that".
            if (k + 1 < toks.Count && toks[k].Text is "that")
            {
                // Opening the sentence, all the rest of it is what is understood ("It is understood that both boards met
                // and asked him to stay"); inside a clause ("Although it was predicted that ..., reports ..."), that clause.
                var opener = SkipDateline(0);
                while (opener < it && (!toks[opener].IsWord || toks[opener].Text is "And" or "But" or "So" or "Yet")) opener++;
                var end = opener == it ? LastContentToken() : ClauseEnd(k + 1, thatClause: true);
                // ("Although it was predicted that the ferry would be late, the crossing ...": the subordinate clause ends at its comma.)
                if (opener < it && IsSubordinator(toks[opener].Text.ToLowerInvariant()))
                    for (var c0 = k + 2; c0 < end; c0++)
                        if (toks[c0].Text is "," && QuoteFinder.Containing(quotes, toks[c0].Start) is null)
                        {
                            end = c0 - 1;
                            break;
                        }
                if (end <= k || WordsIn(toks[k + 1].Start, toks[end].End) < 3) return null;
                return new Candidate(toks[i].Start, toks[i].End, toks[k + 1].Start, toks[end].End, agent, 0.6, null);
            }
            // "Two pilots took cash, it was alleged at the hearing.": the sentence before the comma, when a few words at
            // most (no verb of their own) follow the participle to the sentence's end.
            if (it >= 2 && toks[it - 1].Text is "," && LastContentToken() - i <= 5 && toks[i].Text is not "known"
                && !(k < toks.Count && toks[k].Text is "to" or "as" or "best" or "better" or "wise" or "necessary")
                && !OpensWithSubordinate(SkipDateline(0), it - 1)
                // A clause of its own before the comma (not "Built in 1912 by a yard, it was said ..."), whose speaker is
                // not named in it ("The mayor warned that fares would rise, it was reported" is the mayor's).
                && Enumerable.Range(0, it - 1).Any(x => toks[x].IsWord && char.IsLower(toks[x].Text[0]) && QuoteFinder.Containing(quotes, toks[x].Start) is null
                    && (IsFiniteVerb(toks[x].Text) || IsIrregularPast(toks[x].Text)) && !(x > 0 && toks[x - 1].Text is "to"))
                && !Enumerable.Range(0, it - 1).Any(x => toks[x].IsWord && char.IsLower(toks[x].Text[0]) && CueLexicon.Prior(toks[x].Text) >= 0.5 && QuoteFinder.Containing(quotes, toks[x].Start) is null)
                && Enumerable.Range(k, Math.Max(0, LastContentToken() - i)).All(x => !(toks[x].IsWord && char.IsLower(toks[x].Text[0]) && IsFiniteVerb(toks[x].Text))))
            {
                var s0 = SkipDateline(0);
                while (s0 < it - 1 && !toks[s0].IsWord && toks[s0].Kind != TokenKind.Number) s0++;
                if (WordsIn(toks[s0].Start, toks[it - 2].End) < 4) return null;
                return new Candidate(toks[i].Start, toks[i].End, toks[s0].Start, toks[it - 2].End, agent, 0.6, null);
            }
            return null;
        }

        /// <summary>
        /// The words from <paramref name="from"/> (past "And", "But" and punctuation) open with a preposition or a
        /// subordinator ("Despite ...", "But although ..."): an adjunct, not a clause that could be what was said.
        /// </summary>
        private bool OpensWithSubordinate(int from, int before)
        {
            var toks = Toks;
            var s = from;
            while (s < before && (!toks[s].IsWord || toks[s].Text is "And" or "But" or "So" or "Yet")) s++;
            if (s < before && toks[s].IsWord && toks[s].Text.Length > 4 && (toks[s].Text.EndsWith("ed", StringComparison.Ordinal) || toks[s].Text.EndsWith("ing", StringComparison.Ordinal))) return true;
            if (s >= before) return false;
            var w = toks[s].Text.ToLowerInvariant();
            return IsSubordinator(w) || w is "like" or "unlike" or "given" or "to" or "despite" or "after" or "before" or "with" or "without"
                or "in" or "on" or "at" or "for" or "by" or "from" or "during" or "whether";
        }

        /// <summary>A word that opens a subordinate clause: "although", "when", "if", "because", ...</summary>
        private static bool IsSubordinator(string lower) => lower is "although" or "though" or "while" or "when" or "whenever" or "if"
            or "since" or "because" or "unless" or "until" or "once" or "whereas" or "as";

        /// <summary>"Asked about the plan, she said ...": the question is an attribution of its own, with no source named.</summary>
        private Candidate? AskedFrame(int i)
        {
            var toks = Toks;
            // "Asked about ..., she said", "..., when asked about ..." — never "X asked".
            var j = i - 1;
            while (j >= 0 && toks[j].Text.ToLowerInvariant() is "when" or "and" or "but" or "if" or "after" or "being" or "was" or "were") j--;
            // "Lund was asked whether ...", "the mayor, who was asked on the radio ...": the one asked is the passive's
            // subject; the question is still what was asked, by the one after "by" if any.
            var passive = i > 1 && toks[i - 1].Text is "was" or "were" or "is" or "are" or "been" && SpeakerPhrases.Before(toks, i - 1) is not null;
            if (j >= 0 && !(toks[j].Text is "," && i - j >= 2) && !passive) return null;
            // (A time right after the passive is when it was asked: "was asked last week if ...".)
            var k = passive ? SkipTimePhrase(i + 1) : i + 1;
            var timed = k > i + 1;
            // "Asked by the host whether ...": the one who asked is the source; the question follows the name.
            var asker = new Speaker([], null);
            if (k + 1 < toks.Count && toks[k].Text is "by" && SpeakerPhrases.After(toks, k + 1) is { Kind: not PhraseKind.Relative } by
                && by.Last + 1 < toks.Count && toks[by.Last + 1].Text.ToLowerInvariant() is "whether" or "if" or "to" or "about" or "what" or "why" or "how" or "when" or "who")
            {
                asker = resolver.Resolve(toks, by);
                k = by.Last + 1;
            }
            // "Lund was asked by the host, who backs her, “...”": the one after "by" asked the quote after the comma.
            else if (passive && k + 1 < toks.Count && toks[k].Text is "by" && SpeakerPhrases.After(toks, k + 1) is { Kind: not PhraseKind.Relative } agent)
            {
                var q = agent.Last + 1;
                while (q + 1 < toks.Count && !(toks[q].Text is "," or ":" && IsOpeningQuote(q + 1)) && toks[q].Kind != TokenKind.Quote) q++;
                if (q + 1 >= toks.Count || toks[q].Kind == TokenKind.Quote) return null;
                asker = resolver.Resolve(toks, agent);
                k = q;
            }
            else if (k < toks.Count && toks[k].Text is "about" or "by" or "on") k++;
            // "Lund was asked, “Which town gets the most?”": the quote after the comma is the question.
            if (passive && k + 1 < toks.Count && toks[k].Text is "," or ":" && IsOpeningQuote(k + 1) && QuoteStartingAt(toks[k + 1].Start) is { Closed: true } asked)
                return new Candidate(toks[i].Start, toks[i].End, asked.Span.Start, asked.Span.End, asker, 0.75, null);
            if (k >= toks.Count || toks[k].Text is ",") return null;
            var comma = k;
            while (comma < toks.Count && toks[comma].Text is not ("," or ";" or ":")) comma++;
            if (comma >= toks.Count - 1 && j < 0) return null;
            var last = Math.Min(comma, LastContentToken() + 1) - 1;
            if (last < k) return null;
            if (WordsIn(toks[k].Start, toks[last].End) < 2) return null;
            return new Candidate(toks[i].Start, toks[asker.Mention is null && !timed ? k - 1 : i].End, toks[k].Start, toks[last].End, asker, 0.75, null);
        }

        // ---- as X put it ----

        /// <summary>
        /// "As the harbour master put it, “...”", "..., as one economist put it in a memo to staff: “...”": the
        /// idiom names its speaker between "as" and "put it", and the quote after it is what was said.
        /// </summary>
        private Candidate? AsPutIt(int put)
        {
            var toks = Toks;
            var a = put - 1;
            while (a >= 0 && put - a <= 25 && toks[a].Text is not ("as" or "As" or ";" or ":")) a--;
            if (a < 0 || toks[a].Text is ";" or ":" || a + 1 >= put) return null;
            if (SpeakerPhrases.After(toks, a + 1) is not { } phrase || phrase.Last >= put) return null;
            var k = put + 2;
            while (k < toks.Count && k - put < 15 && toks[k].Text is not ("," or ":") && toks[k].Kind != TokenKind.Quote) k++;
            if (k + 1 >= toks.Count || toks[k].Text is not ("," or ":") || !IsOpeningQuote(k + 1)) return null;
            var q = QuoteStartingAt(toks[k + 1].Start)!;
            var end = q.Span.End > sentence.End ? q.Span.End : Math.Max(q.Span.End, toks[LastContentToken()].End);
            if (WordsIn(q.Span.Start, end) < 2) return null;
            return new Candidate(toks[put].Start, toks[put + 1].End, q.Span.Start, end, resolver.Resolve(toks, phrase), 0.9, null);
        }

        // ---- according to ----

        private Candidate? AccordingTo(int i)
        {
            var toks = Toks;
            var cueStart = toks[i].Start;
            var cueEnd = toks[i + 1].End;
            var j = i + 2;
            while (j < toks.Count && toks[j].Text is not ("," or ";" or "\u2014" or "\u2015") && !(toks[j].Text is "." && j == toks.Count - 1)) j++;
            if (i + 2 >= toks.Count || j == i + 2) return null;
            var sourceFirst = i + 2;
            var sourceLast = j - 1;
            while (sourceLast > sourceFirst && toks[sourceLast].Kind == TokenKind.Punctuation) sourceLast--;
            var sp = resolver.ResolveSourcePhrase(toks, sourceFirst, sourceLast);
            var opener = i == 0 || i <= 2 && toks.Take(i).All(t => !t.IsWord || t.Text is "But" or "And" or "So" or "Yet" or "Also");
            int start, end;
            (int Start, int End) frame = default;
            if (opener)
            {
                if (j >= toks.Count - 1) return null;
                var k = j + 1;
                start = toks[k].Start;
                end = toks[ClauseEnd(k)].End;
                if (IsOpeningQuote(k) && QuoteStartingAt(toks[k].Start) is { } q) end = Math.Max(end, q.Span.End);
            }
            else
            {
                var last = i - 1;
                while (last >= 0 && toks[last].Kind == TokenKind.Punctuation) last--;
                if (last < 0) return null;
                var first = 0;
                while (first < last && toks[first].Kind == TokenKind.Quote) first++;
                // (The quote's opening mark is part of what was said: "“...,” Beck said, according to X.")
                start = QuoteOpenedBefore(toks[first].Start) ?? (first > 0 && IsOpeningQuote(0) ? toks[0].Start : toks[first].Start);
                // "“...?” Beck said at a rally, according to X.": the question ended the sentence before the frame, and
                // the report holds the quote the frame gives, not the frame alone.
                if (first == 0 && PreviousSentenceQuote() is { } asked && OpensWithFrame(i)) start = asked.Span.Start;
                end = toks[last].End;
                // "The plan, according to X, will fail.": the sentence goes on, the frame inside it.
                if (j < toks.Count - 1 && toks[j].Text is "," && WordsAfter(j + 1) >= 2)
                {
                    end = toks[LastContentToken()].End;
                    frame = (toks[last].End, toks[j + 1].Start);
                }
            }
            if (WordsIn(start, end) < 3) return null;
            return new Candidate(cueStart, cueEnd, start, end, sp, 0.9, null) { Frame = frame };
        }

        /// <summary>
        /// Whether the sentence opens on a speaker and a verb of saying ("Beck said", "said Beck") followed only by where or
        /// when it was said, with no "that" or quote of its own before <paramref name="limit"/>: a frame for the quote before it.
        /// </summary>
        private bool OpensWithFrame(int limit)
        {
            var toks = Toks;
            for (var k = 0; k < limit && k < 8; k++)
            {
                if (toks[k].Kind == TokenKind.Quote || toks[k].Text is "that" or "," or ";" or ":") return false;
                if (toks[k].IsWord && char.IsLower(toks[k].Text[0]) && CueLexicon.Speech.Contains(toks[k].Text))
                {
                    // Not a cue with words of its own after it ("Ana Ruiz said she would ..."): only where and when it was said.
                    var next = k + 1 < toks.Count ? toks[k + 1].Text : ",";
                    var framesOnly = next is "," or "at" or "on" or "in" or "during" or "after" or "before" or "later" or "afterward" or "afterwards" or "to"
                                     || SpeakerPhrases.IsTimeWord(next) || next.EndsWith("ly", StringComparison.Ordinal) && next.Length > 4;
                    return framesOnly && (k == 0 ? SpeakerPhrases.After(toks, 1) is not null : SpeakerPhrases.EndingAt(toks, k - 1, false) is { First: 0 });
                }
            }
            return false;
        }

        // ---- headline: "X: ..." ----

        private Candidate? Headline()
        {
            var toks = Toks;
            var colon = -1;
            for (var j = 1; j < Math.Min(toks.Count - 3, 7); j++)
                if (toks[j].Text is ":") { colon = j; break; }
            if (colon < 0 || !StartsLine(toks[0].Start)) return null;
            var phrase = SpeakerPhrases.EndingAt(toks, colon - 1, false);
            if (phrase is not { } p || p.First != 0 || p.Kind is not (PhraseKind.Name or PhraseKind.Pronoun)) return null;
            // "Q: ..." and "A: ..." in interviews, and single capitalised words that head lists, are not speakers.
            if (colon == 1 && toks[0].Text.Length <= 2) return null;
            var k = colon + 1;
            var start = toks[k].Start;
            var end = toks[LastContentToken()].End;
            if (IsOpeningQuote(k) && QuoteStartingAt(toks[k].Start) is { } q) end = Math.Max(end, q.Span.End);
            if (WordsIn(start, end) < 3) return null;
            var sp = resolver.Resolve(toks, p);
            // An unnamed source will do when it is a kind of thing that speaks: "Poll: ...", "Report: ...".
            if (sp.Ids.Count == 0 && p.Kind != PhraseKind.Pronoun && !IsPeopleNoun(toks[colon - 1].Text)) return null;
            return new Candidate(toks[colon].Start, toks[colon].End, start, end, sp, 0.6, null);
        }

        // ---- helpers ----

        /// <summary>Heads of phrases that name people or bodies that speak: "officials", "critics", "the campaign".</summary>
        private static bool IsPeopleNoun(string word) => word.ToLowerInvariant() is "officials" or "official" or "critics" or "experts"
            or "analysts" or "aides" or "supporters" or "voters" or "people" or "campaign" or "spokesman" or "spokeswoman"
            or "spokesperson" or "democrats" or "republicans" or "leaders" or "sources" or "observers" or "economists"
            or "advisers" or "strategists" or "polls" or "poll" or "survey" or "report" or "study" or "statement" or "memo"
            or "letter" or "lawmakers" or "members" or "many" or "some" or "others" or "both" or "most" or "residents"
            or "activists" or "conservatives" or "liberals" or "progressives" or "administration" or "government"
            or "committee" or "group" or "organization" or "newspaper" or "website" or "ad" or "email";

        /// <summary>
        /// "critics claim the plan ...", "lawyers argue it ...": a plural noun right before a verb in its bare form agrees
        /// with it, which settles that the cue is a verb (many such words are nouns more often: "an insurance claim").
        /// </summary>
        private bool PluralSubjectAgrees(Phrase subject, int cue)
        {
            var toks = Toks;
            var head = toks[subject.Last].Text;
            var w = toks[cue].Text;
            // (Not a plural after "a" or "an": "a damages claim" is one noun; "a group of members claim" is a subject.)
            var article = toks[subject.First].Text.ToLowerInvariant() is "a" or "an" && !Enumerable.Range(subject.First, subject.Last - subject.First).Any(x => toks[x].Text is "of");
            return subject.Last == cue - 1 && !article && char.IsLower(head[0]) && head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)
                && char.IsLower(w[0]) && !w.EndsWith('s') && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal)
                && IsVerbOfSaying(w)
                // (Not before an auxiliary or a mark: "the damages claim was rejected", "his expenses claim, ..." are nouns;
                // but "a plan which critics claim will ..." leaves out the relative clause's subject.)
                && cue + 1 < toks.Count && toks[cue + 1].IsWord
                && (subject.First >= 1 && toks[subject.First - 1].Text.ToLowerInvariant() is "which" or "that" or "what"
                    || toks[cue + 1].Text.ToLowerInvariant() is not ("is" or "was" or "were" or "are" or "has" or "have" or "had" or "will" or "would"
                        or "could" or "should" or "can" or "may" or "might" or "must" or "does" or "did"));
        }

        private static double KindBonus(Phrase p) => p.Kind switch
        {
            PhraseKind.Name => 0.1,
            PhraseKind.Pronoun => 0.1,
            PhraseKind.Relative => 0.05,
            _ => 0,
        };

        private bool StartsLine(int offset)
        {
            var i = offset - 1;
            while (i >= 0 && text[i] is ' ' or '\t') i--;
            return i < 0 || text[i] == '\n';
        }

        /// <summary>An article or word that brings in one thing of many: "a", "an", "another".</summary>
        private static bool IsIndefinite(string word) => word.ToLowerInvariant() is "a" or "an" or "another";

        /// <summary>
        /// A naming verb at <paramref name="cue"/> is followed by a capitalised name and no quote right after it:
        /// "a fund called Harbour First, which ...", "a virus called Harbourworm is ...", unlike "called Brandt “a liar”"
        /// or "called for talks".
        /// </summary>
        private bool NamedWithoutQuotes(int cue)
        {
            var i = cue + 1;
            if (i < Toks.Count && Toks[i].Text is "the") i++;
            if (i >= Toks.Count || !Toks[i].IsWord || !char.IsUpper(Toks[i].Text[0])) return false;
            while (i < Toks.Count && Toks[i].IsWord && char.IsUpper(Toks[i].Text[0])) i++;
            return i >= Toks.Count || Toks[i].Kind != TokenKind.Quote;
        }

        // (Past the sentence's last token there is no mark: a text cut off right after a cue, "... who told".)
        private bool IsOpeningQuote(int i) => i >= 0 && i < Toks.Count && Toks[i].Kind == TokenKind.Quote && QuoteStartingAt(Toks[i].Start) is not null;

        private bool IsClosingQuote(int i) => i >= 0 && i < Toks.Count && Toks[i].Kind == TokenKind.Quote && QuoteEndingAt(Toks[i].End) is not null;

        /// <summary>The first token of the quotation mark ending at token <paramref name="i"/>: a mark written as two
        /// apostrophes ("''", as some papers print it) is two tokens.</summary>
        private int QuoteMarkStart(int i) => i > 0 && Toks[i].Text[0] is '\'' or '\u2019' && Toks[i - 1].Kind == TokenKind.Quote
            && Toks[i - 1].End == Toks[i].Start && Toks[i - 1].Text[0] is '\'' or '\u2019' ? i - 1 : i;

        private QuoteSpan? QuoteStartingAt(int offset)
        {
            var q = QuoteFinder.Containing(quotes, offset + 1) ?? QuoteFinder.Containing(quotes, offset + 2);
            return q is not null && q.Span.Start == offset ? q : null;
        }

        private QuoteSpan? QuoteEndingAt(int offset)
        {
            var q = QuoteFinder.Containing(quotes, offset - 2) ?? QuoteFinder.Containing(quotes, offset - 3);
            return q is not null && q.Span.End == offset && q.Closed ? q : null;
        }

        /// <summary>The quote that opens the next sentence (the next paragraph, after "X said:").</summary>
        private QuoteSpan? NextQuote()
        {
            if (index + 1 >= sentences.Count) return null;
            var next = sentences[index + 1];
            return next.Tokens.Count > 0 ? QuoteStartingAt(next.Tokens[0].Start) : null;
        }

        private int IndexAtOrAfter(int offset)
        {
            var toks = Toks;
            for (var i = 0; i < toks.Count; i++) if (toks[i].Start >= offset) return i;
            return toks.Count;
        }

        private int WordsAfter(int from)
        {
            var n = 0;
            for (var i = from; i < Toks.Count; i++) if (Toks[i].IsWord) n++;
            return n;
        }

        /// <summary>Whether the words from token <paramref name="k"/> measure a fall: an amount, or "by", "from" or "to" a figure (not "in", as in "declined, in a statement, to ...").</summary>
        /// <summary>Whether <paramref name="word"/> is among the <paramref name="count"/> tokens from <paramref name="k"/>.</summary>
        private bool WordWithin(int k, int count, string word)
        {
            for (var i = k; i < Toks.Count && i < k + count; i++)
                if (Toks[i].Text == word) return true;
            return false;
        }

        /// <summary>
        /// Whether the words from <paramref name="k"/> tell a change that befell an object ("its profits fall 9%", "sales
        /// rise", "a threefold rise in fares", "a big jump"), before any comma.
        /// </summary>
        private bool ChangeAfterObject(int k)
        {
            var toks = Toks;
            if (k < toks.Count && toks[k].Text is "a" or "an")
            {
                for (var i = k + 1; i < toks.Count && i <= k + 3 && toks[i].IsWord; i++)
                    if (ChangeNouns.Contains(toks[i].Text)) return true;
                return false;
            }
            for (var i = k + 1; i < toks.Count && i <= k + 5 && toks[i].IsWord; i++)
                if (ChangeVerbs.Contains(toks[i].Text)) return true;
            return false;
        }

        private static readonly FrozenSet<string> ChangeNouns = new[]
        {
            "rise", "fall", "jump", "increase", "surge", "slide", "decline", "improvement", "drop", "gain", "growth", "boom", "slump",
            "recovery", "upturn", "downturn", "rebound", "dip", "fall-off", "leap",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> ChangeVerbs = new[]
        {
            "rise", "fall", "drop", "sink", "soar", "climb", "surge", "jump", "decline", "plunge", "slump", "grow", "increase",
            "slide", "tumble", "double", "halve", "dip", "rebound", "recover", "shrink", "spread", "intensify",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>
        /// Whether the words from <paramref name="k"/>, after a verb of striking, tell a blow or a shot: a direction first
        /// ("home", "wide", "just over"), a thing struck or shot ("a deal", "the ball", "19 aces") within its object, or a
        /// direction after the object ("fired the side into the final").
        /// </summary>
        private bool StruckThing(int k)
        {
            var toks = Toks;
            while (k < toks.Count && toks[k].Text is "just" or "well" or "narrowly" or "straight") k++;
            if (k >= toks.Count) return false;
            if (ShotDirections.Contains(toks[k].Text)) return true;
            for (var n = k; n < toks.Count && n < k + 7 && toks[n].Kind != TokenKind.Punctuation; n++)
            {
                if (StruckObjects.Contains(toks[n].Text)) return true;
                if (n > k && toks[n].Text is "into" or "onto" or "past" or "home" or "wide") return true;
                if (n > k && toks[n].Text is "for" or "as" or "over" or "on" or "about" or "that" or "after") return false;
            }
            return false;
        }

        private static readonly FrozenSet<string> StrikingVerbs = new[]
        {
            "struck", "strikes", "fired", "fires", "blasted", "blasts", "lashed", "lashes", "slammed", "slams", "smashed", "hammered",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        private static readonly FrozenSet<string> ShotDirections = new[]
        {
            "home", "wide", "over", "high", "past", "into", "onto", "off",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> StruckObjects = new[]
        {
            "deal", "deals", "agreement", "pact", "accord", "bargain", "shot", "shots", "ball", "goal", "goals", "penalty",
            "cross", "free-kick", "volley", "header", "ace", "aces", "winner", "equaliser", "equalizer", "racket", "racquet",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> WentNotSaying = new[]
        {
            "bust", "bankrupt", "broke", "public", "private", "close", "down", "over", "under", "in", "up", "missing", "unnoticed",
            "unpunished", "wrong", "live", "viral", "straight", "dark", "quiet", "along", "unbeaten", "level", "clear", "top",
            "all", "full", "wide", "round", "around",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>
        /// A form of "be" (or a possessive's "'s") before the word at <paramref name="k"/>, past adverbs in -ly: "was named",
        /// "has been widely tipped", "the film's nominated".
        /// </summary>
        private bool BeBefore(int k)
        {
            var toks = Toks;
            var b = k - 1;
            while (b >= 0 && toks[b].IsWord && toks[b].Text.Length > 3 && toks[b].Text.EndsWith("ly", StringComparison.Ordinal)) b--;
            return b >= 0 && toks[b].Text.ToLowerInvariant() is "was" or "were" or "been" or "being" or "is" or "are" or "be" or "'s" or "\u2019s";
        }

        private bool Decrease(int k)
        {
            var toks = Toks;
            while (k < toks.Count && (toks[k].Text is "," || toks[k].Text.EndsWith("ly", StringComparison.Ordinal) && toks[k].Text.Length > 4)) k++;
            if (k >= toks.Count) return false;
            if (toks[k].Kind is TokenKind.Number or TokenKind.Symbol || toks[k].Text is "by" or "from") return true;
            return toks[k].Text is "to" && k + 1 < toks.Count && toks[k + 1].Kind is TokenKind.Number or TokenKind.Symbol;
        }

        private bool NamesOrCounts(Phrase p)
        {
            for (var k = p.First + 1; k <= p.Last; k++)
                if (Toks[k].Text is "of" || char.IsUpper(Toks[k].Text[0])) return true;
            return false;
        }

        /// <summary>A noun by its ending, never a verb: "assumption", "assertion", "statement".</summary>
        private static bool IsDerivedNoun(string w) => w.EndsWith("tion", StringComparison.Ordinal) || w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("ment", StringComparison.Ordinal);

        private static bool IsSpeakingVerb(string w) => w.ToLowerInvariant() is "spoke" or "spoken" or "speaks" or "speak" or "speaking"
            or "talked" or "talking" or "talks" or "talk";

        /// <summary>
        /// Whether the words from token <paramref name="k"/> to offset <paramref name="end"/> say what a speaking verb was
        /// about: a topic ("about", "of"), a clause ("that", "as"), a colon, or a purpose ("to explain"; not an audience
        /// such as "to the crowd", "to reporters").
        /// </summary>
        private bool SaysWhatOrWhy(int k, int end)
        {
            var toks = Toks;
            for (var j = k; j < toks.Count && toks[j].Start < end; j++)
            {
                var w = toks[j].Text;
                if (w is "about" or "of" or "that" or "as" or ":") return true;
                if (w is "to" && j + 1 < toks.Count && toks[j + 1].Start < end && toks[j + 1].IsWord && char.IsLower(toks[j + 1].Text[0])
                    && !SpeakerPhrases.IsDeterminer(toks[j + 1].Text) && !CueLexicon.Pronouns.Contains(toks[j + 1].Text)
                    && (!toks[j + 1].Text.EndsWith('s') || toks[j + 1].Text.EndsWith("ss", StringComparison.Ordinal))) return true;
            }
            return false;
        }

        private int WordsIn(int start, int end)
        {
            var n = 0;
            var inWord = false;
            for (var i = start; i < end; i++)
            {
                var letter = char.IsLetterOrDigit(text[i]);
                if (letter && !inWord) n++;
                inWord = letter;
            }
            return n;
        }
    }
}
