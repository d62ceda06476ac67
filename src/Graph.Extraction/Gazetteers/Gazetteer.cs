using System.Collections.Frozen;
using System.Reflection;

namespace Graph.Extraction.Gazetteers;

/// <summary>A country with its ISO 3166 alpha-2 code, the other names it goes by and its demonyms.</summary>
public sealed record CountryEntry(string Iso, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms);

/// <summary>A city and the country it is in; capitals double as metonyms for their government.</summary>
public sealed record CityEntry(string Name, string Iso, bool IsCapital, IReadOnlyList<string> Aliases);

/// <summary>A well-known institution; <see cref="Iso"/> is set for national bodies, <see cref="IsParty"/> for political parties.</summary>
public sealed record InstitutionEntry(string Name, IReadOnlyList<string> Aliases, string? Iso, bool IsParty = false)
{
    /// <summary>For a party, the words for one of its members or for what is its: "Republican", "Democrat", "Democratic".</summary>
    public IReadOnlyList<string> MemberWords { get; init; } = [];
}

/// <summary>A well-known firm and the other names news gives it ("Walmart": "Wal-Mart").</summary>
public sealed record FirmEntry(string Name, IReadOnlyList<string> Aliases);

/// <summary>A state (or district or territory) of the United States, with its short forms ("Fla.", "FL").</summary>
public sealed record UsStateEntry(string Name, IReadOnlyList<string> Abbreviations);

