using Graph.Core.Ids;
using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Claims;

/// <summary>Claims found in an article and the pronoun/nominal mentions resolved on the way.</summary>
public sealed record ClaimResult(IReadOnlyList<Claim> Claims, IReadOnlyList<ResolvedMention> ExtraMentions);

/// <summary>
/// Finds who said what: direct quotes with their speaker, reported speech ("X told Y that ..."),
/// "according to X, ...", participial cues ("..., claiming that ..."), and beliefs or intentions attributed to
/// a source ("China supports ..."). The speaker is the subject the cue belongs to: a named entity, a nominal
/// resolved by the entity stage ("the Chinese side", "a US official"), a pronoun resolved to the nearest
/// earlier person or organisation, or a group ("both sides") resolved to the parties of the article's meeting.
/// </summary>
public sealed class ClaimExtractor
{
    private sealed record Speaker(IReadOnlyList<string> Ids, Span Mention, ResolvedMention? Extra);

    public ClaimResult Extract(AnalyzedText analyzed, ResolvedEntities entities, IReadOnlyList<GraphEvent> events, string articleId)
    {
        var text = analyzed.Text;
        var claims = new List<Claim>();
        var extra = new List<ResolvedMention>();
        var quotes = QuoteFinder.Find(analyzed);
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 0; i < toks.Count; i++)
            {
                var t = toks[i];
                if (!t.IsWord) continue;
                Claim? claim = null;
                if (t.Text is "According" or "according" && i + 1 < toks.Count && toks[i + 1].Text == "to")
                    claim = AccordingTo(text, analyzed, sentence, i, entities, events, articleId, extra);
                else if (CueLexicon.Speech.Contains(t.Text) || CueLexicon.Belief.Contains(t.Text))
                    claim = FromCue(text, analyzed, sentence, i, entities, events, articleId, quotes, extra);
                if (claim is not null && !claims.Any(c => c.Content.Overlaps(claim.Content) && SameSpeakers(c, claim)))
                    claims.Add(claim);
            }
        }
        // A quote no cue claimed is still a quote: attribute it to the speaker named next to it, if any.
        foreach (var q in quotes)
        {
            if (claims.Any(c => c.Content.Overlaps(q.Span))) continue;
            var attributed = AttributeQuote(text, analyzed, q, entities, events, articleId, extra);
            if (attributed is not null) claims.Add(attributed);
        }
        claims.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return new ClaimResult(claims, extra);
    }

    /// <summary>Cues that can come before their speaker: "..., said the minister."</summary>
    private static readonly HashSet<string> InvertibleCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "continued", "explained", "noted", "wrote", "writes", "asked", "stated",
        "warned", "insisted", "argued", "declared", "replied", "recalled", "according",
    };

    private static bool ClosesClause(IReadOnlyList<Token> toks, int end)
    {
        for (var i = 0; i < toks.Count; i++)
            if (toks[i].Start >= end) return toks[i].Kind is TokenKind.Punctuation or TokenKind.Quote || toks[i].Text is "who" or "which" or "on" or "in" or "at";
        return true;
    }

    private static bool SameSpeakers(Claim a, Claim b) => a.Speakers.SequenceEqual(b.Speakers);

    private Claim? FromCue(string text, AnalyzedText analyzed, Sentence sentence, int cueIndex, ResolvedEntities entities,
        IReadOnlyList<GraphEvent> events, string articleId, IReadOnlyList<QuoteSpan> quotes, List<ResolvedMention> extra)
    {
        var toks = sentence.Tokens;
        var cue = toks[cueIndex];
        var isBelief = CueLexicon.Belief.Contains(cue.Text) && !CueLexicon.Speech.Contains(cue.Text);
        // A cue inside a quotation is part of what was quoted.
        if (quotes.Any(q => q.Inner.Start <= cue.Start && cue.End <= q.Inner.End)) return null;

        // "..., said X." / "\"...,\" said the minister."
        if (cueIndex > 0 && toks[cueIndex - 1].Text is "," or "\"" or "\u201D" && InvertibleCues.Contains(cue.Text))
        {
            var after = FindMentionAfter(toks, cueIndex + 1, entities, analyzed, extra, events);
            // Only "said X." / "said X, who ...": the speaker closes the clause.
            if (after is not null && ClosesClause(toks, after.Mention.End))
            {
                var content = ContentBefore(text, sentence, cueIndex, quotes);
                if (content is not null)
                    return Make(articleId, after, cue, content.Value.Span, content.Value.Direct, entities, text, 0.85, null);
            }
        }

        Speaker? speaker;
        var participial = cue.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && cueIndex > 0 && toks[cueIndex - 1].Text == ",";
        if (participial)
            speaker = SubjectOfSentence(toks, cueIndex, entities, analyzed, extra, events);
        else
            speaker = FindSubject(text, toks, cueIndex, entities, analyzed, extra, events);
        if (speaker is null)
        {
            // "..., the minister said." with no subject before the cue is handled above; "X said" at sentence end:
            if (cueIndex > 0 && cueIndex >= toks.Count - 2)
                return null;
            return null;
        }

        // Content after the cue: skip the audience and a "that".
        var k = cueIndex + 1;
        string? audience = null;
        if (CueLexicon.TakesAudience.Contains(cue.Text))
        {
            var audienceMention = entities.Mentions.FirstOrDefault(m => m.Start >= cue.End && k < toks.Count && m.Start <= toks[Math.Min(k + 1, toks.Count - 1)].Start);
            if (audienceMention is not null)
            {
                audience = audienceMention.EntityId;
                while (k < toks.Count && toks[k].Start < audienceMention.End) k++;
            }
            else if (k < toks.Count && toks[k].Text.ToLowerInvariant() is "reporters" or "journalists" or "me" or "us" or "him" or "her" or "them" or "lawmakers")
                k++;
        }
        // "stated before the meeting that ...": a short adjunct may stand between the cue and "that".
        var that = -1;
        for (var j = k; j < Math.Min(toks.Count, k + 8); j++)
        {
            if (toks[j].Text is "that") { that = j; break; }
            if (toks[j].Text is "," or ";" or "\"" or "\u201C" || CueLexicon.IsCue(toks[j].Text)) break;
        }
        if (that >= 0) k = that + 1;
        else if (isBelief && k < toks.Count && toks[k].Text is "to") { /* "wants to ..." : the intention is the content */ }
        while (k < toks.Count && toks[k].Text is ":" or ",") k++;
        if (k >= toks.Count) return null;
        var end = LastContentToken(toks);
        // "X said A, but Y argued that B": A ends where the next speaker's clause begins.
        for (var c2 = k + 1; c2 <= end; c2++)
        {
            if (!CueLexicon.Speech.Contains(toks[c2].Text)) continue;
            var next = FindSubject(text, toks, c2, entities, analyzed, [], events);
            if (next is null || next.Mention.Start <= toks[k].Start) continue;
            var cut = c2 - 1;
            while (cut > k && toks[cut].Start >= next.Mention.Start) cut--;
            while (cut > k && (toks[cut].Text is "," or ";" or "but" or "and" or "while" or "whereas" || char.IsLower(toks[cut].Text[0]) && toks[cut + 1].Start == next.Mention.Start && toks[cut].Text is not ("that"))) cut--;
            end = cut;
            break;
        }
        if (end < k) return null;
        var contentSpan = Span.Of(text, toks[k].Start, toks[end].End);
        if (contentSpan.Length < 8 || WordCount(toks, k, end) < 3) return null;
        var direct = quotes.Any(q => q.Span.Start <= contentSpan.Start + 1 && q.Span.End >= contentSpan.End - 1);
        // If the content runs into a quote that continues past the sentence, take the whole quote.
        var quote = quotes.FirstOrDefault(q => q.Span.Start >= contentSpan.Start && q.Span.Start <= contentSpan.Start + 1);
        if (quote is not null && quote.Span.End > contentSpan.End) { contentSpan = quote.Span; direct = true; }
        var confidence = isBelief ? 0.6 : that >= 0 ? 0.85 : 0.75;
        return Make(articleId, speaker, cue, contentSpan, direct, entities, text, confidence, audience);
    }

    private Claim? AccordingTo(string text, AnalyzedText analyzed, Sentence sentence, int i, ResolvedEntities entities,
        IReadOnlyList<GraphEvent> events, string articleId, List<ResolvedMention> extra)
    {
        var toks = sentence.Tokens;
        var cueSpan = Span.Of(text, toks[i].Start, toks[i + 1].End);
        // The source phrase runs to the next comma (or the sentence end when "according to" closes the sentence).
        var j = i + 2;
        while (j < toks.Count && toks[j].Text != ",") j++;
        var sourceStart = i + 2 < toks.Count ? toks[i + 2].Start : cueSpan.End;
        var sourceEnd = toks[Math.Min(j, toks.Count) - 1].End;
        if (sourceEnd <= sourceStart) return null;
        var actors = entities.Within(sourceStart, sourceEnd).Where(m => !m.EntityId.StartsWith("location:", StringComparison.Ordinal)).ToList();
        // "information released on a WeChat account run by the Department ...": the last actor named is the source.
        var byOffset = toks.Skip(i + 2).TakeWhile(t => t.Start < sourceEnd).Where(t => t.Text == "by").Select(t => t.End).DefaultIfEmpty(-1).First();
        var source = byOffset >= 0 ? actors.FirstOrDefault(m => m.Start > byOffset) ?? actors.LastOrDefault() : actors.LastOrDefault();
        var speaker = source is null
            ? new Speaker([], Span.Of(text, sourceStart, sourceEnd), null)
            : new Speaker([source.EntityId], source.Span, null);
        Span content;
        if (i <= 1 && j < toks.Count - 1)
        {
            var end = LastContentToken(toks);
            if (end <= j) return null;
            content = Span.Of(text, toks[j + 1].Start, toks[end].End);
        }
        else if (i > 1)
        {
            var end = i - 1;
            while (end >= 0 && toks[end].Text is "," or ";") end--;
            if (end < 0) return null;
            content = Span.Of(text, toks[0].Start, toks[end].End);
        }
        else return null;
        if (content.Length < 8) return null;
        return Make(articleId, speaker, cueSpan, content, false, entities, text, source is null ? 0.5 : 0.8, null);
    }

    private Claim? AttributeQuote(string text, AnalyzedText analyzed, QuoteSpan quote, ResolvedEntities entities,
        IReadOnlyList<GraphEvent> events, string articleId, List<ResolvedMention> extra)
    {
        if (quote.Inner.Length < 20 || quote.Inner.Text.Count(c => c == ' ') < 3) return null;
        // Look for a cue right after the quote ("... ," he said) or right before it ("He said: ...").
        var sentence = analyzed.Sentences.FirstOrDefault(s => s.Start <= quote.Span.End && quote.Span.End <= s.End + 2)
                       ?? analyzed.Sentences.LastOrDefault(s => s.Start <= quote.Span.Start);
        if (sentence is null) return null;
        var toks = sentence.Tokens;
        for (var i = 0; i < toks.Count; i++)
        {
            if (toks[i].Start < quote.Span.End || !CueLexicon.Speech.Contains(toks[i].Text)) continue;
            if (toks[i].Start - quote.Span.End > 40) break;
            var before = FindSubject(text, toks, i, entities, analyzed, extra, []);
            var speaker = before is not null && before.Mention.Start >= quote.Span.End ? before
                : FindMentionAfter(toks, i + 1, entities, analyzed, extra, events);
            if (speaker is not null)
                return Make(articleId, speaker, toks[i], quote.Span, true, entities, text, 0.85, null);
            break;
        }
        return null;
    }

    private static (Span Span, bool Direct)? ContentBefore(string text, Sentence sentence, int cueIndex, IReadOnlyList<QuoteSpan> quotes)
    {
        var toks = sentence.Tokens;
        var endTok = cueIndex - 1;
        while (endTok >= 0 && toks[endTok].Text is "," or "\"" or "\u201D") endTok--;
        if (endTok < 0) return null;
        var cueStart = toks[cueIndex].Start;
        var quote = quotes.LastOrDefault(q => q.Span.End <= cueStart && cueStart - q.Span.End <= 3);
        if (quote is not null) return (quote.Span, true);
        var startTok = 0;
        while (startTok < endTok && toks[startTok].Kind == TokenKind.Quote) startTok++;
        if (WordCount(toks, startTok, endTok) < 3) return null;
        return (Span.Of(text, toks[startTok].Start, toks[endTok].End), false);
    }

    /// <summary>The subject of the cue: scanning left over adverbs, auxiliaries and one apposition.</summary>
    private Speaker? FindSubject(string text, IReadOnlyList<Token> toks, int cueIndex, ResolvedEntities entities,
        AnalyzedText analyzed, List<ResolvedMention> extra, IReadOnlyList<GraphEvent> events)
    {
        var j = cueIndex - 1;
        while (j >= 0 && (CueLexicon.Adverbials.Contains(toks[j].Text) || toks[j].Text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(toks[j].Text[0])))
            j--;
        if (j < 0) return null;
        if (toks[j].Text == ",")
        {
            // "X, deputy director of Y, told": jump over the apposition to the comma after X.
            var p = j - 1;
            while (p >= 0 && toks[p].Text != "," && toks[p].Kind != TokenKind.Quote) p--;
            if (p <= 0) return null;
            j = p - 1;
        }
        var endOffset = toks[j].End;
        var word = toks[j].Text;
        if (CueLexicon.Pronouns.Contains(word) && (j == 0 || toks[j - 1].Text is "," or "and" or "but" or "\"" or "\u201D" or "because" or "as" or "when" or "that" or "while"))
            return ResolvePronoun(text, toks[j], entities, extra);
        var mention = entities.Mentions.LastOrDefault(m => m.End == endOffset);
        if (mention is not null)
        {
            var group = SameSpanMentions(entities, mention);
            return new Speaker(group, mention.Span, null);
        }
        if (GroupSpeaker(text, toks, j, events, entities) is { } g) return g;
        // An unresolved nominal ("the spokesman said"): keep its span so the reader sees who, even without a node.
        var d = j;
        while (d >= 0 && d > j - 4 && toks[d].IsWord && toks[d].Text is not ("the" or "The" or "a" or "A" or "an" or "An")) d--;
        if (d >= 0 && toks[d].Text is "the" or "The" or "a" or "A" or "an" or "An" && d < j && char.IsLower(toks[j].Text[0]))
            return new Speaker([], Span.Of(text, toks[d].Start, toks[j].End), null);
        return null;
    }

    private static IReadOnlyList<string> SameSpanMentions(ResolvedEntities entities, ResolvedMention mention) =>
        entities.Mentions.Where(m => m.Start == mention.Start && m.End == mention.End).Select(m => m.EntityId).Distinct().ToList();

    /// <summary>"both sides", "the two countries": the parties of the article's first meeting, or its two main countries.</summary>
    private static Speaker? GroupSpeaker(string text, IReadOnlyList<Token> toks, int j, IReadOnlyList<GraphEvent> events, ResolvedEntities entities)
    {
        if (j < 1) return null;
        var head = toks[j].Text.ToLowerInvariant();
        var det = toks[j - 1].Text.ToLowerInvariant();
        if (head is not ("sides" or "countries" or "nations" or "governments" or "parties")) return null;
        var start = j - 1;
        if (det is "two" && j >= 2 && toks[j - 2].Text.ToLowerInvariant() is "the") start = j - 2;
        else if (det is not "both") return null;
        var ids = events.FirstOrDefault(e => e.Participants.Count >= 2)?.Participants
                  ?? entities.Entities.Where(e => e.Type == EntityType.Country).OrderByDescending(e => e.Mentions.Count).Take(2).Select(e => e.Id).ToList();
        if (ids.Count < 2) return null;
        return new Speaker(ids, Span.Of(text, toks[start].Start, toks[j].End), null);
    }

    private Speaker? SubjectOfSentence(IReadOnlyList<Token> toks, int cueIndex, ResolvedEntities entities, AnalyzedText analyzed,
        List<ResolvedMention> extra, IReadOnlyList<GraphEvent> events)
    {
        var first = entities.Mentions.FirstOrDefault(m => m.Start >= toks[0].Start && m.End <= toks[cueIndex].Start
            && !m.EntityId.StartsWith("location:", StringComparison.Ordinal));
        if (first is null) return null;
        // Only a subject: nothing but a determiner or an adverbial opener before it.
        var before = toks.TakeWhile(t => t.Start < first.Start).Count(t => t.IsWord && t.Text is not ("The" or "the"));
        return before > 3 ? null : new Speaker([first.EntityId], first.Span, null);
    }

    private Speaker? FindMentionAfter(IReadOnlyList<Token> toks, int from, ResolvedEntities entities, AnalyzedText analyzed,
        List<ResolvedMention> extra, IReadOnlyList<GraphEvent> events)
    {
        if (from >= toks.Count) return null;
        var t = toks[from];
        if (CueLexicon.Pronouns.Contains(t.Text)) return ResolvePronoun(analyzed.Text, t, entities, extra);
        var startTok = t.Text is "the" or "The" && from + 1 < toks.Count ? from + 1 : from;
        var m = entities.Mentions.FirstOrDefault(x => x.Start == toks[startTok].Start || x.Start == t.Start);
        if (m is not null) return new Speaker(SameSpanMentions(entities, m), m.Span, null);
        // "said the spokesman": an unresolved nominal speaker span.
        var end = from;
        while (end + 1 < toks.Count && toks[end + 1].IsWord && char.IsLower(toks[end + 1].Text[0]) && end - from < 4) end++;
        if (toks[from].Text.ToLowerInvariant() is "the" or "a" or "an" && end > from)
            return new Speaker([], Span.Of(analyzed.Text, toks[from].Start, toks[end].End), null);
        return null;
    }

    /// <summary>A pronoun speaker is the nearest earlier person (he/she/I) or actor of any kind (they/it/we).</summary>
    private static Speaker? ResolvePronoun(string text, Token pronoun, ResolvedEntities entities, List<ResolvedMention> extra)
    {
        var lower = pronoun.Text.ToLowerInvariant();
        // "We hope ..." in running text is the outlet's own voice, not an earlier actor.
        if (lower is "we" or "i") return new Speaker([], Span.Of(text, pronoun.Start, pronoun.End), null);
        var wantPerson = lower is "he" or "she" or "i";
        var antecedent = entities.Mentions.LastOrDefault(m => m.End <= pronoun.Start && pronoun.Start - m.End < 1500
            && entities[m.EntityId] is { } e && (wantPerson ? e.Type == EntityType.Person : e.Type is EntityType.Institution or EntityType.Country || lower == "they" && e.Type == EntityType.Person));
        if (antecedent is null) return new Speaker([], Span.Of(text, pronoun.Start, pronoun.End), null);
        var mention = new ResolvedMention(pronoun.Start, pronoun.End, pronoun.Text, MentionKind.Pronoun, antecedent.EntityId);
        extra.Add(mention);
        return new Speaker([antecedent.EntityId], mention.Span, mention);
    }

    private static int LastContentToken(IReadOnlyList<Token> toks)
    {
        var end = toks.Count - 1;
        while (end >= 0 && toks[end].Kind == TokenKind.Punctuation && toks[end].Text is "." or "," or ";" or ":" or "!" or "?") end--;
        return end;
    }

    private static int WordCount(IReadOnlyList<Token> toks, int from, int to)
    {
        var n = 0;
        for (var i = from; i <= to && i < toks.Count; i++) if (toks[i].IsWord) n++;
        return n;
    }

    private static Claim Make(string articleId, Speaker speaker, Token cue, Span content, bool direct, ResolvedEntities entities, string text, double confidence, string? audience) =>
        Make(articleId, speaker, Span.Of(text, cue.Start, cue.End), content, direct, entities, text, confidence, audience);

    private static Claim Make(string articleId, Speaker speaker, Span cue, Span content, bool direct, ResolvedEntities entities, string text, double confidence, string? audience)
    {
        var about = entities.Within(content.Start, content.End).Select(m => m.EntityId)
            .Where(id => !speaker.Ids.Contains(id)).Distinct().ToList();
        return new Claim
        {
            Id = GraphIds.Claim(articleId, content),
            Speaker = speaker.Ids.FirstOrDefault(),
            Speakers = speaker.Ids,
            SpeakerMention = speaker.Mention,
            Cue = cue,
            Content = content,
            Direct = direct,
            About = about,
            Audience = audience,
            Confidence = speaker.Ids.Count == 0 ? Math.Min(confidence, 0.5) : confidence,
        };
    }
}
