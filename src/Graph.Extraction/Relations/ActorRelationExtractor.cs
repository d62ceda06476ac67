using System.Collections.Frozen;
using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Relations that the text states between two actors with a verb: "the US is attempting to block China's
/// development" gives US RESTRICTS China. Subject: the nearest actor before the verb in its clause (not one inside a
/// "who" clause); object: the first actor after it in the same clause; a negated, merely possible or intended verb
/// ("could block", "plans to oppose"), the word used as a noun ("a ban on", "faces a ban"), or a verb in quotation
/// marks (someone's word for it) gives nothing. In the passive, with or without "was" (and in a
/// headline, where "was" is dropped), the agent after "by" acts. Types come only from <see cref="RelationTypes.ActorToActor"/>.
/// </summary>
public sealed class ActorRelationExtractor
{
    private static readonly FrozenDictionary<string, string> Verbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["restrict"] = RelationTypes.Restricts, ["restricts"] = RelationTypes.Restricts, ["restricted"] = RelationTypes.Restricts,
        ["restricting"] = RelationTypes.Restricts, ["block"] = RelationTypes.Restricts, ["blocks"] = RelationTypes.Restricts,
        ["blocked"] = RelationTypes.Restricts, ["blocking"] = RelationTypes.Restricts, ["ban"] = RelationTypes.Restricts,
        ["banned"] = RelationTypes.Restricts, ["bans"] = RelationTypes.Restricts, ["curb"] = RelationTypes.Restricts,
        ["curbs"] = RelationTypes.Restricts, ["suppress"] = RelationTypes.Restricts, ["suppresses"] = RelationTypes.Restricts,
        ["suppressing"] = RelationTypes.Restricts, ["hinder"] = RelationTypes.Restricts, ["contain"] = RelationTypes.Restricts,
        ["sanction"] = RelationTypes.Sanctions, ["sanctions"] = RelationTypes.Sanctions, ["sanctioned"] = RelationTypes.Sanctions,
        ["sanctioning"] = RelationTypes.Sanctions,
        ["criticize"] = RelationTypes.Criticizes, ["criticizes"] = RelationTypes.Criticizes, ["criticized"] = RelationTypes.Criticizes,
        ["criticise"] = RelationTypes.Criticizes, ["criticises"] = RelationTypes.Criticizes, ["criticised"] = RelationTypes.Criticizes,
        ["condemn"] = RelationTypes.Criticizes, ["condemns"] = RelationTypes.Criticizes, ["condemned"] = RelationTypes.Criticizes,
        ["blamed"] = RelationTypes.Criticizes, ["blames"] = RelationTypes.Criticizes, ["attacked"] = RelationTypes.Criticizes,
        ["accuse"] = RelationTypes.Accuses, ["accuses"] = RelationTypes.Accuses, ["accused"] = RelationTypes.Accuses,
        ["cooperate"] = RelationTypes.CooperatesWith, ["cooperates"] = RelationTypes.CooperatesWith, ["cooperated"] = RelationTypes.CooperatesWith,
        ["co-operate"] = RelationTypes.CooperatesWith, ["partnered"] = RelationTypes.CooperatesWith, ["allied"] = RelationTypes.CooperatesWith,
        ["support"] = RelationTypes.Supports, ["supports"] = RelationTypes.Supports, ["supported"] = RelationTypes.Supports,
        ["backs"] = RelationTypes.Supports, ["backed"] = RelationTypes.Supports, ["endorsed"] = RelationTypes.Supports,
        ["oppose"] = RelationTypes.Opposes, ["opposes"] = RelationTypes.Opposes, ["opposed"] = RelationTypes.Opposes,
        ["threaten"] = RelationTypes.Threatens, ["threatens"] = RelationTypes.Threatens, ["threatened"] = RelationTypes.Threatens,
        ["met"] = RelationTypes.MetWith,
        // Not "called": "called on the port to ...", "called for ...", "a band called ...", "called the plan a mistake"
        // (in news it is hardly ever a telephone call).
        ["told"] = RelationTypes.TalksTo, ["phoned"] = RelationTypes.TalksTo,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Relation> Extract(AnalyzedText analyzed, ResolvedEntities entities)
    {
        var text = analyzed.Text;
        var relations = new List<Relation>();
        var sporting = Events.MeetingExtractor.IsSporting(analyzed);
        // A headline ("Harbour fees blocked by board") drops "was": there a participle is passive.
        var firstLine = text.IndexOf('\n');
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            var actors = entities.ActorsWithin(text, sentence.Start, sentence.End);
            // "most Republicans opposed", "backing from all senior Democrats": people counted are some of a party's or
            // a country's people, not the body acting.
            actors.RemoveAll(m => ResolvedEntities.IsPeoplesPlural(m) && Counted(text, m.Start));
            if (actors.Count < 2) continue;
            var headline = sentence.Start == 0 && firstLine > 0 && sentence.End <= firstLine;
            for (var i = 0; i < toks.Count; i++)
            {
                if (!Verbs.TryGetValue(toks[i].Text, out var type)) continue;
                // "met Berg's pass", "did not meet Berg", "will meet Berg in the semi-final": not a meeting.
                if (type == RelationTypes.MetWith && !Events.MeetingExtractor.MeetsInThatSense(toks, i, actors, sporting)) continue;
                // In a sports report a shot or a pass is blocked, not an actor.
                if (sporting && toks[i].Text.StartsWith("block", StringComparison.OrdinalIgnoreCase)) continue;
                AddRelation(text, toks, actors, entities, i, type, relations, headline);
            }
        }
        return relations;
    }

    /// <summary>
    /// A claim told to someone ("X told the Harbour Courier that ...") says its speakers talked to that audience, also
    /// where the sentence's words do not put the two side by side ("“...,” she told the Courier"): one TALKED_TO per
    /// speaker, with the claim's span as evidence, unless the verb already gave it.
    /// </summary>
    public static IReadOnlyList<Relation> FromAudiences(string text, IReadOnlyList<Claim> claims, IReadOnlyList<Relation> found)
    {
        var relations = new List<Relation>();
        foreach (var c in claims)
        {
            // Only a telling: "warned Georgia", "urged Russia" are acts on a state, not a conversation.
            if (c.Audience is not { } audience || c.Cue.Text.ToLowerInvariant() is not ("told" or "tell" or "tells" or "telling" or "informed" or "assured" or "reminded")) continue;
            var from = Math.Min(c.Content.Start, Math.Min(c.Cue.Start, c.SpeakerMention?.Start ?? int.MaxValue));
            var to = Math.Max(c.Content.End, Math.Max(c.Cue.End, c.SpeakerMention?.End ?? 0));
            foreach (var speaker in c.Speakers.Count > 0 ? c.Speakers : c.Speaker is null ? [] : [c.Speaker])
            {
                if (speaker == audience || found.Concat(relations).Any(r => r.Type == RelationTypes.TalksTo && r.From == speaker && r.To == audience
                        && r.Evidence.Start < to && from < r.Evidence.End)) continue;
                relations.Add(new Relation
                {
                    Type = RelationTypes.TalksTo, From = speaker, To = audience,
                    Properties = new Dictionary<string, string> { ["verb"] = c.Cue.Text.ToLowerInvariant() },
                    Evidence = Span.Of(text, from, to), Confidence = Math.Min(0.6, c.Confidence),
                });
            }
        }
        return relations;
    }

    // A verb of the list: the actor before it in its clause acts on the actor just after it.
    // In the passive the roles turn round: "Ruiz was criticised by Berg" is Berg criticising Ruiz, and without "by"
    // ("Ruiz has been criticised for Norway's ...", "banned from suing Acme") the one acting is not named.
    private static void AddRelation(string text, IReadOnlyList<Token> toks, List<ResolvedMention> actors, ResolvedEntities entities, int v, string type,
        List<Relation> relations, bool headline = false)
    {
        var verb = toks[v];
        // "a ban on", "its support for", "faces a ban", "to seek sanctions": the word is a noun there, not the verb.
        if (v > 0 && (NounBefore(toks[v - 1]) || SoughtOrFaced.Contains(toks[v - 1].Text))) return;
        // "Norway 'blocks Acme site'": what is in quotation marks is someone's word for it, not an act the text reports.
        if (InQuotation(toks, v)) return;
        var subject = actors.LastOrDefault(m => m.End <= verb.Start && TokensBetween(toks, m.End, verb.Start) <= 6
                                                && !HasClauseBreak(toks, m.End, verb.Start));
        // "could not support X", "never backed X": no act; nor "could block X", "may oppose X": only a possibility.
        if (subject is not null && (Negated(toks, subject.End, verb.Start) || Possible(toks, subject.End, verb.Start))) return;
        // "plans to oppose X", "vowed to block X": an intention, not yet the act.
        if (subject is not null && Intended(toks, subject.End, verb.Start)) return;
        // "told the Gazette he'd support Ruiz": a pronoun no entity stands for is the subject, not a body or country before
        // it (a person before "he" or "she" is whom it stands for: "Berg said he backs Ruiz").
        if (subject is not null && PronounBetween(toks, subject.End, verb.Start, actors) is { } pronoun
            && !(pronoun is "he" or "she" && entities[subject.EntityId]?.Type == EntityType.Person)) subject = null;
        // "councillors who back Ruiz met Berg": Ruiz is in a relative clause, not the one who met.
        if (subject is not null && InRelativeClause(toks, subject.Start)) subject = null;
        // "Ana Ruiz, an analyst at Nordbank told the Gazette", "Tom Beck from Nordbank told": the body after "at" or
        // "from" is the employer of the person named before it, who is the one acting.
        if (subject is not null && PersonBeforeEmployer(toks, actors, entities, subject.Start) is { } employee) subject = employee;
        // "One Norwegian woman told the Gazette": a nationality before a noun for someone is not the state acting
        // (though "Norwegian officials told" is).
        if (subject is not null && entities[subject.EntityId]?.Type == EntityType.Country && TokensBetween(toks, subject.End, verb.Start) > 0
            && ModifiesNounAfter(text, subject)) subject = null;
        // The object follows in the verb's own clause: not past a comma or "until"/"that" ("blocking the sale, Acme ...").
        var obj = actors.FirstOrDefault(m => m.Start >= verb.End && TokensBetween(toks, verb.End, m.Start) <= 3 && !HasClauseBreak(toks, verb.End, m.Start));
        // "Berg, accused of fraud", "a striker blamed for the defeat": a participle right before "of" or "for" is
        // passive, and the one acting is not named.
        if (verb.Text.EndsWith("ed", StringComparison.Ordinal) && v + 1 < toks.Count && toks[v + 1].Text is "of" or "for") return;
        // So is one right before "by", with or without "was": "Berg, backed by Ruiz," (but in "a member accused by Ruiz"
        // the one accused is no actor named, and in "attacked by thieves in Oslo" the one acting is none).
        var reduced = !IsPassive(toks, v) && verb.Text.EndsWith("ed", StringComparison.Ordinal) && (v + 1 < toks.Count && toks[v + 1].Text is "by" || headline);
        if (reduced)
        {
            var before = v >= 2 && toks[v - 1].Text is "," ? v - 2 : v - 1;
            subject = before >= 0 ? actors.FirstOrDefault(m => m.End == toks[before].End) : null;
            if (subject is null) return;
        }
        if (IsPassive(toks, v) || reduced)
        {
            // The agent is the name right after "by", or after "the" and words describing it ("by the singer Ola
            // Brandt"): in "by thieves in Oslo" no actor acts.
            var agent = v + 2 < toks.Count && toks[v + 1].Text is "by" ? AgentAfter(toks, v + 2, actors) : null;
            if (agent is null) return;
            // "Berg's trial was told by a witness": what was told is the owner's trial, not the owner.
            if (type == RelationTypes.TalksTo && subject is not null && OwnsOtherThanVoice(text, subject)) return;
            (subject, obj) = (agent, subject);
        }
        // "told the Courier Ruiz had ...", "told MPs the UK would ...": an actor with a verb of its own after it is the
        // subject of what was told, not the one told.
        else if (type == RelationTypes.TalksTo && obj is not null && FiniteVerbAfter(toks, obj.End)) return;
        // Nor does an owner act ("during Berg's first term yet endorsed Ruiz"), unless what it owns acts for it ("Berg's
        // campaign attacked Ruiz", "Nordbank's directors backed ...").
        if (subject is not null && !IsPassive(toks, v) && !reduced && OwnsOtherThanVoice(text, subject)) return;
        if (subject is null || obj is null || subject.EntityId == obj.EntityId) return;
        // "accused Denmark's best sailors", "told a Danish radio station": a country owning or describing the object is
        // not the object, unless the object is its state's people ("Norway's government", "Danish officials").
        if (entities[obj.EntityId]?.Type == EntityType.Country && ModifiesNounAfter(text, obj)) return;
        var evidence = Span.Of(text, Math.Min(subject.Start, obj.Start), Math.Max(subject.End, obj.End));
        if (relations.Any(r => r.Type == type && r.From == subject.EntityId && r.To == obj.EntityId && r.Evidence.Start == evidence.Start)) return;
        relations.Add(new Relation
        {
            Type = type, From = subject.EntityId, To = obj.EntityId,
            Properties = new Dictionary<string, string> { ["verb"] = verb.Text.ToLowerInvariant() },
            Evidence = evidence, Confidence = 0.6,
        });
    }

    private static readonly FrozenSet<string> SubjectPronouns = new[] { "he", "she", "they", "we", "i", "it" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The subject pronoun (lower case) that is no actor's mention between <paramref name="from"/> and <paramref name="to"/>, if any.</summary>
    private static string? PronounBetween(IReadOnlyList<Token> toks, int from, int to, List<ResolvedMention> actors) =>
        toks.Where(t => t.Start >= from && t.End <= to && SubjectPronouns.Contains(t.Text) && !actors.Any(m => m.Start == t.Start))
            .Select(t => t.Text.ToLowerInvariant()).FirstOrDefault();

    /// <summary>
    /// Nouns an owner acts through besides those it speaks through (<see cref="Claims.SpeakerResolver.SpeaksForOwner"/>):
    /// "Nordbank's board backed ...", "Norway's army attacked ...", "Berg's article attacked ...".
    /// </summary>
    private static readonly FrozenSet<string> ActsThrough = new[]
    {
        "party", "foreign", "army", "military", "board", "directors", "chief", "chairman", "boss", "management", "article",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the mention is an owner ("Berg's ...") of something other than a voice of its own.</summary>
    private static bool OwnsOtherThanVoice(string text, ResolvedMention m)
    {
        var after = text.AsSpan(m.End);
        if (!after.StartsWith("'s ") && !after.StartsWith("\u2019s ")) return false;
        Work.WordAfter(text, m.End + 2, out var word);
        var noun = word.ToString();
        return !Claims.SpeakerResolver.SpeaksForOwner(noun) && !ActsThrough.Contains(noun);
    }

    /// <summary>
    /// Whether the country at <paramref name="m"/> owns or describes a noun after it ("Norway's best sailors", "Danish
    /// ferry owners", "UK policy") rather than being the object itself ("criticised the UK over ...").
    /// </summary>
    internal static bool ModifiesNounAfter(string text, ResolvedMention m)
    {
        var after = text.AsSpan(m.End);
        var owner = after.StartsWith("'s") || after.StartsWith("\u2019s");
        if (owner) after = after[2..];
        var rest = after.StartsWith(" ") ? after.TrimStart(' ') : [];
        var end = 0;
        while (end < rest.Length && (char.IsLetter(rest[end]) || rest[end] == '-')) end++;
        var word = rest[..end].ToString();
        if (word.Length == 0) return false;
        // A country's name before a noun modifies it too ("told US radio", "backed UK plans"); before "that", "on",
        // "over" it is the object itself.
        // (A people's plural, "Danes", "Republicans", is a name there: "Danes backed ...".)
        if (!owner && (m.Kind != MentionKind.Demonym || ResolvedEntities.IsPeoplesPlural(m)) && !ResolvedEntities.NounAfter(text, m.End)) return false;
        // (Not when what follows is the state itself: "Norway's government", "Danish officials".)
        return !Claims.SpeakerResolver.IsStateNoun(word)
            && word is not ("government" or "leader" or "president" or "prime" or "premier" or "king" or "queen" or "state" or "people");
    }

    /// <summary>Whether a counting word ("most", "all", "three") opens the words before <paramref name="start"/> (past one adjective).</summary>
    private static bool Counted(string text, int start)
    {
        var b = Work.WordBefore(text, start, out var span);
        var before = span.ToString();
        if (before.Length > 0 && char.IsLower(before[0]) && !Claims.SpeakerPhrases.IsDeterminer(before))
        {
            Work.WordBefore(text, b, out span);
            before = span.ToString();
        }
        return before.Length > 0 && (char.IsDigit(before[0]) || Claims.SpeakerPhrases.IsDeterminer(before)
            && before.ToLowerInvariant() is not ("the" or "a" or "an" or "this" or "these" or "those" or "his" or "her" or "their" or "its" or "our" or "my" or "your"));
    }

    private static ResolvedMention? AgentAfter(IReadOnlyList<Token> toks, int k, List<ResolvedMention> actors)
    {
        for (var skipped = 0; k < toks.Count && skipped <= 2; k++, skipped++)
        {
            if (actors.FirstOrDefault(m => m.Start == toks[k].Start) is { } agent) return agent;
            if (!toks[k].IsWord || !char.IsLower(toks[k].Text[0]) || ClauseBreaks.Contains(toks[k].Text) || NounBefore(toks[k]) && toks[k].Text is not ("the" or "a" or "an")) return null;
        }
        return null;
    }

    private static bool IsPassive(IReadOnlyList<Token> toks, int v)
    {
        var k = v - 1;
        while (k >= 0 && toks[k].IsWord && toks[k].Text.Length > 4 && toks[k].Text.EndsWith("ly", StringComparison.Ordinal)) k--;
        return k >= 0 && toks[k].Text.ToLowerInvariant() is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "get" or "got";
    }

    /// <summary>Whether the word after offset <paramref name="end"/> can only be a clause's verb (an auxiliary, a past tense).</summary>
    private static bool FiniteVerbAfter(IReadOnlyList<Token> toks, int end)
    {
        var k = 0;
        while (k < toks.Count && toks[k].Start < end) k++;
        if (k == toks.Count || !toks[k].IsWord || !char.IsLower(toks[k].Text[0])) return false;
        return Claims.SpeakerPhrases.IsFiniteVerb(toks[k].Text);
    }

    private static int TokensBetween(IReadOnlyList<Token> toks, int from, int to) => toks.Count(t => t.Start >= from && t.End <= to);

    private static bool HasClauseBreak(IReadOnlyList<Token> toks, int from, int to) =>
        toks.Any(t => t.Start >= from && t.End <= to && ClauseBreaks.Contains(t.Text));

    private static readonly FrozenSet<string> ClauseBreaks = new[]
    {
        ",", ";", ":", "that", "which", "who", "whom", "whose", "while", "but", "until", "when", "whether", "because",
        "although", "though", "if", "unless", "where", "whereas", "after", "before", "since",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool Negated(IReadOnlyList<Token> toks, int from, int to) =>
        toks.Any(t => t.Start >= from && t.End <= to && t.Text.ToLowerInvariant() is "not" or "never" or "n't" or "no" or "cannot");

    private static bool Possible(IReadOnlyList<Token> toks, int from, int to) =>
        toks.Any(t => t.Start >= from && t.End <= to && t.Text is "could" or "might" or "may");

    /// <summary>"seeks sanctions", "faces a ban", "lifted curbs": what is sought, faced or lifted is no act done.</summary>
    private static readonly FrozenSet<string> SoughtOrFaced = new[]
    {
        "seek", "seeks", "seeking", "sought", "face", "faces", "faced", "facing", "risk", "risks", "lift", "lifts", "lifted",
        "lifting", "ease", "eases", "eased", "easing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> IntentionWords = new[]
    {
        "plan", "plans", "planned", "planning", "want", "wants", "wanted", "hope", "hopes", "hoped", "hoping", "seek", "seeks",
        "sought", "aim", "aims", "aimed", "intend", "intends", "intended", "vow", "vows", "vowed", "pledge", "pledges",
        "pledged", "promise", "promises", "promised", "threaten", "threatens", "threatened", "expected", "likely", "set", "due",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"plans to", "vowed on Monday to", "is expected to" between the subject and the verb, "to" right before it.</summary>
    private static bool Intended(IReadOnlyList<Token> toks, int from, int to)
    {
        var k = 0;
        while (k < toks.Count && toks[k].End <= to) k++;
        // toks[k - 1] is the last token before the verb.
        return k >= 2 && toks[k - 1].Text is "to" && toks.Any(t => t.Start >= from && t.End <= toks[k - 1].Start && IntentionWords.Contains(t.Text));
    }

    /// <summary>
    /// Whether the token at <paramref name="v"/> stands inside quotation marks opened earlier in its sentence. A straight
    /// mark opens when a word follows it directly and none stands right before it; otherwise it closes (a quotation that
    /// began in an earlier sentence closes in this one: "... we are ready," Ruiz told the Gazette).
    /// </summary>
    private static bool InQuotation(IReadOnlyList<Token> toks, int v)
    {
        var open = false;
        for (var k = 0; k < v; k++)
        {
            if (toks[k].Kind != TokenKind.Quote) continue;
            open = toks[k].Text switch
            {
                "\u201C" or "\u2018" => true,
                "\u201D" or "\u2019" => false,
                _ => (k == 0 || toks[k - 1].End < toks[k].Start) && toks[k + 1].Start == toks[k].End && toks[k + 1].Kind != TokenKind.Punctuation,
            };
        }
        return open;
    }

    /// <summary>Words after which "ban", "support", "block" and the like are nouns: "a ban", "its support", "for support".</summary>
    private static bool NounBefore(Token before) =>
        before.Text.ToLowerInvariant() is "a" or "an" or "the" or "its" or "his" or "her" or "their" or "our" or "my" or "your" or "this"
            or "any" or "for" or "of" or "on" or "with" or "in" or "'s" or "\u2019s";

    /// <summary>
    /// The person named before "of", "at", "from", "for" or "with" and the body at <paramref name="start"/>, right
    /// before it ("Tom Beck from Nordbank") or before the comma of a description ("Ana Ruiz, an analyst at Nordbank").
    /// </summary>
    private static ResolvedMention? PersonBeforeEmployer(IReadOnlyList<Token> toks, List<ResolvedMention> actors, ResolvedEntities entities, int start)
    {
        var k = toks.Count - 1;
        while (k >= 0 && toks[k].Start >= start) k--;
        if (k >= 0 && toks[k].Text is "the" or "The") k--;
        if (k < 1 || toks[k].Text.ToLowerInvariant() is not ("of" or "at" or "from" or "for" or "with")) return null;
        var j = k - 1;
        if (PersonEndingAt(toks[j].End) is { } near) return near;
        for (var steps = 0; j > 0 && steps < 6 && toks[j].IsWord && (char.IsLower(toks[j].Text[0]) || toks[j].Text is "A" or "An" or "The"); j--, steps++) { }
        return toks[j].Text == "," && j > 0 ? PersonEndingAt(toks[j - 1].End) : null;

        ResolvedMention? PersonEndingAt(int end) => actors.FirstOrDefault(m => m.End == end && entities[m.EntityId]?.Type == EntityType.Person);
    }

    /// <summary>Whether "who"/"which" opens a clause just before the actor at <paramref name="start"/> ("who back Ruiz").</summary>
    private static bool InRelativeClause(IReadOnlyList<Token> toks, int start)
    {
        var k = 0;
        while (k < toks.Count && toks[k].Start < start) k++;
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (toks[j].Text is "," or ";") return false;
            if (toks[j].Text.ToLowerInvariant() is "who" or "which" or "whom") return true;
        }
        return false;
    }
}