/// <summary>
/// World knowledge the extractors look names up in: countries, cities, institutions, person titles and US states,
/// loaded once from the embedded TSV resources. Lookups are case-sensitive on purpose ("US" the country,
/// "us" the pronoun) except titles, which are matched in lower case.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Instance = new(Load);

    public static Gazetteer Default => Instance.Value;

    public IReadOnlyList<CountryEntry> Countries { get; }
    public IReadOnlyList<CityEntry> Cities { get; }
    public IReadOnlyList<InstitutionEntry> Institutions { get; }
    public IReadOnlyList<UsStateEntry> UsStates { get; }

    private readonly FrozenDictionary<string, CountryEntry> countryByName;
    private readonly FrozenDictionary<string, CountryEntry> countryByDemonym;
    private readonly FrozenDictionary<string, CountryEntry> countryByIso;
    private readonly FrozenDictionary<string, CityEntry> cityByName;
    private readonly FrozenDictionary<string, InstitutionEntry> institutionByName;
    private readonly FrozenDictionary<string, InstitutionEntry> partyByMemberWord;
    private readonly FrozenSet<string> titles;
    private readonly FrozenDictionary<string, UsStateEntry> usStateByName;

    /// <summary>The institutions' names and aliases of two words or more that open with a capital ("Scottish Executive").</summary>
    public IReadOnlyList<string> SeveralWordInstitutionNames { get; }

    /// <summary>The firms' names and other names of two words or more that open with a capital ("Goldman Sachs").</summary>
    public IReadOnlyList<string> SeveralWordFirmNames { get; }

    /// <summary>Longest gazetteer name in tokens, so phrase lookups know how far to look ahead.</summary>
    public int MaxNameTokens { get; }

    private readonly FrozenDictionary<string, FirmEntry> firmByName;

    private Gazetteer(List<CountryEntry> countries, List<CityEntry> cities, List<InstitutionEntry> institutions, List<string> titleList,
        List<UsStateEntry> usStates, List<FirmEntry> firms)
    {
        var firmMap = new Dictionary<string, FirmEntry>(StringComparer.Ordinal);
        foreach (var f in firms)
        {
            firmMap.TryAdd(f.Name, f);
            foreach (var a in f.Aliases) firmMap.TryAdd(a, f);
        }
        firmByName = firmMap.ToFrozenDictionary(StringComparer.Ordinal);
        SeveralWordFirmNames = firmMap.Keys.Where(k => k.Contains(' ') && char.IsUpper(k[0])).OrderByDescending(k => k.Length).ToList();
        Countries = countries;
        Cities = cities;
        Institutions = institutions;
        UsStates = usStates;
        var byName = new Dictionary<string, CountryEntry>(StringComparer.Ordinal);
        var byDemonym = new Dictionary<string, CountryEntry>(StringComparer.Ordinal);
        foreach (var c in countries)
        {
            byName.TryAdd(c.Name, c);
            byName.TryAdd("the " + c.Name, c);
            foreach (var a in c.Aliases) byName.TryAdd(a, c);
            foreach (var d in c.Demonyms) byDemonym.TryAdd(d, c);
        }
        countryByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        countryByDemonym = byDemonym.ToFrozenDictionary(StringComparer.Ordinal);
        countryByIso = countries.ToFrozenDictionary(c => c.Iso, StringComparer.OrdinalIgnoreCase);
        var cityMap = new Dictionary<string, CityEntry>(StringComparer.Ordinal);
        foreach (var c in cities)
        {
            cityMap.TryAdd(c.Name, c);
            foreach (var a in c.Aliases) cityMap.TryAdd(a, c);
        }
        cityByName = cityMap.ToFrozenDictionary(StringComparer.Ordinal);
        var instMap = new Dictionary<string, InstitutionEntry>(StringComparer.Ordinal);
        foreach (var i in institutions)
        {
            instMap.TryAdd(i.Name, i);
            instMap.TryAdd("the " + i.Name, i);
            foreach (var a in i.Aliases) instMap.TryAdd(a, i);
        }
        institutionByName = instMap.ToFrozenDictionary(StringComparer.Ordinal);
        SeveralWordInstitutionNames = instMap.Keys.Where(k => k.Contains(' ') && char.IsUpper(k[0])).OrderByDescending(k => k.Length).ToList();
        partyByMemberWord = institutions.SelectMany(i => i.MemberWords.Select(w => (w, i))).GroupBy(x => x.w)
            .ToFrozenDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        titles = titleList.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var stateMap = new Dictionary<string, UsStateEntry>(StringComparer.Ordinal);
        foreach (var st in usStates)
        {
            stateMap.TryAdd(st.Name, st);
            foreach (var a in st.Abbreviations) stateMap.TryAdd(a, st);
        }
        usStateByName = stateMap.ToFrozenDictionary(StringComparer.Ordinal);
        firstWords = byName.Keys.Concat(cityMap.Keys).Concat(instMap.Keys)
            .Select(k => k.IndexOf(' ') is var space and >= 0 ? k[..space] : k)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        titleFirstWords = titleList.Select(t => t.IndexOf(' ') is var space and >= 0 ? t[..space] : t)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxNameTokens = byName.Keys.Concat(cityMap.Keys).Concat(instMap.Keys).Concat(titleList)
            .Max(k => k.Split(' ').Length);
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> titleFirstWords;

    /// <summary>Whether some title (<see cref="IsTitle"/>) starts with this word, ignoring case: a cheap test first.</summary>
    public bool MayStartTitle(ReadOnlySpan<char> word) => titleFirstWords.Contains(word);

    /// <summary>
    /// Whether some country, city or institution name (as <see cref="CountryByName"/>, <see cref="CityByName"/>
    /// and <see cref="InstitutionByName"/> look them up) starts with this word, i.e. with
    /// <paramref name="phrase"/> up to its first space: a cheap test before building phrases to look up.
    /// </summary>
    public bool MayStartName(ReadOnlySpan<char> phrase) =>
        firstWords.Contains(phrase.IndexOf(' ') is var space and >= 0 ? phrase[..space] : phrase);

    public CountryEntry? CountryByName(string name) => countryByName.GetValueOrDefault(name);
    public CountryEntry? CountryByDemonym(string word) => countryByDemonym.GetValueOrDefault(word);
    public CountryEntry? CountryByIso(string iso) => countryByIso.GetValueOrDefault(iso);
    public CityEntry? CityByName(string name) => cityByName.GetValueOrDefault(name);
    public InstitutionEntry? InstitutionByName(string name) => institutionByName.GetValueOrDefault(name);

    /// <summary>The well-known firm news calls by this name ("Boeing", "Wal-Mart"); case-sensitive.</summary>
    public FirmEntry? FirmByName(string name) => firmByName.GetValueOrDefault(name);

    /// <summary>The party a word for its members or its things names: "Republican" (senator), "Democratic" (senator).</summary>
    public InstitutionEntry? PartyByMemberWord(string word) => partyByMemberWord.GetValueOrDefault(word);
    public bool IsTitle(string phrase) => titles.Contains(phrase);

    /// <summary>A US state by its name or a short form ("Florida", "Fla.", "FL"); case-sensitive like the rest.</summary>
    public UsStateEntry? UsState(string nameOrAbbreviation) => usStateByName.GetValueOrDefault(nameOrAbbreviation);

    private static Gazetteer Load()
    {
        var countries = Rows("countries.tsv")
            .Select(f => new CountryEntry(f[0], f[1], Split(f, 2), Split(f, 3)))
            .ToList();
        var cities = Rows("cities.tsv")
            .Select(f => new CityEntry(f[0], f[1], f.Length > 2 && f[2] == "1", Split(f, 3)))
            .ToList();
        var institutions = Rows("institutions.tsv")
            .Select(f => new InstitutionEntry(f[0], Split(f, 1), f.Length > 2 && f[2].Length > 0 ? f[2] : null, f.Length > 3 && f[3] == "party") { MemberWords = Split(f, 4) })
            .ToList();
        var titleList = Lines("titles.txt").Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var usStates = Rows("us-states.tsv").Select(f => new UsStateEntry(f[0], Split(f, 1))).ToList();
        var firms = Rows("firms.tsv").Select(f => new FirmEntry(f[0], Split(f, 1))).ToList();
        return new Gazetteer(countries, cities, institutions, titleList, usStates, firms);
    }

    private static IReadOnlyList<string> Split(string[] fields, int index) =>
        fields.Length > index && fields[index].Length > 0 ? fields[index].Split('|') : [];

    private static IEnumerable<string[]> Rows(string resource) => Lines(resource).Select(l => l.Split('\t'));

    private static IEnumerable<string> Lines(string resource)
    {
        var name = "Graph.Extraction.gazetteers." + resource;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded gazetteer '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            lines.Add(line);
        }
        return lines;
    }
}
