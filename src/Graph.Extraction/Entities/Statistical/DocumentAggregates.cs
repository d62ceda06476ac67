namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// The document-wide tables <see cref="DocumentFeatures"/> builds for one document (each word's contexts, what
/// the first stage called each word and each word sequence, how each word is cased), kept in flat arrays indexed
/// by a per-document number for the word. One instance can be reset and reused by every document a thread tags,
/// so these tables, a dictionary and a small array per distinct word before, cost nothing per article.
/// </summary>
internal sealed class DocumentAggregates
{
    /// <summary>At most this many context features are kept per word.</summary>
    public const int MaxContexts = 24;

    // Tables that grew past this many entries (a very long document) are dropped on reset, not kept for reuse.
    private const int KeepAtMost = 4096;

    private Dictionary<string, int> _contextIndex = new(StringComparer.Ordinal);
    private int[] _occurrences = new int[256];
    private int[] _contextCounts = new int[256];
    private ulong[] _contexts = new ulong[256 * MaxContexts];

    private Dictionary<string, int> _typeIndex = new(StringComparer.Ordinal);
    private int[] _typeCounts = new int[512 * TypeSlots];

    private Dictionary<ulong, int> _spanIndex = new();
    private int[] _spanCounts = new int[64 * SpanSlots];

    private HashSet<ulong> _spanFirstKeys = new();
    private Dictionary<string, (int Capitalised, int Lower)> _caseCounts = new(StringComparer.Ordinal);

    /// <summary>Slots per word in the type counts: the four entity types, then outside.</summary>
    public const int TypeSlots = 5;

    /// <summary>Slots per word sequence in the span counts: the four entity types.</summary>
    public const int SpanSlots = 4;

    /// <summary>Word sequences the first stage tagged, seen by their first word.</summary>
    public HashSet<ulong> SpanFirstKeys => _spanFirstKeys;

    /// <summary>Capitalised and lower-case uses of each word where casing is informative.</summary>
    public Dictionary<string, (int Capitalised, int Lower)> CaseCounts => _caseCounts;

    /// <summary>Candidate name-span matches (start, length, type), reused by each sentence.</summary>
    public List<(int Start, int Length, int Type)> Matches { get; } = [];

    /// <summary>Empties every table for the next document.</summary>
    public void Reset()
    {
        if (_contextIndex.Count > KeepAtMost)
        {
            _occurrences = new int[256];
            _contextCounts = new int[256];
            _contexts = new ulong[256 * MaxContexts];
        }

        if (_typeIndex.Count > KeepAtMost) _typeCounts = new int[512 * TypeSlots];
        if (_spanIndex.Count > KeepAtMost) _spanCounts = new int[64 * SpanSlots];
        Reset(ref _contextIndex);
        Reset(ref _typeIndex);
        Reset(ref _spanIndex);
        Reset(ref _caseCounts);
        if (_spanFirstKeys.Count > KeepAtMost) _spanFirstKeys = new();
        else _spanFirstKeys.Clear();
        Matches.Clear();
    }

    private static void Reset<TKey, TValue>(ref Dictionary<TKey, TValue> table) where TKey : notnull
    {
        if (table.Count > KeepAtMost) table = new Dictionary<TKey, TValue>(table.Comparer);
        else table.Clear();
    }

    /// <summary>Counts one more occurrence of a word that may be a name; returns its number.</summary>
    public int CountContextWord(string key)
    {
        if (!_contextIndex.TryGetValue(key, out var index))
        {
            index = _contextIndex.Count;
            _contextIndex.Add(key, index);
            Grow(ref _occurrences, index + 1);
            Grow(ref _contextCounts, index + 1);
            Grow(ref _contexts, (index + 1) * MaxContexts);
            _occurrences[index] = 0;
            _contextCounts[index] = 0;
        }

        _occurrences[index]++;
        return index;
    }

    /// <summary>Adds a context feature to a word's list unless it is there already or the list is full.</summary>
    public void AddContext(int index, ulong feature)
    {
        var count = _contextCounts[index];
        if (count >= MaxContexts) return;
        var list = _contexts.AsSpan(index * MaxContexts, count);
        if (list.Contains(feature)) return;
        _contexts[index * MaxContexts + count] = feature;
        _contextCounts[index] = count + 1;
    }

    /// <summary>The context features of a word that occurs at least twice; empty otherwise.</summary>
    public ReadOnlySpan<ulong> ContextsOf(string key) =>
        _contextIndex.TryGetValue(key, out var index) && _occurrences[index] >= 2
            ? _contexts.AsSpan(index * MaxContexts, _contextCounts[index])
            : default;

    /// <summary>The type-count slots of a word, created (zeroed) on first use.</summary>
    public Span<int> TypeCountsFor(string key) => SlotsFor(_typeIndex, ref _typeCounts, key, TypeSlots);

    /// <summary>The type-count slots of a word, or empty when the document has no such word.</summary>
    public ReadOnlySpan<int> TypeCountsOf(string key) =>
        _typeIndex.TryGetValue(key, out var index) ? _typeCounts.AsSpan(index * TypeSlots, TypeSlots) : default;

    /// <summary>The type-count slots of a word sequence (by hash), created (zeroed) on first use.</summary>
    public Span<int> SpanCountsFor(ulong hash) => SlotsFor(_spanIndex, ref _spanCounts, hash, SpanSlots);

    /// <summary>The type-count slots of a word sequence, or empty when stage one tagged no such sequence.</summary>
    public ReadOnlySpan<int> SpanCountsOf(ulong hash) =>
        _spanIndex.TryGetValue(hash, out var index) ? _spanCounts.AsSpan(index * SpanSlots, SpanSlots) : default;

    // A key's slots in a flat table of counts, numbered in the order keys first come.
    private static Span<int> SlotsFor<TKey>(Dictionary<TKey, int> numbers, ref int[] counts, TKey key, int slots) where TKey : notnull
    {
        if (!numbers.TryGetValue(key, out var index))
        {
            index = numbers.Count;
            numbers.Add(key, index);
            Grow(ref counts, (index + 1) * slots);
            counts.AsSpan(index * slots, slots).Clear();
        }

        return counts.AsSpan(index * slots, slots);
    }

    private static void Grow<T>(ref T[] array, int length)
    {
        if (length > array.Length) Array.Resize(ref array, Math.Max(length, array.Length * 2));
    }
}
