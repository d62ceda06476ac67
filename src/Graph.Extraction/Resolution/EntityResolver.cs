using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Graph.Core.Ids;
using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Turns recognised spans into the article's entities. Types come from the gazetteers where they know the name
/// (a LOC that is a country becomes a Country with its ISO code), titles are stripped from people's names and
/// kept as roles, country prefixes are split off institutions ("Chinese Ministry of Foreign Affairs"), demonyms
/// and nominals ("the Chinese side", "a US official") become mentions, and every actor is one entity per article
/// ("US", "the US", "United States" are one Country; "Xin" after "Xin Qiang" is the same person).
/// </summary>
public sealed class EntityResolver(Gazetteer gazetteer)
{
    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "in", "to", "from", "at", "near", "into", "across", "outside", "inside", "around", "via", "through", "toward",
        "towards", "visit", "visited", "visiting", "of",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MetonymVerbs = new[]
    {
        "has", "have", "had", "is", "was", "will", "would", "should", "could", "can", "may", "must", "said", "says",
        "say", "wants", "wanted", "insists", "insisted", "believes", "argues", "claims", "claimed", "accused",
        "warned", "warns", "rejected", "rejects", "denied", "denies", "announced", "hopes", "hoped", "plans",
        "planned", "needs", "does", "did", "sees", "views", "perceives", "appears", "seems", "responded", "'s",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>First words of institution names that exist in every country and so need the country in their id.</summary>
    private static readonly FrozenSet<string> NationalHeads = new[]
    {
        "Ministry", "Department", "Embassy", "Office", "Parliament", "Cabinet", "Government", "Treasury", "Supreme",
        "Central", "National", "State", "Foreign", "Defence", "Defense", "Interior", "Home", "Commerce", "Justice",
        "Finance", "Trade", "Consulate", "Federal", "Army", "Navy", "Air", "Police", "Presidential", "Prime",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PersonNouns = new[]
    {
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats", "source",
        "sources", "minister", "ambassador", "envoy", "negotiator", "officer", "expert", "experts", "analyst",
        "analysts", "lawmaker", "lawmakers", "senator", "leader", "leaders", "representative", "delegate", "aide",
        "adviser", "advisor", "investigator", "prosecutor", "judge", "researcher", "scholar", "economist",
        "executive", "spokespeople", "commander", "general", "president", "premier", "member", "employee",
        "worker", "staffer", "campaigner", "activist", "lawyer", "attorney", "doctor", "MP", "MEP", "councillor", "backbencher",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words for parts of a state after its country word: "the Danish embassy", "the Chinese foreign ministry".</summary>
    private static readonly FrozenSet<string> StateBodyWords = new[]
    {
        "embassy", "consulate", "mission", "delegation", "government", "office", "army", "military", "police", "navy", "foreign",
        "defence", "defense", "interior", "finance", "trade", "health", "justice", "ministry", "cabinet", "parliament",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NominalModifiers = new[]
    {
        "senior", "top", "former", "high-ranking", "anonymous", "unnamed", "government", "administration",
        "defense", "defence", "foreign", "trade", "military", "state", "intelligence", "ministry", "security",
        "white", "house", "chief", "deputy", "one", "another",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public ResolvedEntities Resolve(AnalyzedText analyzed, IReadOnlyList<EntityCandidate> candidates, string articleId)
    {
        var text = analyzed.Text;
        var work = new Work(text, articleId, gazetteer);
        var tokenIndex = new TokenIndex(analyzed);

        // "(R-Fla.)" after a name gives party and state; it names nothing itself.
        var partyTags = PartyTags.Find(text, gazetteer);
        if (partyTags.Count > 0) candidates = candidates.Where(c => !PartyTags.Inside(partyTags, c)).ToList();
        candidates = WithKnownNames(text, candidates);
        var kept = CaseNamesAreNoActors(text, WorksAreNotActors(text, ListHarmony(text, JoinPartOf(text, NonOverlapping(SpokenSurnames(text, SurnameMay(text, TitleCaseHeadlineGuesses(text, candidates))))))));
        var surnames = Surnames(text, kept);
        foreach (var c in kept)
        {
            switch (c.Label)
            {
                case NerLabels.Location or NerLabels.Organisation when IsSurname(text, c, surnames): AddPerson(work, c.Start, c.End, tokenIndex); break;
                case NerLabels.Location: work.AddPlace(c.Start, c.End, tokenIndex); break;
                // "Democrat Sen. Ana Ruiz", "Conservative Tom Beck": a party member's word tagged as a body is read as the
                // model's other tag for it would be, not made an institution of its own ("Democrat"); before "party" it
                // names the party ("the Conservative party").
                case NerLabels.Organisation when gazetteer.PartyByMemberWord(text[c.Start..c.End]) is { } memberOf && gazetteer.InstitutionByName(text[c.Start..c.End]) is null:
                    if (text.AsSpan(c.End).StartsWith(" party", StringComparison.OrdinalIgnoreCase))
                        work.AddKnownInstitutionMention(memberOf, c.Start, c.End + " party".Length, MentionKind.Name);
                    else AddMisc(work, c.Start, c.End);
                    break;
                case NerLabels.Organisation: AddInstitution(work, c.Start, StationNumberEnd(text, c.Start, WithoutMemberWord(text, c.Start, c.End)), tokenIndex); break;
                // "told the Harbour Courier that ...": what is told with "the" before its name is a body, not a person.
                case NerLabels.Person when ToldTheName(text, c.Start, c.End): AddInstitution(work, c.Start, c.End, tokenIndex); break;
                // "the Westhaven Courier said ...": a name after "the" ending in a newspaper's word is a paper.
                case NerLabels.Person when PaperAfterThe(text, c.Start, c.End): AddInstitution(work, c.Start, c.End, tokenIndex); break;
                // "Labour said ...": a name the gazetteer knows as an institution's, and no person's surname here.
                case NerLabels.Person when gazetteer.InstitutionByName(text[c.Start..c.End]) is not null && !surnames.Surnames.Contains(text[c.Start..c.End]):
                    AddInstitution(work, c.Start, c.End, tokenIndex); break;
                // "Boeing said ...", "Sony Ericsson", "Cadbury Schweppes": a well-known firm's name, or one opening a
                // name with it (not a first name), and no person's surname here.
                case NerLabels.Person when FirmNamed(text, c.Start, c.End) is { } firm && !surnames.Surnames.Contains(text[c.Start..c.End]):
                    work.AddInstitution(firm, c.Start, c.End, null, []); break;
                // "Trump Tower", "Kelmarsh Plaza": a building or a square named after someone is a place.
                case NerLabels.Person when PlaceHeads.Contains(text[c.Start..c.End] is var n && n.LastIndexOf(' ') is > 0 and var sp ? n[(sp + 1)..] : ""):
                    work.AddPlace(c.Start, c.End, tokenIndex); break;
                case NerLabels.Person: AddPerson(work, c.Start, c.End, tokenIndex); break;
                default: AddMisc(work, c.Start, c.End); break;
            }
        }
        PartyTags.Apply(work, partyTags, gazetteer);
        AddBracketedAcronyms(work);
        MergeNameVariants(work);
        MergeGenericShortNames(work);
        MergeNewspaperShortNames(work);
        MergeEarlyAcronyms(work);
        AddMissedSurnames(work, analyzed);
        AddToldAudiences(work, analyzed);
        AddAgeAndNationalityDescriptions(work, analyzed);
        AddDemonymsAndNominals(work, analyzed);
        AddHomeGovernment(work, analyzed);
        TitledCountryWordsArePeople(work, analyzed);
        AddUnnamedMembers(work, analyzed);
        AddUnnamedInsiders(work, analyzed);
        AddDefiniteDescriptions(work, analyzed);
        AddAppositionAffiliations(work, analyzed);
        AddPartyAppositions(work, analyzed);
        AddCounterparts(work, analyzed);
        return work.Build();
    }

    private static readonly Regex GovernmentAfterCountry = new(@"^(?:'s|\u2019s)?\s+(?:government|authorities|officials?|administration|cabinet|ministers?|president|prime minister|premier|leader)\b",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// "Labour ... the Tories ... The government said": where every political party the article names is one country's
    /// and no other country's government is named ("the Danish government", "Norway's ministers"), a bare "the
    /// government" is that country's, though the article may never name it (a national paper writing about home).
    /// </summary>
    private void AddHomeGovernment(Work work, AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        if (text.IndexOf("government", StringComparison.Ordinal) < 0) return;
        var homes = work.InstitutionIds()
            .Where(id => gazetteer.InstitutionByName(work.NameOf(id)) is { IsParty: true }).Select(work.CountryOf).Distinct().ToList();
        if (homes is not [{ } iso] || gazetteer.CountryByIso(iso.ToUpperInvariant()) is not { } home) return;
        var homeId = GraphIds.Country(home.Iso);
        foreach (var m in work.CountryMentions())
            if (m.EntityId != homeId && (m.Kind == MentionKind.Nominal || GovernmentAfterCountry.IsMatch(text.AsSpan(m.End, Math.Min(24, text.Length - m.End)).ToString())))
                return;
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 1; i < toks.Count; i++)
            {
                if (toks[i].Text is not "government" || toks[i - 1].Text is not ("the" or "The") || work.IsCovered(toks[i - 1].Start, toks[i].End)) continue;
                // ("the government of Chad", "the government in Kabul": named after it, another's.)
                if (i + 1 < toks.Count && toks[i + 1].Text is "of" or "in" or "at") continue;
                work.AddCountryMention(home, toks[i - 1].Start, toks[i].End, MentionKind.Nominal);
            }
        }
    }

    /// <summary>
    /// Last words of the article's names of people with a first name too ("Ana Ruiz" -> "Ruiz"), and the first words
    /// of its several-word organisation names ("Orbit Media" -> "Orbit"), which are brands when the model has also
    /// tagged a "Global Orbit" as a person.
    /// </summary>
    private static (HashSet<string> Surnames, HashSet<string> Brands) Surnames(string text, List<EntityCandidate> kept)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var brands = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in kept)
        {
            var words = text[c.Start..c.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            if (c.Label == NerLabels.Organisation) brands.Add(words[0]);
            else if (c.Label == NerLabels.Person && words[^1].Length >= 3 && char.IsUpper(words[^1][0]) && words[^1].All(char.IsLetter)) surnames.Add(words[^1]);
        }
        return (surnames, brands);
    }

    /// <summary>
    /// The model, which sees the whole article, may tag a surname as an organisation ("the Ruiz campaign", "Ruiz
    /// backers") and then every later "Ruiz" too: a one-word name that is the surname of a person the article names
    /// in full is that person, unless the gazetteer knows it as a place or an institution. When the model tagged it
    /// as an organisation and the word also opens organisation names in the article ("Orbit Media"), only a courtesy
    /// title makes it a surname ("Mr Orbit"): otherwise it is the brand, and the "person" the model's mistake.
    /// </summary>
    private bool IsSurname(string text, EntityCandidate c, (HashSet<string> Surnames, HashSet<string> Brands) names)
    {
        var name = text[c.Start..c.End];
        return names.Surnames.Contains(name) && (c.Label != NerLabels.Organisation || !names.Brands.Contains(name) || CourtesyTitleBefore(text, c.Start))
            && gazetteer.CountryByName(name) is null && gazetteer.CityByName(name) is null
            && gazetteer.InstitutionByName(name) is null && gazetteer.CountryByDemonym(name) is null;
    }

    /// <summary>
    /// Where a body's name ends without the word for one of its people the model took in with it: "Labour MP", "Radio
    /// Harbour DJ", "Supreme Court Justice" (the person's role, not part of the body's name).
    /// </summary>
    private static int WithoutMemberWord(string text, int start, int end)
    {
        var space = text.LastIndexOf(' ', end - 1, end - start);
        if (space <= start) return end;
        var last = text[(space + 1)..end];
        var keep = last is "MP" or "MPs" or "MEP" or "MEPs" or "DJ" or "DJs"
                   || last is "Justice" && text[start..space].EndsWith(" Court", StringComparison.Ordinal);
        return keep ? space : end;
    }

    /// <summary>
    /// "Harbour Radio 4", "Channel 5": a station's number after "Radio", "Channel" or "TV" is part of its name, which the
    /// model tends to end before the digit (so Radio 1 and Radio 4 would be one station). Not a number of something
    /// ("Radio 4 million listeners", "Channel 4%").
    /// </summary>
    private static int StationNumberEnd(string text, int start, int end)
    {
        var name = text.AsSpan(start, end - start);
        if (!(name.EndsWith("Radio") || name.EndsWith("Channel") || name.EndsWith("TV"))) return end;
        var k = end;
        if (k + 2 > text.Length || text[k] != ' ' || !char.IsDigit(text[k + 1])) return end;
        k++;
        var digits = k;
        while (k < text.Length && char.IsDigit(text[k])) k++;
        if (k - digits > 2 || k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] == '%' || text[k] == '.' && k + 1 < text.Length && char.IsDigit(text[k + 1]))) return end;
        Work.WordAfter(text, k, out var next);
        return next is "million" or "billion" or "per" or "years" or "year" or "days" or "hours" or "times" or "of" ? end : k;
    }

    private static bool CourtesyTitleBefore(string text, int start)
    {
        // ("Mr." too: the full stop stands between the title and the name.)
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '.') end--;
        Work.WordBefore(text, end, out var word);
        return Work.IsCourtesyTitle(word);
    }


