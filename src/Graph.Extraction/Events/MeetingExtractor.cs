using System.Collections.Frozen;
using System.Globalization;
using Graph.Core.Ids;
using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Events;

/// <summary>
/// Meetings: "X and Y held (the first) meeting/talks/summit ...", "X met (with) Y", "talks between X and Y",
/// with where ("in Geneva, Switzerland") and when ("on Tuesday") from the same sentence. A later sentence that
/// names the same meeting again ("The first meeting of the ... dialogue was held ...") is the same event.
/// </summary>
public sealed class MeetingExtractor
{
    private static readonly FrozenSet<string> MeetingNouns = new[]
    {
        "meeting", "meetings", "talks", "summit", "dialogue", "conference", "negotiations", "consultations", "session",
        "discussions",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MeetVerbs = new[]
    {
        "met", "meet", "meets", "held", "hold", "holds", "holding",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that end a meeting's name on its left: "met in Riga last week for pier talks" is "pier talks".
    private static readonly FrozenSet<string> NameStops = new[]
    {
        "the", "a", "an", "held", "hold", "of", "at", "during", "for", "to", "from", "by", "with", "after", "before",
        "about", "into", "over", "under", "since", "until", "on", "in", "as", "and", "or", "but", "than", "last", "next",
        "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "week", "weekend", "month",
        "year", "day", "night", "morning", "afternoon", "evening", "ago", "earlier", "later", "today", "yesterday",
        "tomorrow", "is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DateWords = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today",
        "tomorrow", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    }.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<GraphEvent> Extract(AnalyzedText analyzed, ResolvedEntities entities, string articleId, string? published)
    {
        var text = analyzed.Text;
        var events = new List<GraphEvent>();
        var sporting = IsSporting(analyzed);
        for (var s = 0; s < analyzed.Sentences.Count; s++)
        {
            var sentence = analyzed.Sentences[s];
            var toks = sentence.Tokens;
            if (!toks.Any(t => MeetVerbs.Contains(t.Text) || MeetingNouns.Contains(t.Text))) continue;
            var actors = entities.ActorsWithin(text, sentence.Start, sentence.End);
            var verb = -1;
            var noun = -1;
            var passiveHold = false;
            for (var i = 0; i < toks.Count; i++)
            {
                // (A capital "Meet" inside a sentence below the headline is in a title: "on Sunday's Meet the Press".)
                if (verb < 0 && MeetVerbs.Contains(toks[i].Text) && !(s > 0 && i > 0 && toks[i - 1].IsWord && char.IsUpper(toks[i].Text[0]))
                    && MeetingVerb(toks, i, actors, noun, out passiveHold, sporting)) verb = i;
                if (noun < 0 && MeetingNouns.Contains(toks[i].Text) && (verb < 0 || i > verb || passiveHold) && !NotAMeeting(toks, i)) noun = i;
            }
            if (verb < 0 && noun < 0) continue;
            var participants = new List<string>();
            // Subjects of "held"/"met": the actors that end right before the verb (not of "a meeting ... was held",
            // whose subject is the meeting).
            if (verb >= 0 && !passiveHold)
            {
                var verbStart = toks[verb].Start;
                var walked = SubjectActors(toks, verb, actors, k => Antecedent(entities, analyzed.Sentences, s, toks, k, actors));
                var subject = walked ?? [];
                if (walked is { Count: 0 })
                {
                    // Else the actors before the verb in its clause.
                    var clauseStart = toks.Take(verb).Select((t, k) => (t, k)).LastOrDefault(x => x.t.Text is "," or ";" or "-" or "\u2014" or "\u2013"
                        or "who" or "which" or "that" or "but" or "while").t.End;
                    // (not one after a preposition other than "of": "... flew to Norway to hold talks").
                    subject = actors.Where(m => m.End <= verbStart && m.Start >= clauseStart && !AfterPreposition(toks, m))
                        .Select(m => m.EntityId).ToList();
                }
                participants.AddRange(subject);
                if (toks[verb].Text is "met" or "meet" or "meets")
                {
                    var objectEnd = ListEnd(toks, verb + 1, actors, sentence.End, "to", "on", "in", "at");
                    participants.AddRange(actors.Where(m => m.Start > verbStart && m.Start < objectEnd + 1).Select(m => m.EntityId));
                }
            }
            // "between X and Y"
            var between = toks.ToList().FindIndex(t => t.Text == "between");
            if (between >= 0 && noun >= 0 && between > noun)
            {
                var end = StartOfFirst(toks, between + 1, t => t.Text is "," or "." or "in" or "on", sentence.End);
                participants.AddRange(actors.Where(m => m.Start > toks[between].Start && m.End <= end).Select(m => m.EntityId));
            }
            // "a meeting of the Harbour Board ... will be held": the ones it is of.
            if (verb >= 0 && noun >= 0 && noun + 1 < toks.Count && toks[noun + 1].Text == "of")
            {
                var end = StartOfFirst(toks, noun + 2, t => t.Text is "," or "." or ";" or "in" or "on" or "at" or "to" or "-" or "(" or "\u2014" or "\u2013", sentence.End);
                participants.AddRange(actors.Where(m => m.Start > toks[noun + 1].Start && m.End <= end).Select(m => m.EntityId));
            }
            // "held talks with X and Y", "a meeting with X": the ones the talks were with.
            var withAt = noun >= 0 && noun + 1 < toks.Count && toks[noun + 1].Text == "with" ? noun + 1 : -1;
            if (withAt > 0)
            {
                var end = ListEnd(toks, withAt + 1, actors, sentence.End, "in", "on", "at", "to", "about", "over", "for", "after", "before");
                var with = actors.Where(m => m.Start > toks[withAt].Start && m.End <= end).Select(m => m.EntityId).ToList();
                if (verb < 0 && between < 0)
                {
                    // Without a verb that holds them, "Ruiz's talks with Berg" are the possessor's; the clause's subject
                    // is too far to tell ("After talks with Berg, Ruiz said ...").
                    var possessor = actors.LastOrDefault(m => m.End <= toks[noun].Start && m.End < text.Length - 1 && text[m.End] is '\'' or '\u2019'
                                                              && toks.Count(t => t.Start >= m.End && t.End <= toks[noun].Start) <= 3);
                    if (possessor is null || with.Count == 0) continue;
                    participants.Add(possessor.EntityId);
                }
                participants.AddRange(with);
            }
            participants = participants.Distinct().ToList();
            // "talks with US bank Harbour Trust", "met his Danish counterpart": after the meeting's word, a country that only
            // describes a noun after it is no participant (its officials or government are). (Before it, the word after a
            // subject is as often the verb: "Italy and Germany met".)
            var meetingAt = toks[verb >= 0 && (noun < 0 || verb < noun) ? verb : noun].End;
            // (Only an actor named in this sentence, and only after the meeting's word: a subject given by "he" is named
            // in an earlier sentence and stays.)
            bool OnlyDescribes(string p, Func<ResolvedMention, bool> describes) =>
                actors.Where(m => m.EntityId == p).ToList() is { Count: > 0 } named && named.All(m => m.Start >= meetingAt && describes(m));
            // (But "met Norway's foreign minister", with no name after: the state met, through its minister.)
            if (participants.Count > 1)
                participants.RemoveAll(p => entities[p]?.Type == EntityType.Country && OnlyDescribes(p, m => Relations.ActorRelationExtractor.ModifiesNounAfter(text, m)
                    && !PastVerbAfter(text, m.End) && (NameAfterWords(text, m.End, actors) || !PersonNounAfter(text, m.End))));
            // So is a body named before a person's title ("Westhaven and Norway striker Tom Beck met ...", "Acme chief Ana
            // Ruiz met ..."): the person is there, the body is only whose they are.
            if (participants.Count > 1)
                participants.RemoveAll(p => entities[p]?.Type != EntityType.Person && actors.Where(m => m.EntityId == p).ToList() is { Count: > 0 } named
                    && named.All(m => actors.FirstOrDefault(o => o.Start > m.End) is { } next && participants.Contains(next.EntityId)
                        && entities[next.EntityId]?.Type == EntityType.Person && ResolvedEntities.TitleOfNext(text.AsSpan(m.End, next.Start - m.End))));
            // So is one that owns the description of another named after it ("talks with Nordbank's rival Brio"): the
            // one named is.
            if (participants.Count > 1)
                participants.RemoveAll(p => OnlyDescribes(p, m => OwnsDescriptionOfNext(text, m, actors)));
            if (noun < 0 && participants.Count < 2) continue;
            // A general word for talking ("dialogue between the two") is not a meeting without a verb that holds it.
            if (verb < 0 && noun >= 0 && toks[noun].Text.ToLowerInvariant() is not ("meeting" or "talks" or "summit" or "negotiations")) continue;
            if (noun >= 0 && verb < 0 && between < 0 && withAt < 0) continue;
            // Where: "in Geneva, Switzerland" — the first place after "in"; the city wins over its country.
            string? location = null;
            for (var i = 0; i < toks.Count - 1 && location is null; i++)
            {
                if (toks[i].Text != "in") continue;
                var place = entities.Mentions.FirstOrDefault(m => m.Start == toks[i + 1].Start);
                if (place is not null && entities[place.EntityId]?.Type is EntityType.Location or EntityType.Country)
                    location = place.EntityId;
            }
            var at = verb >= 0 && (noun < 0 || verb < noun) ? verb : noun;
            var dateText = DateText(text, toks, at);
            // (Below the headline, "meet" and "meets" in the present are a meeting set for a day: "the two leaders meet
            // on Monday"; a headline's present tense reports what happened.)
            var ahead = dateText is not null && (LooksAhead(toks, at) || verb >= 0 && toks[verb].Text is "meet" or "meets" && s > 0);
            var name = noun >= 0 && !IsVenue(toks, noun, verb) ? NameOf(text, toks, noun) : "meeting of " + Listed(participants.Select(p => entities[p]?.Name ?? p).ToList());
            // The same meeting named again: merge into the first.
            // (Two meetings named only by who met are the same only when one's people are among the other's, or both
            // fall on the same day: Ruiz meeting Berg is not Ruiz meeting Lund.)
            var sameIndex = events.FindIndex(e => SameMeeting(e.Name, name)
                && !(e.Name.StartsWith("meeting of ", StringComparison.Ordinal) && name.StartsWith("meeting of ", StringComparison.Ordinal)
                     && !participants.All(e.Participants.Contains) && !e.Participants.All(participants.Contains)
                     && !(dateText is not null && dateText == e.DateText)));
            if (sameIndex >= 0)
            {
                var e = events[sameIndex];
                events[sameIndex] = e with
                {
                    Participants = e.Participants.Concat(participants).Distinct().ToList(),
                    Location = e.Location ?? location,
                    DateText = e.DateText ?? dateText,
                    Date = e.DateText is null ? ResolveDate(dateText, published, ahead) : e.Date,
                };
                continue;
            }
            // A meeting nobody is named in ("Berg, who is to hold those talks, said") tells an analyst nothing; nor does
            // a body's own ("the party will hold its spring conference in Bergen").
            if (participants.Count == 0) continue;
            if (participants.Count == 1 && noun >= 0 && Enumerable.Range(Math.Max(0, noun - 4), noun - Math.Max(0, noun - 4)).Any(j => toks[j].Text is "its" or "their")) continue;
            var evidence = Span.Of(text, sentence.Start, sentence.End);
            events.Add(new GraphEvent
            {
                Id = GraphIds.Event(articleId, EventTypes.Meeting, evidence),
                Type = EventTypes.Meeting,
                Name = name,
                DateText = dateText,
                Date = ResolveDate(dateText, published, ahead),
                Location = location,
                Participants = participants,
                Evidence = evidence,
                Confidence = participants.Count >= 2 ? 0.85 : 0.6,
            });
        }
        return events;
    }

    /// <summary>Whether "'s" and up to three lower-case words after the mention lead to another actor's name: "Nordbank's rival Brio".</summary>
    private static bool OwnsDescriptionOfNext(string text, ResolvedMention m, List<ResolvedMention> actors) =>
        (text.AsSpan(m.End).StartsWith("'s ") || text.AsSpan(m.End).StartsWith("\u2019s ")) && NameAfterWords(text, m.End + 2, actors);

    /// <summary>Whether, past "'s", up to three lower-case words (and a comma) after <paramref name="end"/> lead to an actor's name.</summary>
    private static bool NameAfterWords(string text, int end, List<ResolvedMention> actors)
    {
        var at = end;
        if (text.AsSpan(at).StartsWith("'s") || text.AsSpan(at).StartsWith("\u2019s")) at += 2;
        for (var words = 0; words <= 3; words++)
        {
            while (at < text.Length && text[at] is ' ' or ',') at++;
            if (words > 0 && actors.Any(o => o.Start == at)) return true;
            var stop = at;
            while (stop < text.Length && (char.IsLower(text[stop]) || text[stop] == '-')) stop++;
            if (stop == at) return false;
            at = stop;
        }
        return false;
    }

    /// <summary>Whether one of the three lower-case words after <paramref name="end"/> (past "'s") is a noun for people: "'s foreign minister".</summary>
    /// <summary>Whether a past-tense verb follows: "talks between Norway and Denmark broke down" (the country is the verb's subject, not a describer).</summary>
    private static bool PastVerbAfter(string text, int at)
    {
        if (at >= text.Length || text[at] != ' ') return false;
        var end = at + 1;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var word = text[(at + 1)..end];
        return word.Length > 0 && char.IsLower(word[0]) && (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) || Claims.SpeakerPhrases.IsIrregularPast(word));
    }

    private static bool PersonNounAfter(string text, int end)
    {
        var rest = text.AsSpan(end).StartsWith("'s") || text.AsSpan(end).StartsWith("\u2019s") ? text[(end + 2)..Math.Min(text.Length, end + 60)] : text[end..Math.Min(text.Length, end + 60)];
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).TakeWhile(w => w.Length > 0 && char.IsLower(w[0]))
            .Any(w => PeopleNouns.Contains(w.TrimEnd(',', '.')));
    }

