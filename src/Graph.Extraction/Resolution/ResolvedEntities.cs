using Graph.Core.Model;

namespace Graph.Extraction.Resolution;

/// <summary>A mention tied to the entity it refers to.</summary>
public sealed record ResolvedMention(int Start, int End, string Text, MentionKind Kind, string EntityId)
{
    public Span Span => new(Start, End, Text);
}

/// <summary>
/// The article's entities as the resolver built them: one per real-world actor or place, with every mention,
/// and the relations that the names themselves state ("US President Joe Biden", "X, deputy director of Y").
/// </summary>
public sealed record ResolvedEntities(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<ResolvedMention> Mentions,
    IReadOnlyList<Relation> Relations)
{
    private readonly Dictionary<string, Entity> byId = Entities.ToDictionary(e => e.Id);

    public Entity? this[string id] => byId.GetValueOrDefault(id);

    // The resolver lists mentions by start; then a span's mentions are found by binary search, not a scan.
    private readonly bool byStart = Mentions.Zip(Mentions.Skip(1)).All(p => p.First.Start <= p.Second.Start);

    /// <summary>
    /// The actor mentions inside [start, end), in text order, without those that only describe the named actor after
    /// them: a country or an institution in a title ("Italian Prime Minister Marco Bellini", "Port Board chief
    /// executive Ana Ruiz", "Treasury adviser Ann Berg") or a country before a firm ("Swiss ferry firm Brio", "US bank
    /// Acme Trust"). There the named one is the actor who meets or acts, and the other is what the words say
    /// of them. A nationality standing for an unnamed person ("The Swede could meet ...") is nobody to meet.
    /// </summary>
    public List<ResolvedMention> ActorsWithin(string text, int start, int end)
    {
        var actors = Within(start, end).Where(m => this[m.EntityId] is { } e && Entity.IsActor(e.Type)).ToList();
        return actors.Where((m, k) => !(k + 1 < actors.Count && Describes(text, m, actors[k + 1]))
                                      && !(m.Kind == MentionKind.Demonym && !IsPeoplesPlural(m) && StandsForAPerson(text, m))).ToList();
    }

    private bool Describes(string text, ResolvedMention m, ResolvedMention next)
    {
        if (next.Kind != MentionKind.Name || this[m.EntityId]?.Type is not (EntityType.Country or EntityType.Institution)) return false;
        var gap = text.AsSpan(m.End, Math.Max(0, next.Start - m.End));
        // ("Danish ferry boss Ana Ruiz": any words may be the role after a nationality; not after a people's plural,
        // "Danes backed Ana Ruiz".)
        var adjective = m.Kind == MentionKind.Demonym && !IsPeoplesPlural(m);
        return this[next.EntityId]?.Type switch
        {
            EntityType.Person => TitleOnly(gap) && (this[m.EntityId]?.Type == EntityType.Country || !gap.Trim().IsEmpty)
                                 || RoleWords(gap, RoleNouns, adjective)
                                 // "US bank Acme Trust" with the firm taken for a person.
                                 || this[m.EntityId]?.Type == EntityType.Country && RoleWords(gap, FirmNouns, false),
            // "Swiss ferry firm Brio", "the Danish Port Board", "the US Treasury".
            EntityType.Institution => this[m.EntityId]?.Type == EntityType.Country && (gap.IsWhiteSpace() && gap.Length > 0 || RoleWords(gap, FirmNouns, adjective)),
            _ => false,
        };
    }

    // Up to four capitalised title words ("Prime Minister", "Secretary of State"), perhaps after a possessive.
    private static bool TitleOnly(ReadOnlySpan<char> gap)
    {
        var words = 0;
        foreach (var range in gap.Split(' '))
        {
            var w = gap[range];
            if (w.IsEmpty || w is "'s" or "\u2019s" or "of") continue;
            if (!char.IsUpper(w[0]) || ++words > 4) return false;
            foreach (var c in w) if (!char.IsLetter(c) && c is not ('.' or '-')) return false;
        }
        return true;
    }

    // One to three words, capitalised titles or lower-case words of the list, the last of them from the list
    // ("chief executive", "boss", "Home Office adviser"); after a nationality any lower-case words ("cement firm").
    private static bool RoleWords(ReadOnlySpan<char> gap, IReadOnlySet<string> nouns, bool anyLower)
    {
        var words = 0;
        var last = "";
        foreach (var range in gap.Split(' '))
        {
            var w = gap[range];
            if (w.IsEmpty || w is "'s" or "\u2019s") continue;
            if (++words > 3) return false;
            foreach (var c in w) if (!char.IsLetter(c) && c is not '-') return false;
            var word = w.ToString();
            if (char.IsLower(w[0]) && !nouns.Contains(word) && !(anyLower && !FunctionWords.Contains(word))) return false;
            last = word;
        }
        return words > 0 && (nouns.Contains(last) || anyLower && char.IsLower(last[0]) && !FunctionWords.Contains(last));
    }

    // "The Swede", "the Dane": a nationality after an article with no noun of its own after it.
    /// <summary>
    /// A people's plural ("Danes", "Americans", "Republicans", "the Tories"): a word for the people of a country or the
    /// members of a party, which may stand for the body; the singular ("Danish", "Republican") describes someone.
    /// </summary>
    internal static bool IsPeoplesPlural(ResolvedMention m) => m.Kind == MentionKind.Demonym && m.Text.EndsWith('s');

    /// <summary>
    /// A nationality word that is the adjective and the people's plural alike ("Chinese", "French", "British", "Swiss",
    /// "Welsh"): after "the" with no noun it is the people ("the Chinese pledged"), never one person ("the Dane said",
    /// "the Czech scored").
    /// </summary>
    internal static bool IsAdjectiveFormDemonym(string word) =>
        word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
        || word is "Welsh" or "French" or "Dutch" or "Swiss";

    internal static bool StandsForAPerson(string text, ResolvedMention m)
    {
        if (IsAdjectiveFormDemonym(m.Text)) return false;
        var before = text.AsSpan(0, m.Start).TrimEnd();
        // ("the 41-year-old Dane": past the age.)
        var lastSpace = before.LastIndexOfAny(' ', '\n');
        if (before[(lastSpace + 1)..] is var age && age.EndsWith("-year-old", StringComparison.Ordinal) && age.Length > 9 && char.IsDigit(age[0]))
            before = before[..(lastSpace + 1)].TrimEnd();
        if (!(before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase)
              || before.EndsWith("\nthe", StringComparison.OrdinalIgnoreCase))) return false;
        var after = text.AsSpan(m.End).TrimStart(' ');
        return after.IsEmpty || !char.IsLetter(after[0]) || char.IsLower(after[0]) && NotANounAfter(after);
    }

    // After "The Swede" comes a verb or a function word ("could", "will", "has", "beat"), not a noun of the
    // nationality ("the Swedish side", "the Swiss bank").
    private static bool NotANounAfter(ReadOnlySpan<char> after)
    {
        var space = after.IndexOfAny(' ', ',', '.');
        var word = (space < 0 ? after : after[..space]).ToString();
        return FunctionWords.Contains(word) || VerbsAfterNationality.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// A noun for a person by role or job ("chief executive", "secretary", "deputy", "coach") or by what they are to the
    /// story ("resident", "voter", "wife"): the entity stage's describing nouns, which a name set off after it names.
    /// </summary>
    internal static bool IsPersonNoun(string word) =>
        RoleNouns.Contains(word) || EntityResolver.IsDescribingNoun(word) || word is "wife" or "husband" or "friend" or "fan" or "expert" or "chair" or "CEO";

    private static readonly IReadOnlySet<string> RoleNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "chief", "executive", "boss", "head", "president", "chairman", "chairwoman", "director", "leader", "minister",
        "secretary", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "official", "officer", "manager",
        "coach", "captain", "ambassador", "envoy", "governor", "economist", "analyst", "founder", "owner", "editor",
        "correspondent", "negotiator", "commissioner", "chancellor", "premier", "general", "deputy", "aide",
        "striker", "defender", "midfielder", "goalkeeper", "player", "star", "winger", "forward", "lawyer", "member",
    };

    private static readonly IReadOnlySet<string> FirmNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "bank", "firm", "company", "group", "giant", "carmaker", "retailer", "airline", "operator", "maker", "insurer",
        "broker", "lender", "exchange", "club", "side", "team", "agency", "network", "channel", "newspaper", "paper",
        "broadcaster", "producer", "supplier", "rival", "conglomerate", "manufacturer", "chain", "label", "studio",
    };

    private static readonly IReadOnlySet<string> FunctionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "and", "or", "but", "with", "to", "the", "a", "an", "of", "in", "on", "for", "by", "from", "at", "as", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
        "must", "said", "says", "met", "meet", "meets", "beat", "won", "lost", "that", "who", "which", "also", "now",
        "then", "still", "did", "does", "do", "not", "faces", "face", "plays", "play", "takes", "take", "made",
    };

    /// <summary>
    /// Whether the text between a body's (or country's) name and a person's name after it is only the person's title in
    /// lower case, perhaps after a second body joined by "and": "Acme chief executive [Ana Ruiz]", "Westhaven and Norway
    /// striker [Tom Beck]". The body is then the person's, not an actor beside them.
    /// </summary>
    internal static bool TitleOfNext(ReadOnlySpan<char> between) => TitleBetween.IsMatch(between);

    private static readonly System.Text.RegularExpressions.Regex TitleBetween = new(
        @"^ (?:and (?:[A-Z][\w'.\-]* ){1,3})?(?:(?!(?:and|or|of|the|a|an|to|for|with|by|in|on|at|from|said|says|told|met|meets|meet) )[a-z][\w\-]* ){1,3}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a noun, not a function word, follows the space at <paramref name="at"/>: "US radio", "UK investors", "US TV"
    /// (a country's name before it describes the noun); not "the US that ...", "the UK on Monday".
    /// </summary>
    internal static bool NounAfter(string text, int at)
    {
        if (at >= text.Length || text[at] != ' ') return false;
        var end = at + 1;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) end++;
        var word = text[(at + 1)..end];
        return word is "TV" or "DVD" or "CD" or "PC" || word.Length > 0 && char.IsLower(word[0]) && !NotANoun.Contains(word);
    }

    private static readonly IReadOnlySet<string> NotANoun = new HashSet<string>(StringComparer.Ordinal)
    {
        "that", "to", "of", "in", "on", "at", "for", "with", "about", "over", "and", "or", "but", "as", "by", "from", "after",
        "before", "since", "until", "if", "when", "while", "is", "was", "were", "are", "has", "had", "have", "would", "will",
        "could", "should", "may", "might", "must", "can", "not", "into", "against", "during", "last", "this", "next",
        "again", "earlier", "later", "yesterday", "today", "itself", "too", "also", "once", "so", "because", "despite",
        "it", "he", "she", "they", "we", "i", "you",
    };

    // Verbs after a nationality noun for a person ("the Frenchman told", "the Swede thinks") that do not end in "-ed".
    private static readonly IReadOnlySet<string> VerbsAfterNationality = new HashSet<string>(StringComparer.Ordinal)
    {
        "told", "tells", "thinks", "thought", "knew", "knows", "felt", "feels", "took", "gave", "came", "went", "wants",
        "believes", "hopes", "ran", "left", "held", "got", "saw", "hit", "admits", "insists", "adds", "warns", "claims",
    };

    /// <summary>Mentions that lie inside [start, end), in text order.</summary>
    public IEnumerable<ResolvedMention> Within(int start, int end) =>
        byStart ? Slice(start, end) : Mentions.Where(m => m.Start >= start && m.End <= end);

    private IEnumerable<ResolvedMention> Slice(int start, int end)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Mentions[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < Mentions.Count && Mentions[i].Start <= end; i++)
            if (Mentions[i].End <= end) yield return Mentions[i];
    }
}
