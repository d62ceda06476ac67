namespace Graph.Extraction.Entities.Statistical;

/// <summary>Categories a token can belong to in a word list; a token may carry several.</summary>
[Flags]
public enum LexiconFlags : ushort
{
    /// <summary>In no list.</summary>
    None = 0,

    /// <summary>Part of a country name ("France", "United States", "US").</summary>
    Country = 1 << 0,

    /// <summary>A nationality adjective or people ("French", "Chinese", "Americans").</summary>
    Demonym = 1 << 1,

    /// <summary>Part of a city name ("Geneva", "San Francisco").</summary>
    City = 1 << 2,

    /// <summary>Part of another place name: continent, region, state, sea ("Europe", "Texas").</summary>
    Region = 1 << 3,

    /// <summary>A given (first) name ("John", "Maria", "Jinping").</summary>
    GivenName = 1 << 4,

    /// <summary>A common family name ("Smith", "Wang", "Müller").</summary>
    FamilyName = 1 << 5,

    /// <summary>A title or role that precedes a person's name ("Mr", "President", "Minister").</summary>
    PersonTitle = 1 << 6,

    /// <summary>A word typical of organisation names ("University", "Ministry", "Bank", "Corp").</summary>
    OrgKeyword = 1 << 7,

    /// <summary>A word typical of place names ("River", "Province", "Island").</summary>
    LocationKeyword = 1 << 8,

    /// <summary>A capitalised word that is not a name: weekday, month ("Monday", "March").</summary>
    Temporal = 1 << 9,
}

/// <summary>
/// A source of word-list membership for the tagger's gazetteer features. The tagger asks once per sentence;
/// an implementation marks every token covered by one of its entries (multi-word entries mark all their tokens).
/// Implement it over a richer gazetteer to extend coverage; the categories' meaning must stay as documented
/// on <see cref="LexiconFlags"/> because the model's weights were learnt for that meaning.
/// </summary>
public interface ITokenLexicon
{
    /// <summary>ORs the categories of <paramref name="tokens"/> into <paramref name="flags"/> (same length).</summary>
    void Annotate(IReadOnlyList<string> tokens, Span<LexiconFlags> flags);
}

/// <summary>
/// A case-insensitive phrase list: each entry is one or more tokens with a category. Matching compares
/// <see cref="WordShape.Key"/> forms, so "GENEVA", "geneva" and "Geneva" all match; the tagger sees the
/// token's own casing through other features and learns how far to trust a match in each casing.
/// </summary>
public sealed class PhraseLexicon : ITokenLexicon
{
    // First token key -> entries starting with it (remaining keys and flags), longest first.
    private readonly Dictionary<string, List<(string[] Keys, LexiconFlags Flags)>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>Number of entries.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase (tokens separated by spaces) under a category.</summary>
    public void Add(string phrase, LexiconFlags flags)
    {
        var keys = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WordShape.Key).ToArray();
        if (keys.Length == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(keys[0], out var list))
        {
            list = [];
            _byFirst.Add(keys[0], list);
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Keys.AsSpan().SequenceEqual(keys))
            {
                list[i] = (list[i].Keys, list[i].Flags | flags);
                return;
            }
        }

        list.Add((keys, flags));
        list.Sort(static (a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        Count++;
    }

    /// <summary>Adds every phrase of a '|'-separated list under a category.</summary>
    public void AddList(string phrases, LexiconFlags flags)
    {
        foreach (var phrase in phrases.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Add(phrase, flags);
        }
    }

    /// <summary>All entries (phrase keys joined by spaces, flags), in a stable order for serialisation.</summary>
    public IEnumerable<(string Phrase, LexiconFlags Flags)> Entries() =>
        _byFirst.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Select(e => (string.Join(' ', e.Keys), e.Flags)));

    /// <inheritdoc />
    public void Annotate(IReadOnlyList<string> tokens, Span<LexiconFlags> flags)
    {
        var keys = new string[tokens.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = WordShape.Key(tokens[i]);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirst.TryGetValue(keys[i], out var entries))
            {
                continue;
            }

            foreach (var (entryKeys, entryFlags) in entries)
            {
                if (i + entryKeys.Length > tokens.Count)
                {
                    continue;
                }

                var matches = true;
                for (var k = 1; k < entryKeys.Length && matches; k++)
                {
                    matches = keys[i + k] == entryKeys[k];
                }

                if (matches)
                {
                    for (var k = 0; k < entryKeys.Length; k++)
                    {
                        flags[i + k] |= entryFlags;
                    }
                }
            }
        }
    }
}

/// <summary>Combines lexicons: a token's flags are the union of what each one says.</summary>
public sealed class CompositeLexicon(IReadOnlyList<ITokenLexicon> parts) : ITokenLexicon
{
    /// <inheritdoc />
    public void Annotate(IReadOnlyList<string> tokens, Span<LexiconFlags> flags)
    {
        foreach (var part in parts)
        {
            part.Annotate(tokens, flags);
        }
    }
}