    /// <summary>A press, news or media conference, or a conference call: one side speaking, no meeting of the sentence's actors.</summary>
    private static bool NotAMeeting(IReadOnlyList<Token> toks, int i) =>
        toks[i].Text.Equals("conference", StringComparison.OrdinalIgnoreCase)
        && (i > 0 && toks[i - 1].Text.ToLowerInvariant() is "press" or "news" or "media" || i + 1 < toks.Count && toks[i + 1].Text == "call")
        // "no meeting is set", "no formal talks": a meeting denied.
        || i > 0 && toks[i - 1].Text.ToLowerInvariant() is "no" || i > 1 && toks[i - 2].Text.ToLowerInvariant() is "no" && toks[i - 1].IsWord && char.IsLower(toks[i - 1].Text[0]);

    /// <summary>After "met", a meeting word after "at"/"during" is where they met, not the meeting's name ("met the minister at the ferry workers' winter conference").</summary>
    private static bool IsVenue(IReadOnlyList<Token> toks, int noun, int verb)
    {
        if (verb < 0 || noun < verb || toks[verb].Text.ToLowerInvariant() is not ("met" or "meet" or "meets")) return false;
        for (var j = noun - 1; j > verb && j >= noun - 7; j--)
        {
            if (toks[j].Text is "at" or "during") return true;
            if (toks[j].Text is "," or ";" or ":" or "." or "(" or ")") return false;
        }
        return false;
    }

