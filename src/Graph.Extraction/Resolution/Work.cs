using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Graph.Core.Ids;
using Graph.Core.Model;
using Graph.Extraction.Entities.Statistical;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>The resolver's scratch state for one article; only <see cref="Build"/> leaves it, as immutable records.</summary>
internal sealed class Work(string text, string articleId, Gazetteer gazetteer)
{
    private sealed class Draft(string id, EntityType type, string name)
    {
        public string Id { get; } = id;
        public EntityType Type { get; } = type;
        public string Name { get; set; } = name;
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        public List<Mention> Mentions { get; } = [];
        public SortedDictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);
        public int FirstStart { get; set; } = int.MaxValue;
    }

    private readonly Dictionary<string, Draft> drafts = new(StringComparer.Ordinal);
    private readonly List<ResolvedMention> mentions = [];
    private readonly List<Relation> relations = [];
    private readonly List<(string Actor, int Start, int End, string Role)> pending = [];
    private readonly List<(string Id, string[] Tokens)> people = [];
    // Indexes over the mentions: the resolver asks "what starts/ends here" and "is this covered" for every token.
    private readonly Dictionary<int, List<ResolvedMention>> byStart = [];
    private readonly Dictionary<int, List<ResolvedMention>> byEnd = [];
    private readonly HashSet<(int, int)> spans = [];
    private readonly bool[] covered = new bool[text.Length];
    private readonly Dictionary<string, string> institutionByAcronym = new(StringComparer.Ordinal);

    public string Text { get; } = text;
    public string ArticleId { get; } = articleId;

    public bool IsCovered(int start, int end)
    {
        for (var i = start; i < end; i++)
            if (covered[i]) return true;
        return false;
    }

    public bool IsCountryMention(int start) =>
        byStart.TryGetValue(start, out var list) && list.Exists(m => m.EntityId.StartsWith("country:", StringComparison.Ordinal));

    public void AddPlace(int start, int end, TokenIndex tokens)
    {
        if (Text.AsSpan(start, end - start).StartsWith("the ", StringComparison.OrdinalIgnoreCase)) start += 4;
        var name = Text[start..end];
        if (gazetteer.CountryByName(name) is { } country)
        {
            // "Georgia" is a country and a US state: in an article on US states, the state.
            if (gazetteer.UsState(name) is { } sameName && sameName.Name == name && IsUsStateHere(country, start, end))
            {
                var stateId = Add(GraphIds.Entity(EntityType.Location, name), EntityType.Location, name, start, end, MentionKind.Name);
                drafts[stateId].Properties["country"] = "us";
                return;
            }
            AddCountryMention(country, start, end, MentionKind.Name);
            return;
        }
        if (gazetteer.CityByName(name) is { } city)
        {
            // A capital acting ("Washington has ...", "Beijing said") is its government: a mention of the country.
            if (city.IsCapital && IsMetonym(tokens, start, end) && gazetteer.CountryByIso(city.Iso) is { } capitalOf)
            {
                AddCountryMention(capitalOf, start, end, MentionKind.Name);
                return;
            }
            var id = Add(GraphIds.Entity(EntityType.Location, city.Name), EntityType.Location, city.Name, start, end, MentionKind.Name);
            drafts[id].Properties["country"] = city.Iso.ToLowerInvariant();
            foreach (var a in city.Aliases) drafts[id].Aliases.Add(a);
            return;
        }
        if (gazetteer.InstitutionByName(name) is { } inst)
        {
            AddInstitution(inst.Name, start, end, inst.Iso, inst.Aliases);
            return;
        }
        if (UsStateAt(start, ref end) is { } state)
        {
            // "Buffalo, N.Y." is in the state, not the city the gazetteer knows by the same name.
            var stateName = gazetteer.CityByName(state.Name) is null ? state.Name : state.Name + " State";
            var id = Add(GraphIds.Entity(EntityType.Location, stateName), EntityType.Location, stateName, start, end, MentionKind.Name);
            drafts[id].Properties["country"] = "us";
            return;
        }
        Add(GraphIds.Entity(EntityType.Location, name), EntityType.Location, name, start, end, MentionKind.Name);
    }

    /// <summary>
    /// Whether a name that is both a country's and a US state's ("Georgia") means the state at
    /// <paramref name="start"/>: not when the article uses the country's demonym ("Georgian") or names its capital;
    /// else as the names listed beside it are ("Virginia, Georgia and Alabama", "Cyprus, Georgia, India"); else the
    /// state when the article names another US state, or this one by its short form after a place ("Clarkston, Ga.").
    /// </summary>
    private bool IsUsStateHere(CountryEntry country, int start, int end)
    {
        bool Named(string word) => Text.Contains(word, StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(Text, @"\b" + System.Text.RegularExpressions.Regex.Escape(word) + @"\b");
        if (country.Demonyms.Any(Named) || gazetteer.Cities.Any(c => c.IsCapital && c.Iso == country.Iso && Named(c.Name))) return false;
        foreach (var neighbour in ListNeighbours(start, end))
        {
            if (gazetteer.UsState(neighbour) is { } s && s.Name == neighbour) return true;
            if (gazetteer.CountryByName(neighbour) is not null) return false;
        }
        var name = Text[start..end];
        // "Clarkston, Ga." names the state by its short form.
        var state = gazetteer.UsState(name)!;
        return gazetteer.UsStates.Any(s => s.Name != name && Named(s.Name)) || state.Abbreviations.Any(a => a.Contains('.') && Text.Contains(", " + a, StringComparison.Ordinal));
    }

    /// <summary>The capitalised names right before and after the span in a list: "A, [span], B and C".</summary>
    private IEnumerable<string> ListNeighbours(int start, int end)
    {
        foreach (var joint in (string[])[", ", " and "])
        {
            if (Text.AsSpan(0, start).EndsWith(joint, StringComparison.Ordinal) && CapitalisedRunEndingAt(start - joint.Length) is { } b) yield return b;
            if (Text.AsSpan(end).StartsWith(joint, StringComparison.Ordinal) && CapitalisedRunStartingAt(end + joint.Length) is { } a) yield return a;
        }
    }

    private string? CapitalisedRunEndingAt(int end)
    {
        var start = end;
        while (start > 0 && (char.IsLetter(Text[start - 1]) || Text[start - 1] == ' ' && start >= 2 && char.IsUpper(Text[start]) && char.IsLetter(Text[start - 2]) && IsCapitalisedWordEndingAt(start - 1))) start--;
        return start < end && char.IsUpper(Text[start]) ? Text[start..end] : null;
    }

    private bool IsCapitalisedWordEndingAt(int end)
    {
        var s = end;
        while (s > 0 && char.IsLetter(Text[s - 1])) s--;
        return s < end && char.IsUpper(Text[s]);
    }

    private string? CapitalisedRunStartingAt(int start)
    {
        if (start >= Text.Length || !char.IsUpper(Text[start])) return null;
        var end = start;
        while (end < Text.Length && (char.IsLetter(Text[end]) || Text[end] == ' ' && end + 1 < Text.Length && char.IsUpper(Text[end + 1]))) end++;
        return Text[start..end];
    }

    /// <summary>
    /// A US state by its short form after a place and a comma or in brackets ("Bridgeport, Conn.", "(N.H.)"), with its
    /// full stop, which the tokenizer leaves apart ("Conn" "."): <paramref name="end"/> then takes it in. Not a
    /// two-letter postal code, which are English words ("IN", "OR", "ME"), and not a state named in full, which stays
    /// the place the model found (a firm may go by one: "Texas" for Texas Instruments).
    /// </summary>
    private UsStateEntry? UsStateAt(int start, ref int end)
    {
        var name = Text[start..end];
        var withStop = end < Text.Length && Text[end] == '.' && !name.EndsWith('.') ? name + "." : name;
        if (!withStop.EndsWith('.') || gazetteer.UsState(withStop) is not { } state) return null;
        var opened = start >= 2 && Text[start - 2] == ',' && Text[start - 1] == ' ' || start >= 1 && Text[start - 1] == '(';
        if (!opened) return null;
        end = start + withStop.Length;
        return state;
    }

    private static bool IsMetonym(TokenIndex tokens, int start, int end)
    {
        var before = tokens.WordsBefore(start, 1);
        // "the government in Cairo", "the authorities in Minsk": the capital stands for the state whose government it seats.
        // (Not a city's own: "the city government in Berlin", "local authorities in Paris".)
        if (before.Count > 0 && before[0].Text is "in" && tokens.WordsBefore(start, 3) is var three && three.Count >= 2
            && three[^2].Text.ToLowerInvariant() is "government" or "authorities" or "leadership" or "regime")
            return !(three.Count == 3 && three[0].Text.ToLowerInvariant() is "city" or "municipal" or "local" or "regional" or "provincial" or "state" or "county" or "town" or "district");
        if (before.Count > 0 && before[0].Text.ToLowerInvariant() is "in" or "to" or "from" or "at" or "near" or "visit" or "visited" or "of" or "via" or "outside" or "between" or "and")
            return false;
        var after = tokens.WordsAfter(end, 2);
        // "was welcomed last year by Beijing, which ...", "criticised by Washington.": the agent of a verb of reacting or
        // judging is its government (not "followed by Oslo and Bergen", "beaten by Madrid", "by London architects").
        if (before.Count > 0 && before[0].Text is "by")
            return JudgedBefore(tokens, start)
                && (after.Count == 0 || after[0].Text.ToLowerInvariant() is "which" or "who" or "on" or "in" or "at" or "as" or "last" or "this"
                    or "after" or "over" or "for" or "earlier" or "yesterday" or "today");
        if (after.Count == 0) return false;
        var next = after[0].Text.ToLowerInvariant();
        if (next is "has" or "have" or "had" or "is" or "was" or "will" or "would" or "should" or "could" or "can"
            or "must" or "said" or "says" or "wants" or "insists" or "believes" or "argues" or "claims" or "claimed"
            or "accused" or "warned" or "warns" or "rejected" or "denied" or "announced" or "hopes" or "needs" or "sees"
            or "'s" or "appears" or "seems" or "responded" or "urged" or "insisted" or "imposed" or "has")
            return true;
        return after.Count > 1 && next is "has" or "had" && after[1].Text is "apparently" or "already";
    }

    /// <summary>
    /// A participle of reacting, judging or using within four words before the "by" that precedes <paramref name="start"/>:
    /// "welcomed at first by", "viewed warily by", "used by".
    /// </summary>
    private static bool JudgedBefore(TokenIndex tokens, int start) =>
        tokens.WordsBefore(start, 6).SkipLast(1).TakeLast(5).Any(w => w.Text.ToLowerInvariant() is "welcomed" or "criticised" or "criticized"
            or "condemned" or "rejected" or "praised" or "backed" or "opposed" or "denied" or "accused" or "attacked" or "blamed" or "dismissed"
            or "questioned" or "challenged" or "disputed" or "supported" or "endorsed" or "described" or "called" or "urged" or "used" or "viewed"
            or "seen" or "regarded" or "considered" or "approved" or "vetoed" or "blocked" or "demanded" or "requested" or "proposed" or "ordered"
            or "imposed" or "accepted" or "recognised" or "recognized" or "warned" or "threatened" or "pressured" or "pressed" or "invited"
            or "summoned" or "expelled" or "sanctioned" or "banned" or "claimed" or "announced" or "hailed" or "applauded" or "denounced"
            or "protested" or "resisted" or "favoured" or "favored" or "pushed" or "sought" or "offered");

    public string AddCountryMention(CountryEntry country, int start, int end, MentionKind kind)
    {
        var id = GraphIds.Country(country.Iso);
        Add(id, EntityType.Country, country.Name, start, end, kind);
        drafts[id].Properties["iso"] = country.Iso;
        return id;
    }

    /// <summary>
    /// An institution's name mention. <paramref name="iso"/> is its country: it qualifies the id ("Ministry of Ports" of
    /// two countries are two bodies) unless <paramref name="countryInName"/> (the name says it: "Danish Ferry Lines").
    /// </summary>
    public string AddInstitution(string name, int start, int end, string? iso, IReadOnlyList<string> aliases, bool partOfCountry = false, bool countryInName = false)
    {
        name = CleanName(name);
        var acronymOf = name.Length >= 2 && institutionByAcronym.TryGetValue(name, out var known) ? drafts[known] : null;
        var id = acronymOf?.Id ?? GraphIds.Entity(EntityType.Institution, iso is null || countryInName ? name : name + " " + iso);
        Add(id, EntityType.Institution, acronymOf?.Name ?? name, start, end, MentionKind.Name);
        if (acronymOf is null && Acronym(name) is { Length: >= 2 } acronym) institutionByAcronym.TryAdd(acronym, id);
        foreach (var a in aliases) drafts[id].Aliases.Add(a);
        if (iso is not null)
        {
            drafts[id].Properties["country"] = iso.ToLowerInvariant();
            if (partOfCountry && gazetteer.CountryByIso(iso) is { } country)
            {
                var countryId = GraphIds.Country(country.Iso);
                if (drafts.ContainsKey(countryId))
                    AddRelation(RelationTypes.PartOf, id, countryId, start, end, 0.8);
            }
        }
        return id;
    }

    /// <summary>
    /// A mention of a body the gazetteer knows by a word that is not its name (the "R" of "(R-Fla.)" for the
    /// Republican Party): the same entity <see cref="AddInstitution"/> makes of the name, without the word as an alias.
    /// </summary>
    public string AddKnownInstitutionMention(InstitutionEntry known, int start, int end, MentionKind kind)
    {
        var id = GraphIds.Entity(EntityType.Institution, known.Iso is null ? known.Name : known.Name + " " + known.Iso);
        Add(id, EntityType.Institution, known.Name, start, end, kind);
        foreach (var a in known.Aliases) drafts[id].Aliases.Add(a);
        if (known.Iso is not null) drafts[id].Properties["country"] = known.Iso.ToLowerInvariant();
        return id;
    }

    internal static string Acronym(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>A title of address, not an office: "Mr", "Dr", "Sir", "Lady" (with or without its full stop).</summary>
    internal static bool IsCourtesyTitle(ReadOnlySpan<char> word) => word.TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Sir" or "Dame" or "Lord" or "Lady";

    public string AddPerson(int start, int end, string? role)
    {
        var raw = Text[start..end];
        var name = CleanName(raw);
        end = start + raw.IndexOf(name, StringComparison.Ordinal) + name.Length;
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? id = null;
        if (tokens.Length == 1)
            id = LastPersonWithWord(tokens[0], start, role); // "WALSH" in a transcript is Tom Walsh
        else
            id = FirstPersonNamed(tokens);
        if (id is null)
        {
            id = GraphIds.Entity(EntityType.Person, name);
            people.Add((id, tokens));
        }
        var draftName = drafts.TryGetValue(id, out var d) ? d.Name : name;
        Add(id, EntityType.Person, draftName, start, end, MentionKind.Name);
        // The first role given is kept, except a courtesy title ("Mr Beck ... President Beck"): a role named
        // later replaces it, so a later "the president" is that person.
        if (role is not null && (!drafts[id].Properties.TryGetValue("role", out var had) || IsCourtesyTitle(had) && !IsCourtesyTitle(role)))
            drafts[id].Properties["role"] = role;
        return id;
    }

    /// <summary>
    /// The person a one-word name at <paramref name="start"/> means. Where several full names share the word as their
    /// surname ("Bernie Sanders" and, later, "his wife Jane Sanders"), news style keeps the bare surname for the one
    /// the story is about and names the other in full or by first name: the one named most so far, the later one on
    /// a tie. A full name given in this sentence or the one before is the exception: "Sara Reid, 31, takes over in
    /// May. Reid said ..." means the one just introduced.
    /// </summary>
    private string? LastPersonWithWord(string word, int start, string? title = null)
    {
        string? best = null;
        var bestNames = -1;
        var bestSurname = false;
        string? latest = null;
        for (var i = people.Count - 1; i >= 0; i--)
        {
            var tokens = people[i].Tokens;
            var at = tokens.Length - 1;
            while (at >= 0 && !string.Equals(tokens[at], word, StringComparison.OrdinalIgnoreCase)) at--;
            if (at < 0) continue;
            // "Mr Vik" is not the "Sir Ola Vik" the article also names: a knight is "Sir Ola" again, not "Mr".
            if (title is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss" && drafts.TryGetValue(people[i].Id, out var titled)
                && titled.Properties.TryGetValue("role", out var had) && had.Split(' ')[^1] is "Sir" or "Dame" or "Lord" or "Lady" or "Baroness" or "Baron") continue;
            // "Mrs Beck" after "Tom Beck" is someone else (his wife, say), not him.
            if (Claims.PersonGender.TitleContradicts(title, string.Join(' ', tokens))) continue;
            if (tokens.Length >= 2 && at < tokens.Length - 1 && MisterWithFirstName(title, tokens[at])) continue;
            latest ??= people[i].Id;
            var surname = tokens.Length >= 2 && at == tokens.Length - 1;
            var names = 0;
            if (drafts.TryGetValue(people[i].Id, out var d))
                foreach (var m in d.Mentions)
                    if (m.Kind == MentionKind.Name) names++;
            if (best is null || surname && !bestSurname || surname == bestSurname && names > bestNames)
                (best, bestNames, bestSurname) = (people[i].Id, names, surname);
        }
        if (latest is not null && latest != best && drafts.TryGetValue(latest, out var newest) && newest.FirstStart < start
            && SentenceEndsBetween(newest.FirstStart, start) <= 1
            // (Not a "Mr Howard" the article already calls the other one, and never this one, just named in passing.)
            && !(title is not null && IsCourtesyTitle(title) && CalledBefore(best!, title, start) && !CalledBefore(latest, title, start)))
            return latest;
        return best;
    }

    /// <summary>
    /// "Mr Howard" is not "Howard Flight": "Mr", "Mrs", "Ms" go with a surname, and a common first name that opens a full
    /// name is not one ("Mr Xi" is still "Xi Jinping", whose family name comes first).
    /// </summary>
    private static bool MisterWithFirstName(string? title, string word) =>
        title is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss" && Claims.PersonGender.IsFirstName(word);

    /// <summary>Whether the text calls the person <paramref name="id"/> by <paramref name="title"/> and a name before <paramref name="before"/> ("Mr Howard").</summary>
    private bool CalledBefore(string id, string title, int before) =>
        drafts.TryGetValue(id, out var d) && d.Mentions.Any(m => m.Start < before && m.Start > title.Length
            && Text.AsSpan(m.Start - title.Length - 1, title.Length + 1).SequenceEqual((title + " ").AsSpan()));

    /// <summary>How many sentence ends (". ", "? ", "! ", a line break) lie between two offsets.</summary>
    private int SentenceEndsBetween(int from, int to)
    {
        var n = 0;
        for (var i = from; i < to - 1 && i + 1 < Text.Length; i++)
            if (Text[i] == '\n' || Text[i] is '.' or '?' or '!' && Text[i + 1] is ' ' or '\n') n++;
        return n;
    }

    /// <summary>The one person named in full whose last name word is <paramref name="word"/>; none if two share it.</summary>
    public string? PersonWithSurname(string word)
    {
        string? found = null;
        foreach (var (id, tokens) in people)
            if (tokens.Length >= 2 && tokens[^1] == word && !drafts[id].Properties.ContainsKey("unnamed"))
            {
                if (found is not null && found != id) return null;
                found = id;
            }
        return found;
    }

    /// <summary>The mentions of people by name or description in [<paramref name="from"/>, <paramref name="to"/>), in text order.</summary>
    public List<(string Id, int Start, int End)> PersonMentionsIn(int from, int to) =>
        mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.Nominal && m.Start >= from && m.End <= to
                            && drafts.TryGetValue(m.EntityId, out var d) && d.Type == EntityType.Person && !d.Properties.ContainsKey("unnamed"))
            .OrderBy(m => m.Start).Select(m => (m.EntityId, m.Start, m.End)).ToList();

    /// <summary>
    /// Whether a person other than <paramref name="id"/> is named or described in [<paramref name="from"/>,
    /// <paramref name="to"/>), leaving out those <paramref name="notIt"/> rules out.
    /// </summary>
    public bool OtherPersonIn(int from, int to, string? id, Func<string, bool>? notIt = null)
    {
        foreach (var m in mentions)
            if (m.Kind is MentionKind.Name or MentionKind.Nominal && m.Start >= from && m.End <= to && m.EntityId != id
                && drafts.TryGetValue(m.EntityId, out var d) && d.Type == EntityType.Person && !d.Properties.ContainsKey("unnamed")
                && !ShortNameOf(d, id) && !(notIt?.Invoke(m.EntityId) ?? false))
                return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="d"/>, a person named by one word, is <paramref name="id"/> named so before their full name
    /// ("Ruiz wins" as a headline over "Ana Ruiz said"): the full name <see cref="MergeEarlyShortNames"/> joins it to at
    /// the end.
    /// </summary>
    private bool ShortNameOf(Draft d, string? id)
    {
        if (id is null || d.Name.Contains(' ') || d.Properties.ContainsKey("unnamed")) return false;
        var (full, brands) = FullNamesAndBrands();
        return FullNameFor(d, full, brands)?.Id == id;
    }

    private string? FirstPersonNamed(string[] tokens)
    {
        foreach (var (id, name) in people)
            if (name.AsSpan().SequenceEqual(tokens)) return id;
        return null;
    }

    public string AddUnnamedPerson(int start, int end, string description)
    {
        var id = GraphIds.Unnamed(EntityType.Person, ArticleId, description, start);
        Add(id, EntityType.Person, description, start, end, MentionKind.Nominal);
        drafts[id].Properties["unnamed"] = "true";
        return id;
    }

    /// <summary>
    /// Takes back the country mentions at [<paramref name="start"/>, <paramref name="end"/>) ("Swede" in "The Swede
    /// said", a person, not Sweden); a country left with no mention goes too.
    /// </summary>
    public void RemoveCountryMentions(int start, int end)
    {
        var gone = mentions.Where(m => m.Start == start && m.End == end && drafts[m.EntityId].Type == EntityType.Country).ToList();
        foreach (var m in gone)
        {
            mentions.Remove(m);
            byStart[m.Start].Remove(m);
            byEnd[m.End].Remove(m);
            spans.Remove((m.Start, m.End));
            for (var i = m.Start; i < m.End; i++) covered[i] = mentions.Any(o => o.Start <= i && i < o.End);
            var d = drafts[m.EntityId];
            d.Mentions.RemoveAll(x => x.Start == m.Start && x.End == m.End);
            if (d.Mentions.Count == 0)
            {
                drafts.Remove(d.Id);
                relations.RemoveAll(r => r.From == d.Id || r.To == d.Id);
            }
            else d.FirstStart = d.Mentions.Min(x => x.Start);
        }
    }

    /// <summary>Adds a mention for an entity found by a later stage (a pronoun speaker, say).</summary>
    public void AddMention(string id, int start, int end, MentionKind kind)
    {
        if (drafts.TryGetValue(id, out var d)) Add(id, d.Type, d.Name, start, end, kind);
    }

    private string Add(string id, EntityType type, string name, int start, int end, MentionKind kind)
    {
        if (!drafts.TryGetValue(id, out var draft))
        {
            draft = new Draft(id, type, name);
            drafts[id] = draft;
        }
        var text = Text[start..end];
        if (!spans.Add((start, end))) return id;
        var mention = new ResolvedMention(start, end, text, kind, id);
        mentions.Add(mention);
        (byStart.TryGetValue(start, out var s) ? s : byStart[start] = []).Add(mention);
        (byEnd.TryGetValue(end, out var e) ? e : byEnd[end] = []).Add(mention);
        for (var i = start; i < end; i++) covered[i] = true;
        draft.Mentions.Add(new Mention(start, end, text, kind));
        draft.FirstStart = Math.Min(draft.FirstStart, start);
        if (kind == MentionKind.Name)
        {
            // The canonical name is the fullest one the text gives (gazetteer names are already canonical).
            if (type is EntityType.Person && text.Length > draft.Name.Length) draft.Name = CleanName(text);
            // A dateline in capitals ("CHICAGO —") may name a place first: the name is as running text writes it.
            else if (WordShape.IsAllCaps(draft.Name) && !WordShape.IsAllCaps(text) && string.Equals(text, draft.Name, StringComparison.OrdinalIgnoreCase))
            {
                draft.Aliases.Add(draft.Name);
                draft.Name = text;
            }
            if (text != draft.Name) draft.Aliases.Add(text);
        }
        return id;
    }

    /// <summary>The relations made so far from <paramref name="from"/>.</summary>
    public IEnumerable<Relation> RelationsFrom(string from) => relations.Where(r => r.From == from);

    public void AddRelation(string type, string from, string to, int start, int end, double confidence, string? role = null, int? evidenceStart = null)
    {
        if (from == to) return;
        var s = Math.Min(evidenceStart ?? start, start);
        foreach (var r in relations)
            if (r.Type == type && r.From == from && r.To == to) return;
        role = role is null ? null : CleanRole(role);
        var props = string.IsNullOrEmpty(role) ? new Dictionary<string, string>() : new Dictionary<string, string> { ["role"] = role };
        relations.Add(new Relation { Type = type, From = from, To = to, Properties = props, Evidence = Span.Of(Text, s, end), Confidence = confidence });
    }

    /// <summary>
    /// Titles besides the courtesy ones (<see cref="IsCourtesyTitle"/>) that stand between a role and a name: "presidential
    /// candidate [Sen.] Ana Ruiz", "chief executive [Lord] Berg".
    /// </summary>
    private static readonly FrozenSet<string> TitlesBeforeName = new[]
    {
        "Prof.", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Gen.", "Col.", "Colonel", "Lt.", "Maj.", "Capt.", "Rev.",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A role as an analyst reads it: "as chairman" is "chairman", and a title before the name after a role is not part
    /// of it ("presidential candidate Sen." and "presidential candidate Senator" are "presidential candidate"; "manager
    /// Sir" is "manager"). A title alone ("Sen.", "former Sen.") stays the role.
    /// </summary>
    internal static string CleanRole(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "as") words.RemoveAt(0);
        var kept = words.Count;
        while (kept > 1 && (IsCourtesyTitle(words[kept - 1]) || TitlesBeforeName.Contains(words[kept - 1]))) kept--;
        // ("former Sen.", "retired Gen.": a word that only dates the title keeps it.)
        if (words.Take(kept).All(w => w is "former" or "retired" or "then" or "acting" or "late" or "ex")) kept = words.Count;
        return string.Join(' ', words.Take(kept));
    }

    /// <summary>The institutions' name mentions so far, in text order: (entity, start, end); with <paramref name="places"/>, places' too.</summary>
    public List<(string Id, int Start, int End)> InstitutionNames(bool places = false) =>
        mentions.Where(m => m.Kind == MentionKind.Name && (drafts[m.EntityId].Type == EntityType.Institution || places && drafts[m.EntityId].Type == EntityType.Location))
            .OrderBy(m => m.Start).Select(m => (m.EntityId, m.Start, m.End)).ToList();

    /// <summary>The institutions found so far, however mentioned (a party's members' plural "Republicans" too).</summary>
    public List<string> InstitutionIds() => drafts.Values.Where(d => d.Type == EntityType.Institution).Select(d => d.Id).ToList();

    /// <summary>The countries' mentions so far (names, demonyms, nominals), in text order.</summary>
    public List<ResolvedMention> CountryMentions() =>
        mentions.Where(m => drafts[m.EntityId].Type == EntityType.Country).OrderBy(m => m.Start).ToList();

    /// <summary>
    /// Makes entity <paramref name="from"/> part of <paramref name="into"/>: its mentions, aliases and relations become
    /// the other's, and it goes ("TNFB" after "Trans-Nordic Ferry Bank (TNFB)" is the bank).
    /// </summary>
    public void MergeInto(string from, string into)
    {
        if (from == into || !drafts.TryGetValue(from, out var d) || !drafts.TryGetValue(into, out var target)) return;
        target.Mentions.AddRange(d.Mentions);
        target.FirstStart = Math.Min(target.FirstStart, d.FirstStart);
        foreach (var m in d.Mentions)
            if (m.Kind == MentionKind.Name && m.Text != target.Name) target.Aliases.Add(m.Text);
        foreach (var a in d.Aliases) target.Aliases.Add(a);
        drafts.Remove(from);
        ResolvedMention Moved(ResolvedMention m) => m.EntityId == from ? m with { EntityId = into } : m;
        for (var i = 0; i < mentions.Count; i++) mentions[i] = Moved(mentions[i]);
        foreach (var list in byStart.Values.Concat(byEnd.Values))
            for (var i = 0; i < list.Count; i++) list[i] = Moved(list[i]);
        for (var i = relations.Count - 1; i >= 0; i--)
        {
            var r = relations[i] with { From = relations[i].From == from ? into : relations[i].From, To = relations[i].To == from ? into : relations[i].To };
            if (r.From == r.To || relations.Where((o, j) => j != i && o.Type == r.Type && o.From == r.From && o.To == r.To).Any()) relations.RemoveAt(i);
            else relations[i] = r;
        }
    }

    /// <summary>The unnamed person a description starting at <paramref name="start"/> made ("an analyst with Nordbank"), if any.</summary>
    public string? UnnamedPersonAt(int start) =>
        byStart.TryGetValue(start, out var list) ? list.FirstOrDefault(m => m.Kind == MentionKind.Nominal && drafts[m.EntityId].Type == EntityType.Person)?.EntityId : null;

    public string? ActorEndingAt(int end) =>
        byEnd.TryGetValue(end, out var list) ? list.LastOrDefault(m => !m.EntityId.StartsWith("location:", StringComparison.Ordinal))?.EntityId : null;

    /// <summary>The first mention added at <paramref name="start"/>, or with <paramref name="longest"/> the longest ("Danish Port Board", not "Danish").</summary>
    public (string Id, EntityType Type, int Start, int End)? ActorStartingAt(int start, bool longest = false)
    {
        // (A list may be empty: mentions removed later leave theirs.)
        var m = byStart.TryGetValue(start, out var list) && list.Count > 0 ? longest ? list.MaxBy(x => x.End) : list[0] : null;
        if (m is null) return null;
        return (m.EntityId, drafts[m.EntityId].Type, m.Start, m.End);
    }

    public string? MentionEndingAt(int end, EntityType type) =>
        byEnd.TryGetValue(end, out var list) ? list.LastOrDefault(m => drafts[m.EntityId].Type == type)?.EntityId : null;

    public string NameOf(string id) => drafts[id].Name;

    /// <summary>Whether the entity is still there (not merged into another).</summary>
    public bool Has(string id) => drafts.ContainsKey(id);

    public void SetProperty(string id, string key, string value) => drafts[id].Properties[key] = value;

    /// <summary>The country an entity is known to be of (a gazetteer city's or institution's), if any.</summary>
    public string? CountryOf(string id) => drafts.TryGetValue(id, out var d) ? d.Properties.GetValueOrDefault("country") : null;

    /// <summary>The US state a party tag gave a person ("(R-Ore.)"), if any.</summary>
    public string? StateOf(string id) => drafts.TryGetValue(id, out var d) ? d.Properties.GetValueOrDefault("state") : null;

    /// <summary>The country code a person's nationality was given as ("US producer Tom Beck"), if any.</summary>
    public string? NationalityOf(string id) => drafts.TryGetValue(id, out var d) ? d.Properties.GetValueOrDefault("nationality") : null;

    /// <summary>Where each of the entity's mentions so far starts.</summary>
    public IEnumerable<int> MentionStarts(string id) => mentions.Where(m => m.EntityId == id).Select(m => m.Start);

    public IEnumerable<(int Start, int End)> MentionSpans(string id) => mentions.Where(m => m.EntityId == id).Select(m => (m.Start, m.End));

    public int MentionStartOf(string id, int before)
    {
        var found = false;
        var latest = int.MinValue;
        foreach (var m in mentions)
            if (m.EntityId == id && m.Start < before)
            {
                found = true;
                latest = Math.Max(latest, m.Start);
            }
        return found ? latest : before;
    }

    /// <summary>
    /// People named in full and the role a title before their name gave them ("Prime Minister Ana Ruiz"). Not people
    /// of one word: a one-word "person" with a title is often the model's mistake ("Justice Plan").
    /// </summary>
    public List<(string Id, string[] Role)> PeopleWithRoles() =>
        drafts.Values.Where(d => d.Type == EntityType.Person && !d.Properties.ContainsKey("unnamed") && d.Name.Contains(' '))
            .Select(d => (d.Id, Role: d.Properties.GetValueOrDefault("role")))
            .Where(p => p.Role is not null).Select(p => (p.Id, p.Role!.Split(' '))).ToList();

    /// <summary>
    /// The institutions named in the <paramref name="reach"/> characters before <paramref name="before"/>: their
    /// name, how often the article has named them so far other than after a preposition ("analysts at Brell
    /// Capital" is not about Brell Capital), and where last.
    /// </summary>
    public List<(string Id, string Name, int Count, int Latest)> InstitutionsBefore(int before, int reach)
    {
        var counts = new Dictionary<string, (int Count, int Latest)>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Start >= before || m.Kind != MentionKind.Name || drafts[m.EntityId].Type != EntityType.Institution) continue;
            var (count, latest) = counts.GetValueOrDefault(m.EntityId, (0, -1));
            counts[m.EntityId] = (count + (AfterPreposition(m.Start) ? 0 : 1), Math.Max(latest, m.Start));
        }
        return counts.Where(c => before - c.Value.Latest <= reach)
            .Select(c => (c.Key, drafts[c.Key].Name, c.Value.Count, c.Value.Latest)).ToList();
    }

    /// <summary>Whether a preposition, perhaps with "the", stands before <paramref name="start"/> ("analysts at [the] ...").</summary>
    public bool AfterPreposition(int start)
    {
        var begin = WordBefore(Text, start, out var word);
        if (word is "the" or "The") WordBefore(Text, begin, out word);
        return word is "at" or "of" or "from" or "by" or "with" or "for" or "to" or "in" or "on" or "against";
    }

    /// <summary>The word after <paramref name="end"/>, past spaces (letters only); returns where it ends.</summary>
    public static int WordAfter(string text, int end, out ReadOnlySpan<char> word)
    {
        var start = end;
        while (start < text.Length && text[start] == ' ') start++;
        var stop = start;
        while (stop < text.Length && char.IsLetter(text[stop])) stop++;
        word = text.AsSpan(start, stop - start);
        return stop;
    }

    /// <summary>The word before <paramref name="start"/>, past spaces (letters only); returns where it begins.</summary>
    public static int WordBefore(string text, int start, out ReadOnlySpan<char> word)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ') end--;
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        word = text.AsSpan(begin, end - begin);
        return begin;
    }

    public void PendingAffiliation(string actor, int start, int end, string role) => pending.Add((actor, start, end, role));

    public void FlushPendingAffiliations(string personId)
    {
        foreach (var (actor, start, end, role) in pending)
            AddRelation(RelationTypes.AffiliatedWith, personId, actor, start, end, 0.85, role);
        pending.Clear();
    }

    public ResolvedEntities Build()
    {
        MergeEarlyShortNames();
        RetypeEmployersAndFirms();
        var entities = drafts.Values.OrderBy(d => d.FirstStart).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => new Entity
        {
            Id = d.Id,
            Type = d.Type,
            Name = d.Name,
            Aliases = d.Aliases.Where(a => a != d.Name).ToList(),
            Mentions = d.Mentions.OrderBy(m => m.Start).ToList(),
            Properties = d.Properties.Count == 0 ? null : new SortedDictionary<string, string>(d.Properties, StringComparer.Ordinal),
        }).ToList();
        var ids = drafts.Keys.ToHashSet();
        return new ResolvedEntities(entities, mentions.OrderBy(m => m.Start).ToList(),
            relations.Where(r => ids.Contains(r.From) && ids.Contains(r.To)).ToList());
    }

    /// <summary>
    /// A headline or lead may name someone by one word before the text gives the full name ("Ruiz wins" ... "Ana
    /// Ruiz said"): that person is the one full name whose first or last word it is (the one named most often if
    /// several are), so the mentions, and the gender that the first name tells, are one entity's. A word that opens
    /// the names of organisations in the article ("Orbit Media", "Orbit Films") is a brand: the model's "Orbit" and
    /// "Orbit Networks" tagged as persons are not one person's first name and full name.
    /// </summary>
    private void MergeEarlyShortNames()
    {
        var (full, brands) = FullNamesAndBrands();
        var remap = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in drafts.Values)
            if (d.Type == EntityType.Person && !d.Name.Contains(' ') && !d.Properties.ContainsKey("unnamed") && FullNameFor(d, full, brands) is { } into)
                remap[d.Id] = into.Id;
        if (remap.Count == 0) return;
        foreach (var (from, to) in remap)
        {
            Draft d = drafts[from], into = drafts[to];
            into.Mentions.AddRange(d.Mentions);
            into.FirstStart = Math.Min(into.FirstStart, d.FirstStart);
            foreach (var m in d.Mentions)
                if (m.Kind == MentionKind.Name && m.Text != into.Name) into.Aliases.Add(m.Text);
            foreach (var (k, v) in d.Properties) into.Properties.TryAdd(k, v);
            drafts.Remove(from);
        }
        for (var i = 0; i < mentions.Count; i++)
            if (remap.TryGetValue(mentions[i].EntityId, out var to)) mentions[i] = mentions[i] with { EntityId = to };
        for (var i = relations.Count - 1; i >= 0; i--)
        {
            var r = relations[i];
            var rel = r with { From = remap.GetValueOrDefault(r.From, r.From), To = remap.GetValueOrDefault(r.To, r.To) };
            if (rel.From == rel.To) relations.RemoveAt(i);
            else relations[i] = rel;
        }
    }

    /// <summary>The people named in full, and the first words of bodies' names of several words (brands: "Orbit Media").</summary>
    private (List<Draft> Full, HashSet<string> Brands) FullNamesAndBrands() =>
        (drafts.Values.Where(d => d.Type == EntityType.Person && d.Name.Contains(' ') && !d.Properties.ContainsKey("unnamed")).ToList(),
         drafts.Values.Where(d => d.Type == EntityType.Institution && d.Name.Contains(' ')).Select(d => d.Name[..d.Name.IndexOf(' ')])
             .ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The full name that the one-word name <paramref name="d"/> stands for: the one whose first or last word it is, the
    /// one named most if several are (none on a tie); not a brand's first word as a first name, not one a title
    /// contradicts ("Mrs Beck" for "Tom Beck"), and not a first name after "Mr" ("Mr Howard" for "Howard Flight").
    /// </summary>
    private static Draft? FullNameFor(Draft d, List<Draft> full, HashSet<string> brands)
    {
        Draft? into = null;
        var best = 0;
        var tie = false;
        foreach (var f in full)
        {
            var words = f.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var last = string.Equals(words[^1], d.Name, StringComparison.OrdinalIgnoreCase);
            if (!last && (!string.Equals(words[0], d.Name, StringComparison.OrdinalIgnoreCase) || brands.Contains(d.Name))) continue;
            if (Claims.PersonGender.TitleContradicts(d.Properties.GetValueOrDefault("role"), f.Name)
                || !last && MisterWithFirstName(d.Properties.GetValueOrDefault("role"), d.Name)) continue;
            var count = f.Mentions.Count;
            if (count > best) (into, best, tie) = (f, count, false);
            else if (count == best) tie = true;
        }
        return tie ? null : into;
    }

    /// <summary>
    /// Someone's employer is an institution or a country ("an analyst at Nomura", "chief executive of Acme Foods").
    /// Where the model took the employer for a place that no gazetteer knows, or for a person named by one word (never
    /// after a title, not a common first name) or by words ending in a firm's word ("Acme Labs"), and the role is one
    /// held in an organisation, it is an institution. Where it may well be a place or a person ("the MP for Leeds", "an
    /// adviser from Hull", "coach of Tom Berg", "Ana Ruiz adviser Tom Berg"), the relation is not an affiliation and
    /// goes, as the contract allows only institutions and countries there. A one-word "person" or unknown place the text
    /// treats as a firm (<see cref="TreatedAsFirm"/>) is an institution too.
    /// </summary>
    private void RetypeEmployersAndFirms()
    {
        var remap = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            if (r.Type != RelationTypes.AffiliatedWith || !drafts.TryGetValue(r.To, out var d) || d.Type is EntityType.Institution or EntityType.Country) continue;
            if (d.Properties.Count > 0 || d.Mentions.Any(m => m.Kind != MentionKind.Name)
                || relations.Any(o => o.Type == RelationTypes.LocatedIn && o.From == d.Id)) continue;
            var role = r.Properties.GetValueOrDefault("role") ?? "";
            if (role.Split(' ', '-').Any(w => PlaceRoles.Contains(w))) continue;
            var at = d.Mentions.FirstOrDefault(m => m.Start >= r.Evidence.Start && m.End <= r.Evidence.End);
            if (at is null || Text.AsSpan(0, at.Start).TrimEnd().EndsWith(" from", StringComparison.Ordinal)) continue;
            // "chairman of the Ohio 7th District ...": the name goes on past the mention, which is only its first word.
            var next = Text.AsSpan(at.End).TrimStart(' ');
            if (!next.IsEmpty && (char.IsUpper(next[0]) || char.IsDigit(next[0]))) continue;
            // A person named by one word never after a title ("Mr", "President") and not a common first name, or by
            // words that end in a firm's word: the model's person is a firm ("spokesman for Vodafone", "head of Acme
            // Labs"). Not a two-word name ("spokesman for Ana Ruiz"): first names are too many to know.
            if (d.Type == EntityType.Person && (d.Name.Split(' ') is var words && Claims.PersonGender.IsFirstName(words[0])
                    || words.Length > 1 && !FirmHeads.Contains(words[^1]) || d.Mentions.Any(m => AfterPersonalTitle(m.Start)))) continue;
            remap[d.Id] = GraphIds.Entity(EntityType.Institution, d.Name);
        }
        // A firm the model took for a person, or for a place no gazetteer knows, named by one word, which the text
        // treats as a firm: "Korvax's profits rose", "shares in Korvax" (not "Korvax, which": films, songs and bands
        // too). Never after a title, not a common first name, and no "he" or "she" stands for it.
        // So is one the article also names as an institution, by the same words ("the ferry firm Nordlys" ... "a
        // spokesman for Nordlys"): the one actor under two types, on the same guards.
        foreach (var d in drafts.Values)
        {
            var unknownPlace = d.Type == EntityType.Location && gazetteer.CityByName(d.Name) is null && gazetteer.CountryByName(d.Name) is null;
            // (Named so more often than the other way, or as a firm ("the ferry firm Nordlys"), and never as a place one
            // goes to or is in: "a trip to Texas".)
            // Or by its full name, the same words and a firm's word after them ("Fjord Motor" ... "Fjord expects"): the
            // short form is that firm.
            var fullName = d.Type == EntityType.Person && !d.Name.Contains(' ') ? FirmNamedFrom(d.Name, d.FirstStart) : null;
            // A "person" whose name ends in a firm's word is a firm: "Fjord Motor", "Korvax Group", even after a first
            // name ("Daniel Foods"); so is an airline named "Air" and a word ("Air Deccan"; not a rank, "Air Marshal").
            var firmWord = d.Type == EntityType.Person && d.Name.Split(' ') is { Length: > 1 } parts
                && (FirmHeads.Contains(parts[^1]) || CompanyForms.Contains(parts[^1]) || parts is ["Air", not ("Marshal" or "Commodore")]);
            // (The body may go by another spelling too: "Time Warner" of "TimeWarner".)
            var body = drafts.GetValueOrDefault(GraphIds.Entity(EntityType.Institution, d.Name))
                ?? drafts.Values.FirstOrDefault(o => o.Type == EntityType.Institution && o.Aliases.Contains(d.Name));
            var namedAsBody = fullName is not null || firmWord || body is not null
                && (body.Mentions.Count > d.Mentions.Count || body.Mentions.Any(m => TreatedAsFirm(m.Start, m.End, false)))
                && !(unknownPlace && d.Mentions.Any(m => WordBefore(Text, m.Start, out var w) >= 0 && w is "in" or "to" or "from" or "near" or "across" or "around"));
            // "The magazine Harbour Echo", "the band Grey Lanterns": named in full right after an outlet's or band's noun.
            var afterOutletWord = d.Mentions.Any(m => m.Kind == MentionKind.Name && m.Text == d.Name && AfterOutletWord(m.Start, m.End));
            // "De Vrije Post, a daily Dutch newspaper,", "Nordlys, one of the largest ferry firms in Norway": described in
            // apposition as a body (a person's name may be a firm's: "Ana Ruiz, the fashion chain,").
            var described = (d.Type == EntityType.Person || unknownPlace)
                && d.Mentions.Any(m => m.Kind == MentionKind.Name && m.Text == d.Name && BodyApposition.IsMatch(Text.AsSpan(m.End, Math.Min(90, Text.Length - m.End))));
            afterOutletWord |= described;
            if (d.Type != EntityType.Person && !unknownPlace || d.Name.Contains(' ') && !namedAsBody && !afterOutletWord || remap.ContainsKey(d.Id) || d.Properties.Count > 0
                || d.Mentions.Any(m => m.Text is "he" or "He" or "she" or "She" or "his" or "His" or "her" or "Her" or "him") || !described && !firmWord && Claims.PersonGender.IsFirstName(d.Name.Split(' ')[0])
                || d.Mentions.Any(m => AfterPersonalTitle(m.Start)) || !namedAsBody && !afterOutletWord && !d.Mentions.Any(m => TreatedAsFirm(m.Start, m.End, unknownPlace))
                   && !(unknownPlace && SpeaksNeverPlaced(d))
                // (Not one the text calls a person: "the rapper Kozi", "the novelist Brannock".)
                || d.Type == EntityType.Person && drafts.Values.Where(o => o.Name == d.Name).SelectMany(o => o.Mentions)
                    .Any(m => WordBefore(Text, m.Start, out var w) >= 0 && PeopleNouns.Contains(w.ToString()))) continue;
            remap[d.Id] = fullName ?? body?.Id ?? GraphIds.Entity(EntityType.Institution, d.Name);
        }
        foreach (var (from, to) in remap)
        {
            var d = drafts[from];
            if (!drafts.TryGetValue(to, out var into))
            {
                into = new Draft(to, EntityType.Institution, d.Name) { FirstStart = d.FirstStart };
                drafts[to] = into;
            }
            into.Mentions.AddRange(d.Mentions);
            into.FirstStart = Math.Min(into.FirstStart, d.FirstStart);
            foreach (var a in d.Aliases) into.Aliases.Add(a);
            drafts.Remove(from);
        }
        for (var i = 0; i < mentions.Count; i++)
            if (remap.TryGetValue(mentions[i].EntityId, out var to)) mentions[i] = mentions[i] with { EntityId = to };
        var kept = new List<Relation>();
        foreach (var old in relations)
        {
            var r = old with { From = remap.GetValueOrDefault(old.From, old.From), To = remap.GetValueOrDefault(old.To, old.To) };
            var employer = r.Type == RelationTypes.AffiliatedWith && drafts.TryGetValue(r.To, out var t) ? t.Type : EntityType.Institution;
            if (r.From == r.To || employer is not (EntityType.Institution or EntityType.Country)
                || kept.Any(o => o.Type == r.Type && o.From == r.From && o.To == r.To)) continue;
            kept.Add(r);
        }
        relations.Clear();
        relations.AddRange(kept);
    }

    /// <summary>Nouns for outlets and bands: what they name is a body, of one word or several ("the magazine Rolling Stone").</summary>
    private static readonly HashSet<string> OutletWordsBefore = new(StringComparer.Ordinal)
    {
        "magazine", "newspaper", "paper", "tabloid", "daily", "weekly", "website", "channel", "label", "studio", "band", "group",
        "orchestra", "choir",
    };

    private static readonly HashSet<string> ClauseVerbsAfter = new(StringComparer.Ordinal)
    {
        "had", "has", "have", "was", "is", "were", "are", "would", "will", "could", "should", "might", "may", "did", "does", "said", "says",
    };

    /// <summary>
    /// Whether an outlet's or band's noun comes right before the name ("the German magazine Der Spiegel", "the band Snow
    /// Patrol"); not when the noun is what was told and the name opens the clause told ("told the paper Ola Brandt had left").
    /// (Only the name in full counts: "the group Brandt addressed" after "Ola Brandt" is a clause about the person.)
    /// </summary>
    private bool AfterOutletWord(int start, int end)
    {
        var nounStart = WordBefore(Text, start, out var noun);
        if (!OutletWordsBefore.Contains(noun.ToString())) return false;
        var at = nounStart;
        var told = false;
        for (var k = 0; k < 3 && at > 0; k++)
        {
            at = WordBefore(Text, at, out var w);
            if (w.IsEmpty) break;
            if (w is "told" or "tells" or "tell" or "telling") { told = true; break; }
        }
        if (!told) return true;
        WordAfter(Text, end, out var next);
        return !(ClauseVerbsAfter.Contains(next.ToString()) || next.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// A place no gazetteer knows that says things ("Korvax said on Monday ...", "according to Korvax") and is never a
    /// place one is in, goes to or comes from: the model's place is a body.
    /// </summary>
    private bool SpeaksNeverPlaced(Draft d) =>
        !Regions.Contains(d.Name) && d.Mentions.Any(m => m.Kind == MentionKind.Name && (SaysAfter(Text, m.End)
                                                         || Text.AsSpan(0, m.Start).EndsWith("according to ", StringComparison.Ordinal)))
        && !d.Mentions.Any(m => WordBefore(Text, m.Start, out var w) >= 0 && w is "in" or "to" or "from" or "near" or "across" or "around" or "at" or "of" or "In" or "At"
                                && !Text.AsSpan(0, m.Start).EndsWith("according to ", StringComparison.Ordinal));

    /// <summary>Continents and world regions, which gazetteers of countries and cities leave out ("Europe says ..." is a metonym).</summary>
    private static readonly FrozenSet<string> Regions = new[]
    {
        "Europe", "Asia", "Africa", "America", "Americas", "Caribbean", "Oceania", "Antarctica", "Arctic", "Scandinavia", "Balkans",
        "Baltics", "Caucasus", "Eurasia", "Gulf", "Maghreb", "Sahel", "Pacific", "Atlantic", "Mediterranean", "West", "East", "North", "South",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a verb of saying follows the name that ends at <paramref name="end"/> ("Korvix said", "May wrote").</summary>
    internal static bool SaysAfter(string text, int end) => SpeechAfter.Match(text, end).Success;

    private static readonly Regex SpeechAfter = new(
        @"\G (said|says|wrote|writes|told|tells|added|adds|announced|reported|predicted|warned|insisted|explained|recalled|replied|expects|forecast)\b",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether the text around a name treats it as a firm's: a firm's noun before it, shares or a stake in it, and, unless
    /// the model took it for a <paramref name="place"/>, its profits, sales, chief executive or board ("Europe's share"
    /// is no firm's).
    /// </summary>
    private bool TreatedAsFirm(int start, int end, bool place)
    {
        var after = Text.AsSpan(end);
        // (For a place, "Asia shares", "shares in Europe's banks" and "shares in Anglo-Dutch firms" are markets.)
        if (place && (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("\u2019s", StringComparison.Ordinal) || Text.AsSpan(start, end - start).Contains('-'))) return false;
        if (!place && after.StartsWith(" shares ", StringComparison.Ordinal)) return true;
        if (!place && (after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("\u2019s ", StringComparison.Ordinal)))
        {
            var rest = after[3..];
            var wordEnd = rest.IndexOfAny(' ', ',', '.');
            if (FirmPossessions.Contains((wordEnd < 0 ? rest : rest[..wordEnd]).ToString())) return true;
        }
        var before = Text.AsSpan(0, start).TrimEnd(' ');
        // "aircraft firm Korvax", "drugmaker Korvax", "state-owned Korvax".
        WordBefore(Text, start, out var word);
        var space = before.LastIndexOfAny(' ', '\n');
        var whole = before[(space + 1)..];
        if (FirmWordsBefore.Contains(word.ToString().ToLowerInvariant()) || whole.EndsWith("maker", StringComparison.Ordinal) || whole.EndsWith("-owned", StringComparison.Ordinal)
            || whole.EndsWith("-controlled", StringComparison.Ordinal)) return true;
        // "technology analysts Korvax said": a single name right after the plural of a trade is the firm of that trade.
        if (FirmPluralsBefore.Contains(word.ToString()) && !after.StartsWith(" and ", StringComparison.Ordinal) && !after.StartsWith(",", StringComparison.Ordinal)) return true;
        // "The world's largest retailer, Korvax, has agreed ...": a firm's noun in apposition before the name.
        if (before.EndsWith(",") && after.StartsWith(",", StringComparison.Ordinal))
        {
            WordBefore(Text, before.Length - 1, out var apposed);
            if (FirmWordsBefore.Contains(apposed.ToString()) && !apposed.EndsWith('s')) return true;
        }
        // "technology firms Korvax and Nordlys", "banks Nordbank, Sydbank and Vestbank": a list after firms' plural noun.
        if (FirmsBeforeList.IsMatch(Text.AsSpan(Math.Max(0, start - 160), Math.Min(160, start)))) return true;
        return before.EndsWith("shares in", StringComparison.OrdinalIgnoreCase) || before.EndsWith("shares of", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("stake in", StringComparison.OrdinalIgnoreCase) || before.EndsWith("takeover of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Nouns for a person that put their name after them: "the rapper Kozi", "striker Ana Ruiz".</summary>
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "rapper", "singer", "novelist", "author", "writer", "actor", "actress", "star", "player", "striker", "midfielder",
        "defender", "goalkeeper", "coach", "manager", "artist", "musician", "comedian", "poet", "designer", "chef", "boxer",
        "golfer", "driver", "presenter", "host", "founder", "businessman", "businesswoman", "tycoon", "billionaire", "lawyer",
        "teenager", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "model", "dancer", "director",
    };

    /// <summary>A noun for a kind of firm or outlet ("firm", "newspaper", "channel"): what <see cref="FirmWordsBefore"/> and <see cref="OutletWordsBefore"/> hold.</summary>
    internal static bool IsBodyNoun(string word) => FirmWordsBefore.Contains(word) || OutletWordsBefore.Contains(word);

    /// <summary>Nouns that put a firm's name after them: "aircraft firm Korvax", "property website Korvax".</summary>
    private static readonly HashSet<string> FirmWordsBefore = new(StringComparer.Ordinal)
    {
        "firm", "company", "group", "giant", "retailer", "carrier", "airline", "broadcaster", "insurer", "lender", "bank",
        "publisher", "supermarket", "conglomerate", "supplier", "brewer", "website", "operator", "manufacturer", "corporation",
        "bookmaker", "bookmakers", "chain", "agency", "network", "channel", "newspaper", "magazine", "charity", "watchdog",
        "regulator", "label", "studio",
    };

    /// <summary>Plurals of trades a firm is named after ("analysts Korvax", "pollsters Nordmark"), a person seldom is.</summary>
    private static readonly HashSet<string> FirmPluralsBefore = new(StringComparer.Ordinal) { "analysts", "consultants", "researchers", "pollsters", "accountants" };

    /// <summary>The plural of a firm's noun, then the names of a list before the one that follows.</summary>
    private static readonly Regex FirmsBeforeList = new(
        @"\b(?:firms|companies|groups|banks|carriers|airlines|retailers|insurers|lenders|publishers|supermarkets|broadcasters|operators|manufacturers|makers|giants|brewers|chains|networks|studios|labels)\s+(?:[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3}(?:\s*,\s*|\s+and\s+|\s*&\s*)){0,6}$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// An apposition right after a name that calls it a body: ", a daily Dutch newspaper,", ", the ferry firm.", ", one of the
    /// largest retail groups in Norway". The noun must end the description (", a bank manager," and ", the group's chief"
    /// describe people).
    /// </summary>
    // (After the word lists it is built from: static fields are set in the order they are written.)
    private static readonly Regex BodyApposition = BuildBodyApposition();

    private static Regex BuildBodyApposition()
    {
        // (Not the nouns a person may be too: ", a broadcaster with ...", ", the literary giant,".)
        var singular = FirmWordsBefore.Concat(OutletWordsBefore).Where(w => !w.EndsWith('s') && w is not ("broadcaster" or "publisher" or "operator" or "giant" or "supplier"))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        static string Plural(string w) => w.EndsWith('y') && !w.EndsWith("ey", StringComparison.Ordinal) ? w[..^1] + "ies" : w + "s";
        var modifiers = @"(?:(?!(?:of|and|or|who|which|that)\b)[\p{L}][\p{L}'-]*\s+){0,3}";
        var pattern = @"^,\s+(?:(?:a|an|the|[A-Z][\p{L}.-]*'s)\s+" + modifiers + "(?:" + string.Join("|", singular) + ")"
            + @"|one\s+of\s+(?:the\s+|its\s+|their\s+)?" + modifiers + "(?:" + string.Join("|", singular.Select(Plural)) + "))"
            + @"(?=\s*[,.;:)]|\s+(?:in|based|which|that|owned|run|founded|from)\b)";
        return new Regex(pattern, RegexOptions.CultureInvariant);
    }

    /// <summary>What a firm has and a person seldom does: "Korvax's profits", "Korvax's chief executive".</summary>
    private static readonly HashSet<string> FirmPossessions = new(StringComparer.Ordinal)
    {
        "shares", "profit", "profits", "sales", "revenue", "revenues", "earnings", "turnover", "chief", "chairman", "board",
        "shareholders", "stores", "shops", "factory", "factories", "plant", "plants", "workforce", "subsidiary", "products",
        "brands", "headquarters", "share", "results", "customers", "stock",
    };

    private bool AfterPersonalTitle(int start)
    {
        var before = Text.AsSpan(0, start).TrimEnd();
        var space = before.LastIndexOfAny(' ', '\n');
        var word = before[(space + 1)..].TrimEnd('.').ToString();
        // (A role that ends the sentence before is no title: "Kelmarsh sacked the coach. Kelmarsh fans ...".)
        if (before.EndsWith(".") && !PersonalTitles.Contains(word)) return false;
        return PersonalTitles.Contains(word) || gazetteer.IsTitle(word);
    }

    private static readonly HashSet<string> PersonalTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor", "Senator", "Sen", "Rep", "Gov",
    };

    /// <summary>
    /// The one institution whose name is <paramref name="word"/> and firm's words after it ("Fjord Motor", "Korvax
    /// Group plc"), named before <paramref name="firstStart"/>; null if none or several.
    /// </summary>
    private string? FirmNamedFrom(string word, int firstStart)
    {
        string? found = null;
        foreach (var o in drafts.Values)
        {
            // (Named in full first: a short form before it is as likely something else, a brand of the same name.)
            if (o.Type != EntityType.Institution || !o.Name.StartsWith(word + " ", StringComparison.Ordinal) || o.FirstStart > firstStart) continue;
            var rest = o.Name[(word.Length + 1)..].Split(' ');
            if (!rest.All(w => FirmHeads.Contains(w) || CompanyForms.Contains(w))) continue;
            if (found is not null) return null;
            found = o.Id;
        }
        return found;
    }

    /// <summary>Whether the word is a company's legal form or a word for a group of firms: "Corp", "plc", "Group", "Motor".</summary>
    internal static bool IsCompanyForm(ReadOnlySpan<char> word) => CompanyForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly HashSet<string> CompanyForms = new(StringComparer.Ordinal)
    {
        "Motor", "Corp", "Corporation", "Inc", "Ltd", "plc", "PLC", "Co", "Company", "AG", "SA", "NV", "Group", "International",
    };

    private static readonly HashSet<string> FirmHeads = new(StringComparer.Ordinal)
    {
        "Research", "Games", "Group", "Capital", "Labs", "Media", "Holdings", "Partners", "Bank", "Airways", "Airlines",
        "Motors", "Records", "Pictures", "Studios", "Entertainment", "Software", "Systems", "Networks", "Foods", "Energy",
        "Trust", "Fund", "Associates", "Consulting", "Communications", "Technologies", "Telecom", "Insurance", "Securities",
        "Bros", "Industries", "Electronics", "Pharmaceuticals", "Films", "Publishing", "Petroleum",
        // Not firms, but bodies all the same: "Christian Aid", "the Korvix Foundation", "the Kennedy Center".
        "Aid", "Foundation", "Institute", "Center", "Centre", "Theatre",
    };

    // Roles held for a place or beside a person rather than in an organisation.
    private static readonly HashSet<string> PlaceRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "MP", "MEP", "MSP", "AM", "MLA", "senator", "congressman", "congresswoman", "representative", "governor", "mayor",
        "councillor", "prince", "princess", "duke", "duchess", "earl", "lord", "lady", "king", "queen", "bishop",
        "archbishop", "leader", "member", "adviser", "advisor", "aide", "resident", "native", "citizen", "justice", "judge",
        "sheriff", "coach", "captain",
    };

    private static string CleanName(string name)
    {
        name = name.Trim().TrimEnd('.', ',', ';', ':');
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal)) name = name[..^2];
        return name.Trim();
    }
}

/// <summary>Finds the word tokens around an offset without re-tokenising (or copying the sentences' tokens).</summary>
internal sealed class TokenIndex
{
    private readonly IReadOnlyList<Sentence> sentences;
    // Document-wide number of each sentence's first token; tokens are numbered in text order across sentences.
    private readonly int[] firsts;
    private readonly int count;

    public TokenIndex(AnalyzedText analyzed)
    {
        sentences = analyzed.Sentences;
        firsts = new int[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            firsts[s] = count;
            count += sentences[s].Tokens.Count;
        }
    }

    private Token At(int index)
    {
        var s = Array.BinarySearch(firsts, index);
        if (s < 0) s = ~s - 1;
        while (index >= firsts[s] + sentences[s].Tokens.Count) s++; // past an empty sentence sharing the number
        return sentences[s].Tokens[index - firsts[s]];
    }

    private int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (At(mid).Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public List<Token> WordsIn(int start, int end)
    {
        var list = new List<Token>();
        for (var i = FirstAtOrAfter(start); i < count && At(i) is var t && t.End <= end; i++)
            if (t.Kind is TokenKind.Word or TokenKind.Number) list.Add(t);
        return list;
    }

    public List<Token> WordsBefore(int offset, int count)
    {
        var i = FirstAtOrAfter(offset) - 1;
        var list = new List<Token>();
        while (i >= 0 && list.Count < count && At(i) is { IsWord: true } t)
        {
            list.Insert(0, t);
            i--;
        }
        return list;
    }

    public List<Token> WordsAfter(int offset, int count)
    {
        var i = FirstAtOrAfter(offset);
        var list = new List<Token>();
        while (i < this.count && list.Count < count && At(i) is { IsWord: true } t)
        {
            list.Add(t);
            i++;
        }
        return list;
    }
}