    /// <summary>
    /// A body or a firm the gazetteer knows by a name of several words ("Scottish Executive", "Bank of England",
    /// "American Express"), written so in the text, is a candidate even where the model missed it or tagged only a word
    /// of it ("Scottish", "American" as a nationality): those smaller tags inside it give way. A tag that runs past the
    /// name, or another kind of name on it, stays.
    /// </summary>
    private IReadOnlyList<EntityCandidate> WithKnownNames(string text, IReadOnlyList<EntityCandidate> candidates)
    {
        List<EntityCandidate>? added = null;
        foreach (var name in gazetteer.SeveralWordInstitutionNames.Concat(gazetteer.SeveralWordFirmNames))
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || end < text.Length && char.IsLetterOrDigit(text[end])) continue;
                if (!KnownNameFree(candidates, added, at, end)) continue;
                added ??= [];
                added.Add(new EntityCandidate(at, end, NerLabels.Organisation, 1.0, "gazetteer"));
            }
        }
        if (added is null) return candidates;
        return candidates.Where(c => !added.Any(a => a.Start <= c.Start && c.End <= a.End)).Concat(added).OrderBy(c => c.Start).ToList();
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) holds no tag but smaller ones of another kind than a
    /// body's or a person's, and no known name added already. (A method of its own: the loop over every gazetteer name
    /// would otherwise allocate a closure for each.)
    /// </summary>
    private static bool KnownNameFree(IReadOnlyList<EntityCandidate> candidates, List<EntityCandidate>? added, int start, int end)
    {
        foreach (var c in candidates)
            if (c.Start < end && start < c.End && (c.Start < start || c.End > end || c.Label is NerLabels.Organisation or NerLabels.Person)) return false;
        if (added is not null)
            foreach (var c in added)
                if (c.Start < end && start < c.End) return false;
        return true;
    }

    /// <summary>Longer and surer spans win; the rest are dropped so every character belongs to at most one name.</summary>
    private static List<EntityCandidate> NonOverlapping(IReadOnlyList<EntityCandidate> candidates)
    {
        // Sure ones first, then longer, then earlier; among equals, the order they came in.
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            EntityCandidate a = candidates[x], b = candidates[y];
            var c = (b.Confidence >= 0.85).CompareTo(a.Confidence >= 0.85);
            if (c == 0) c = (b.End - b.Start).CompareTo(a.End - a.Start);
            if (c == 0) c = a.Start.CompareTo(b.Start);
            return c != 0 ? c : x.CompareTo(y);
        });
        var kept = new List<EntityCandidate>();
        foreach (var i in order)
            if (!Overlaps(kept, candidates[i])) kept.Add(candidates[i]);
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static bool Overlaps(List<EntityCandidate> kept, EntityCandidate c)
    {
        foreach (var k in kept)
            if (k.Start < c.End && c.Start < k.End) return true;
        return false;
    }

    // Text made from tokens may have a space before the comma.
    private static readonly Regex CommaGap = new(@"^ ?, $", RegexOptions.CultureInvariant);
    private static readonly Regex LastGap = new(@"^(?: ?, | ?,? and | ?,? or | & )$", RegexOptions.CultureInvariant);

    /// <summary>A model this sure of a name's kind keeps it whatever the list around it says.</summary>
    private const double SureOfKind = 0.9;

    /// <summary>
    /// Names in one list ("A, B, C and D") are mostly of one kind. When all but one of three or more agree, the
    /// odd one, if the model was unsure and the gazetteers do not know it, takes the others' kind, and so does the
    /// same name elsewhere in the article. A place is only made of a known city.
    /// </summary>
    private List<EntityCandidate> ListHarmony(string text, List<EntityCandidate> sorted)
    {
        var result = new List<EntityCandidate>(sorted);
        var relabel = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < result.Count)
        {
            // Commas between all but the last two; "and", "or", "&" or a comma before the last.
            var j = i;
            while (j + 1 < result.Count && result[j + 1].Start > result[j].End && text[result[j].End..result[j + 1].Start] is var gap)
            {
                if (CommaGap.IsMatch(gap)) { j++; continue; }
                if (LastGap.IsMatch(gap)) j++;
                break;
            }
            var n = j - i + 1;
            if (n >= 3)
            {
                var counts = new Dictionary<string, int>();
                for (var k = i; k <= j; k++) counts[result[k].Label] = counts.GetValueOrDefault(result[k].Label) + 1;
                var (label, top) = counts.MaxBy(p => p.Value);
                if (label != NerLabels.Misc && top == n - 1)
                    for (var k = i; k <= j; k++)
                    {
                        var c = result[k];
                        var name = text[c.Start..c.End];
                        if (c.Label == label || c.Label == NerLabels.Misc || c.Confidence >= SureOfKind) continue;
                        if (gazetteer.CountryByName(name) is not null || gazetteer.CountryByDemonym(name) is not null || gazetteer.InstitutionByName(name) is not null) continue;
                        if (label == NerLabels.Location && gazetteer.CityByName(name) is null) continue;
                        if (label == NerLabels.Person && name.StartsWith("The ", StringComparison.Ordinal)) continue;
                        relabel[name] = label;
                    }
            }
            i = j + 1;
        }
        if (relabel.Count == 0) return result;
        for (var k = 0; k < result.Count; k++)
            if (result[k].Label != NerLabels.Misc && relabel.TryGetValue(text[result[k].Start..result[k].End], out var to))
                result[k] = result[k] with { Label = to };
        return result;
    }

    /// <summary>
    /// Nouns for works of fiction and music before their titles: "the comedy Sideways", "her album Exodus". Not books,
    /// memoirs or documentaries, which can be a claim's source ("the book Harbour Secrets alleges ...").
    /// </summary>
    private static readonly FrozenSet<string> WorkNouns = new[]
    {
        "film", "movie", "biopic", "comedy", "drama", "thriller", "sitcom", "soap", "sequel", "blockbuster", "cartoon",
        "musical", "opera", "ballet", "album", "song", "novel", "poem", "painting", "series", "programme", "serial",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of the names of events and shows ("Harbour Motor Show", "Westhaven Marathon", "Fjord Awards").</summary>
    private static readonly FrozenSet<string> EventHeads = new[]
    {
        "Olympics", "Olympiad", "Marathon", "Awards", "Cup", "Championship", "Championships", "Prix", "Trophy", "Rally", "Show",
        "Expo", "Bowl",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a name is an event's or a show's, which is no actor: its last word is an event's ("Harbour Motor Show",
    /// "Westhaven Open" after a place, "Oslo Games" after a place or year, "Six Nations"), or it is an award named in
    /// the plural ("Oscars", "Baftas"). Other names of one word are left alone ("Derby", "Show").
    /// </summary>
    private bool IsEventName(string name)
    {
        if (name is "Oscars" or "Baftas" or "Grammys" or "Emmys" or "Superbowl") return true;
        var words = name.Split(' ');
        if (words.Length < 2) return false;
        var last = words[^1];
        var placeOrYear = gazetteer.CityByName(words[^2]) is not null || gazetteer.CountryByName(words[^2]) is not null
                          || gazetteer.CountryByDemonym(words[^2]) is not null || words[^2].All(char.IsDigit);
        return EventHeads.Contains(last) || last is "Games" or "Open" && placeOrYear || last is "Nations" && words[^2] is "Six" or "Tri";
    }

    /// <summary>
    /// Whether a name is followed by one of the cast of a show and their name: "Harbour Lights star Tom Beck" (a person
    /// is nobody's star), or, for a name the model took for a body's, "Harbour Lights actress Anna Kovac" (not
    /// "Westhaven Rovers star": clubs and bands have stars). Not directors or producers, which companies have too.
    /// </summary>
    private static bool CastBefore(string text, EntityCandidate c)
    {
        var m = CastAfter.Match(text, c.End);
        if (!m.Success) return false;
        var noun = m.Groups[1].Value;
        return c.Label == NerLabels.Person || c.Label == NerLabels.Organisation && noun is "actor" or "actress" or "creator" or "co-star"
            && !LooksInstitutional(text[c.Start..c.End]);
    }

    private static readonly Regex CastAfter = new(@"\G (star|actor|actress|creator|co-star) [A-Z]", RegexOptions.CultureInvariant);

    private static readonly Regex SpeaksAfter = new(@"^[\u2019']?s? (?:said|says|told|tells|added|explained|insisted|admitted)\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// A title after a noun for a work ("the comedy Sideways", "his album 'Exodus'") or before one of its cast, and an
    /// event's name (<see cref="IsEventName"/>), name no actor, whatever the model typed them, and nor do the same words
    /// elsewhere in the article; unless they speak somewhere, which a film does not ("in the film Ola Brandt plays a pilot
    /// ... Ola Brandt said"). Not a country, city or body the gazetteers know ("the album Egypt": the country named later
    /// is still the country).
    /// </summary>
    private List<EntityCandidate> WorksAreNotActors(string text, List<EntityCandidate> sorted)
    {
        var works = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in sorted)
        {
            if (c.Label == NerLabels.Misc) continue;
            var at = c.Start;
            while (at > 0 && text[at - 1] is '"' or '\'' or '\u2018' or '\u201C') at--;
            Work.WordBefore(text, at, out var word);
            var name = text[c.Start..c.End];
            if ((WorkNouns.Contains(word.ToString()) || CastBefore(text, c) || IsEventName(name) || CommonNounAcronyms.Contains(name)) && gazetteer.CountryByName(name) is null
                && gazetteer.CityByName(name) is null && gazetteer.InstitutionByName(name) is null) works.Add(name);
        }
        if (works.Count == 0) return sorted;
        foreach (var c in sorted)
            if (works.Contains(text[c.Start..c.End]) && SpeaksAfter.IsMatch(text.AsSpan(c.End)))
                works.Remove(text[c.Start..c.End]);
        return sorted.Select(c => works.Contains(text[c.Start..c.End]) ? c with { Label = NerLabels.Misc } : c).ToList();
    }

    /// <summary>
    /// "Brian May ... May said: ...", "Ana Wood ... Wood wrote": the surname of a person the model tagged in full, alone
    /// before a verb of saying, is that person, also where the word is a month or a common noun the model left untagged.
    /// (A weak tag: any tag of the model's over the same words wins.)
    /// </summary>
    private static IReadOnlyList<EntityCandidate> SpokenSurnames(string text, IReadOnlyList<EntityCandidate> candidates)
    {
        List<EntityCandidate>? added = null;
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.Label == NerLabels.Person && text.AsSpan(c.Start, c.End - c.Start).LastIndexOf(' ') is > 0 and var sp && c.End - (c.Start + sp + 1) >= 3)
                surnames.Add(text[(c.Start + sp + 1)..c.End]);
        foreach (var surname in surnames)
        {
            for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
            {
                var end = at + surname.Length;
                if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || end < text.Length && char.IsLetterOrDigit(text[end])) continue;
                if (!Work.SaysAfter(text, end) || candidates.Any(c => c.Start < end && at < c.End)) continue;
                (added ??= []).Add(new EntityCandidate(at, end, NerLabels.Person, 0.5, "surname"));
            }
        }
        return added is null ? candidates : candidates.Concat(added).OrderBy(c => c.Start).ToList();
    }

    /// <summary>
    /// "Karen May said": the tagger reads "May" as the month and keeps the first name alone. A common first name right
    /// before "May" (not a date: no number after it) is a person with that surname.
    /// </summary>
    private static IReadOnlyList<EntityCandidate> SurnameMay(string text, IReadOnlyList<EntityCandidate> candidates)
    {
        if (!text.Contains(" May", StringComparison.Ordinal)) return candidates;
        return candidates.Select(c =>
        {
            var after = text.AsSpan(c.End);
            if (!after.StartsWith(" May", StringComparison.Ordinal) || after.Length > 4 && (char.IsLetterOrDigit(after[4]) || after.Length > 5 && after[4] == ' ' && char.IsDigit(after[5])))
                return c;
            var name = text[c.Start..c.End];
            return name.Contains(' ') || !Claims.PersonGender.IsFirstName(name) ? c : c with { End = c.End + 4, Label = NerLabels.Person };
        }).ToList();
    }

    /// <summary>
    /// "Roe v. Wade", "Nordbank v. Kelmarsh Harbour Board": the names on either side of a court case's "v." name the
    /// case, not its parties as actors in the story (the parties, when they act, are named apart).
    /// </summary>
    /// <summary>
    /// In a headline written in title case ("Donor and Mayor May Be Aligning on Harbour"), every word is capitalised,
    /// so the model's guesses there ("Aligning", "Know", "Weirdly") are weak: a one-word name found only in such a
    /// headline is kept when the article's body uses it too or the gazetteer knows it, and dropped otherwise.
    /// </summary>
    private List<EntityCandidate> TitleCaseHeadlineGuesses(string text, IReadOnlyList<EntityCandidate> candidates)
    {
        var titleEnd = text.IndexOf('\n');
        if (titleEnd <= 0 || !candidates.Any(c => c.End <= titleEnd) || !IsTitleCase(text.AsSpan(0, titleEnd))) return candidates as List<EntityCandidate> ?? [.. candidates];
        return candidates.Where(c =>
        {
            if (c.End > titleEnd) return true;
            var name = text[c.Start..c.End];
            // (Only a single word is in doubt: a name of several, "Ana Ruiz Backs Harbour Plan", is hers even when the
            // body says only "she"; and so is an acronym, "RNC".)
            if (name.Contains(' ') || name.Length <= 4 && name.All(char.IsUpper)) return true;
            var asWord = name.All(char.IsUpper) ? name[0] + name[1..].ToLowerInvariant() : name;
            return ContainsWord(text, asWord, titleEnd) || ContainsWord(text, name, titleEnd) || Known(name) || Known(asWord) || Known(name + ".");
        }).ToList();

        bool Known(string name) => gazetteer.CountryByName(name) is not null || gazetteer.CountryByDemonym(name) is not null
            || gazetteer.CityByName(name) is not null || gazetteer.InstitutionByName(name) is not null || gazetteer.UsState(name) is not null;
    }

    private static bool ContainsWord(string text, string word, int from)
    {
        for (var at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]))) return true;
        return false;
    }

    /// <summary>
    /// Whether a line is in title case: at least three words of four letters or more after the first, nearly all
    /// capitalised, and not mostly in capitals throughout (a headline in capitals, "JAPAN GET LUCKY WIN", is its own style).
    /// </summary>
    private static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        int longWords = 0, capitalised = 0, allCaps = 0, index = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].Trim("\"'\u2018\u2019\u201C\u201D(:,.!?");
            if (index++ == 0 || word.Length < 4 || !char.IsLetter(word[0])) continue;
            longWords++;
            if (char.IsUpper(word[0])) capitalised++;
            if (!word.ContainsAnyInRange('a', 'z')) allCaps++;
        }
        return longWords >= 3 && capitalised * 10 >= longWords * 8 && allCaps * 2 < longWords;
    }

    private static List<EntityCandidate> CaseNamesAreNoActors(string text, List<EntityCandidate> sorted)
    {
        if (!text.Contains(" v. ", StringComparison.Ordinal)) return sorted;
        static bool CapitalAt(string text, int i) => i < text.Length && char.IsUpper(text[i]);
        return sorted.Select(c =>
        {
            var before = c.End + 4 <= text.Length && text.AsSpan(c.End, 4).SequenceEqual(" v. ") && CapitalAt(text, c.End + 4);
            var after = c.Start >= 5 && text.AsSpan(c.Start - 4, 4).SequenceEqual(" v. ") && char.IsLetter(text[c.Start - 5]);
            return before || after ? c with { Label = NerLabels.Misc } : c;
        }).ToList();
    }

    /// <summary>"Department of X of the Chinese Ministry of Y" read as two names is one name of a part and its whole.</summary>
    private static List<EntityCandidate> JoinPartOf(string text, List<EntityCandidate> sorted)
    {
        var joined = new List<EntityCandidate>();
        foreach (var c in sorted)
        {
            if (joined.Count > 0 && joined[^1] is var prev && prev.Label == NerLabels.Organisation && c.Label == NerLabels.Organisation
                && text.AsSpan(prev.End, c.Start - prev.End) is var gap && (gap.SequenceEqual(" of the ") || gap.SequenceEqual(" of ")))
            {
                joined[^1] = prev with { End = c.End, Confidence = Math.Min(prev.Confidence, c.Confidence) };
                continue;
            }
            joined.Add(c);
        }
        return joined;
    }

    private void AddMisc(Work work, int start, int end)
    {
        var span = work.Text[start..end];
        // CoNLL tags nationalities as MISC: "Chinese" is a demonym mention of China.
        if (gazetteer.CountryByDemonym(span) is { } country)
        {
            if (!Continental(work.Text, start))
                work.AddCountryMention(country, start, end, MentionKind.Demonym);
        }
        // "Democratic Sen. Karen Lund", "Republican presidential nominee Tom Beck": the party's word before a title is the
        // party (so the person's title makes them its); elsewhere ("a Republican who", "Republican leaders") it is left
        // to describe people, not to stand for the party.
        else if (gazetteer.PartyByMemberWord(span) is { } party && TitleAfter(work.Text, end))
        {
            // "Liberal Democrat leader X": the word before makes another party's name.
            var b = Work.WordBefore(work.Text, start, out var before);
            if (before.Length > 0 && gazetteer.InstitutionByName(work.Text[b..end]) is { IsParty: true } other)
                work.AddKnownInstitutionMention(other, b, end, MentionKind.Demonym);
            else if (before.Length == 0 || !char.IsUpper(before[0]) || StartsSentence(work.Text, b))
                work.AddKnownInstitutionMention(party, start, end, MentionKind.Demonym);
        }
        // "Democrats", "the Tories": a party's plural name for its members (which the model tags as it tags "Americans")
        // is a mention of the party, of the members' kind; whether it speaks for the party or only for some of them
        // ("many Democrats") is the speaker stage's to tell, as for a country's people.
        else if (gazetteer.InstitutionByName(span) is { IsParty: true } named && span.EndsWith('s'))
            work.AddKnownInstitutionMention(named, start, end, MentionKind.Demonym);
    }

    /// <summary>"Latin American", "South American": the word is a continent's people, not the United States'.</summary>
    private static bool Continental(string text, int start)
    {
        Work.WordBefore(text, start, out var before);
        return text.AsSpan(start).StartsWith("American", StringComparison.Ordinal) && before is "Latin" or "South" or "Central" or "North";
    }

    private static bool StartsSentence(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        return before.Length == 0 || before[^1] is '.' or '\n' or '"' or '\u201C' or '!' or '?';
    }

    /// <summary>A title (one or two words, as the gazetteer lists them) right after <paramref name="end"/>.</summary>
    private bool TitleAfter(string text, int end)
    {
        var words = text[end..Math.Min(text.Length, end + 40)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (gazetteer.IsTitle(words[0].TrimEnd(',')) || words.Length > 1 && gazetteer.IsTitle(words[0] + " " + words[1].TrimEnd(',')));
    }

    /// <summary>
    /// The name of the well-known firm the words from <paramref name="start"/> to <paramref name="end"/> name: the name
    /// itself, or the firm's full name where the article also gives it ("Lockheed" when "Lockheed Martin" is written
    /// too, "Hyundai" when "Hyundai Motor" is), or the whole name where it opens with a firm's ("Cadbury Schweppes");
    /// null if no firm is named.
    /// </summary>
    private string? FirmNamed(string text, int start, int end)
    {
        var name = text[start..end];
        if (gazetteer.FirmByName(name) is { } firm)
        {
            if (firm.Name != name && text.Contains(firm.Name, StringComparison.Ordinal)) return firm.Name;
            for (var at = text.IndexOf(name + " ", StringComparison.Ordinal); at >= 0; at = text.IndexOf(name + " ", at + 1, StringComparison.Ordinal))
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && Work.WordAfter(text, at + name.Length, out var form) >= 0 && Work.IsCompanyForm(form))
                    return name + " " + form.ToString();
            return name;
        }
        var space = name.IndexOf(' ');
        return space > 0 && gazetteer.FirmByName(name[..space]) is not null && !Claims.PersonGender.IsFirstName(name[..space]) ? name : null;
    }

    private void AddInstitution(Work work, int start, int end, TokenIndex tokens)
    {
        var text = work.Text;
        (start, end) = TrimArticle(text, start, end);
        var name = text[start..end];
        // "PC", "TV", "DVD" are things, not bodies ("US TV": only the country is named).
        if (CommonNounAcronyms.Contains(name)) return;
        if (name.IndexOf(' ') is > 0 and var sp && CommonNounAcronyms.Contains(name[(sp + 1)..]) && PrefixCountry(name[..sp]) is { } of)
        {
            work.AddCountryMention(of, start, start + sp, gazetteer.CountryByDemonym(name[..sp]) is not null ? MentionKind.Demonym : MentionKind.Name);
            return;
        }
        if (gazetteer.InstitutionByName(name) is { } known)
        {
            // "US Department of Commerce": the country inside the name is a mention of its own.
            var iso = known.Iso;
            if (iso is not null && name.Split(' ')[0] is var first && PrefixCountry(first) is { } pc && pc.Iso == iso)
                work.AddCountryMention(pc, start, start + first.Length, pc.Name == first || pc.Aliases.Contains(first) ? MentionKind.Name : MentionKind.Demonym);
            work.AddInstitution(known.Name, start, end, iso, known.Aliases);
            return;
        }
        if (gazetteer.CountryByName(name) is { } isCountry)
        {
            // Models often tag a country acting as a party ("the US") as ORG: it is still the country.
            work.AddCountryMention(isCountry, start, end, MentionKind.Name);
            return;
        }
        // "X of the Chinese Ministry of Foreign Affairs": split into the part and the whole.
        var ofThe = name.LastIndexOf(" of the ", StringComparison.Ordinal);
        if (ofThe > 0)
        {
            var wholeStart = start + ofThe + " of the ".Length;
            if (LooksInstitutional(text[wholeStart..end]))
            {
                var whole = AddInstitution2(work, wholeStart, end);
                var part = AddInstitution2(work, start, start + ofThe, whole.Iso);
                work.AddRelation(RelationTypes.PartOf, part.Id, whole.Id, start, end, 0.85);
                return;
            }
        }
        AddInstitution2(work, start, end);
    }

    private (string Id, string? Iso) AddInstitution2(Work work, int start, int end, string? inheritedIso = null)
    {
        var text = work.Text;
        (start, end) = TrimArticle(text, start, end);
        var name = text[start..end];
        string? iso = inheritedIso;
        var firstSpace = name.IndexOf(' ');
        // "the Norwegian and Danish Rovers": two nationalities' words joined open one name, which is neither country's. The
        // body goes by the rest ("Rovers"), as the text calls it after, with the whole as an alias.
        if (firstSpace > 0 && gazetteer.CountryByDemonym(name[..firstSpace]) is not null && JoinedCountryWordBefore(text, start) is { } joinedStart)
        {
            work.RemoveCountryMentions(joinedStart, text.IndexOf(' ', joinedStart));
            return (work.AddInstitution(name[(firstSpace + 1)..], joinedStart, end, null, [text[joinedStart..end]]), null);
        }
        if (firstSpace > 0 && PrefixCountry(name[..firstSpace]) is { } country)
        {
            var rest = name[(firstSpace + 1)..];
            var knownRest = gazetteer.InstitutionByName(name) ?? gazetteer.InstitutionByName(rest);
            // "Danish Ferry Lines", "Swedish Cable Society": a firm's or society's own name that opens with its country's
            // word. The name keeps the word and the country is only where it is from (no part of the state).
            if (knownRest is null && !IsStateBody(rest) && !NamedAlone(text, rest))
                return (work.AddInstitution(name, start, end, country.Iso, [], countryInName: true), country.Iso);
            var kind = gazetteer.CountryByDemonym(name[..firstSpace]) is not null ? MentionKind.Demonym : MentionKind.Name;
            work.AddCountryMention(country, start, start + firstSpace, kind);
            iso = country.Iso;
            // The mention keeps the country word ("Chinese Ministry of Foreign Affairs"); the name does not, unless
            // the whole is a known name ("UK Independence Party" is not an "Independence Party" of the UK).
            if (knownRest is not null)
                return (work.AddInstitution(knownRest.Name, start, end, knownRest.Iso ?? iso, knownRest.Aliases, partOfCountry: true), iso);
            // (Only a state's body is part of the state: "US Ahold", the firm's American arm, is not.)
            return (work.AddInstitution(rest, start, end, iso, [], partOfCountry: IsStateBody(rest)), iso);
        }
        if (gazetteer.InstitutionByName(name) is { } known)
            return (work.AddInstitution(known.Name, start, end, known.Iso, known.Aliases), known.Iso);
        var head = firstSpace > 0 ? name[..firstSpace] : name;
        var qualify = NationalHeads.Contains(head) ? iso : null;
        return (work.AddInstitution(name, start, end, qualify, []), iso);
    }

    /// <summary>Where "Norwegian and " starts before a name at <paramref name="start"/>: a nationality's word and "and" right before it.</summary>
    private int? JoinedCountryWordBefore(string text, int start)
    {
        var andStart = Work.WordBefore(text, start, out var and);
        if (and is not "and" || andStart < 2) return null;
        var wordStart = Work.WordBefore(text, andStart, out var word);
        return wordStart >= 0 && word.Length > 0 && gazetteer.CountryByDemonym(word.ToString()) is not null && text.AsSpan(wordStart + word.Length, andStart - wordStart - word.Length) is " "
            ? wordStart : null;
    }

    /// <summary>
    /// Whether a name after a country's word is a body of that country's state, which the country word only places:
    /// "(Danish) Ministry of Ports", "(US) Coast Guard", "(Irish) Central Bank", "(Greek) Parliament".
    /// </summary>
    private static bool IsStateBody(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (StateBodyFirstWords.Contains(words[0]) || StateBodyLastWords.Contains(words[^1])
            || name.Contains("Central Bank", StringComparison.Ordinal));
    }

    /// <summary>Whether the article also names <paramref name="rest"/> without the country word before it ("Nordbank" after "Danish Nordbank").</summary>
    private static bool NamedAlone(string text, string rest)
    {
        for (var at = text.IndexOf(rest, StringComparison.Ordinal); at >= 0; at = text.IndexOf(rest, at + rest.Length, StringComparison.Ordinal))
        {
            var end = at + rest.Length;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || end < text.Length && char.IsLetterOrDigit(text[end])) continue;
            // (Alone: not after the country word, nor inside another name, "Westhaven Kelpmark"; and not after "the",
            // which a common noun takes: "the Library" after "the Danish Library" is still that library.)
            // (Nor opening a longer name: "Sport" of "Sport Westhaven" does not name "UK Sport" alone.)
            if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) continue;
            Work.WordBefore(text, at, out var before);
            if (before.IsEmpty || !char.IsUpper(before[0]) && !before.Equals("the", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> StateBodyFirstWords = new[]
    {
        "Ministry", "Ministries", "Department", "Embassy", "Consulate", "Parliament", "Cabinet", "Government", "Treasury",
        "Supreme", "Federal", "Army", "Navy", "Air", "Police", "Presidential", "Prime", "Foreign", "Defence", "Defense",
        "Interior", "Home", "Commerce", "Justice", "Finance", "Trade", "State", "Court", "Congress", "Senate", "Customs",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> StateBodyLastWords = new[]
    {
        "Ministry", "Department", "Embassy", "Consulate", "Office", "Parliament", "Congress", "Senate", "Government",
        "Treasury", "Court", "Army", "Navy", "Force", "Police", "Commission", "Agency", "Administration", "Service",
        "Bureau", "Customs", "Reserve", "Guard", "Cabinet", "Authority",
    }.ToFrozenSet(StringComparer.Ordinal);

    private CountryEntry? PrefixCountry(string word) => gazetteer.CountryByDemonym(word) ?? gazetteer.CountryByName(word);

    private static bool LooksInstitutional(string name) =>
        name.Split(' ').Any(w => RuleBasedRecognizer.InstitutionWords.Contains(w));

    private void AddPerson(Work work, int start, int end, TokenIndex tokens)
    {
        var text = work.Text;
        var words = tokens.WordsIn(start, end);
        if (words.Count == 0) return;
        // Strip leading titles and country prefixes: "US President Joe Biden" -> "Joe Biden" (role President).
        var k = 0;
        CountryEntry? country = null, nationality = null;
        int countryStart = -1, countryEnd = -1;
        if (PrefixCountry(words[0].Text) is { } c && words.Count > 1)
        {
            country = c; countryStart = words[0].Start; countryEnd = words[0].End;
            k = 1;
        }
        var roleStart = k;
        k = SkipTitles(words, k);
        var role = k > roleStart ? text[words[roleStart].Start..words[k - 1].End] : null;
        // A title that began before the span ends at its first word: "Chancellor of the [Exchequer Gordon Brown]".
        if (k == 0 && words.Count > 2 && TitleEndingWith(tokens.WordsBefore(start, 3), words[0]) is { } whole)
        {
            role = text[whole..words[0].End];
            k = roleStart = 1;
        }
        if (k >= words.Count) return;
        // A courtesy title alone names nobody: the model sometimes tags "Mr" and the surname after it apart.
        if (k == words.Count - 1 && Work.IsCourtesyTitle(words[k].Text)) return;
        var nameStart = words[k].Start;
        if (country is not null)
            work.AddCountryMention(country, countryStart, countryEnd, gazetteer.CountryByDemonym(words[0].Text) is not null ? MentionKind.Demonym : MentionKind.Name);
        // The title may also stand before the span: "US President [Joe Biden]".
        if (role is null)
        {
            var before = tokens.WordsBefore(start, 5);
            var t = before.Count;
            // Titles of one or two words, possibly stacked: "Prime Minister", "Deputy Foreign Minister", "Gen.". A title's
            // first word that ends a name of several words is the name's ("Harbour Party leader X": the role is
            // "leader", of the party); a one-word name there is the title's ("Defence minister X").
            bool EndsLongerName(int w) => w > 0 && before[w - 1].IsCapitalised && work.ActorEndingAt(before[w].End) is not null;
            while (t > 0)
            {
                if (t >= 3 && gazetteer.MayStartTitle(before[t - 3].Text) && gazetteer.IsTitle(before[t - 3].Text + " " + before[t - 2].Text + " " + before[t - 1].Text)
                    && !EndsLongerName(t - 3)) t -= 3;
                else if (t >= 2 && gazetteer.MayStartTitle(before[t - 2].Text) && gazetteer.IsTitle(before[t - 2].Text + " " + before[t - 1].Text)
                    && !EndsLongerName(t - 2)) t -= 2;
                else if (gazetteer.IsTitle(before[t - 1].Text) || gazetteer.IsTitle(before[t - 1].Text.TrimEnd('.'))) t--;
                else break;
            }
            // "Education Secretary Ana Ruiz", "Trade and Industry Minister ...": the portfolio before a secretary's,
            // minister's or commissioner's title is part of the role (not a country or a body named there).
            bool Portfolio(int w) => w >= 0 && before[w].IsCapitalised && PrefixCountry(before[w].Text) is null && work.ActorEndingAt(before[w].End) is null
                && !gazetteer.IsTitle(before[w].Text) && before[w].Text is not ("The" or "A" or "An");
            if (t < before.Count && t > 0 && before[t].Text is "Secretary" or "Minister" or "Commissioner" && Portfolio(t - 1))
                t = t >= 3 && before[t - 2].Text is "and" && Portfolio(t - 3) ? t - 3 : t - 1;
            // "shadow chancellor", "former President", "ex-Labour minister": the word before is part of the role, so a
            // later "the chancellor" is not taken for the shadow one.
            if (t < before.Count && t > 0 && IsRoleModifier(before[t - 1].Text)) t--;
            if (t < before.Count)
            {
                role = text[before[t].Start..before[^1].End];
                // "Mr", "Sir" alone say how one is addressed, not what one is: after a party's name the person is its
                // member ("Harbour Party Sir Tom Beck"); after another body the name opens a clause of its own ("told
                // the Gazette Mr Beck would ...").
                var courtesyOnly = role.Split(' ').All(w => Work.IsCourtesyTitle(w));
                // "Northern Ireland minister", "New Westhaven": the country's word ends another place's name.
                var inPlaceName = t >= 2 && before[t - 2].Text is "Northern" or "North" or "Southern" or "South" or "Eastern" or "East" or "Western" or "West" or "New"
                                  && PrefixCountry(before[t - 2].Text + " " + before[t - 1].Text) is null;
                if (t > 0 && work.ActorEndingAt(before[t - 1].End) is { } prefixActor)
                {
                    if (IsProfession(role, gazetteer.CountryByDemonym(before[t - 1].Text) is not null) && PrefixCountry(before[t - 1].Text) is { } from
                        && prefixActor == GraphIds.Country(from.Iso)) nationality = from;
                    else if (courtesyOnly)
                    {
                        if (gazetteer.InstitutionByName(work.NameOf(prefixActor)) is { IsParty: true }) work.PendingAffiliation(prefixActor, before[t - 1].Start, end, "member");
                    }
                    // ("Oscar nominee X": one is a party's nominee or candidate, not an award's or a contest's.)
                    else if (!(inPlaceName && prefixActor.StartsWith("country:", StringComparison.Ordinal))
                             && !(role.Split(' ')[^1].ToLowerInvariant() is "nominee" or "candidate" or "hopeful" && gazetteer.InstitutionByName(work.NameOf(prefixActor)) is not { IsParty: true }))
                    {
                        // "retired Air Force general X", "former Labour minister X": the word before the body dates the role.
                        Work.WordBefore(text, work.MentionStartOf(prefixActor, before[t - 1].End), out var w);
                        var past = w.ToString().ToLowerInvariant() is "former" or "retired" or "outgoing" ? w.ToString().ToLowerInvariant() + " " : "";
                        work.PendingAffiliation(prefixActor, before[t - 1].Start, end, past + role);
                    }
                }
                else if (t > 0 && !inPlaceName && !courtesyOnly && PrefixCountry(before[t - 1].Text) is { } pc)
                {
                    var demonym = gazetteer.CountryByDemonym(before[t - 1].Text) is not null;
                    var countryId = work.AddCountryMention(pc, before[t - 1].Start, before[t - 1].End, demonym ? MentionKind.Demonym : MentionKind.Name);
                    if (demonym && IsProfession(role)) nationality = pc;
                    else work.PendingAffiliation(countryId, before[t - 1].Start, end, role);
                }
            }
        }
        // "Guy Brandt QC", "Ana Ruiz MSP": letters after a name of two words or more are no part of it, so the person
        // is one node with "Guy Brandt" (not after a party's name: "Harbour Party MP").
        if (words.Count - k >= 3 && PostNominals.Contains(words[^1].Text) && gazetteer.InstitutionByName(text[nameStart..words[^2].End]) is null
            && gazetteer.PartyByMemberWord(words[k].Text) is null)
            end = words[^2].End;
        var personId = work.AddPerson(nameStart, end, role);
        if (country is not null && IsProfession(role, gazetteer.CountryByDemonym(words[0].Text) is not null)) nationality = country;
        else if (country is not null)
            work.AddRelation(RelationTypes.AffiliatedWith, personId, GraphIds.Country(country.Iso), start, end, 0.85, role);
        if (nationality is not null) work.SetProperty(personId, "nationality", nationality.Iso.ToLowerInvariant());
        work.FlushPendingAffiliations(personId);
    }

    /// <summary>
    /// A trade or a sport, not an office ("French singer", "Danish striker", "a Norwegian doctor"): after a nationality
    /// it says where the person is from, not that they serve the country, which "German Chancellor" or "Danish judge" does.
    /// After a country's name rather than its nationality word only a trade: "US actor" is American, but a "France
    /// defender" plays for France.
    /// </summary>
    private static bool IsProfession(string? role, bool afterNationality = true) =>
        role is not null && role.Split(' ')[^1].ToLowerInvariant() is var last
        && (last is "actor" or "actress" or "singer" or "songwriter" or "author"
            or "writer" or "novelist" or "poet" or "playwright" or "artist" or "musician" or "rapper" or "composer" or "comedian"
            or "star" or "model" or "designer" or "photographer" or "architect" or "director" or "film-maker" or "filmmaker"
            or "producer" or "economist" or "researcher" or "scientist" or "doctor" or "student" or "journalist" or "editor"
            || afterNationality && last is "striker" or "defender" or "midfielder" or "goalkeeper" or "winger" or "forward" or "player" or "athlete"
                or "sprinter" or "runner" or "cyclist" or "golfer" or "boxer" or "swimmer" or "skier" or "driver" or "jockey");

    /// <summary>Letters written after a name for an office or an honour: "QC", "MP", "OBE".</summary>
    private static readonly FrozenSet<string> PostNominals =
        new[] { "QC", "KC", "MP", "MSP", "MEP", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE" }.ToFrozenSet(StringComparer.Ordinal);

    internal static bool IsRoleModifier(string word) => RoleModifiers.Contains(word) || word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase);

    /// <summary>"former", "ex-Rovers": a modifier that says the role was held once.</summary>
    private static bool IsFormer(string word) => word is "former" || word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RoleModifiers =
        new[] { "shadow", "former", "retired", "deputy", "acting", "vice", "junior", "assistant", "interim", "outgoing" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where a title of several words starts that ends with <paramref name="last"/> after <paramref name="before"/>.</summary>
    private int? TitleEndingWith(IReadOnlyList<Token> before, Token last)
    {
        for (var n = Math.Min(3, before.Count); n >= 2; n--)
        {
            var first = before[before.Count - n];
            if (gazetteer.MayStartTitle(first.Text) && gazetteer.IsTitle(string.Join(' ', before.Skip(before.Count - n).Select(w => w.Text).Append(last.Text))))
                return first.Start;
        }
        return null;
    }

    private int SkipTitles(IReadOnlyList<Token> words, int k)
    {
        while (k < words.Count - 1)
        {
            // Every title tried below starts with this word (or, alone, is it without its full stop).
            if (!gazetteer.MayStartTitle(words[k].Text) && !gazetteer.MayStartTitle(words[k].Text.AsSpan().TrimEnd('.'))) break;
            var matched = 0;
            for (var len = Math.Min(3, words.Count - 1 - k); len >= 1 && matched == 0; len--)
            {
                var phrase = string.Join(' ', words.Skip(k).Take(len).Select(w => w.Text));
                if (gazetteer.IsTitle(phrase) || gazetteer.IsTitle(phrase.TrimEnd('.'))) matched = len;
            }
            if (matched == 0) break;
            k += matched;
        }
        return k;
    }

    /// <summary>
    /// "the Trans-Nordic Ferry Bank (TNFB)": a short form in brackets right after an institution's name, whose letters
    /// are the name's initials or, from its first letter on, come in order in the name ("Nofex" for the Nordic Fish
    /// Exchange), is that institution's: the model's own entity for it, and every use of it in the text (a headline before the brackets too), become
    /// mentions of the institution. (A country in brackets, "(UK)", stays a country.)
    /// </summary>
    private static void AddBracketedAcronyms(Work work)
    {
        var text = work.Text;
        foreach (var (id, start, end) in work.InstitutionNames())
        {
            if (end + 4 > text.Length || text[end] != ' ' || text[end + 1] != '(') continue;
            var close = text.IndexOf(')', end + 2, Math.Min(12, text.Length - end - 2));
            if (close < 0) continue;
            var shortForm = text[(end + 2)..close];
            var longForm = LongForm(text, start, end);
            // (Not a word of the name itself: "Westhaven Sailing Club (Westhaven)" gives the club's town.)
            if (!AcronymShape.IsMatch(shortForm) || !IsShortFormOf(shortForm, longForm)
                || longForm.Split(' ', '-').Contains(shortForm, StringComparer.OrdinalIgnoreCase)) continue;
            for (var at = text.IndexOf(shortForm, StringComparison.Ordinal); at >= 0 && at < text.Length; at = text.IndexOf(shortForm, at + shortForm.Length, StringComparison.Ordinal))
            {
                var atEnd = at + shortForm.Length;
                if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || atEnd < text.Length && char.IsLetterOrDigit(text[atEnd])) continue;
                if (work.ActorStartingAt(at) is { } other)
                {
                    if (other.End == atEnd && other.Type != EntityType.Country) work.MergeInto(other.Id, id);
                }
                else if (!work.IsCovered(at, atEnd)) work.AddMention(id, at, atEnd, MentionKind.Name);
            }
        }
    }

    /// <summary>
    /// One institution written two ways in one article is one entity: "Nordbank" and "NordBank" or "Nord Bank" (the
    /// same letters but for case, spaces and hyphens), and "the Department of Ports" after "the Danish Department of
    /// Ports" when no other country's Department of Ports is named there. The form named most often (the first among
    /// equals) keeps its id; the other becomes an alias.
    /// </summary>
    private static void MergeNameVariants(Work work)
    {
        var groups = new Dictionary<string, List<(string Id, string? Country, int Count, int First)>>(StringComparer.Ordinal);
        foreach (var g in work.InstitutionNames().GroupBy(m => m.Id))
        {
            var key = new string(work.NameOf(g.Key).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            if (key.Length < 3) continue;
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add((g.Key, work.CountryOf(g.Key), g.Count(), g.Min(m => m.Start)));
        }
        foreach (var list in groups.Values.Where(l => l.Count > 1))
        {
            var countries = list.Select(e => e.Country).Where(c => c is not null).Distinct().ToList();
            if (countries.Count > 1) continue;
            var into = list.OrderByDescending(e => e.Country is not null).ThenByDescending(e => e.Count).ThenBy(e => e.First).First();
            foreach (var e in list)
                if (e.Id != into.Id) work.MergeInto(e.Id, into.Id);
        }
    }

    /// <summary>
    /// "Nordbank bid for NFE" as a headline, then "the Nordic Fish Exchange": an institution named by its initials before
    /// its full name is that institution, when just one institution of the article has those initials and no other
    /// country (a short form after the full name is matched as it comes, in <see cref="Work.AddInstitution"/>).
    /// </summary>
    private static void MergeEarlyAcronyms(Work work)
    {
        var ids = work.InstitutionNames().Select(m => m.Id).Distinct().ToList();
        foreach (var id in ids)
        {
            if (!work.Has(id) || work.NameOf(id) is not { Length: >= 2 and <= 6 } name || !name.All(char.IsUpper)) continue;
            var full = ids.Where(o => o != id && work.Has(o) && work.NameOf(o).Contains(' ') && Work.Acronym(work.NameOf(o)) == name).ToList();
            if (full.Count != 1 || work.CountryOf(id) is { } a && work.CountryOf(full[0]) is { } b && a != b) continue;
            work.MergeInto(id, full[0]);
        }
    }

    /// <summary>Words for kinds of body that, alone and capitalised, stand for one named in full before ("the Institute").</summary>
    private static readonly FrozenSet<string> GenericBodyNames = new[]
    {
        "Institute", "Academy", "Commission", "Council", "Committee", "Bank", "Office", "Authority", "Federation", "Union",
        "League", "Association", "Party", "Trust", "Company", "Agency", "Board", "Foundation", "Society", "Court", "Corporation",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "The American Harbour Institute ... the Institute said": a body named by the one word for its kind, after one
    /// named in full with that word, is that body. Only where exactly one such body was named before; "Treasury",
    /// "Congress" and the like name bodies of their own and are not in the list.
    /// </summary>
    private static void MergeGenericShortNames(Work work) =>
        MergeShortNames(work, GenericBodyNames, (name, word) => name.Split(' ') is { Length: > 1 } w && w.Contains(word));

    /// <summary>
    /// Merges each institution named by one of <paramref name="words"/> alone into the one body named before its first
    /// mention by a name <paramref name="namedBy"/> accepts for that word, where there is exactly one.
    /// </summary>
    private static void MergeShortNames(Work work, FrozenSet<string> words, Func<string, string, bool> namedBy)
    {
        // (Most articles have no such body: the sorted list of names is not worth making for them.)
        if (!work.InstitutionIds().Exists(id => words.Contains(work.NameOf(id)))) return;
        foreach (var id in work.InstitutionNames().Select(n => n.Id).Distinct().ToList())
        {
            var word = work.NameOf(id);
            if (!words.Contains(word)) continue;
            var names = work.InstitutionNames();
            var first = names.Where(n => n.Id == id).Min(n => n.Start);
            var full = names.Where(n => n.Start < first && n.Id != id && namedBy(work.NameOf(n.Id), word)).Select(n => n.Id).Distinct().ToList();
            if (full is [var only]) work.MergeInto(id, only);
        }
    }

    /// <summary>Last words of newspapers' names, by which a paper named in full is called after ("the Post", "the Times").</summary>
    private static readonly FrozenSet<string> NewspaperWords = new[]
    {
        "Post", "Times", "Journal", "Globe", "Tribune", "Herald", "Telegraph", "Mirror", "Mail", "Express", "Chronicle", "Gazette",
        "Examiner", "Inquirer", "Enquirer", "Observer", "Bee", "Dispatch", "Sentinel", "Courier", "Register", "Star-Ledger",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a newspaper's last word that make it a paper's name, besides a city, state or country.</summary>
    private static readonly FrozenSet<string> NewspaperLeads = new[] { "Daily", "Sunday", "Evening", "Morning", "Wall Street" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "The Boston Herald reported ... the Herald said": a newspaper's last word alone, after one paper named in full
    /// with it, is that paper. The full name is a place's name ("Washington Post", "New York Times") or "Daily"/"Sunday"
    /// and the like before the word ("Daily Telegraph"), so "Financial Times" (not "the Times") and "Golden Globe" are
    /// not; only where exactly one such paper was named before.
    /// </summary>
    private void MergeNewspaperShortNames(Work work) => MergeShortNames(work, NewspaperWords, IsPaperNamed);

    private bool IsPaperNamed(string name, string word)
    {
        if (!name.EndsWith(" " + word, StringComparison.Ordinal)) return false;
        var lead = name[..^(word.Length + 1)];
        if (lead.EndsWith(" Daily", StringComparison.Ordinal) || lead.EndsWith(" Sunday", StringComparison.Ordinal)) lead = lead[..lead.LastIndexOf(' ')];
        return NewspaperLeads.Contains(lead) || gazetteer.CityByName(lead) is not null || gazetteer.UsState(lead) is not null
            || gazetteer.CountryByName(lead) is not null;
    }

    /// <summary>Last words of names of buildings and open places, never of people's names ("Bridge", "Hall", "Field" can be).</summary>
    private static readonly FrozenSet<string> PlaceHeads = new[]
    {
        "Tower", "Towers", "Plaza", "Airport", "Stadium", "Square", "Avenue", "Boulevard",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CommonNounAcronyms = new[]
    {
        "PC", "PCs", "TV", "TVs", "DVD", "DVDs", "CD", "CDs", "ID", "IDs", "AI", "SMS", "GDP", "VAT", "PIN", "MP3", "DJ", "DJs",
        "LCD", "LCDs", "DSL", "ADSL", "PDA", "PDAs", "RFID", "MMS", "GPRS", "GPS", "HDTV", "HD", "PVR", "PVRs", "P2P", "SUV",
        "SUVs", "DIY", "WiFi", "Wi-Fi", "HIV", "Aids", "Asbo", "Asbos", "PAC", "PACs", "MP", "MPs", "MEP", "MEPs",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Regex AcronymShape = new(@"^[A-Z][A-Za-z&]{1,9}$", RegexOptions.CultureInvariant);

    /// <summary>The name at [start, end) with up to two capitalised words glued before it ("American" before "Express Financial Advisors").</summary>
    private static string LongForm(string text, int start, int end)
    {
        var from = start;
        for (var n = 0; n < 2; n++)
        {
            var at = Work.WordBefore(text, from, out var word);
            if (at < 0 || word.Length == 0 || !char.IsUpper(word[0]) || word is "The" or "A" or "An" || text.AsSpan(at + word.Length, from - at - word.Length).ToString() != " ") break;
            from = at;
        }
        return text[from..end];
    }

    /// <summary>
    /// Whether <paramref name="shortForm"/> abbreviates <paramref name="name"/>: the initials of its capitalised words (and
    /// of the parts of hyphenated ones), or, for three letters or more, the same first letter and every letter in order.
    /// </summary>
    internal static bool IsShortFormOf(string shortForm, string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        if (string.Equals(initials, shortForm, StringComparison.OrdinalIgnoreCase)) return true;
        if (shortForm.Length < 3 || char.ToUpperInvariant(name[0]) != char.ToUpperInvariant(shortForm[0])) return false;
        var k = 0;
        foreach (var c in name)
            if (k < shortForm.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(shortForm[k])) k++;
        return k == shortForm.Length;
    }

    /// <summary>
    /// A surname that is also a common word ("Ana Gross ... Gross said", "Ed King ... King says") is often left
    /// untagged when it comes back alone: a capitalised word that is the surname of exactly one person the article
    /// names in full is a mention of that person, unless the word is never a name on its own
    /// or is joined by a hyphen ("anti-Gross"). A sentence's first word is capitalised anyway ("Gross margins fell"):
    /// there it counts only before a verb that names usually take (<see cref="VerbsAfterSurname"/>) or punctuation.
    /// </summary>
    /// <summary>Verbs that follow a person's surname at the start of a sentence ("King said", "Gross has ...").</summary>
    private static readonly HashSet<string> VerbsAfterSurname = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks", "argued", "argues", "noted",
        "has", "had", "is", "was", "will", "would", "could", "can", "did", "does",
        "complained", "insisted", "warned", "claimed", "explained", "admitted", "replied", "responded", "suggested", "agreed",
        "denied", "declined",
    };

    /// <summary>Punctuation, or a verb that names take after an adverb or two ("Fields later told ...").</summary>
    private static bool BeforeVerbOfName(IReadOnlyList<Token> toks, int k)
    {
        var j = k;
        while (j < toks.Count && j - k < 2 && toks[j].IsWord && (toks[j].Text.EndsWith("ly", StringComparison.Ordinal)
               || toks[j].Text is "later" or "also" or "then" or "again" or "still" or "never" or "now" or "first" or "once")) j++;
        return j >= toks.Count || !toks[j].IsWord || VerbsAfterSurname.Contains(toks[j].Text);
    }

    private static void AddMissedSurnames(Work work, AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        foreach (var sentence in analyzed.Sentences)
        {
            var firstWord = 0;
            while (firstWord < sentence.Tokens.Count && !sentence.Tokens[firstWord].IsWord) firstWord++;
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                var t = sentence.Tokens[i];
                if (!t.IsWord || t.Text.Length < 3 || !char.IsUpper(t.Text[0]) || !char.IsLower(t.Text[^1])) continue;
                // ("Mark Cuban ... said Cuban, who ...", "Steve Israel ... Israel said": a country's word is the surname
                // before a verb or punctuation, after no word but a verb of saying; "the Cuban side", "Cuban cigars", "an
                // alternative Britain" stay the country's.)
                var demonym = work.IsCountryMention(t.Start) && BeforeVerbOfName(sentence.Tokens, i + 1)
                               && !(i > 0 && sentence.Tokens[i - 1] is { IsWord: true } previous && !VerbsAfterSurname.Contains(previous.Text));
                if (work.IsCovered(t.Start, t.End) && !demonym) continue;
                if (i == firstWord && !BeforeVerbOfName(sentence.Tokens, i + 1)) continue;
                if (t.Start > 0 && text[t.Start - 1] == '-' || t.End < text.Length && text[t.End] == '-') continue;
                if (RuleBasedRecognizer.NotNames.Contains(t.Text)) continue;
                if (work.PersonWithSurname(t.Text) is not { } person) continue;
                if (demonym) work.RemoveCountryMentions(t.Start, t.End);
                work.AddMention(person, t.Start, t.End, MentionKind.Name);
            }
        }
    }

    private static readonly FrozenSet<string> TellVerbs = new[] { "told", "tells", "tell", "telling" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the name at [start, end) is what a "told the ..." tells: "told the [Harbour Courier] that ...". The name
    /// must end the phrase ("told the [Lena Brekke] trial" names a person in a modifier, and stays one).
    /// </summary>
    /// <summary>Heads of honorific names, people rather than bodies: "the Dalai Lama", "the Duke of Edinburgh".</summary>
    private static readonly FrozenSet<string> HonorificWords = new[]
    {
        "Lama", "Khan", "Duke", "Duchess", "Earl", "Archbishop", "Bishop", "Cardinal", "Ayatollah", "Pope", "Queen", "King", "Prince",
        "Princess", "Lord", "Lady", "Baroness", "Sheikh", "Emir", "Sultan", "Rabbi", "Imam",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Single words that name a kind of body, not one: "told the Court", "told the Inquiry".</summary>
    private static readonly FrozenSet<string> GenericBodyWords = new[]
    {
        "Court", "Inquiry", "Committee", "Commission", "Board", "Council", "Panel", "Hearing", "Tribunal", "Jury", "Conference", "Meeting",
        "Government", "Ministry", "Department", "Agency",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool HonorificOrGeneric(string name) =>
        name.Split(' ').Any(HonorificWords.Contains) || !name.Contains(' ') && GenericBodyWords.Contains(name);

    private static bool PaperAfterThe(string text, int start, int end)
    {
        var name = text[start..end];
        var space = name.LastIndexOf(' ');
        if (space < 0 || !NewspaperWords.Contains(name[(space + 1)..])) return false;
        var before = text.AsSpan(0, start).TrimEnd(' ');
        return before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.EndsWith("\nThe", StringComparison.Ordinal) || before.Equals("The", StringComparison.Ordinal);
    }

    private static bool ToldTheName(string text, int start, int end)
    {
        if (HonorificOrGeneric(text[start..end])) return false;
        var before = text.AsSpan(0, start).TrimEnd();
        if (!before.EndsWith(" the", StringComparison.Ordinal)) return false;
        before = before[..^4].TrimEnd();
        var space = before.LastIndexOfAny(' ', '\n');
        if (!TellVerbs.Contains(before[(space + 1)..].ToString())) return false;
        if (EndsPhrase(text, end)) return true;
        var next = text.AsSpan(end).TrimStart(' ');
        var word = next[..(next.IndexOfAny(" ,.;:\n") is var w and >= 0 ? w : next.Length)].ToString();
        return OutletNouns.Contains(word);
    }

    /// <summary>Whether the name ending at <paramref name="end"/> ends its noun phrase: no lower-case noun follows.</summary>
    private static bool EndsPhrase(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || !char.IsLower(text[i])) return true;
        var j = i;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        return text[i..j] is "that" or "in" or "on" or "at" or "about" or "last" or "this" or "during" or "after" or "before" or "he" or "she"
            or "they" or "it" or "we" or "there" or "what" or "how" or "why" or "when" or "if" or "whether" or "the" or "a" or "an" or "of"
            or "and" or "earlier" or "later" or "on" or "by" or "was" or "were" or "is" or "had" or "would" or "will";
    }

    /// <summary>
    /// "said Mr Irish", "Ms English added": a country's name or demonym after a courtesy title is someone's surname. The
    /// country mention goes, and the word is a mention of the one person the article names with that surname, if any.
    /// </summary>
    private static void TitledCountryWordsArePeople(Work work, AnalyzedText analyzed)
    {
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 1; i < toks.Count; i++)
            {
                if (!toks[i].IsWord || !char.IsUpper(toks[i].Text[0]) || !Work.IsCourtesyTitle(toks[i - 1].Text) || !work.IsCountryMention(toks[i].Start)) continue;
                work.RemoveCountryMentions(toks[i].Start, toks[i].End);
                if (work.PersonWithSurname(toks[i].Text) is { } person) work.AddMention(person, toks[i].Start, toks[i].End, MentionKind.Name);
            }
        }
    }

    /// <summary>
    /// "told the Northern Ledger that ...": a run of capitalised words after "told the" that no name covers is the
    /// body told (an outlet, a committee), so the claim can keep its audience. Not a title ("told the Prime
    /// Minister"), a people ("told the Americans") or a name in a modifier ("told the Ruiz inquiry").
    /// </summary>
    private void AddToldAudiences(Work work, AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 0; i + 2 < toks.Count; i++)
            {
                if (!TellVerbs.Contains(toks[i].Text) || toks[i + 1].Text is not "the") continue;
                var j = i + 2;
                while (j < toks.Count && toks[j].IsWord && char.IsUpper(toks[j].Text[0]) && toks[j].Text.Any(char.IsLower)) j++;
                if (j == i + 2) continue;
                int start = toks[i + 2].Start, end = toks[j - 1].End;
                var name = text[start..end];
                if (work.IsCovered(start, end) || HonorificOrGeneric(name) || !EndsPhrase(text, end) && !(j < toks.Count && OutletNouns.Contains(toks[j].Text))
                    || gazetteer.MayStartTitle(toks[i + 2].Text) || gazetteer.IsTitle(name)
                    || gazetteer.CountryByDemonym(toks[i + 2].Text) is not null || gazetteer.CountryByName(name) is not null
                    || name.EndsWith('s') && !name.Contains(' ') && gazetteer.InstitutionByName(name) is null) continue;
                AddInstitution2(work, start, end);
                i = j - 1;
            }
        }
    }

    private void AddDemonymsAndNominals(Work work, AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 0; i < toks.Count; i++)
            {
                var t = toks[i];
                if (!t.IsWord || work.IsCovered(t.Start, t.End) && !work.IsCountryMention(t.Start)) continue;
                var country = gazetteer.CountryByDemonym(t.Text);
                if (country is null && work.IsCountryMention(t.Start) && gazetteer.CountryByName(t.Text) is { } named) country = named;
                if (country is null || Continental(text, t.Start)) continue;
                // The determiner may stand before modifiers: "a senior Japanese official".
                var d0 = i - 1;
                while (d0 >= 0 && NominalModifiers.Contains(toks[d0].Text) && toks[d0].Text.ToLowerInvariant() is not ("one" or "another")) d0--;
                var det = d0 >= 0 && toks[d0].Text.ToLowerInvariant() is "the" or "a" or "an" or "one" or "another" ? d0 : -1;
                // "the Chinese side" is the country itself, speaking.
                if (det >= 0 && det == i - 1 && i + 1 < toks.Count && toks[i + 1].Text is "side" or "government" or "authorities" or "leadership" or "administration")
                {
                    work.AddCountryMention(country, toks[det].Start, toks[i + 1].End, MentionKind.Nominal);
                    i++;
                    continue;
                }
                // "a US official", "a senior Chinese diplomat": an unnamed person of that country.
                if (det >= 0 && toks[det].Text.ToLowerInvariant() is "a" or "an" or "one" or "another")
                {
                    var j = i + 1;
                    while (j < toks.Count && NominalModifiers.Contains(toks[j].Text)) j++;
                    if (j < toks.Count && PersonNouns.Contains(toks[j].Text))
                    {
                        var countryId = work.AddCountryMention(country, t.Start, t.End,
                            gazetteer.CountryByDemonym(t.Text) is not null ? MentionKind.Demonym : MentionKind.Name);
                        var personId = work.AddUnnamedPerson(toks[det].Start, toks[j].End, text[t.Start..toks[j].End]);
                        work.AddRelation(RelationTypes.AffiliatedWith, personId, countryId, toks[det].Start, toks[j].End, 0.8, toks[j].Text.ToLowerInvariant());
                        i = j;
                        continue;
                    }
                }
                if (gazetteer.CountryByDemonym(t.Text) is not null && !work.IsCovered(t.Start, t.End))
                    work.AddCountryMention(country, t.Start, t.End, MentionKind.Demonym);
            }
        }
    }

    /// <summary>
    /// "Sources within the Harbour Party", "officials at the Treasury", "Tory sources", "Senate insiders": several
    /// people inside a body, unnamed, are a person of their own affiliated with it, as one is ("a Tory source"); what
    /// they say is not the body's own statement. ("Labour officials" speak for the party, as "US officials" do for the
    /// state; people "in Oslo" are in a place, not a body.)
    /// </summary>
    private void AddUnnamedInsiders(Work work, AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 0; i < toks.Count; i++)
            {
                if (toks[i].Text is not ("sources" or "Sources" or "insiders" or "Insiders" or "officials" or "Officials") || work.IsCovered(toks[i].Start, toks[i].End)) continue;
                var head = toks[i].Text.ToLowerInvariant();
                if (i + 2 < toks.Count && toks[i + 1].Text is "within" or "inside" or "at" or "in")
                {
                    var m = toks[i + 2].Text is "the" && i + 3 < toks.Count ? i + 3 : i + 2;
                    if (work.ActorStartingAt(toks[m].Start, longest: true) is { Type: EntityType.Institution or EntityType.Country } org)
                    {
                        var member = work.AddUnnamedPerson(toks[i].Start, toks[i].End, head + " " + toks[i + 1].Text + " " + work.NameOf(org.Id));
                        work.AddRelation(RelationTypes.AffiliatedWith, member, org.Id, toks[i].Start, org.End, 0.7, head);
                    }
                    continue;
                }
                if (head is "officials" || i == 0 || !toks[i - 1].IsWord || !char.IsUpper(toks[i - 1].Text[0])) continue;
                var before = toks[i - 1];
                var start = before.Start;
                var body = work.MentionEndingAt(before.End, EntityType.Institution) ?? work.MentionEndingAt(before.End, EntityType.Country);
                if (body is not null)
                {
                    // (From the first word of the body's name: "Harbour Party sources".)
                    for (var k = i - 1; k >= 0; k--)
                        if (work.ActorStartingAt(toks[k].Start, longest: true) is { } whole && whole.Id == body && whole.End == before.End) start = whole.Start;
                }
                else if (PartyByWord(before.Text) is { } party)
                    body = work.AddKnownInstitutionMention(party, before.Start, before.End, MentionKind.Demonym);
                if (body is null) continue;
                var insiders = work.AddUnnamedPerson(start, toks[i].End, text[start..toks[i].End]);
                work.AddRelation(RelationTypes.AffiliatedWith, insiders, body, start, toks[i].End, 0.7, head);
            }
        }
    }

    /// <summary>The party a word names: a word for its members ("Tory", "Democrat") or its own short name ("Labour").</summary>
    private InstitutionEntry? PartyByWord(string word) =>
        gazetteer.PartyByMemberWord(word) ?? (gazetteer.InstitutionByName(word) is { IsParty: true } byName ? byName : null);

    /// <summary>
    /// "a spokeswoman for Human Rights Watch", "an official at the Treasury": an unnamed person of that institution
    /// or country, as the contract asks. A later "the spokeswoman" is the same person while the text has only one.
    /// </summary>
    private void AddUnnamedMembers(Work work, AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase); // noun -> unnamed person id
        for (var s = 0; s < analyzed.Sentences.Count; s++)
        {
            var toks = analyzed.Sentences[s].Tokens;
            for (var i = 0; i < toks.Count - 1; i++)
            {
                if (!IsDeterminer(toks[i].Text)) continue;
                // "Lund is not a spokesman for Nordbank", "no longer its adviser": nobody is one.
                if (i > 0 && (toks[i - 1].Text is "not" or "never" or "n't" or "Not" or "Never" || i > 1 && toks[i - 1].Text is "longer" && toks[i - 2].Text is "no")) continue;
                var det = toks[i].Text.ToLowerInvariant();
                var j = i + 1;
                while (j < toks.Count && j - i <= 3 && NominalModifiers.Contains(toks[j].Text)) j++;
                // "a ministry spokesperson", "a company spokesman": one of the body or company the article has named.
                var b = j < toks.Count && PersonNouns.Contains(toks[j].Text) ? j - 1 : j;
                // (Not "a business adviser", which names a trade.)
                if (det is "a" or "an" && b > i && b + 1 < toks.Count && (BodyNouns.Contains(toks[b].Text) || CompanyNouns.Contains(toks[b].Text)) && toks[b].Text is not "business"
                    && char.IsLower(toks[b].Text[0]) && PersonNouns.Contains(toks[b + 1].Text) && !toks[b + 1].Text.EndsWith('s')
                    && !work.IsCovered(toks[i].Start, toks[b + 1].End)
                    && InstitutionFor(work.InstitutionsBefore(toks[i].Start, DescriptionReach), toks[b].Text, -1) is { } body)
                {
                    var role = toks[b + 1].Text.ToLowerInvariant();
                    var member = work.AddUnnamedPerson(toks[i].Start, toks[b + 1].End, text[toks[b].Start..toks[b + 1].End]);
                    work.AddRelation(RelationTypes.AffiliatedWith, member, body, toks[i].Start, toks[b + 1].End, 0.7, role);
                    known[role] = known.ContainsKey(role) ? "" : member;
                    i = b + 1;
                    continue;
                }
                // "a senior Treasury official", "an Acme Foods spokeswoman": one of the institution named before the noun.
                if (det is "a" or "an" && j < toks.Count && work.ActorStartingAt(toks[j].Start) is { Type: EntityType.Institution } named)
                {
                    var n = j;
                    while (n < toks.Count && toks[n].End <= named.End) n++;
                    if (n < toks.Count && toks[n].Start >= named.End && PersonNouns.Contains(toks[n].Text) && !toks[n].Text.EndsWith('s')
                        && !work.IsCovered(toks[i].Start, toks[i].End))
                    {
                        var role = toks[n].Text.ToLowerInvariant();
                        var member = work.AddUnnamedPerson(toks[i].Start, toks[n].End, text[named.Start..toks[n].End]);
                        work.AddRelation(RelationTypes.AffiliatedWith, member, named.Id, toks[i].Start, toks[n].End, 0.8, role);
                        known[role] = known.ContainsKey(role) ? "" : member;
                        i = n;
                        continue;
                    }
                }
                // "A Conservative spokeswoman", "a Tory official": one speaking for the party a member's word or a short name
                // of it tells, whether or not the model tagged the word (the branch above takes it where it did). (Not "a
                // Conservative MP", whom the text most often names further on.)
                if (det is "a" or "an" && j + 1 < toks.Count && toks[j].IsWord && char.IsUpper(toks[j].Text[0])
                    && toks[j + 1].Text.ToLowerInvariant() is "spokesman" or "spokeswoman" or "spokesperson" or "official" or "source" or "aide" or "adviser" or "advisor"
                    && PartyByWord(toks[j].Text) is { } party
                    && !work.IsCovered(toks[i].Start, toks[j + 1].End))
                {
                    var role = toks[j + 1].Text.ToLowerInvariant();
                    var partyId = work.AddKnownInstitutionMention(party, toks[j].Start, toks[j].End, MentionKind.Demonym);
                    var member = work.AddUnnamedPerson(toks[i].Start, toks[j + 1].End, text[toks[j].Start..toks[j + 1].End]);
                    work.AddRelation(RelationTypes.AffiliatedWith, member, partyId, toks[i].Start, toks[j + 1].End, 0.8, role);
                    known[role] = known.ContainsKey(role) ? "" : member;
                    i = j + 1;
                    continue;
                }
                // "A union spokesman ..." after "a company spokesman": a later "the spokesman" may be either.
                var other = j < toks.Count && PersonNouns.Contains(toks[j].Text) ? j
                    : j + 1 < toks.Count && toks[j].IsWord && char.IsLower(toks[j].Text[0]) && PersonNouns.Contains(toks[j + 1].Text) ? j + 1 : -1;
                if (det is "a" or "an" && other >= 0 && known.ContainsKey(toks[other].Text.ToLowerInvariant())
                    && (other + 1 >= toks.Count || toks[other + 1].Text is not ("for" or "of" or "at" or "from" or "with")))
                    known[toks[other].Text.ToLowerInvariant()] = "";
                // "the prime minister's official spokesman", "the mayor's spokeswoman": the spokesperson of an office the
                // text names by its title only is an unnamed person of their own, whom a later "the spokesman" or "he" means.
                if (det == "the" && OfficeSpokesperson(toks, i) is { } office)
                {
                    var speaker = toks[office].Text.ToLowerInvariant();
                    if (!work.IsCovered(toks[i].Start, toks[office].End))
                    {
                        var member = work.AddUnnamedPerson(toks[i].Start, toks[office].End, text[toks[i + 1].Start..toks[office].End]);
                        known[speaker] = known.ContainsKey(speaker) ? "" : member;
                    }
                    i = office;
                    continue;
                }
                if (j >= toks.Count || !PersonNouns.Contains(toks[j].Text) || toks[j].Text.EndsWith('s') && toks[j].Text.Length > 4 && !toks[j].Text.EndsWith("ss", StringComparison.Ordinal)) continue;
                var noun = toks[j].Text.ToLowerInvariant();
                if (work.IsCovered(toks[i].Start, toks[j].End)) continue;
                var k = j + 1;
                // "the MP for Ashby North": the seat is where the member was elected, not a body they belong to.
                if (noun is "mp" or "mep" or "councillor" && k < toks.Count && toks[k].Text is "for") continue;
                if (k + 1 < toks.Count && toks[k].Text is "for" or "of" or "at" or "from" or "with")
                {
                    var m = k + 1;
                    if (toks[m].Text is "the" or "The" && m + 1 < toks.Count) m++;
                    if (work.ActorStartingAt(toks[m].Start) is { } org && org.Type is EntityType.Institution or EntityType.Country
                        // ("the head of Norway's largest dockers' union": the country owns the body the person leads.)
                        && !(org.Type == EntityType.Country && toks.FirstOrDefault(x => x.Start >= org.End) is { Text: "'s" or "\u2019s" } owner && owner.Start == org.End))
                    {
                        // "a spokeswoman for UK retailer Brightmarket", "an engineer at US software firm X": the country
                        // word qualifies the company named after its description; the person is the company's.
                        if (org.Type == EntityType.Country && CompanyAfterCountry(work, toks, m, org.End) is { } company)
                        {
                            var firm = work.AddUnnamedPerson(toks[i].Start, toks[j].End, noun + " " + toks[k].Text + " " + text[toks[m].Start..company.End]);
                            work.AddRelation(RelationTypes.AffiliatedWith, firm, company.Id, toks[i].Start, company.End, 0.8, noun);
                            known[noun] = known.ContainsKey(noun) ? "" : firm;
                            i = j;
                            continue;
                        }
                        // "a spokeswoman for the Danish embassy": the description keeps the body the country word qualifies.
                        var n = m + 1;
                        while (n < toks.Count && toks[n].Start >= org.End && n - m <= 3 && (BodyNouns.Contains(toks[n].Text) || StateBodyWords.Contains(toks[n].Text))) n++;
                        while (n - 1 > m && toks[n - 1].Text is "foreign" or "defence" or "defense" or "interior" or "finance" or "trade" or "health" or "justice") n--;
                        var description = noun + " " + toks[k].Text + " " + text[toks[m].Start..Math.Max(org.End, toks[n - 1].End)];
                        var person = work.AddUnnamedPerson(toks[i].Start, toks[j].End, description);
                        work.AddRelation(RelationTypes.AffiliatedWith, person, org.Id, toks[i].Start, org.End, 0.8, noun);
                        known[noun] = known.ContainsKey(noun) ? "" : person;
                        i = j;
                        continue;
                    }
                }
                // "Skyvik declined to comment. A spokeswoman said ...": a spokesman with nothing to say whose he is
                // speaks for the institution his sentence, or one of the two before it, opens on.
                if (det is "a" or "an" && j == i + 1 && noun is "spokesman" or "spokeswoman" or "spokesperson"
                    && (k >= toks.Count || toks[k].Text is not ("for" or "of" or "at" or "from" or "with"))
                    && BodyOpeningNear(work, analyzed, s, toks[i].Start) is { } speaksFor)
                {
                    var member = work.AddUnnamedPerson(toks[i].Start, toks[j].End, text[speaksFor.Start..speaksFor.End] + " " + noun);
                    work.AddRelation(RelationTypes.AffiliatedWith, member, speaksFor.Id, toks[i].Start, toks[j].End, 0.6, noun);
                    known[noun] = known.ContainsKey(noun) ? "" : member;
                    i = j;
                    continue;
                }
                // "the spokeswoman said ...": the one unnamed spokeswoman met before, if there was exactly one.
                if (det == "the" && known.TryGetValue(noun, out var earlier) && earlier.Length > 0)
                    work.AddMention(earlier, toks[i].Start, toks[j].End, MentionKind.Nominal);
            }
        }
    }

    /// <summary>Offices named by title whose holder has a spokesperson of their own ("the prime minister's spokesman").</summary>
    private static readonly FrozenSet<string> Offices = new[]
    {
        "minister", "president", "mayor", "chancellor", "governor", "premier", "secretary", "king", "queen", "leader", "chairman",
        "senator", "congressman", "congresswoman", "commissioner", "ambassador", "pope", "prince", "princess",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The index of "spokesman", "spokeswoman" or "spokesperson" in "the [prime] minister's [official] spokesman" after
    /// the determiner at <paramref name="i"/>: an office named by its title (one or two words), a possessive, at most
    /// two modifiers.
    /// </summary>
    private static int? OfficeSpokesperson(IReadOnlyList<Token> toks, int i)
    {
        var k = i + 1;
        if (k + 2 < toks.Count && toks[k].IsWord && toks[k + 1].IsWord && Offices.Contains(toks[k + 1].Text) && toks[k + 2].Text is "'s" or "\u2019s") k++;
        if (k + 1 >= toks.Count || !Offices.Contains(toks[k].Text) || toks[k + 1].Text is not ("'s" or "\u2019s")) return null;
        k += 2;
        for (var n = 0; n < 2 && k < toks.Count && toks[k].Text.ToLowerInvariant() is "official" or "chief" or "press" or "deputy" or "senior" or "own"; n++) k++;
        return k < toks.Count && toks[k].Text.ToLowerInvariant() is "spokesman" or "spokeswoman" or "spokesperson" ? k : null;
    }

    /// <summary>Whether the name at <paramref name="start"/> comes right after "<paramref name="modifier"/> <paramref name="role"/>" ("Tory leader Michael Howard").</summary>
    private static bool TitledWith(string text, int start, string modifier, string role)
    {
        var at = Work.WordBefore(text, start, out var word);
        if (!word.Equals(role, StringComparison.OrdinalIgnoreCase)) return false;
        Work.WordBefore(text, at, out word);
        return word.Equals(modifier, StringComparison.Ordinal);
    }

    /// <summary>Verbs by which a body acts on another, whose spokesman may be either's: "The board ordered Skyvik to ...".</summary>
    private static readonly FrozenSet<string> ActsOnAnother = new[]
    {
        "ordered", "fined", "banned", "sued", "charged", "arrested", "told", "urged", "warned", "asked", "accused",
        "criticised", "criticized", "cleared", "investigated", "raided", "forced", "blocked", "suspended",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a mention of <paramref name="id"/> has a nationality other than <paramref name="iso"/> in the three words before it.</summary>
    private bool OfAnotherNation(Work work, string text, string id, string iso)
    {
        foreach (var start in work.MentionStarts(id))
        {
            var at = start;
            for (var n = 0; n < 3; n++)
            {
                at = Work.WordBefore(text, at, out var word);
                if (word.IsEmpty) break;
                if (gazetteer.CountryByDemonym(word.ToString()) is { } other && !string.Equals(other.Iso, iso, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The institution that the sentence <paramref name="s"/> (before <paramref name="before"/>) or one of the two before it
    /// opens on, after at most an opening word or two ("However, the DTI ...", "Last year Acme ...", "The ferry firm
    /// Nordlys ..."): the nearest sentence that opens on an actor decides, and a person there means none.
    /// </summary>
    private static (string Id, int Start, int End)? BodyOpeningNear(Work work, AnalyzedText analyzed, int s, int before)
    {
        var text = analyzed.Text;
        for (var back = 0; back <= 2 && s - back >= 0; back++)
        {
            var toks = analyzed.Sentences[s - back].Tokens;
            var limit = back == 0 ? before : analyzed.Sentences[s - back].End;
            // Only the actors the writer names (not inside a quote: "“Nordbank sold me this,” said a passenger").
            var quoted = false;
            var actors = new List<(string Id, EntityType Type, int Start, int End, int Index)>();
            for (var k = 0; k < toks.Count && toks[k].Start < limit; k++)
            {
                if (toks[k].Kind == TokenKind.Quote) quoted = !quoted;
                else if (!quoted && work.ActorStartingAt(toks[k].Start) is { } actor) actors.Add((actor.Id, actor.Type, actor.Start, actor.End, k));
            }
            var opener = -1;
            for (var k = 0; k < toks.Count && k < 6 && toks[k].Start < limit; k++)
            {
                if (toks[k].Kind == TokenKind.Quote) break;
                if (actors.FindIndex(a => a.Index == k) is var at && at >= 0) { opener = at; break; }
                if (toks[k].IsWord && char.IsLower(toks[k].Text[0]) && toks[k].Text is not ("the" or "year" or "week" or "month" or "also")
                    && !CompanyNouns.Contains(toks[k].Text) && !BodyNouns.Contains(toks[k].Text)) break;
            }
            // A sentence that names an actor but does not open on one ("In a statement, Skyvik apologised") leaves it open
            // whose spokesman this is; so does one whose opener acts on another body or person ("The regulator fined
            // Brackwater", "Police arrested a Skyvik pilot") or is a possessor ("Nordbank's former chief ...").
            if (opener < 0)
            {
                // (Nor past another spokesman: "A spokesman for the fire service said ...".)
                if (actors.Any(a => a.Type is EntityType.Institution or EntityType.Person)
                    || toks.Any(t => t.Start < limit && t.Text is "spokesman" or "spokeswoman" or "spokesperson")) return null;
                continue;
            }
            var (id, type, start, end, _) = actors[opener];
            Work.WordAfter(text, end, out var verb);
            if (type != EntityType.Institution || IsOwner(text, end)
                || ActsOnAnother.Contains(verb.ToString())
                || actors.Any(a => a.Id != id && a.Type is EntityType.Institution or EntityType.Person && a.Start >= end && a.Index <= actors[opener].Index + 5)) return null;
            return (id, start, end);
        }
        return null;
    }

    /// <summary>
    /// The institution named right after a country word and a short description of it ("UK retailer Brightmarket", "US
    /// software maker Acme"): one to three lower-case words, the last a company or body noun, then the name.
    /// </summary>
    private static (string Id, EntityType Type, int Start, int End)? CompanyAfterCountry(Work work, IReadOnlyList<Token> toks, int m, int countryEnd)
    {
        var n = m + 1;
        while (n < toks.Count && toks[n].Start < countryEnd) n++;
        var first = n;
        // (Nouns and adjectives only: not "for the US said company X", "told the lender X".)
        while (n < toks.Count && n - first < 3 && toks[n].IsWord && char.IsLower(toks[n].Text[0]) && !IsDeterminer(toks[n].Text)
               && !toks[n].Text.EndsWith("ed", StringComparison.Ordinal) && toks[n].Text is not ("is" or "was" or "are" or "were" or "has" or "had" or "will" or "would")
               && Claims.CueLexicon.Prior(toks[n].Text) < 0.5) n++;
        if (n == first || n >= toks.Count || !(CompanyNouns.Contains(toks[n - 1].Text) || BodyNouns.Contains(toks[n - 1].Text))) return null;
        return work.ActorStartingAt(toks[n].Start) is { Type: EntityType.Institution } company ? company : null;
    }

    /// <summary>
    /// Nouns that stand for a company already named ("the firm said"); not nouns that as often mean something else
    /// ("the label on the door", "the studio next door"), nor "group": in a sample of BBC claims "the group" was as
    /// often a campaign or band the text never named as the company named before ("the group" is a body whose name
    /// holds the word, <see cref="BodyNouns"/>).
    /// </summary>
    private static readonly FrozenSet<string> CompanyNouns = new[]
    {
        "company", "firm", "business", "corporation", "giant", "maker", "manufacturer", "retailer",
        "carrier", "airline", "broadcaster", "insurer", "lender", "bank", "publisher", "supermarket", "conglomerate",
        "supplier", "brewer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the noun at <paramref name="j"/> ends its phrase: punctuation or a possessive after it, or a verb ("the
    /// club said", "the club has", "the club posted"), not the start of a clause on it ("the club their coach left").
    /// </summary>
    private static bool ClubEndsPhrase(IReadOnlyList<Token> toks, int j)
    {
        if (j + 1 >= toks.Count || !toks[j + 1].IsWord || toks[j + 1].Text is "'s" or "\u2019s") return true;
        var w = toks[j + 1].Text;
        return char.IsLower(w[0]) && (w is "is" or "was" or "has" or "had" or "will" or "would" or "could" or "may" or "might" or "must" or "can" or "should"
            || w.EndsWith("ed", StringComparison.Ordinal) || Claims.CueLexicon.Speech.Contains(w) || w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal));
    }

    /// <summary>Words before a person's noun that make them someone else: "the other actress", "the new striker".</summary>
    private static readonly FrozenSet<string> OtherPersonWords = new[]
    {
        "other", "another", "new", "rival", "fellow", "late", "second", "third", "opposing", "next", "previous", "eventual",
        "incoming", "outgoing", "lead", "assistant", "chief", "head", "senior", "junior", "best", "worst", "odd", "last", "first",
        "only", "average", "ordinary", "typical", "ideal", "perfect", "real", "so-called", "would-be", "future", "potential",
        "possible", "any", "every", "each", "no",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A word in lower case that can say what trade a company is in: not a function word, a verb or "rival" and the like.</summary>
    private static bool IsTradeWord(Token t) =>
        t.IsWord && char.IsLower(t.Text[0]) && !CompanyNouns.Contains(t.Text) && !OtherFirmWords.Contains(t.Text)
        && !Claims.CueLexicon.Speech.Contains(t.Text) && !IsDeterminer(t.Text) && !Prepositions.Contains(t.Text)
        && t.Text is not ("and" or "or" or "but" or "is" or "was" or "were" or "are" or "has" or "had" or "have" or "will" or "would" or "which" or "who" or "that")
        && !((t.Text.EndsWith("ed", StringComparison.Ordinal) || t.Text.EndsWith("ing", StringComparison.Ordinal)) && !t.Text.Contains('-'));

    /// <summary>
    /// The institution whose name came right after the same words earlier in the text ("Security firm Korvax" for "the
    /// security firm" at <paramref name="before"/>): the words from <paramref name="start"/> to <paramref name="end"/>.
    /// </summary>
    private static string? FirmDescribedSo(Work work, string text, int start, int end, int before)
    {
        var words = text[start..end];
        for (var at = text.LastIndexOf(words, before, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at == 0 ? -1 : text.LastIndexOf(words, at - 1, StringComparison.OrdinalIgnoreCase))
            if (at + words.Length + 1 < before && text[at + words.Length] == ' ' && work.ActorStartingAt(at + words.Length + 1) is { Type: EntityType.Institution } named)
                return named.Id;
        return null;
    }

    /// <summary>Words before a company's noun that make it another company, or none in particular: "the rival firm", "the two firms".</summary>
    private static readonly FrozenSet<string> OtherFirmWords = new[]
    {
        "rival", "other", "another", "former", "parent", "sister", "new", "merged", "combined", "joint", "target", "central",
        "state", "two", "three", "four", "both", "each", "same", "smaller", "bigger", "larger", "foreign", "local", "private",
        "acquiring", "buying", "takeover", "bidding", "competing", "mystery", "unnamed", "little-known", "existing", "only", "whole",
        "main", "first", "last", "entire", "very", "such",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns that stand for a body whose name holds the noun ("the commission" after "the Harbour Commission"). Not
    /// "party" (parties are often named without the word: a later "the party" is then the one whose canonical name
    /// has it, often the wrong one), "union" (a trade union or a union of states) or "bank" (many banks are named
    /// without the word: "the bank" is the bank the text is about, found as for "the firm").
    /// </summary>
    private static readonly FrozenSet<string> BodyNouns = new[]
    {
        "council", "court", "club", "university", "commission", "committee", "agency", "ministry",
        "department", "board", "authority", "foundation", "institute", "association", "federation", "league",
        "network", "team", "band", "charity", "organisation", "organization", "campaign", "tribunal", "regulator", "group",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words in the names of bodies that are not companies (a "firm" is none of these).</summary>
    private static readonly FrozenSet<string> NotCompanyWords = new[]
    {
        "party", "council", "court", "university", "commission", "committee", "agency", "union", "ministry",
        "department", "office", "government", "parliament", "congress", "senate", "police", "army", "navy", "school",
        "college", "hospital", "association", "federation", "league", "foundation", "institute", "charity", "fund",
        "board", "authority", "service", "assembly", "club", "team", "campaign", "commons", "lords",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far back (in characters) a definite description looks for the institution it stands for.</summary>
    private const int DescriptionReach = 2000;

    /// <summary>
    /// "the firm said", "the prime minister told ...": a definite description is an actor the article has already
    /// named. A role is the one person given that title before their name ("Prime Minister Ana Ruiz" ... "the prime
    /// minister"); "the commission" is the body named last whose name holds the noun; "the company", "the firm"
    /// is the company the article has named most so far among those named in the last paragraphs (a firm that
    /// a bank's analyst or a news agency only interrupts is still "the firm").
    /// </summary>
    /// <summary>
    /// "The 55-year-old told ...", "The Swede said ...": a sentence that opens on a person described by age or
    /// nationality alone goes on about the person the sentence before named first (news names someone, then calls them
    /// by age or nationality, as its subject); not "the Swedish side", "the 23-year-old's lawyer" or a country's people
    /// ("the French").
    /// </summary>
    private void AddAgeAndNationalityDescriptions(Work work, AnalyzedText analyzed)
    {
        var nationalityOf = new Dictionary<string, string>(StringComparer.Ordinal); // person -> country said of them here
        List<(string Id, int Start, int Age)>? statedAges = null;
        for (var s = 1; s < analyzed.Sentences.Count; s++)
        {
            var toks = analyzed.Sentences[s].Tokens;
            foreach (var (i, inverted) in DescriptionPlaces(toks))
            {
                if (i + 1 >= toks.Count || toks[i].Text is not ("The" or "the")) continue;
                var j = i + 1;
                var aged = toks[j].Text.EndsWith("-year-old", StringComparison.Ordinal) && char.IsDigit(toks[j].Text[0]);
                if (aged && j + 1 < toks.Count && gazetteer.CountryByDemonym(toks[j + 1].Text) is not null) j++;
                var nationality = !aged || j > i + 1 ? gazetteer.CountryByDemonym(toks[j].Text) : null;
                if (!aged && nationality is null) continue;
                // The description ends there: a verb, "who" or a comma follows, not a noun it modifies; after the verb
                // that follows a quote ("..., said the 29-year-old."), the sentence may end.
                bool EndsAfter(int at)
                {
                    var next = at + 1 < toks.Count ? toks[at + 1].Text : ".";
                    // (A plural owner is a noun: "the Iraqi families' lawyer".)
                    var owned = at + 2 < toks.Count && toks[at + 2].Text is "'" or "\u2019" && toks[at + 2].Start == toks[at + 1].End;
                    return next is "," || next is not ("'s" or "\u2019s") && !owned && char.IsLower(next[0])
                        && (LooksLikeVerb(next) || next is "who" or "has" or "had" or "is" or "was" or "will" or "would" or "could" or "can" or "also" or "then")
                        || inverted && next is "." or "!" or ";" or "who";
                }
                var endsHere = EndsAfter(j);
                // "The 58-year-old painter said ...": an age and one noun for what the person does.
                if (!endsHere && aged && j == i + 1 && j + 1 < toks.Count && toks[j + 1].IsWord && char.IsLower(toks[j + 1].Text[0])
                    && !LooksLikeVerb(toks[j + 1].Text) && !AgeNounsOfOthers.Contains(toks[j + 1].Text)
                    && (IsDescribingNoun(toks[j + 1].Text) || toks[j + 1].Text.LastIndexOf('-') is > 0 and var h && IsDescribingNoun(toks[j + 1].Text[(h + 1)..]))
                    && EndsAfter(j + 1))
                {
                    j++;
                    endsHere = true;
                }
                if (!endsHere) continue;
                // A nationality noun for one person ("Swede", "Frenchman"), not the adjective that names a people ("the
                // French") nor a plural ("the Danes").
                if (nationality is not null && !aged && (toks[j].Text.EndsWith("ese", StringComparison.Ordinal) || toks[j].Text.EndsWith("sh", StringComparison.Ordinal)
                    || toks[j].Text.EndsWith("ch", StringComparison.Ordinal) || toks[j].Text.EndsWith('s'))) continue;
                // (After a quote of several sentences, "“...¶It was ...,” the Dutchman said.", the sentence before the quote.)
                var b = s - 1;
                while (b > 0 && OpensQuoteLeftOpen(analyzed.Text, analyzed.Sentences[b])) b--;
                var person = SubjectOfSentenceBefore(work, analyzed.Sentences[b]);
                // "Ana Ruiz won in straight sets. She now meets Vera Holm. “...,” said the 23-year-old.": a sentence
                // that goes on about its subject as "he" or "she", or names nobody, leaves the person the one a
                // sentence before it opened on (up to three sentences back).
                for (var back = 0; person is null && back < 3 && b > 0 && KeepsSubject(work, analyzed.Sentences[b]); back++)
                    person = SubjectOfSentenceBefore(work, analyzed.Sentences[--b]);
                // An age the text gave beside a name before ("Nora Vik, 35,", "35-year-old Nora Vik") decides: the one
                // person it was given for, and not someone given another age.
                if (aged && int.TryParse(toks[i + 1].Text.AsSpan(0, toks[i + 1].Text.IndexOf('-')), out var age))
                {
                    statedAges ??= StatedAges(work);
                    var given = statedAges.Where(x => x.Start < toks[i].Start && x.Age == age).Select(x => x.Id).Distinct().ToList();
                    if (given.Count == 1) person = given[0];
                    else if (person is not null && statedAges.Any(x => x.Start < toks[i].Start && x.Id == person && x.Age != age)) person = null;
                }
                if (person is null) continue;
                // "The Frenchman ... The Swede said": another person.
                if (nationality is not null && !nationalityOf.TryAdd(person, nationality.Iso) && nationalityOf[person] != nationality.Iso) continue;
                // The model may have taken the nationality word for the country.
                if (nationality is not null) work.RemoveCountryMentions(toks[j].Start, toks[j].End);
                if (work.IsCovered(toks[i].Start, toks[j].End)) continue;
                work.AddMention(person, toks[i].Start, toks[j].End, MentionKind.Nominal);
            }
        }
    }

    /// <summary>Nouns after an age that bring in someone other than the one just talked about ("the 23-year-old victim").</summary>
    private static readonly FrozenSet<string> AgeNounsOfOthers = new[]
    {
        "victim", "suspect", "man", "woman", "boy", "girl", "driver", "passenger", "son", "daughter", "brother", "sister",
        "mother", "father", "wife", "husband", "rival", "opponent", "teenager", "student", "pupil", "child", "baby",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Regex AgeAfterName = new(@"^,\s(\d{1,3}),", RegexOptions.CultureInvariant);
    private static readonly Regex AgeBeforeName = new(@"\b(\d{1,3})-year-old\s+(?:[A-Za-z]+\s+){0,2}$", RegexOptions.CultureInvariant);

    /// <summary>Ages the text gives beside a person's name: "Nora Vik, 35, ...", "35-year-old Nora Vik".</summary>
    private static List<(string Id, int Start, int Age)> StatedAges(Work work)
    {
        var text = work.Text;
        var found = new List<(string Id, int Start, int Age)>();
        foreach (var (id, start, end) in work.PersonMentionsIn(0, text.Length))
        {
            var after = AgeAfterName.Match(text.Substring(end, Math.Min(8, text.Length - end)));
            var before = AgeBeforeName.Match(text[Math.Max(0, start - 40)..start]);
            var m = after.Success ? after : before;
            if (m.Success && int.TryParse(m.Groups[1].ValueSpan, out var age)) found.Add((id, start, age));
        }
        return found;
    }

    /// <summary>
    /// Where a sentence may call its subject by age or nationality: at its start (after an opening quote mark, "But" or
    /// "And"), right after a quote that ends on a comma, question or exclamation mark ("“...,” the 38-year-old said"),
    /// or after the verb that follows such a quote ("“...,” said the 29-year-old", <c>Inverted</c>). Not after a
    /// phrase quoted inside the sentence ("called it “the best match” the 25-year-old had played").
    /// </summary>
    private static IEnumerable<(int Index, bool Inverted)> DescriptionPlaces(IReadOnlyList<Token> toks)
    {
        var i = 0;
        while (i < toks.Count && toks[i].Kind == TokenKind.Quote) i++;
        if (i < toks.Count && toks[i].Text is "But" or "And" or "Yet" or "So") i++;
        yield return (i, false);
        for (var k = 2; k + 1 < toks.Count; k++)
        {
            // A closing mark: glued to the comma, question or exclamation mark before it, the first mark of the
            // sentence or the one closing the quote it opens with.
            if (toks[k - 1].Kind != TokenKind.Quote || toks[k - 1].Start != toks[k - 2].End || toks[k - 2].Text is not ("," or "?" or "!")) continue;
            var marksBefore = 0;
            for (var q = 1; q < k - 1; q++)
                if (toks[q].Kind == TokenKind.Quote) marksBefore++;
            if (marksBefore > 0) break;
            var at = toks[k].Text is "," ? k + 1 : k;
            if (at < toks.Count && toks[at].Text is "the") yield return (at, false);
            else if (at + 1 < toks.Count && Claims.CueLexicon.Speech.Contains(toks[at].Text) && char.IsLower(toks[at].Text[0]) && toks[at + 1].Text is "the")
                yield return (at + 1, true);
            break;
        }
    }

    /// <summary>
    /// The person a sentence opens on as its subject ("Fourth seed Ana Ruiz beat ...", "Ruiz's win ...": among its first
    /// words, and the first person it names), or, when it opens with a quote, the one named right after the quote
    /// ("“...,” Ruiz said."); none when it opens on a pronoun ("She beat Ana Ruiz", "His coach, Tom Berg, ...",
    /// "“...,” she told Ana Ruiz"), whose person it does not say.
    /// </summary>
    private static string? SubjectOfSentenceBefore(Work work, Sentence before)
    {
        var toks = before.Tokens;
        var first = toks.Count > 0 && toks[0].Text is "But" or "And" or "Yet" or "So" ? 1 : 0;
        if (first >= toks.Count || IsPronounOpener(toks[first].Text)) return null;
        if (toks[0].Kind == TokenKind.Quote)
        {
            for (var k = 2; k < toks.Count; k++)
            {
                if (toks[k].Kind != TokenKind.Quote || toks[k].Start != toks[k - 1].End) continue;
                // The speaker tag after the closing mark: a few words, no pronoun before the name, and the name that
                // heads it, not an owner before it ("said Ruiz's coach Tom Berg").
                for (var t = k + 1; t < toks.Count && t <= k + 6; t++)
                {
                    if (IsPronounOpener(toks[t].Text)) return null;
                    var named = work.PersonMentionsIn(toks[t].Start, before.End).FirstOrDefault(m => m.Start == toks[t].Start);
                    if (named.Id is not null && !IsOwner(work.Text, named.End)) return named.Id;
                }
                return null;
            }
            return null;
        }
        var subjectEnd = toks.Count > 5 ? toks[5].End : before.End;
        var people = work.PersonMentionsIn(before.Start, before.End);
        if (people.Count == 0 || people[0].End > subjectEnd) return null;
        return people[0].Id;
    }

    /// <summary>A sentence that opens on "he" or "she" (after "But" or "And"), or names no person at all.</summary>
    private static bool KeepsSubject(Work work, Sentence sentence)
    {
        var toks = sentence.Tokens;
        var first = toks.Count > 0 && toks[0].Text is "But" or "And" or "Yet" or "So" ? 1 : 0;
        // (Not a fragment that opens in lower case, whose subject the text lost.)
        return first < toks.Count && (toks[first].Text is "He" or "She"
            || !char.IsLower(toks[0].Text[0]) && work.PersonMentionsIn(sentence.Start, sentence.End).Count == 0);
    }

    /// <summary>The sentence opens a quotation that it does not close (an odd count of double quotation marks).</summary>
    private static bool OpensQuoteLeftOpen(string text, Sentence sentence)
    {
        if (sentence.Tokens.Count == 0 || sentence.Tokens[0].Kind != TokenKind.Quote) return false;
        var marks = 0;
        foreach (var c in text.AsSpan(sentence.Start, sentence.End - sentence.Start))
            if (c is '"' or '\u201C' or '\u201D') marks++;
        return marks % 2 == 1;
    }

    private static bool IsPronounOpener(string word) =>
        Claims.CueLexicon.Pronouns.Contains(word) || word.ToLowerInvariant() is "his" or "her" or "their" or "its" or "my" or "our" or "your";

    private static bool IsOwner(string text, int end) =>
        text.AsSpan(end).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("\u2019s", StringComparison.Ordinal);

    // A word that reads as a finite verb: "-ed", "-s" (not "-ss") or a few common irregular ones.
    private static bool LooksLikeVerb(string w) =>
        w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
        || w is "said" or "told" or "won" or "lost" or "beat" or "made" or "took" or "gave" or "went" or "came" or "saw" or "felt"
            or "thought" or "knew" or "left" or "kept" or "held" or "met" or "put" or "set" or "hit" or "led" or "ran" or "became";

    /// <summary>
    /// A noun that describes one person: the job, party or calling news gives a person right before the name ("the
    /// businessman Tom Beck", "striker Ana Ruiz") or in an apposition after it ("Ana Ruiz, a Democrat from Salem,",
    /// "Tom Beck, the club's new striker,"). Nouns that name people by what they do or are end in a handful of
    /// suffixes; a few common short ones do not.
    /// </summary>
    internal static bool IsDescribingNoun(string word)
    {
        // ("the front-runner", "a co-founder": a hyphenated noun is judged by its last part.)
        if (word.IndexOf('-') is > 0 and var hyphen && hyphen < word.Length - 1 && word.All(c => char.IsLetter(c) || c == '-') && char.IsLower(word[0]))
            return IsDescribingNoun(word[(word.LastIndexOf('-') + 1)..]);
        if (word.Length < 4 || !word.All(char.IsLetter)) return false;
        var w = word.ToLowerInvariant();
        // Capitalised only as a party's member ("the Democrat", "a Republican"); other capitalised words are names.
        if (char.IsUpper(word[0])) return w.EndsWith("crat", StringComparison.Ordinal) || w.EndsWith("ican", StringComparison.Ordinal);
        if (ShortPersonNouns.Contains(w)) return true;
        if (SuffixLookalikes.Contains(w)) return false;
        return PersonSuffixes.Any(x => w.EndsWith(x, StringComparison.Ordinal));
    }

    private static readonly string[] PersonSuffixes = ["er", "or", "ist", "ian", "man", "ant", "ent", "ess", "crat", "ican", "tive"];

    private static readonly FrozenSet<string> ShortPersonNouns = new[]
    {
        "coach", "boss", "chief", "star", "host", "poet", "chef", "nurse", "guard", "judge", "cook", "candidate", "nominee",
        "billionaire", "mogul", "tycoon", "captain", "champion", "veteran", "rookie", "heir", "widow", "pundit", "critic",
        "cleric", "envoy", "aide", "spokesperson", "hopeful",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words with those suffixes that name no person.</summary>
    private static readonly FrozenSet<string> SuffixLookalikes = new[]
    {
        "other", "number", "order", "power", "matter", "letter", "member", "center", "centre", "error", "sector", "factor",
        "paper", "water", "border", "corner", "quarter", "winter", "summer", "answer", "manner", "shelter", "chapter",
        "event", "moment", "content", "extent", "percent", "accident", "comment", "payment", "statement", "government",
        "agreement", "department", "parliament", "human", "german", "roman", "norman", "woman", "business", "progress",
        "address", "access", "success", "process", "congress", "illness", "native", "initiative", "alternative",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The titles appositions give people ("Ola Brandt, chief executive of Nordbank,", "Vera Holm, the Westbank
    /// chairman,", "Tom Beck, Nordbank's chief executive,"), so that a later "the chief executive" may be the one person
    /// who holds that title: one to three lower-case words after the comma (past "a", "an" or "the" and a body's name
    /// or owner's form), which the titles list knows, ending the apposition or followed by "of", "at" or "for".
    /// </summary>
    private List<(string Id, string[] Role)> AppositionTitles(Work work, AnalyzedText analyzed)
    {
        var found = new List<(string Id, string[] Role)>();
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 1; i + 2 < toks.Count; i++)
            {
                if (toks[i].Text != "," || work.MentionEndingAt(toks[i].Start, EntityType.Person) is not { } person) continue;
                var role = AppositionRole(work, toks, i);
                if (role.First == role.End || role.End >= toks.Count || toks[role.End].Text is not ("," or "." or ";" or ")" or "of" or "at" or "for")) continue;
                var words = toks.Skip(role.First).Take(role.End - role.First).Select(t => t.Text).ToArray();
                if (words.Any(IsRoleModifier) || words[^1] is "president" or "governor" or "mayor" or "premier" or "chancellor" or "king" or "queen"
                    || words.Length == 1 && words[0] is "director" or "executive" or "leader" or "secretary" or "minister" or "speaker") continue;
                // ("the harbour board chair": the title is the words it ends with.)
                for (var from = 0; from < words.Length; from++)
                    if (gazetteer.IsTitle(string.Join(' ', words[from..])))
                    {
                        found.Add((person, words[from..]));
                        break;
                    }
            }
        }
        return found;
    }

    /// <summary>
    /// For each describing noun (<see cref="IsDescribingNoun"/>), the people the article has described with it so
    /// far and where: "the businessman Tom Beck" and "Ana Ruiz, a Democrat from Salem," give "businessman" and
    /// "democrat". Not after a role modifier ("Tom Beck, a former senator": the later "the senator" is someone else),
    /// and never a plural (no suffix above ends in "s"). A word before a name that only looks like such a noun ("after
    /// Tom Beck") is listed too, but is harmless: no later "the after" asks for it.
    /// </summary>
    private static List<(string Noun, string Id, int At)> PersonDescriptions(Work work, AnalyzedText analyzed)
    {
        var found = new List<(string Noun, string Id, int At)>();
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 0; i < toks.Count; i++)
            {
                // Before the name: "(the) businessman Tom Beck", "Harbour FC striker Ana Ruiz".
                // (At the sentence's start the noun is capitalised: "Producer Tom Beck said ...".)
                if (i + 1 < toks.Count && toks[i].IsWord && work.ActorStartingAt(toks[i + 1].Start) is { Type: EntityType.Person } named
                    && IsDescribingNoun(i == 0 && toks[i].Text.Length > 1 ? char.ToLowerInvariant(toks[i].Text[0]) + toks[i].Text[1..] : toks[i].Text)
                    && !(i > 0 && IsRoleModifier(toks[i - 1].Text)) && !work.IsCovered(toks[i].Start, toks[i].End))
                    found.Add((toks[i].Text.ToLowerInvariant(), named.Id, toks[i].Start));
                // After it: "Ana Ruiz, a Democrat from Salem,", "Tom Beck, 41, the club's new striker,".
                if (toks[i].Text != "," || i == 0 || work.ActorEndingAt(toks[i - 1].End) is not { } id || !id.StartsWith("person:", StringComparison.Ordinal)) continue;
                var k = i + 1;
                if (k + 1 < toks.Count && toks[k].Kind == TokenKind.Number && toks[k + 1].Text == ",") k += 2;
                if (k >= toks.Count || toks[k].Text.ToLowerInvariant() is not ("a" or "an" or "the")) continue;
                var head = -1;
                for (var j = k + 1; j < toks.Count && j <= k + 5; j++)
                {
                    var t = toks[j].Text;
                    if (t is "," or "." or ";" or ")" or "of" or "from" or "at" or "for" or "in" or "with" or "who" or "and" or "on" || Claims.Dashes.IsAny(t)) break;
                    if (IsRoleModifier(t)) { head = -1; break; }
                    head = j;
                }
                if (head > k && IsDescribingNoun(toks[head].Text) && work.ActorStartingAt(toks[head].Start) is null)
                    found.Add((toks[head].Text.ToLowerInvariant(), id, toks[head].Start));
            }
        }
        return found;
    }

    private void AddDefiniteDescriptions(Work work, AnalyzedText analyzed)
    {
        var roles = work.PeopleWithRoles();
        var titledBeforeName = roles.ToList();
        // Titles from appositions name a post within a body ("Ola Brandt, president of the sailing club,"), which a
        // bare "the president" or "the director" need not mean: they are matched only whole, and not for heads of
        // states and cities, whom news calls by title alone.
        roles.AddRange(AppositionTitles(work, analyzed).Where(a => !roles.Exists(r => r.Id == a.Id)));
        var described = PersonDescriptions(work, analyzed);
        // Where the text last brought in a new one ("hired a law firm"): a later "the firm" is that one, not a company named before.
        var introduced = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < analyzed.Sentences.Count; s++)
        {
            var toks = analyzed.Sentences[s].Tokens;
            for (var i = 0; i < toks.Count - 1; i++)
            {
                // (Only as the head of its phrase: in "a company spokesman", "a council member", "a firm believer" the
                // noun modifies another and brings in no new company.)
                if (toks[i].Text is "a" or "A" or "an" or "An")
                    for (var k = i + 1; k < toks.Count && k <= i + 3 && toks[k].IsWord; k++)
                        if ((CompanyNouns.Contains(toks[k].Text) || BodyNouns.Contains(toks[k].Text))
                            && (k + 1 >= toks.Count || !toks[k + 1].IsWord || toks[k + 1].Text is "to" or "that" or "which" or "who" or "in" or "on"
                                or "at" or "for" or "with" or "from" or "of" or "and" or "called" or "named" or "based" or "run" or "owned" or "led" or "whose"))
                            introduced[toks[k].Text] = toks[i].Start;
                // Not after a preposition ("Eva Holm from the company"): there it names no speaker, and seldom the topic;
                // but "according to the company" and "announced by the firm" name the source.
                if (toks[i].Text is not ("the" or "The")) continue;
                if (work.AfterPreposition(toks[i].Start) && !(i >= 2 && (toks[i - 2].Text is "according" or "According" && toks[i - 1].Text == "to"
                    || toks[i - 1].Text == "by" && toks[i - 2].Text.EndsWith("ed", StringComparison.Ordinal)))) continue;
                var j = i + 1;
                // "the new chancellor" is the chancellor; "the former chancellor" is matched whole, against "former Chancellor".
                if (toks[j].Text is "new" or "current" && j + 1 < toks.Count) j++;
                // "the boat-and-engine firm", "the ferry giant": words in lower case before a company's noun say
                // what trade it is in, and it is still the company the story is about (not "the rival firm").
                var trade = j;
                while (trade < toks.Count && trade - j < 3 && IsTradeWord(toks[trade])) trade++;
                var tradeFrom = -1;
                // (Not one a name or a restrictive clause follows, "the online bank Cahoot", "the firm that ...": those
                // bring in a company; nor "business", as often the trade itself: "the murky business".)
                if (trade > j && trade < toks.Count && CompanyNouns.Contains(toks[trade].Text) && toks[trade].Text is not "business"
                    && !(trade + 1 < toks.Count && toks[trade + 1].IsWord && (char.IsUpper(toks[trade + 1].Text[0]) || toks[trade + 1].Text is "that" or "who" or "which" or "to")))
                    (tradeFrom, j) = (j, trade);
                if (!toks[j].IsWord) continue;
                // "the German company", "the Japanese firm": a nationality before a company's noun (the company then must
                // not be known as another country's); the nationality keeps its own mention of the country.
                var nationality = j + 1 < toks.Count && CompanyNouns.Contains(toks[j + 1].Text) ? gazetteer.CountryByDemonym(toks[j].Text)?.Iso : null;
                if (nationality is not null) j++;
                bool OfAfter(int k) => k + 1 < toks.Count && toks[k + 1].Text == "of"; // "the president of the club" is someone else
                // A role's holder is looked for only where the description stands alone: "the senator from Texas" may be
                // another senator, and "Cruz, the senator" is Cruz (the apposition says who), not a senator named before.
                // ("the senator from Oregon" is one a party tag gave that state: see FromFits.)
                var afterPerson = i >= 2 && toks[i - 1].Text == "," && work.MentionEndingAt(toks[i - 2].End, EntityType.Person) is not null;
                var two = j + 1 < toks.Count && toks[j + 1].IsWord;
                var noun = toks[j].Text;
                string? id = null;
                var partyInside = false;
                var last = j;
                // A role of two words ("the prime minister") or one ("the chancellor"), if one person holds it (and may be
                // meant here: see MayMean).
                var next = two ? toks[j + 1].Text : null;
                if (roles.Count > 0 && two && !afterPerson && !OfAfter(j + 1) && HoldsRole(roles, toks[j].Text, toks[j + 1].Text, headOnly: false) is { } byTwo
                    && FromFits(work, analyzed.Text, toks, j + 1, byTwo)
                    && MayMean(work, byTwo, toks[i].Start, noun, next))
                    (id, last) = (byTwo, j + 1);
                // "the Tory leader" after "Tory leader Michael Howard": the one person given that role, with the same word
                // before it, before their name (the party or country word was kept apart from the role).
                // So is "the Danish president" after "Danish President Ola Berg": the nationality was the country's
                // mention, and now is the person's.
                else if (roles.Count > 0 && two && char.IsUpper(noun[0]) && !afterPerson && !OfAfter(j + 1)
                         && work.ActorStartingAt(toks[j].Start) is var word
                         && (word is null or { Type: EntityType.Country }
                             // (A party, by name or by its member's word, before the role: "the Tory leader".)
                             || word is { Type: EntityType.Institution } party && gazetteer.InstitutionByName(work.NameOf(party.Id)) is { IsParty: true })
                         && TitledHolder(work, analyzed.Text, roles, noun, toks[j + 1].Text) is { } modified && FromFits(work, analyzed.Text, toks, j + 1, modified) && MayMean(work, modified, toks[i].Start, noun, next))
                {
                    (id, last) = (modified, j + 1);
                    if (word is { Type: EntityType.Country }) work.RemoveCountryMentions(toks[j].Start, toks[j].End);
                    // (The party keeps its mention inside the description, as a nationality does.)
                    else partyInside = word is not null;
                }
                else if (roles.Count > 0 && !afterPerson && !OfAfter(j) && (HoldsRole(roles, noun, null, headOnly: false) ?? HoldsRole(titledBeforeName, noun, null, headOnly: true)) is { } byOne
                         && FromFits(work, analyzed.Text, toks, j, byOne)
                         && MayMean(work, byOne, toks[i].Start, noun, next))
                    id = byOne;
                else if (!OfAfter(j) && (CompanyNouns.Contains(noun) || BodyNouns.Contains(noun)))
                {
                    var candidates = work.InstitutionsBefore(toks[i].Start, DescriptionReach);
                    // (A company the text gives another nationality, "the French carmaker Lumière", is not "the German company".)
                    if (nationality is not null) candidates = candidates.Where(c => !OfAnotherNation(work, analyzed.Text, c.Id, nationality)).ToList();
                    // "Nordbank said ... The bank said ...": a company that opens this sentence or one of the two before
                    // it, as their subject, is the one meant before the one named most.
                    // With its trade before the noun, only a company described by the same words ("Security firm Korvax
                    // ... the security firm"), the one it stands in apposition to ("Korvax, the security firm,"), or the
                    // one the sentences open on: the firm named most may be in another trade.
                    if (tradeFrom >= 0)
                        id = FirmDescribedSo(work, analyzed.Text, toks[tradeFrom].Start, toks[j].End, toks[i].Start)
                             ?? (i >= 2 && toks[i - 1].Text is "," ? (work.ActorEndingAt(toks[i - 2].End) is { } apposed && candidates.Any(c => c.Id == apposed) ? apposed : null)
                                 // (Only with one company in reach: of two, the trade words may fit either.)
                                 : candidates.Count(c => !c.Name.Split(' ').Any(NotCompanyWords.Contains)) == 1
                                     ? CompanyOpeningNear(work, analyzed.Sentences, s, toks[i].Start, candidates, introduced.GetValueOrDefault(noun, -1), noun) : null);
                    else
                        // ("The group said" too: the company or campaign the sentences open on, else a body with "Group" in its name.)
                        id = (nationality is null && (CompanyNouns.Contains(noun) && !BodyNouns.Contains(noun) || noun is "group")
                                ? CompanyOpeningNear(work, analyzed.Sentences, s, toks[i].Start, candidates, introduced.GetValueOrDefault(noun, -1), noun) : null)
                             ?? InstitutionFor(candidates, noun, introduced.GetValueOrDefault(noun, -1))
                             ?? (noun is "organisation" or "organization" or "charity" ? LastNamedNear(candidates, toks[i].Start) : null)
                             ?? (noun is "board" ? BoardOwner(work, analyzed.Text, candidates) : null)
                             // "Harbour United's board met ... the club said": clubs are seldom named with the word, so the
                             // one the sentences open on, when "club" ends its phrase (not "the club their coach left", "the club
                             // that ...": another one).
                             ?? (noun is "club" && ClubEndsPhrase(toks, j)
                                 ? CompanyOpeningNear(work, analyzed.Sentences, s, toks[i].Start, candidates, introduced.GetValueOrDefault(noun, -1), noun) : null)
                             ?? IntroducedAs(work, analyzed.Text, noun, toks[i].Start);
                    if (id is not null && nationality is not null && work.CountryOf(id) is { } iso && !string.Equals(iso, nationality, StringComparison.OrdinalIgnoreCase)) id = null;
                    // ("the German company Vellmar Logistik" names the company after it: a description, not a reference back.)
                    if (nationality is not null && last + 1 < toks.Count && toks[last + 1].IsWord && char.IsUpper(toks[last + 1].Text[0])) id = null;
                }
                else if (nationality is not null) continue;
                // "The magazine reported ...": the outlet the text brought in with that noun ("US magazine Rolling Stone").
                else if (!OfAfter(j) && Work.IsBodyNoun(noun))
                    id = IntroducedAs(work, analyzed.Text, noun, toks[i].Start);
                // "The party said ...": the party that opened one of the last sentences, else the one named most in the
                // paragraphs before (parties are often named without the word: "Labour", "the Lib Dems"); see PartyFor.
                else if (noun == "party" && !OfAfter(j))
                    id = PartyFor(work, analyzed.Sentences, s, toks[i].Start);
                // "The businessman said ...", "the Democrat told ...": the one person described so (and only one) in
                // the paragraphs before, as the head of its phrase (not "the businessman's lawyer", "the striker Ana Ruiz").
                else if (!OfAfter(j) && IsDescribingNoun(noun) && (!two || toks[j + 1].Text is not ("'s" or "\u2019s")) && !(two && char.IsUpper(toks[j + 1].Text[0]))
                         && described.Where(d => d.At < toks[i].Start && StillTalkedAbout(work, d.Id, toks[i].Start) && string.Equals(d.Noun, noun, StringComparison.OrdinalIgnoreCase))
                             .Select(d => d.Id).Distinct().ToList() is [var only])
                    id = only;
                // "The distressed actress said ...", "the veteran striker told ...": a word in lower case before the noun
                // (not one that makes it someone else: "the other actress", "the new striker"; nor a title of two words,
                // "the prime minister") describes the same person.
                else if (two && char.IsLower(noun[0]) && !OtherPersonWords.Contains(noun) && !IsDeterminer(noun)
                         && !CompanyNouns.Contains(noun) && !BodyNouns.Contains(noun) && !IsRoleModifier(noun)
                         && !noun.EndsWith("est", StringComparison.Ordinal) && !noun.EndsWith("th", StringComparison.Ordinal)
                         && IsDescribingNoun(toks[j + 1].Text) && toks[j + 1].Text is not ("after" or "over" or "under" or "later" or "ever" or "never" or "rather" or "whether" or "together" or "either")
                         && !OfAfter(j + 1) && !gazetteer.IsTitle(noun + " " + toks[j + 1].Text)
                         && !(j + 2 < toks.Count && (toks[j + 2].Text is "'s" or "\u2019s" || toks[j + 2].IsWord && char.IsUpper(toks[j + 2].Text[0])))
                         && described.Where(d => d.At < toks[i].Start && StillTalkedAbout(work, d.Id, toks[i].Start) && string.Equals(d.Noun, toks[j + 1].Text, StringComparison.OrdinalIgnoreCase))
                             .Select(d => d.Id).Distinct().ToList() is [var modifiedOnly])
                    (id, last) = (modifiedOnly, j + 1);
                // "The Acme founder said ...": the one person described so, with the body named between "the" and the noun
                // (which stays that body's mention).
                else if (two && char.IsUpper(noun[0]) && work.ActorStartingAt(toks[j].Start) is { Type: EntityType.Institution or EntityType.Country } body
                         && FirstTokenFrom(toks, j, body.End) is var k && k > j && k < toks.Count && IsDescribingNoun(toks[k].Text)
                         && !OfAfter(k) && !(k + 1 < toks.Count && (char.IsUpper(toks[k + 1].Text[0]) || toks[k + 1].Text is "'s" or "\u2019s"))
                         && !work.IsCovered(toks[i].Start, toks[i].End) && !work.IsCovered(toks[k].Start, toks[k].End)
                         && described.Where(d => d.At < toks[i].Start && StillTalkedAbout(work, d.Id, toks[i].Start) && string.Equals(d.Noun, toks[k].Text, StringComparison.OrdinalIgnoreCase)
                                 && DescribedWithBody(work, analyzed.Text, d.At, body.Id))
                             .Select(d => d.Id).Distinct().ToList() is [var described1])
                {
                    work.AddMention(described1, toks[i].Start, toks[k].End, MentionKind.Nominal);
                    i = k;
                    continue;
                }
                // "The British producer added ...", "the American actress said": a nationality before a describing noun the
                // article gave one person (and no other nationality: not "the US actor" for a British one).
                else if (two && char.IsUpper(noun[0]) && gazetteer.CountryByDemonym(noun) is { } from && IsDescribingNoun(toks[j + 1].Text)
                         && !OfAfter(j + 1) && !(j + 2 < toks.Count && (toks[j + 2].Text is "'s" or "\u2019s" || toks[j + 2].IsWord && char.IsUpper(toks[j + 2].Text[0])))
                         && !work.IsCovered(toks[i].Start, toks[i].End) && !work.IsCovered(toks[j + 1].Start, toks[j + 1].End)
                         && described.Where(d => d.At < toks[i].Start && StillTalkedAbout(work, d.Id, toks[i].Start) && string.Equals(d.Noun, toks[j + 1].Text, StringComparison.OrdinalIgnoreCase))
                             .Select(d => d.Id).Distinct().ToList() is [var national]
                         && (work.NationalityOf(national) is not { } iso || string.Equals(iso, from.Iso, StringComparison.OrdinalIgnoreCase)))
                {
                    work.AddMention(national, toks[i].Start, toks[j + 1].End, MentionKind.Nominal);
                    i = j + 1;
                    continue;
                }
                // "Mr Vik refused to comment further. The prime minister said ...", "Berg explained ... said the Rovers
                // star": a role the article gives no one, right after sentences about one person, describes that person.
                if (id is null && nationality is null && !OfAfter(j) && FollowOnRole(work, analyzed, roles, toks, s, i, j) is { } followOn)
                {
                    work.AddMention(followOn.Id, toks[i].Start, toks[followOn.Last].End, MentionKind.Nominal);
                    i = followOn.Last;
                    continue;
                }
                // "..., the Harbour Secretary has said.¶Ana Ruiz said ...": the lead's role, named in the next sentence.
                if (id is null && nationality is null && s <= 2 && LeadRoleNamedNext(work, analyzed, s, i) is { } lead)
                {
                    work.AddMention(lead.Id, toks[i].Start, toks[lead.Last].End, MentionKind.Nominal);
                    i = lead.Last;
                    continue;
                }
                if (id is null || (nationality is null && !partyInside ? work.IsCovered(toks[i].Start, toks[last].End)
                        : work.IsCovered(toks[i].Start, toks[i].End) || work.IsCovered(toks[last].Start, toks[last].End))) continue;
                work.AddMention(id, toks[i].Start, toks[last].End, MentionKind.Nominal);
                i = last;
            }
        }
    }

    /// <summary>
    /// "Ferry fares must fall, the harbour commissioner has said.¶Ana Ruiz said ...": news leads often give a
    /// speaker's role in their opening sentence and the name only in the next. A role after "the"
    /// at token <paramref name="i"/> of an opening sentence, ending in a title ("secretary", "commissioner", "political
    /// editor") and followed by a verb of saying ("The harbour commissioner says ..." too), is the person whose full
    /// name opens the next sentence and who speaks there, when nobody else was named before it. Returns the person and
    /// the role's last token.
    /// </summary>
    private (string Id, int Last)? LeadRoleNamedNext(Work work, AnalyzedText analyzed, int s, int i)
    {
        var toks = analyzed.Sentences[s].Tokens;
        // The role: words up to the verb group ("has said", "says", "has warned").
        var v = i + 1;
        while (v < toks.Count && v - i <= 6 && toks[v].IsWord && !(toks[v].Text is "has" or "have" or "had" || Claims.CueLexicon.Speech.Contains(toks[v].Text))) v++;
        if (v <= i + 1 || v >= toks.Count) return null;
        var last = v - 1;
        var verb = toks[v].Text is "has" or "have" or "had" ? v + 1 : v;
        if (verb >= toks.Count || !Claims.CueLexicon.Speech.Contains(toks[verb].Text)) return null;
        var head = toks[last].Text;
        if (!gazetteer.IsTitle(head) && !(last > i + 1 && gazetteer.IsTitle(toks[last - 1].Text + " " + head))) return null;
        if (s + 1 >= analyzed.Sentences.Count) return null;
        var next = analyzed.Sentences[s + 1].Tokens;
        if (next.Count < 3 || work.ActorStartingAt(next[0].Start) is not { Type: EntityType.Person } person
            || !work.Text.AsSpan(next[0].Start, person.End - next[0].Start).Contains(' ')) return null;
        // (Who speaks there too: "Ana Ruiz said ...", "Ana Ruiz, now chair of ..., told ...".)
        var speaks = false;
        for (var k = 1; k < next.Count && k <= 14 && !speaks; k++)
            speaks = next[k].IsWord && char.IsLower(next[k].Text[0]) && Claims.CueLexicon.Speech.Contains(next[k].Text) || next[k].Kind == TokenKind.Quote && k <= 4;
        if (!speaks) return null;
        // (Nobody else named before the role, headline included: "Ruiz met Beck, the Harbour Secretary has said" is no
        // lead of that kind.)
        // (A surname alone before the full name, as in a headline, is the same person: the two are joined later.)
        foreach (var (other, _, _) in work.PersonMentionsIn(0, toks[i].Start))
            if (other != person.Id && !work.NameOf(person.Id).EndsWith(" " + work.NameOf(other), StringComparison.Ordinal)) return null;
        return (person.Id, last);
    }

    /// <summary>
    /// The person a role after "the" at token <paramref name="i"/> goes on describing, and where the role ends: the latest
    /// of this sentence and the two before that opens on one person, with no other person named from the sentence before
    /// that one; not when someone else is given the role ("Foreign Minister Ana Ruiz" for "the foreign minister"; a
    /// shadow or deputy one is another role), the person is given another ("Home Secretary Per Vik") or held it once
    /// ("former senator"), or the description's capitalised word is another body's. A place or body named inside ("the
    /// Vermont senator", "the Rovers striker") keeps its own mention.
    /// (A method of its own: the closures below would otherwise be allocated for every token of every article.)
    /// </summary>
    private (string Id, int Last)? FollowOnRole(Work work, AnalyzedText analyzed, List<(string Id, string[] Role)> roles, IReadOnlyList<Token> toks, int s, int i, int j)
    {
        var h = FollowOnRoleEnd(toks, j);
        if (h < 0 || h + 1 < toks.Count && (toks[h + 1].Text is "of" or "'s" or "\u2019s" || toks[h + 1].IsWord && char.IsUpper(toks[h + 1].Text[0]))) return null;
        var words = toks.Skip(j).Take(h - j + 1).Where(t => char.IsLower(t.Text[0])).Select(t => t.Text).ToList();
        // (Another person named near by is no obstacle when the article gives them another role only: "... attack Tory
        // leader Ivar Dahl ... . The prime minister told ..." is not Dahl.)
        bool HoldsOtherRole(string id)
        {
            var theirs = roles.Where(r => r.Id == id && !(r.Role is [var one] && Work.IsCourtesyTitle(one))).ToList();
            return theirs.Count > 0 && theirs.All(r => !words.All(w => HasWord(r.Role, w)) && !WiderRole(toks[h].Text, r.Role, h == j));
        }
        if (PersonOpeningBefore(work, analyzed.Sentences, s, toks[i].Start, HoldsOtherRole) is not { } subject) return null;
        // (Another holder of the role stands in the way, unless it is a trade and they are only named further on.)
        if (roles.Any(r => r.Id != subject && !r.Role.Any(IsRoleModifier) && words.All(w => HasWord(r.Role, w))
                && (work.MentionStartOf(r.Id, toks[i].Start) < toks[i].Start || !IsProfession(string.Join(' ', r.Role))))) return null;
        var own = roles.Where(r => r.Id == subject && !(r.Role is [var one] && Work.IsCourtesyTitle(one))).ToList();
        if (own.Count > 0 && !own.Any(r => (HasWord(r.Role, toks[h].Text) || WiderRole(toks[h].Text, r.Role, h == j)) && r.Role.Where(IsRoleModifier).All(m => words.Contains(m, StringComparer.OrdinalIgnoreCase))))
            return null;
        // (Only words that name a body count: "the Old Trafford boss", "the Vermont senator" name a ground and a state.)
        var capitalised = toks.Skip(j).Take(h - j).Where(t => char.IsUpper(t.Text[0])).ToList();
        var body = capitalised.Exists(t => work.ActorStartingAt(t.Start) is { Type: EntityType.Institution or EntityType.Country }
            || gazetteer.InstitutionByName(t.Text) is not null || gazetteer.CountryByDemonym(t.Text) is not null || gazetteer.CountryByName(t.Text) is not null
            || gazetteer.PartyByMemberWord(t.Text) is not null);
        if (body && OtherBodyBefore(work, analyzed.Text, subject, capitalised.Select(t => t.Text).ToList())
            || HeldOnce(work, analyzed.Text, subject)) return null;
        if (work.IsCovered(toks[i].Start, toks[i].End) || work.IsCovered(toks[h].Start, toks[h].End) || work.OtherPersonIn(toks[i].Start, toks[h].End, null)) return null;
        return (subject, h);
    }

    /// <summary>
    /// Whether <paramref name="head"/> is a wider word for the person's own <paramref name="role"/>: "the minister" for an
    /// "Education Secretary", "the star" for a "singer" or a "striker", "the boss" for a "manager" or a "coach". "Minister"
    /// only alone (<paramref name="alone"/>): "the prime minister" is not any secretary.
    /// </summary>
    private static bool WiderRole(string head, string[] role, bool alone) =>
        WiderRoles.TryGetValue(head, out var narrower) && (alone || !head.Equals("minister", StringComparison.OrdinalIgnoreCase))
        && role.Any(w => narrower.Contains(w, StringComparer.OrdinalIgnoreCase));

    private static readonly FrozenDictionary<string, string[]> WiderRoles = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["minister"] = ["secretary", "chancellor"],
        ["star"] = ["singer", "actor", "actress", "player", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
            "rapper", "comedian", "presenter", "musician", "guitarist", "frontman", "champion", "captain"],
        ["player"] = ["striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "captain", "skipper"],
        ["boss"] = ["manager", "coach", "chairman", "chairwoman", "executive", "director", "owner", "head"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where a role that goes on describing the person just talked about ends, starting at token <paramref name="j"/>
    /// after "the": up to three words before it ("the Vermont senator", "the Indian-born magnate", "the Rovers assistant
    /// boss"), none that makes it someone else ("the other striker"); -1 if none.
    /// </summary>
    private static int FollowOnRoleEnd(IReadOnlyList<Token> toks, int j)
    {
        for (var k = j; k < toks.Count && k <= j + 3 && toks[k].IsWord; k++)
        {
            var w = toks[k].Text;
            if (FollowOnRoles.Contains(w)) return char.IsLower(w[0]) ? k : -1;
            // (Nor "the shadow home secretary", "the deputy leader": another one; nor "the largest player", "the more
            // powerful player": a rank among others. But "the first minister" is an office, not a rank; and "the former
            // Labour leader", "the ex-Rovers boss" go on describing the person: what they were.)
            if (OtherPersonWords.Contains(w) && w is not ("assistant" or "chief" or "head" or "senior" or "junior" or "lead")
                && !(w is "first" && k + 1 < toks.Count && toks[k + 1].Text is "minister") || IsDeterminer(w)
                || IsRoleModifier(w) && !IsFormer(w) || w is "more" or "most" or "less" or "least" || w.EndsWith("est", StringComparison.Ordinal)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// Whether the description's capitalised words (a party, a club, a country: "the Tory leader") are not said of the
    /// person, who is named after another body's word instead ("Labour leader Per Vik", "Westhaven United's Tom Beck");
    /// places ("the Vermont senator") and words said of the person pass.
    /// </summary>
    private bool OtherBodyBefore(Work work, string text, string person, List<string> described)
    {
        if (described.Count == 0) return false;
        var other = false;
        foreach (var start in work.MentionStarts(person))
        {
            var at = start;
            for (var n = 0; n < 3; n++)
            {
                at = Work.WordBefore(text, at, out var word);
                // (Past a possessive: "Westhaven United's Tom Beck".)
                if (word is "s" && at > 0 && text[at - 1] is '\'' or '\u2019') at = Work.WordBefore(text, at - 1, out word);
                if (word.Length > 0 && char.IsLower(word[0]) && gazetteer.IsTitle(word.ToString())) continue;
                if (word.Length == 0 || !char.IsUpper(word[0])) break;
                // (A courtesy title opens the name unless a role stands before it: "told the BBC Mr Vik" names no body
                // of his; "Tory leader Mr Vik" does.)
                if (Work.IsCourtesyTitle(word) && !(Work.WordBefore(text, at, out var role) >= 0 && role.Length > 0 && char.IsLower(role[0]) && gazetteer.IsTitle(role.ToString()))) break;
                if (described.Contains(word.ToString())) return false;
                if (work.ActorStartingAt(at) is { Type: EntityType.Institution or EntityType.Country }) other = true;
            }
        }
        return other;
    }

    private static readonly Regex FormerBefore = new(@"\b(?:[Ff]ormer|[Ee]x-\w+|[Rr]etired|[Oo]ne-time)\s+(?:\S+\s+){0,2}$", RegexOptions.CultureInvariant);
    private static readonly Regex FormerAfter = new(@"^,\s+(?:a|an|the)\s+(?:former|ex-\w+|retired|one-time)\b", RegexOptions.CultureInvariant);

    /// <summary>Whether the person is brought in by a role held once ("former senator Per Vik", "Per Vik, a former senator,").</summary>
    private static bool HeldOnce(Work work, string text, string person) => work.MentionSpans(person).Any(m =>
        FormerBefore.IsMatch(text.AsSpan(Math.Max(0, m.Start - 40), Math.Min(40, m.Start)))
        || FormerAfter.IsMatch(text.AsSpan(m.End, Math.Min(30, text.Length - m.End))));

    private static bool HasWord(string[] role, string word) => role.Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));

    // Roles a writer uses for the person a passage is about, instead of the name ("the prime minister", "the striker"),
    // and not for someone else brought in, as "the spokesman", "the official", "the aide" or "the analyst" are.
    private static readonly FrozenSet<string> FollowOnRoles = new[]
    {
        "president", "premier", "chancellor", "minister", "secretary", "chairman", "chairwoman", "governor", "mayor", "senator",
        "congressman", "congresswoman", "lawmaker", "leader", "king", "queen", "prince", "princess", "pope", "founder",
        "candidate", "nominee", "hopeful", "frontrunner", "front-runner", "incumbent", "challenger", "billionaire", "magnate",
        "tycoon", "businessman", "businesswoman", "entrepreneur", "boss", "coach", "manager", "captain", "skipper", "striker",
        "midfielder", "defender", "goalkeeper", "keeper", "winger", "player", "star", "champion", "singer", "actor", "actress",
        "musician", "rapper", "comedian", "presenter", "guitarist", "frontman", "writer", "author", "novelist", "filmmaker",
        "film-maker",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The person named as the subject opening this sentence or one of the two before it (the latest), when no other
    /// person is named from the sentence before that one to <paramref name="at"/> (but those <paramref name="notIt"/>
    /// rules out); else null.
    /// </summary>
    private string? PersonOpeningBefore(Work work, IReadOnlyList<Sentence> sentences, int s, int at, Func<string, bool> notIt)
    {
        for (var k = s; k >= Math.Max(0, s - 2); k--)
        {
            var toks = sentences[k].Tokens;
            // (After "But", "And" and a title or a body's role: "Home Secretary Per Vik", "Tory leader Ana Ruiz", "Mr Vik";
            // or a body's possessive: "Westhaven United's Tom Beck".)
            var first = toks.Count > 1 && toks[0].Text is "But" or "And" ? 1 : 0;
            // ("Turning to the budget, Mr Vik said ...", "In a speech in Dunmore, Per Vik ...": an opening phrase up to
            // its comma comes before the subject.)
            var opening = first;
            if (first < toks.Count && toks[first].IsWord && char.IsUpper(toks[first].Text[0])
                && (ClauseOpeners.Contains(toks[first].Text) || toks[first].Text.EndsWith("ing", StringComparison.Ordinal)))
                for (var c = first + 1; c < toks.Count && c <= first + 15 && toks[c].Start < at; c++)
                    if (toks[c].Text == ",")
                    {
                        first = c + 1;
                        break;
                    }
            while (first < toks.Count && first - opening < 4 && toks[first].Start < at && work.ActorStartingAt(toks[first].Start) is not { Type: EntityType.Person }
                   && (toks[first].IsWord && (char.IsUpper(toks[first].Text[0]) ? !IsDeterminer(toks[first].Text) && !ClauseOpeners.Contains(toks[first].Text) : gazetteer.IsTitle(toks[first].Text))
                       || toks[first].Text is "'s" or "\u2019s" && first > 0 && char.IsUpper(toks[first - 1].Text[0])))
                first++;
            // ("..., Ola Brandt said. The harbour secretary told the council ...": the one whose words the sentence before ends by
            // framing is talked about as much as a subject opening it.)
            if (k == s - 1 && (first >= toks.Count || work.ActorStartingAt(toks[first].Start) is not { Type: EntityType.Person }) && SpeakerClosing(work, toks) is { } framed)
                return work.OtherPersonIn(sentences[Math.Max(0, k - 1)].Start, at, framed, notIt) ? null : framed;
            if (first >= toks.Count || toks[first].Start >= at) continue;
            if (work.ActorStartingAt(toks[first].Start) is not { Type: EntityType.Person } opener) continue;
            // ("“Will you run?” Per Vik asked. “Yes,” the senator said": the one who only asked is not the one described.)
            var after = FirstTokenFrom(toks, first, opener.End);
            if (after < toks.Count && toks[after].Text is "asked" or "asks" && (after + 1 == toks.Count || !toks[after + 1].IsWord)) continue;
            // (Nor any other person named in the sentence before it: "Vik met Ruiz. Vik said ... The minister said".)
            return work.OtherPersonIn(sentences[Math.Max(0, k - 1)].Start, at, opener.Id, notIt) ? null : opener.Id;
        }
        return null;
    }

    /// <summary>
    /// The person named in a frame that ends the sentence: "..., Per Vik said.", "..., Per Vik has warned." or
    /// "..., said Per Vik."
    /// </summary>
    private static string? SpeakerClosing(Work work, IReadOnlyList<Token> toks)
    {
        var e = toks.Count - 1;
        while (e >= 0 && toks[e].Kind is TokenKind.Punctuation or TokenKind.Quote) e--;
        if (e < 2) return null;
        // (Any verb of saying, after "has" or "had" too: "..., Per Vik warned.", "..., Per Vik has said.")
        var subjectEnd = e >= 3 && toks[e - 1].Text is "has" or "had" ? e - 2 : e - 1;
        if (toks[e].IsWord && char.IsLower(toks[e].Text[0]) && Claims.CueLexicon.Speech.Contains(toks[e].Text) && toks[subjectEnd].IsWord
            && work.ActorEndingAt(toks[subjectEnd].End) is { } before && before.StartsWith("person:", StringComparison.Ordinal)) return before;
        for (var m = e; m > 0 && e - m < 4; m--)
            if (toks[m - 1].Text is "said" or "says" or "added" or "adds" && work.ActorStartingAt(toks[m].Start) is { Type: EntityType.Person } after && after.End == toks[e].End)
                return after.Id;
        return null;
    }

    // Words that open a sentence with a clause or a phrase before its subject ("After Per Vik left, ...").
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "After", "Before", "When", "While", "With", "Without", "As", "If", "Since", "Despite", "Although", "Though", "Unlike",
        "Like", "For", "In", "On", "At", "From", "By", "To", "Of", "Under", "Over", "During", "Following", "According", "Once",
        "Until", "Because", "Asked", "Speaking", "Meanwhile", "However", "Yet", "So", "Then", "Now", "Only", "Even", "Also",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the person <paramref name="id"/> was named within the reach of a description before <paramref name="at"/>:
    /// a description holds while the article keeps naming its person ("Green Party spokesman Ana Ruiz said ... Ms Ruiz
    /// added ... [paragraphs on] ... the Green Party spokesman replied"), however long ago it was given.
    /// </summary>
    private static bool StillTalkedAbout(Work work, string id, int at) => at - work.MentionStartOf(id, at) <= DescriptionReach;

    /// <summary>
    /// Whether the describing noun at <paramref name="at"/> came right after a name of <paramref name="body"/>, itself not
    /// after "former" and the like: "Harbourjet founder Ana Ruiz" describes the Harbourjet founder, "Former Harbourjet
    /// founder Ana Ruiz" and "the goalkeeper Ana Ruiz" do not.
    /// </summary>
    private static bool DescribedWithBody(Work work, string text, int at, string body)
    {
        var end = text.AsSpan(0, at).TrimEnd(' ').Length;
        if (work.ActorEndingAt(end) != body) return false;
        Work.WordBefore(text, work.MentionStartOf(body, end), out var word);
        return !IsRoleModifier(word.ToString());
    }

    /// <summary>The first token at or after index <paramref name="from"/> that starts at or after <paramref name="start"/> (the count if none).</summary>
    private static int FirstTokenFrom(IReadOnlyList<Token> toks, int from, int start)
    {
        var k = from;
        while (k < toks.Count && toks[k].Start < start) k++;
        return k;
    }

    /// <summary>
    /// The one person whose role is <paramref name="head"/> and whose name came right after "<paramref name="modifier"/>
    /// <paramref name="head"/>" ("Tory leader Ola Brandt" for "the Tory leader"), whoever else leads something else
    /// ("Labour leader Tom Beck"); none if several.
    /// </summary>
    private static string? TitledHolder(Work work, string text, List<(string Id, string[] Role)> roles, string modifier, string head)
    {
        string? found = null;
        foreach (var (id, role) in roles)
        {
            if (role.Length != 1 || !string.Equals(role[0], head, StringComparison.OrdinalIgnoreCase) || id == found
                || !work.MentionStarts(id).Any(m => TitledWith(text, m, modifier, head))) continue;
            if (found is not null) return null;
            found = id;
        }
        return found;
    }

    /// <summary>
    /// A title as written before a name and the word a later description uses for it: "Sen." is "the senator", "Gov."
    /// "the governor", "Rep." "the congressman" or "the congresswoman" (US news abbreviates titles before names only).
    /// </summary>
    private static bool SameRoleWord(string title, string word) =>
        string.Equals(title, word, StringComparison.OrdinalIgnoreCase)
        || FullTitles.TryGetValue(title.TrimEnd('.'), out var full) && (full.Equals(word, StringComparison.OrdinalIgnoreCase)
            || full == "representative" && word.ToLowerInvariant() is "congressman" or "congresswoman");

    private static readonly FrozenDictionary<string, string> FullTitles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Sen"] = "senator", ["Rep"] = "representative", ["Representative"] = "representative", ["Gov"] = "governor",
        ["Gen"] = "general", ["Col"] = "colonel", ["Lt"] = "lieutenant", ["Capt"] = "captain", ["Adm"] = "admiral",
        ["Sgt"] = "sergeant", ["Maj"] = "major", ["Prof"] = "professor", ["Rev"] = "reverend",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A role's description followed by "from" and a place ("the senator from Oregon") means its holder only when a
    /// party tag gave the holder that state ("Sen. Tom Beck (R-Ore.)"): another senator may be meant. Without "from" after
    /// the role word at <paramref name="k"/>, any holder fits.
    /// </summary>
    private static bool FromFits(Work work, string text, IReadOnlyList<Token> toks, int k, string holder) =>
        !(k + 1 < toks.Count && toks[k + 1].Text == "from")
        || k + 2 < toks.Count && work.StateOf(holder) is { } state && text.AsSpan(toks[k + 2].Start).StartsWith(state, StringComparison.Ordinal)
           && (toks[k + 2].Start + state.Length == text.Length || !char.IsLetter(text[toks[k + 2].Start + state.Length]));

    /// <summary>
    /// The one person whose role is <paramref name="first"/> and <paramref name="second"/> ("prime minister") or
    /// <paramref name="first"/> alone ("chancellor"), or, with <paramref name="headOnly"/>, ends in <paramref name="first"/>
    /// ("Culture Minister" for "the minister") unless it is a shadow, former or deputy one; none if several.
    /// </summary>
    private static string? HoldsRole(List<(string Id, string[] Role)> roles, string first, string? second, bool headOnly)
    {
        string? found = null;
        foreach (var (id, role) in roles)
        {
            // (A head of government is not "the minister": "Prime Minister" and "First Minister" are left out.)
            var fits = headOnly
                ? SameRoleWord(role[^1], first) && !role.Any(IsRoleModifier)
                  && !(role.Length == 2 && role[0].ToLowerInvariant() is "prime" or "first")
                : second is null
                    ? role.Length == 1 && SameRoleWord(role[0], first)
                    : role.Length == 2 && SameRoleWord(role[0], first) && SameRoleWord(role[1], second);
            if (!fits) continue;
            if (found is not null && found != id) return null;
            found = id;
        }
        return found;
    }

    /// <summary>
    /// The company among <paramref name="named"/> that opens sentence <paramref name="s"/> (before <paramref name="at"/>)
    /// or one of the two before it, as its subject or its subject's possessor ("Nordbank's chief executive said ...");
    /// the nearest such sentence wins. None when a nearer company may be meant: one named before <paramref name="at"/> in
    /// the description's own sentence ("talk of a bid by Westbrew ... since the brewer said"), or one that is the
    /// subject of a later clause of the opener's sentence ("Acme Finance grew, but Acme said ...").
    /// </summary>
    private static string? CompanyOpeningNear(Work work, IReadOnlyList<Sentence> sentences, int s, int at, List<(string Id, string Name, int Count, int Latest)> named, int introduced, string noun)
    {
        bool Company(string id) => named.FirstOrDefault(n => n.Id == id) is { Id: not null } n && n.Latest > introduced && !n.Name.Split(' ').Any(NotCompanyWords.Contains);
        for (var k = s; k >= Math.Max(0, s - 2); k--)
        {
            var toks = sentences[k].Tokens;
            var first = toks.Count > 1 && toks[0].Text is "The" or "And" or "But" or "However" or "Meanwhile" ? 1 : 0;
            if (first >= toks.Count || toks[first].Start >= at) continue;
            var opener = work.ActorStartingAt(toks[first].Start);
            var others = new List<(string Id, int End)>();
            // (A description, "the board", "the firm", is no other name: it was bound to one already named.)
            for (var t = first + 1; t < toks.Count && toks[t].Start < at; t++)
                if (toks[t].Text is not "the" && work.ActorStartingAt(toks[t].Start) is { Type: EntityType.Institution } other && other.Id != opener?.Id && Company(other.Id))
                    others.Add((other.Id, other.End));
            if (opener is not { Type: EntityType.Institution } o || !Company(o.Id))
            {
                // A sentence opening on another name ("Nordoil staff would not comment. But the company said ...") or
                // naming another company ("Its rival Lind Software reported a loss") may be about the company meant,
                // known or not: no look further back.
                if (others.Count > 0 || k < s && (opener is not null || toks[first].IsWord && char.IsUpper(toks[first].Text[0]) && first + 1 < toks.Count
                        && !Claims.SpeakerPhrases.FunctionOpener(toks, first) && !Claims.CueLexicon.Pronouns.Contains(toks[first].Text)))
                    return null;
                continue;
            }
            if (k == s && others.Count > 0) return null;
            // (Nor when another company heads a clause of that sentence, its own or a relative one: "GMAC grew, but
            // Acme said ...", "Tessel owns Brightwater Dairy, which was fined ...".)
            if (others.Any(x => Work.WordAfter(work.Text, x.End, out var w) >= 0 && w.Length > 0 && char.IsLower(w[0])
                    && (w is "said" or "says" or "has" or "had" or "is" or "was" or "will" or "would" or "announced" or "reported" || w.EndsWith("ed", StringComparison.Ordinal))
                    || work.Text.AsSpan(x.End).StartsWith(", which") || work.Text.AsSpan(x.End).StartsWith(", whose")))
                return null;
            // (Nor when the noun names a trade the opener's name does not and another company's does: "Halvorsen Bank
            // agreed to buy Westley Insurance ... The insurer said".)
            if (TradeStem(noun) is { } stem && !named.First(n => n.Id == o.Id).Name.Contains(stem, StringComparison.OrdinalIgnoreCase)
                && named.Any(n => n.Id != o.Id && n.Name.Contains(stem, StringComparison.OrdinalIgnoreCase)))
                return null;
            return o.Id;
        }
        return null;
    }

    /// <summary>The part of a company's name that says its trade, for a noun that names one ("the insurer": "Insur").</summary>
    private static string? TradeStem(string noun) => noun.ToLowerInvariant() switch
    {
        "bank" or "lender" => "Bank",
        "insurer" => "Insur",
        "airline" or "carrier" => "Air",
        "brewer" => "Brew",
        "publisher" => "Publish",
        "broadcaster" => "Broadcast",
        _ => null,
    };

    private static string? InstitutionFor(List<(string Id, string Name, int Count, int Latest)> named, string noun, int introduced)
    {
        named = named.Where(n => n.Latest > introduced).ToList();
        if (named.Count == 0) return null;
        if (BodyNouns.Contains(noun))
        {
            var holding = named.Where(n => n.Name.Split(' ').Any(w => string.Equals(w, noun, StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(n => n.Latest).FirstOrDefault();
            if (holding.Id is not null) return holding.Id;
            if (!CompanyNouns.Contains(noun)) return null;
        }
        var companies = named.Where(n => !n.Name.Split(' ').Any(NotCompanyWords.Contains)).ToList();
        if (companies.Count == 0) return null;
        return companies.OrderByDescending(n => n.Count).ThenByDescending(n => n.Latest).First().Id;
    }

    /// <summary>
    /// Whether a role's one holder may be the description at <paramref name="at"/>: named before it, or the role is an
    /// office, which news may name before its holder ("The home secretary said ... Home Secretary Ana Ruiz"); a trade
    /// many share is not an actress the text names only further on.
    /// </summary>
    private static bool MayMean(Work work, string holder, int at, string noun, string? next) =>
        work.MentionStartOf(holder, at) < at || !IsProfession(next ?? noun) && !IsProfession(noun);

    /// <summary>
    /// "A spokesman for Harbour Watch said ... “...,” the organisation said": names of campaigning bodies
    /// seldom hold the noun, so with none that does, the institution named last, if that was in the last few sentences
    /// (within 600 characters) and no other was named in that stretch.
    /// </summary>
    /// <summary>
    /// The nearest body named before <paramref name="at"/> that the text introduced with <paramref name="noun"/>: right
    /// before its name ("US magazine Rolling Stone", "the firm Korvax") or in an apposition right after it ("Metrovias, the
    /// private firm which runs ..."). Only a body whose name does not hold the noun (that is found by name).
    /// </summary>
    private static string? IntroducedAs(Work work, string text, string noun, int at)
    {
        // (The tagger may have taken an outlet's name for a place: "harbour magazine Sea Lanes" is made a body later.)
        var names = work.InstitutionNames(places: true);
        for (var n = names.Count - 1; n >= 0; n--)
        {
            var (id, start, end) = names[n];
            if (end > at) continue;
            if (at - start > DescriptionReach) break;
            var before = text.AsSpan(0, start).TrimEnd(' ');
            if (before.EndsWith(noun, StringComparison.OrdinalIgnoreCase) && (before.Length == noun.Length || !char.IsLetter(before[^(noun.Length + 1)])))
                return id;
            var after = text.AsSpan(end, Math.Min(60, text.Length - end));
            if (!(after.StartsWith(", the ", StringComparison.Ordinal) || after.StartsWith(", a ", StringComparison.Ordinal) || after.StartsWith(", an ", StringComparison.Ordinal))) continue;
            // The apposition's own words, up to its end: a comma, a full stop or a relative pronoun.
            var words = after[2..].ToString().Split([',', '.', ';'])[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var w = 1; w < words.Length && w <= 4; w++)
            {
                if (words[w] is "which" or "that" or "who" or "of" or "in" or "for" or "with") break;
                if (words[w].Equals(noun, StringComparison.OrdinalIgnoreCase)) return id;
            }
        }
        return null;
    }

    private static string? LastNamedNear(List<(string Id, string Name, int Count, int Latest)> candidates, int at)
    {
        var near = candidates.Where(c => at - c.Latest <= 600).ToList();
        return near.Count == 1 ? near[0].Id : null;
    }

    /// <summary>
    /// "Nordbank's board ... The board rejected the bid": with no body named "Board", the board is the one company of
    /// those in reach that the article names as having it ("Nordbank's board", "the Nordbank board").
    /// </summary>
    private static string? BoardOwner(Work work, string text, List<(string Id, string Name, int Count, int Latest)> candidates)
    {
        var owners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, _, end) in work.InstitutionNames())
        {
            var after = text.AsSpan(end, Math.Min(10, text.Length - end));
            if (candidates.Any(c => c.Id == id) && (after.StartsWith("'s board") || after.StartsWith("\u2019s board") || after.StartsWith(" board")))
                owners.Add(id);
        }
        return owners.Count == 1 ? owners.First() : null;
    }

    /// <summary>
    /// The party a "the party" at <paramref name="at"/> (in sentence <paramref name="s"/>) stands for: the last party that
    /// opens one of the sentences up to it, as their subject ("Labour attacked the harbour plan of the Tories. The party ..." is Labour),
    /// else the party named most in the paragraphs before (then last). A party is one the gazetteer knows as one or whose
    /// name says so.
    /// </summary>
    private string? PartyFor(Work work, IReadOnlyList<Sentence> sentences, int s, int at)
    {
        var parties = work.InstitutionsBefore(at, DescriptionReach)
            .Where(n => gazetteer.InstitutionByName(n.Name) is { IsParty: true } || n.Name.Split(' ').Contains("Party")).ToList();
        if (parties.Count == 0) return null;
        for (var k = s; k >= Math.Max(0, s - 2); k--)
        {
            var toks = sentences[k].Tokens;
            var first = toks.Count > 1 && toks[0].Text is "The" or "And" or "But" ? 1 : 0;
            if (first >= toks.Count || toks[first].Start >= at) continue;
            var opener = work.ActorStartingAt(toks[0].Start) ?? work.ActorStartingAt(toks[first].Start);
            if (opener is { } o && parties.Any(p => p.Id == o.Id)) return o.Id;
            // "The Greens unveiled plans ... The party said": a plural name opening the sentence before, which the
            // recogniser missed or the gazetteer does not know as a party, may be the party meant.
            if (k >= s - 1 && toks[0].Text == "The" && first == 1 && toks[1].IsWord && char.IsUpper(toks[1].Text[0]) && toks[1].Text.EndsWith('s')
                && (opener is null || opener.Value.Type == EntityType.Institution && opener.Value.End == toks[1].End))
                return null;
        }
        return parties.OrderByDescending(n => n.Count).ThenByDescending(n => n.Latest).First().Id;
    }

    private static bool IsDeterminer(string word) =>
        word.Length <= 7 && (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
            || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase)
            || word.Equals("another", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "Foreign Minister Ola Brandt met his Danish counterpart Karen Lund", "Norway's counterpart, Tom Beck,": the one
    /// named after "counterpart" serves the country before it, in the role the person whose counterpart they are holds
    /// for their own country (named earlier in the sentence), or as "counterpart" when the text gives none.
    /// </summary>
    private void AddCounterparts(Work work, AnalyzedText analyzed)
    {
        // (Most articles have no counterpart: their sentences' tokens are not worth listing for them.)
        if (!analyzed.Text.Contains("counterpart", StringComparison.Ordinal)) return;
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var c = 1; c + 1 < toks.Count; c++)
            {
                if (toks[c].Text is not ("counterpart" or "counterparts")) continue;
                var n = toks[c + 1].Text is "," && c + 2 < toks.Count ? c + 2 : c + 1;
                if (work.ActorStartingAt(toks[n].Start, longest: true) is not { Type: EntityType.Person } person) continue;
                string? country = null;
                var from = c - 1;
                if (gazetteer.CountryByDemonym(toks[c - 1].Text) is { } demonym) country = GraphIds.Country(demonym.Iso);
                else if (c >= 2 && toks[c - 1].Text is "'s" or "\u2019s" && work.ActorEndingAt(toks[c - 1].Start) is { } owner && owner.StartsWith("country:", StringComparison.Ordinal))
                {
                    country = owner;
                    // (Back to where the country's name starts: "South Korea's".)
                    from = c - 2;
                    while (from > 0 && toks[from - 1].IsWord && char.IsUpper(toks[from - 1].Text[0])
                           && work.ActorStartingAt(toks[from - 1].Start, longest: true) is { } longer && longer.Id == owner) from--;
                }
                if (country is null) continue;
                // The role of the one whose counterpart this is: a person named before in the sentence who serves another country.
                var role = work.PersonMentionsIn(sentence.Start, toks[c - 1].Start)
                    .SelectMany(m => work.RelationsFrom(m.Id))
                    .Where(r => r.Type == RelationTypes.AffiliatedWith && r.To.StartsWith("country:", StringComparison.Ordinal) && r.To != country && r.Properties.ContainsKey("role"))
                    .Select(r => r.Properties["role"]).LastOrDefault();
                work.AddRelation(RelationTypes.AffiliatedWith, person.Id, country, toks[from].Start, person.End, 0.8, role ?? "counterpart");
            }
        }
    }

    /// <summary>"Xin Qiang, deputy director of the Center for American Studies at Fudan University, ...".</summary>
    private void AddAppositionAffiliations(Work work, AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 0; i < toks.Count - 3; i++)
            {
                if (toks[i].Text != ",") continue;
                var person = work.MentionEndingAt(toks[i].Start, EntityType.Person);
                if (person is null) continue;
                // role words up to "of"/"at"/"for"/"with"
                var j = i + 1;
                while (j < toks.Count && j - i <= 6 && toks[j].IsWord && toks[j].Text is not ("of" or "at" or "for" or "with" or "from")
                       && (char.IsLower(toks[j].Text[0]) || gazetteer.IsTitle(toks[j].Text))) j++;
                if (j == i + 1 || j >= toks.Count - 1 || toks[j].Text is not ("of" or "at" or "for" or "with" or "from"))
                {
                    AffiliateNamedBefore(work, toks, i, person);
                    continue;
                }
                AffiliateApposition(work, text, toks, i, j, person);
            }
        }
    }

    /// <summary>
    /// The words of an apposition after the comma at <paramref name="i"/>: its article if any ("a", "an", "the"), the body
    /// named first if any, and whether in its owner's form ("Nordbank's"), then one to three lower-case role words (up to
    /// a function word or a verb of saying), from <c>First</c> to before <c>End</c>.
    /// </summary>
    private static (string? Body, string? Article, bool Owner, int First, int End) AppositionRole(Work work, IReadOnlyList<Token> toks, int i)
    {
        var k = i + 1;
        var article = k < toks.Count && toks[k].Text is "a" or "an" or "the" ? toks[k].Text : null;
        if (article is not null) k++;
        string? body = null;
        var owner = false;
        if (k < toks.Count && work.ActorStartingAt(toks[k].Start, longest: true) is { Type: EntityType.Institution } named)
        {
            body = named.Id;
            while (k < toks.Count && toks[k].Start < named.End) k++;
            owner = k < toks.Count && toks[k].Text is "'s" or "\u2019s";
            if (owner) k++;
        }
        var first = k;
        while (k < toks.Count && k - first < 3 && toks[k].IsWord && char.IsLower(toks[k].Text[0]) && !IsFunctionWord(toks[k].Text)
               && Claims.CueLexicon.Prior(toks[k].Text) < 0.5) k++;
        return (body, article, owner, first, k);
    }

    private static bool IsFunctionWord(string w) => w is "that" or "this" or "these" or "those" or "last" or "next" or "who" or "which" or "whose"
        or "when" or "in" or "on" or "at" or "of" or "for" or "and" or "or" or "but" or "since" or "until" or "from" or "to" or "with";

    /// <summary>
    /// "Ola Brandt, Nordbank's chief executive,", "Vera Holm, the Nordbank chairwoman,", "Tom Beck, Nordbank chairman,":
    /// an apposition naming the body first, then the person's role in it (a title or a noun for a person), ending the
    /// apposition.
    /// </summary>
    private void AffiliateNamedBefore(Work work, IReadOnlyList<Token> toks, int i, string person)
    {
        var (body, article, owner, first, r) = AppositionRole(work, toks, i);
        // (Not "a Nordbank chairwoman", one of several; nor "the Nordbank's"; a party after "the" is read by the party
        // appositions: "Ana Ruiz, the Republican senator,".)
        if (body is not { } org || article is "a" or "an" || owner && article is not null
            || article is not null && gazetteer.InstitutionByName(work.NameOf(org)) is { IsParty: true }) return;
        // (The verb of saying after the apposition ends it too: "“...,” Lars Berg, Nordbank's chief executive said.")
        if (r == first || r >= toks.Count || toks[r].Text is not ("," or "." or ";" or ")") && Claims.CueLexicon.Prior(toks[r].Text) < 0.5) return;
        var words = toks.Skip(first).Take(r - first).Select(t => t.Text).ToList();
        if (!(gazetteer.IsTitle(string.Join(' ', words)) || words.Any(w => gazetteer.IsTitle(w) || PersonNouns.Contains(w)))) return;
        var role = string.Join(' ', words);
        work.AddRelation(RelationTypes.AffiliatedWith, person, org, toks[i].Start, toks[r - 1].End, 0.85, role, evidenceStart: work.MentionStartOf(person, toks[i].Start));
        for (var n = i + 1; n < r; n++)
            if (work.UnnamedPersonAt(toks[n].Start) is { } described && described != person) work.MergeInto(described, person);
    }

    /// <summary>
    /// "Ola Brandt, a Republican from Ohio,", "Ana Ruiz, a longtime Democrat,", "Lars Ove, the Republican senator,": an
    /// apposition that names the person's party (by its name or its member's word) makes the person its member, or holds
    /// the role the title after it gives. Not a past one ("a former Republican", "an ex-Labour MP").
    /// </summary>
    private void AddPartyAppositions(Work work, AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        foreach (var sentence in analyzed.Sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 0; i < toks.Count - 2; i++)
            {
                if (toks[i].Text != "," || work.MentionEndingAt(toks[i].Start, EntityType.Person) is not { } person) continue;
                var j = i + 1;
                // ", for the Tories,", ", of Plaid Cymru,": speaking for the party.
                var forParty = toks[j].Text is "for" or "of";
                if (forParty) j++;
                var article = j < toks.Count && toks[j].Text is "a" or "an" or "the";
                if (article) j++;
                var adjectives = 0;
                while (j < toks.Count && adjectives < 2 && toks[j].IsWord && char.IsLower(toks[j].Text[0]) && toks[j].Text is not ("former" or "onetime" or "erstwhile" or "one-time"
                           or "and" or "or" or "but" or "for" or "of" or "the" or "a" or "an" or "with" or "who" or "which" or "in" or "on" or "at" or "to" or "from" or "by")
                       && !toks[j].Text.StartsWith("ex-", StringComparison.Ordinal) && !PersonNouns.Contains(toks[j].Text)) { j++; adjectives++; }
                if (j >= toks.Count) continue;
                // The party by its name ("a Labour MP") or by its member's word ("a Republican").
                // (The member's word becomes a mention of the party only once the apposition is read as one.)
                (string? Id, int End) party;
                InstitutionEntry? byWord = null;
                if (work.ActorStartingAt(toks[j].Start, longest: true) is { Type: EntityType.Institution } named
                    && gazetteer.InstitutionByName(work.NameOf(named.Id)) is { IsParty: true }) party = (named.Id, named.End);
                else if ((byWord = gazetteer.PartyByMemberWord(toks[j].Text)) is not null) party = (null, toks[j].End);
                else continue;
                // (A loop, not a lambda: a closure over the party would be allocated for every token of the article.)
                var after = j;
                while (after < toks.Count && toks[after].Start < party.End) after++;
                if (after >= toks.Count) continue;
                // A title after the party's word is the role ("the Republican senator"); else the person is a member.
                var role = "member";
                if (gazetteer.IsTitle(toks[after].Text))
                {
                    role = toks[after].Text;
                    after++;
                }
                // The apposition ends there, or goes on with where the person is from or serves. (A party's bare name with no
                // title is a list's next item: "Tom Beck, UKIP and the Greens".)
                if (after < toks.Count && toks[after].Text is not ("," or "." or ";" or ")" or "from" or "of" or "for" or "who" or "and" or "representing")) continue;
                if (!forParty && !article && adjectives == 0 && role == "member") continue;
                var partyId = party.Id ?? work.AddKnownInstitutionMention(byWord!, toks[j].Start, toks[j].End, MentionKind.Demonym);
                work.AddRelation(RelationTypes.AffiliatedWith, person, partyId, toks[i].Start, party.End, 0.85, role, evidenceStart: work.MentionStartOf(person, toks[i].Start));
                // The unnamed senator the description made on its own is the person named before it.
                for (var k = i + 1; k <= j; k++)
                    if (work.UnnamedPersonAt(toks[k].Start) is { } described && described != person) work.MergeInto(described, person);
            }
        }
    }

    // ", deputy director of X": the person before the comma is affiliated with X (and X may be part of a whole).
    private void AffiliateApposition(Work work, string text, IReadOnlyList<Token> toks, int i, int j, string person)
    {
        var roleWords = toks.Skip(i + 1).Take(j - i - 1).Where(w => w.Text is not ("a" or "an" or "the")).ToList();
        if (roleWords.Count == 0 || !roleWords.Any(w => gazetteer.IsTitle(w.Text) || PersonNouns.Contains(w.Text) || gazetteer.IsTitle(string.Join(' ', roleWords.Select(r => r.Text))))) return;
        var k = j + 1;
        if (k < toks.Count && toks[k].Text is "the" or "The") k++;
        if (k >= toks.Count) return;
        var org = work.ActorStartingAt(toks[k].Start, longest: true);
        if (org is null) return;
        // "economist at Swiss Kelp", "editor of Danish Harbour Weekly": a country's word opening a name the model left
        // untagged is not the employer.
        var next = toks.ToList().FindIndex(x => x.Start >= org.Value.End);
        if (org.Value.Type == EntityType.Country && next > 0 && toks[next].IsCapitalised && text[org.Value.End] == ' ') return;
        // "founder of Norway's Westhaven Films", "strategist at Oslo's Nordbank": a country or a city named owns the
        // employer, which is the body named within a few words after it, or no body the text names. (A body's own part
        // is still the body's: "director of Nordbank's research unit".)
        if ((org.Value.Type == EntityType.Country || org.Value.Type == EntityType.Location && gazetteer.CityByName(work.NameOf(org.Value.Id)) is not null)
            && next > 0 && toks[next].Start == org.Value.End && toks[next].Text is "'s" or "\u2019s")
        {
            var owned = Enumerable.Range(next + 1, Math.Max(0, Math.Min(toks.Count, next + 4) - next - 1))
                .Select(n => work.ActorStartingAt(toks[n].Start, longest: true)).FirstOrDefault(a => a is { Type: EntityType.Institution });
            if (owned is null) return;
            org = owned;
        }
        var role = text[roleWords[0].Start..roleWords[^1].End];
        // ", who was spokesman at X", ", who is spokesman at X": the role is what follows the verb; a past
        // verb makes it a former one.
        if (roleWords[0].Text is "who")
        {
            // (", who sits on the panel of X": "panel".)
            var rest = Math.Max(2, roleWords.FindLastIndex(w => w.Text is "is" or "was" or "serves" or "served" or "as" or "been" or "on" or "in" or "sits" or "sat") + 1);
            if (rest >= roleWords.Count) return;
            var past = roleWords.Skip(1).Take(rest - 1).Any(w => w.Text is "was" or "served" or "been" or "sat");
            role = (past ? "former " : "") + text[roleWords[rest].Start..roleWords[^1].End];
        }
        work.AddRelation(RelationTypes.AffiliatedWith, person, org.Value.Id, toks[i].Start - 0, org.Value.End, 0.9, role, evidenceStart: work.MentionStartOf(person, toks[i].Start));
        // The unnamed analyst the description made on its own is the person named before it.
        if (work.UnnamedPersonAt(toks[i + 1].Start) is { } described && described != person) work.MergeInto(described, person);
        // "... of the Center for American Studies at Fudan University": the part and the whole.
        var after = org.Value.End;
        var atIndex = toks.ToList().FindIndex(x => x.Start >= after);
        if (atIndex >= 0 && atIndex + 1 < toks.Count && toks[atIndex].Text is "at" or "of")
        {
            var n = atIndex + 1;
            if (toks[n].Text is "the" or "The" && n + 1 < toks.Count) n++;
            if (work.ActorStartingAt(toks[n].Start) is { } whole && whole.Type == EntityType.Institution && org.Value.Type == EntityType.Institution)
                work.AddRelation(RelationTypes.PartOf, org.Value.Id, whole.Id, org.Value.Start, whole.End, 0.85);
        }
    }

    private static (int, int) TrimArticle(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).StartsWith("the ", StringComparison.OrdinalIgnoreCase)) start += 4;
        return (start, end);
    }
}