    private static readonly FrozenSet<string> BeForms = new[] { "is", "are", "was", "were", "be", "been", "being", "'s" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that put "meet" on a pitch or a court: "will meet Berg in the semi-final", "could meet the second seed".
    private static readonly FrozenSet<string> FixtureWords = new[]
    {
        "match", "semi-final", "semi-finals", "quarter-final", "quarter-finals", "semi-finalists", "seed", "cup",
        "league", "replay", "tournament", "championship", "tie-break",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // A fixture word, a numbered round, or "the final" as a noun of its own ("in the final on Sunday", not "the final round of talks").
    private static bool IsFixture(IReadOnlyList<Token> toks, int k) =>
        FixtureWords.Contains(toks[k].Text)
        // A tournament's "second round", not "a new round of talks".
        || toks[k].Text is "round" && k > 0 && toks[k - 1].Text is "first" or "second" or "third" or "fourth" or "opening" or "next"
           && !(k + 2 < toks.Count && toks[k + 1].Text == "of" && MeetingNouns.Contains(toks[k + 2].Text))
        || toks[k].Text is "final" or "finals" && k > 0 && toks[k - 1].Text is "the" && (k + 1 == toks.Count || !toks[k + 1].IsWord || !char.IsLower(toks[k + 1].Text[0]) || toks[k + 1].Text is "on" or "in" or "at" or "of" or "against" or "next" or "this" or "if");

    // Who one meets when not named: "met port officials", "met envoys from Norway", "met him".
    private static readonly FrozenSet<string> PeopleNouns = new[]
    {
        "officials", "official", "representatives", "representative", "leaders", "leader", "ministers", "minister",
        "counterpart", "counterparts", "delegation", "delegations", "delegates", "envoy", "envoys", "executives",
        "bosses", "boss", "chiefs", "chief", "heads", "head", "members", "president", "premier", "chancellor",
        "secretary", "ambassador", "ambassadors", "diplomats", "negotiators", "unions", "union", "families", "relatives",
        "residents", "workers", "investors", "shareholders", "staff", "lawyers", "advisers", "aides", "MPs", "senators",
        "lawmakers", "councillors", "chairman", "governor", "mayor", "king", "queen", "pope", "prince", "figures",
        "him", "her", "them", "us", "me", "you", "other", "voters", "journalists", "reporters", "protesters",
        "campaigners", "activists", "victims", "survivors", "bankers", "creditors", "regulators", "groups", "owners",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether "met"/"meet" at <paramref name="i"/> reports a meeting (see <see cref="MeetingVerb"/>).</summary>
    internal static bool MeetsInThatSense(IReadOnlyList<Token> toks, int i, List<ResolvedMention> actors, bool sporting = false) =>
        MeetingVerb(toks, i, actors, -1, out _, sporting);

    /// <summary>
    /// Whether an article is a sports report: three or more words of games in it ("league", "striker", "seeded", "medal").
    /// There "meet" is a fixture ("Berg will meet Lund next"), unless what they meet for follows ("to discuss", "for talks").
    /// </summary>
    public static bool IsSporting(AnalyzedText analyzed)
    {
        var n = 0;
        foreach (var sentence in analyzed.Sentences)
            foreach (var t in sentence.Tokens)
                if (SportWords.Contains(t.Text) && ++n >= 3) return true;
        return false;
    }

    private static readonly FrozenSet<string> SportWords = new[]
    {
        "match", "matches", "league", "cup", "tournament", "championship", "championships", "semi-final", "semi-finals",
        "quarter-final", "quarter-finals", "seed", "seeded", "goal", "goals", "striker", "midfielder", "defender",
        "goalkeeper", "squad", "fixture", "fixtures", "tennis", "football", "rugby", "cricket", "medal", "olympic",
        "sprint", "hurdles", "marathon", "innings", "wicket", "penalty", "penalties",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool PurposeAfter(IReadOnlyList<Token> toks, int i)
    {
        for (var k = i + 1; k < toks.Count && k <= i + 10; k++)
            if (toks[k].Text is "discuss" or "talks" or "about" or "over" or "regarding" || MeetingNouns.Contains(toks[k].Text)) return true;
        return false;
    }

    /// <summary>
    /// Whether "held"/"met" at <paramref name="i"/> reports a meeting: "held" only with a meeting after it ("held
    /// talks", not "held at a camp", "on hold", "held on to win"), or as the passive of a meeting named before it
    /// ("a meeting ... will be held"); "met" with people or nobody after it ("met the minister", "they met in Oslo"),
    /// not a thing ("meet demand", "met Berg's pass", "did not meet the target") nor a passive ("was met
    /// by"). A denied or negated meeting ("denied he met him", "did not meet") and a fixture ("will meet Berg in the
    /// final") are none.
    /// </summary>
    private static bool MeetingVerb(IReadOnlyList<Token> toks, int i, List<ResolvedMention> actors, int nounBefore, out bool passiveHold, bool sporting = false)
    {
        passiveHold = false;
        if (Negated(toks, i)) return false;
        var passive = i > 0 && BeForms.Contains(toks[i - 1].Text);
        if (toks[i].Text.StartsWith("hold", StringComparison.OrdinalIgnoreCase) || toks[i].Text is "held" or "Held")
        {
            for (var k = i + 1; k < toks.Count && k <= i + 8; k++)
            {
                if (toks[k].Text is "." or ";" or ":" or "(") break;
                if (MeetingNouns.Contains(toks[k].Text)) return !NotAMeeting(toks, k);
            }
            passiveHold = passive && nounBefore >= 0;
            return passiveHold;
        }
        if (passive || i + 1 < toks.Count && toks[i + 1].Text is "by") return false;
        // "hoping to meet", "wants to meet", "is willing to meet": a wish, not a meeting held or planned.
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
            if (toks[k].Text.ToLowerInvariant() is "hoping" or "hopes" or "hope" or "want" or "wants" or "wanted" or "happy" or "willing" or "like"
                or "honored" or "honoured" or "glad" or "eager" or "delighted" or "love")
                return false;
        for (var k = 0; k < toks.Count; k++) if (IsFixture(toks, k)) return false;
        // (Past "met" in a sports report is mostly a meeting held, "met the manager in a hotel"; a past fixture has its
        // fixture word, "met in the final".)
        if (sporting && toks[i].Text is not "met" && !PurposeAfter(toks, i)) return false;
        // The object: the words up to the first stop; its head (before "from"/"of") is a named actor or people.
        var k0 = i + 1;
        while (k0 < toks.Count && toks[k0].Text is "with" or "up" or "privately" or "briefly" or "separately" or "again" or "later" or "secretly") k0++;
        var end = k0;
        while (end < toks.Count && toks[end].Text is not ("," or "." or ";" or ":" or "to" or "on" or "in" or "at" or "for" or "after"
                   or "before" or "during" or "amid" or "ahead" or "last" or "this" or "next" or "since" or "when" or "while" or "as"
                   or "but" or "because" or "(" or "-" or "\u2014" or "\u2013" or "and" or "from" or "of")) end++;
        // "They met as students", "met his future wife": how people came to know each other, not a meeting.
        if (toks[i].Text is "met" && k0 < toks.Count && toks[k0].Text is "as") return false;
        for (var k = k0; k < end && k < k0 + 3; k++)
            if (toks[k].Text is "future" || Partners.Contains(toks[k].Text)) return false;
        if (end == k0) return true; // "they met in Oslo", "are to meet"
        var head = toks[end - 1];
        return actors.Any(m => m.Start <= head.Start && head.End <= m.End && m.Kind is not MentionKind.Demonym) || PeopleNouns.Contains(head.Text);
    }

    private static readonly FrozenSet<string> Partners = new[]
    {
        "wife", "husband", "girlfriend", "boyfriend", "fiancee", "fianc\u00e9e", "fiance", "fianc\u00e9", "spouse", "bride",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Between a subject and "meet"/"held": "will", "has", "is due to", "would be happy to", "reportedly".
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "will", "would", "could", "can", "may", "might", "shall", "should", "must", "has", "have", "had", "is", "are", "was",
        "were", "be", "been", "to", "due", "set", "expected", "likely", "going", "scheduled", "planning", "plans", "plan",
        "hoping", "hopes", "hope", "agreed", "wants", "want", "wanted", "happy", "willing", "able", "also", "already",
        "then", "later", "again", "first", "finally", "last", "yesterday", "today", "both", "all", "now", "still", "once",
        "reported", "said", "alleged", "understood", "believed", "thought", "known", "being",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The actors of the subject that ends right before <paramref name="verb"/>, past auxiliaries and adverbs: "Acme
    /// will meet ...", "Heads of Acme and the Port Board are due to meet", "Nordic ministers are holding talks",
    /// "Both Acme and rival Brio held talks". Not every actor earlier in the sentence ("... flew to Norway's harbour
    /// festival and says she hopes to meet ...": only "she", which this stage does not resolve, so null: nobody else is
    /// the subject). Empty when no actor ends there or the one there follows a preposition.
    /// </summary>
    private static List<string>? SubjectActors(IReadOnlyList<Token> toks, int verb, List<ResolvedMention> actors, Func<int, string?> antecedent)
    {
        var found = new List<string>();
        var k = verb - 1;
        while (k >= 0 && (Auxiliaries.Contains(toks[k].Text) || toks[k].IsWord && toks[k].Text.Length > 4 && toks[k].Text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(toks[k].Text[0]))) k--;
        // "He met ...", "Ruiz, who will hold talks ...": the one they stand for, where the text leaves no doubt.
        if (k >= 0 && toks[k].Text.ToLowerInvariant() is "he" or "she" or "who") return antecedent(k) is { } one ? [one] : null;
        // "they hope to meet ...": a pronoun this stage does not resolve; nobody else is the subject.
        if (k >= 0 && toks[k].Text.ToLowerInvariant() is "they" or "it" or "we" or "i") return null;
        // "Nordic ministers are holding talks", "Acme bosses have held ...": the people of an actor.
        if (k >= 0 && PeopleNouns.Contains(toks[k].Text)) k--;
        while (k >= 0)
        {
            // "The Harbour Board (HB) will hold ...": past a bracket.
            if (toks[k].Text is ")")
            {
                while (k >= 0 && toks[k].Text is not "(") k--;
                k--;
                continue;
            }
            var at = toks[k];
            var m = actors.LastOrDefault(a => a.Start <= at.Start && at.End <= a.End);
            if (m is null) break;
            found.Add(m.EntityId);
            while (k >= 0 && toks[k].Start >= m.Start) k--;
            // "Both Acme and rival Brio", "Heads of A and the B", "Ms Ruiz and First Minister Jon
            // Berg": words before a coordinated actor.
            var j = k;
            var words = 0;
            while (j >= 0 && words < 3 && toks[j].IsWord && !NotADescriptor.Contains(toks[j].Text)) { j--; words++; }
            if (j >= 0 && toks[j].Text is "and" or "," or "&")
            {
                k = j - 1;
                continue;
            }
            break;
        }
        // "councillors who back Ruiz met Berg": an actor inside a "who" clause is not who met.
        for (var j = k; j >= 0 && j >= k - 2 && found.Count > 0; j--)
            if (toks[j].Text is "who" or "which") return null;
        // "... flew to Norway to hold talks", "Heads of A and B are due to meet": an actor after a preposition is
        // no subject (the caller then takes the clause's actors).
        if (k >= 0 && toks[k].Text is "to" or "in" or "at" or "from" or "for" or "with" or "of" or "by" or "on" or "into") found.Clear();
        found.Reverse();
        return found;
    }

    /// <summary>
    /// Who "he"/"she" or "who" at <paramref name="k"/> is: for "who", the actor named right before ", who"; for "he" and
    /// "she", the one person named earlier in the sentence or, if none is, in the sentence before (none if two are).
    /// </summary>
    private static string? Antecedent(ResolvedEntities entities, IReadOnlyList<Sentence> sentences, int s, IReadOnlyList<Token> toks, int k, List<ResolvedMention> actors)
    {
        if (toks[k].Text.Equals("who", StringComparison.OrdinalIgnoreCase))
            return k >= 2 && toks[k - 1].Text == "," && actors.LastOrDefault(a => a.End == toks[k - 1].Start) is { } named ? named.EntityId : null;
        List<string> People(int from, int to) => entities.Within(from, to)
            .Where(m => m.Kind == MentionKind.Name && entities[m.EntityId]?.Type == EntityType.Person).Select(m => m.EntityId).Distinct().ToList();
        var here = People(sentences[s].Start, toks[k].Start);
        if (here.Count > 0 || s == 0) return here.Count == 1 ? here[0] : null;
        var before = People(sentences[s - 1].Start, sentences[s - 1].End);
        return before.Count == 1 ? before[0] : null;
    }

    private static bool AfterPreposition(IReadOnlyList<Token> toks, ResolvedMention m)
    {
        var k = -1;
        for (var i = 0; i < toks.Count && toks[i].End <= m.Start; i++) k = i;
        if (k >= 0 && toks[k].Text is "the") k--;
        return k >= 0 && toks[k].Text is "to" or "in" or "at" or "from" or "for" or "into" or "on" or "by" or "with";
    }

    private static readonly FrozenSet<string> NotADescriptor = new[]
    {
        "of", "to", "in", "at", "from", "for", "with", "by", "on", "into", "that", "who", "which", "and", "but", "said", "says",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool Negated(IReadOnlyList<Token> toks, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 12; k--)
        {
            var w = toks[k].Text;
            if (w is "," or ";" or "." or "but") break;
            if (k >= i - 6 && w is "not" or "n't" or "never" or "denied" or "denies" or "deny" or "refused" or "refuses" or "declined" or "unwilling" or "no") return true;
            // "had no plan this year to visit the yard or meet with ...": further back, only a plan denied.
            if (w.ToLowerInvariant() is "no" && k + 1 < i && toks[k + 1].Text is "plans" or "plan" or "intention" or "intentions") return true;
        }
        return false;
    }

    /// <summary>
    /// Where the list of those met ends: at the first of <paramref name="stops"/>, a full stop or semicolon, or a
    /// comma that does not go on with the list ("met Ana Ruiz, Tom Berg and Eva Holm", "talks with his counterpart,
    /// Tom Berg, and the union leader, Eva Holm"; not "met Ana Ruiz, who said ...").
    /// </summary>
    private static int ListEnd(IReadOnlyList<Token> toks, int from, List<ResolvedMention> actors, int fallback, params string[] stops)
    {
        for (var i = from; i < toks.Count; i++)
        {
            var t = toks[i].Text;
            if (t is "." or ";" || stops.Contains(t)) return toks[i].Start;
            if (t is not ",") continue;
            var next = i + 1 < toks.Count ? toks[i + 1] : default;
            // (A name after the comma goes on with the list when the list goes on after it: "..., Reuters quoted" does not.)
            var goesOn = i + 1 < toks.Count && (next.Text is "and" or "the" or "his" or "her" or "their" or "its"
                || actors.FirstOrDefault(m => m.Start == next.Start) is { } named
                   && toks.FirstOrDefault(x => x.Start >= named.End) is { Text: "," or "and" or "." or ";" or "in" or "on" or "at" or "to" or "for" } );
            if (!goesOn) return toks[i].Start;
        }
        return fallback;
    }

    private static int StartOfFirst(IReadOnlyList<Token> toks, int from, Func<Token, bool> predicate, int fallback)
    {
        for (var i = from; i < toks.Count; i++) if (predicate(toks[i])) return toks[i].Start;
        return fallback;
    }

    /// <summary>The noun phrase around the meeting noun: "first meeting of the intergovernmental dialogue on AI".</summary>
    /// <summary>Words and marks that end a meeting's name: a verb or clause after it, an aside, a quote.</summary>
    private static readonly FrozenSet<string> EndsName = new[]
    {
        "is", "are", "will", "would", "could", "has", "have", "had", "be", "due", "which", "who", "that", "amid", "despite",
        "after", "before", "since", "-", "\u2013", "\u2014", "\"", "\u201C", "\u201D", "(", ")", ":",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words that do not describe a meeting, so do not open its name ("when talks", "revive peace talks").</summary>
    private static readonly FrozenSet<string> NotModifiers = new[]
    {
        "when", "where", "while", "whether", "if", "so", "then", "also", "already", "still", "even", "not", "revive", "resume",
        "start", "begin", "end", "continue", "attend", "attended", "join", "joined", "call", "called", "cancel", "cancelled",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static string NameOf(string text, IReadOnlyList<Token> toks, int noun)
    {
        var start = noun;
        while (start > 0 && toks[start - 1].IsWord && !NameStops.Contains(toks[start - 1].Text)
               && !MeetVerbs.Contains(toks[start - 1].Text) && !NotModifiers.Contains(toks[start - 1].Text) && char.IsLower(toks[start - 1].Text[0])) start--;
        var end = noun;
        // The name runs on through "of ..." and "on <topic>" but stops at a place, a date, a verb or punctuation.
        while (end + 1 < toks.Count)
        {
            var next = toks[end + 1].Text;
            if (next is "," or "." or "in" or "was" or "were" or "between" or "with" or "based" or "held" or ";" or "at"
                || EndsName.Contains(next)) break;
            if (next == "on" && (end + 2 >= toks.Count || DateWords.Contains(toks[end + 2].Text))) break;
            end++;
            if (end - noun > 12) break;
        }
        return text[toks[start].Start..toks[end].End];
    }

    private static bool SameMeeting(string a, string b)
    {
        static HashSet<string> Words(string s) => s.ToLowerInvariant().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToHashSet();
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0) return false;
        var common = wa.Intersect(wb).Count();
        return common >= 2 && common * 2 >= Math.Min(wa.Count, wb.Count);
    }

    /// <summary>
    /// Whether the words before the meeting's word at <paramref name="at"/> speak of a meeting still to come: "will meet",
    /// "are due to hold talks", "is scheduled to meet", "plans to meet", "next week's summit".
    /// </summary>
    private static bool LooksAhead(IReadOnlyList<Token> toks, int at)
    {
        for (var i = Math.Max(0, at - 6); i < at; i++)
        {
            var w = toks[i].Text;
            if (w is "will" or "Will" or "'ll" or "shall" or "upcoming" or "scheduled" || w is "due" or "expected" or "set" && i + 1 < toks.Count && toks[i + 1].Text is "to"
                || w is "plans" or "planning" or "hopes" or "intends" && i + 1 < toks.Count && toks[i + 1].Text is "to"
                || w is "next" && i + 1 < toks.Count && toks[i + 1].Text is "week" or "month" or "year" or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday")
                return true;
        }
        return false;
    }

    /// <summary>A verb of saying, also in "-ing" ("announcing", "telling").</summary>
    private static bool IsSpeechWord(string w) =>
        Claims.CueLexicon.Speech.Contains(w) || w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5
        && (Claims.CueLexicon.Speech.Contains(w[..^3] + "es") || Claims.CueLexicon.Speech.Contains(w[..^3] + "s") || Claims.CueLexicon.Speech.Contains(w[..^3] + "ed"));

    /// <summary>
    /// The date the sentence gives its meeting (at <paramref name="at"/>): the first after the meeting's word, else the
    /// first before it; not one that dates a report of it ("officials said Wednesday", "told reporters Thursday").
    /// </summary>
    private static string? DateText(string text, IReadOnlyList<Token> toks, int at)
    {
        var after = Enumerable.Range(Math.Max(0, at), Math.Max(0, toks.Count - Math.Max(0, at)));
        foreach (var i in after.Concat(Enumerable.Range(0, Math.Max(0, at))))
        {
            // "next week", "last month", "later this year": kept as text.
            if (toks[i].Text is "week" or "month" or "year" && i > 0 && toks[i - 1].Text is "next" or "last" or "this"
                && !(i >= 2 && IsSpeechWord(toks[i - 2].Text)) && !(i >= 3 && IsSpeechWord(toks[i - 3].Text)))
                return text[toks[i > 1 && toks[i - 2].Text is "later" or "earlier" ? i - 2 : i - 1].Start..toks[i].End];
            if (!DateWords.Contains(toks[i].Text)) continue;
            if (i >= 1 && IsSpeechWord(toks[i - 1].Text) || i >= 2 && IsSpeechWord(toks[i - 2].Text) && toks[i - 1].IsWord) continue;
            var end = i;
            // "12 May 2024", "May 12, 2024"
            while (end + 1 < toks.Count && (toks[end + 1].Kind == TokenKind.Number || toks[end + 1].Text == "," && end + 2 < toks.Count && toks[end + 2].Kind == TokenKind.Number)) end++;
            var start = i > 0 && toks[i - 1].Kind == TokenKind.Number ? i - 1 : i;
            return text[toks[start].Start..toks[end].End];
        }
        return null;
    }

    /// <summary>
    /// A full date (day, month and a four-digit year) is resolved as written; a day and month without a year, a
    /// weekday, "yesterday", "today" or "tomorrow" only against a known publication date (a weekday of a meeting still
    /// to come, <paramref name="ahead"/>, is the next such day); anything else stays text. (A bare
    /// "13 January" is not the year 2013.)
    /// </summary>
    internal static string? ResolveDate(string? dateText, string? published, bool ahead = false)
    {
        if (dateText is null) return null;
        var numbers = System.Text.RegularExpressions.Regex.Matches(dateText, @"\d+").Select(m => m.Value).ToList();
        var hasYear = numbers.Any(n => n.Length == 4);
        var hasDay = numbers.Any(n => n.Length <= 2 && int.Parse(n, CultureInfo.InvariantCulture) is >= 1 and <= 31);
        // (The reader's date parser: it knows "Sept." and refuses a day the month has not.)
        if (hasYear && hasDay && Reading.ArticleReader.ParseDate(dateText) is { } full) return full;
        if (hasYear) return null; // a month and a year, or something unreadable: no day to give
        if (published is null || !DateTime.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var pub)) return null;
        if (hasDay && DateTime.TryParse($"{dateText} {pub.Year}", CultureInfo.InvariantCulture, DateTimeStyles.None, out var inYear))
        {
            // The year is the publication's, or the one next to it that puts the date within half a year of it.
            if ((inYear - pub).TotalDays > 183) inYear = inYear.AddYears(-1);
            else if ((pub - inYear).TotalDays > 183) inYear = inYear.AddYears(1);
            return inYear.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (Enum.TryParse<DayOfWeek>(dateText, out var day))
        {
            // News uses a bare weekday for the most recent such day on or before publication, or, for a meeting still to
            // come ("will meet on Thursday"), the next such day on or after it.
            var back = ((int)pub.DayOfWeek - (int)day + 7) % 7;
            var forward = ((int)day - (int)pub.DayOfWeek + 7) % 7;
            return (ahead ? pub.AddDays(forward) : pub.AddDays(-back)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return dateText.ToLowerInvariant() switch
        {
            "yesterday" => pub.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "today" => published,
            "tomorrow" => pub.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>"A and B", "A, B and C".</summary>
    private static string Listed(IReadOnlyList<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
