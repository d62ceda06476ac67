namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Word-level knowledge the model carries besides its weights: distributional word clusters, the usual
/// casing of words, and the word lists. All of it is built at training time (clusters and casing from raw news
/// text) and stored inside the model file, so tagging needs nothing else.
/// </summary>
internal sealed class WordResources
{
    /// <summary>Cluster ids are packed three to an int, ten bits each: fine, middle, coarse.</summary>
    public const int NoCluster = -1;

    public WordResources(
        Dictionary<string, int> clusters,
        Dictionary<string, string> usualForms,
        PhraseLexicon lexicon)
    {
        Clusters = clusters;
        UsualForms = usualForms;
        Lexicon = lexicon;
    }

    /// <summary>Exact word form -> packed cluster ids (fine | middle &lt;&lt; 10 | coarse &lt;&lt; 20).</summary>
    public Dictionary<string, int> Clusters { get; }

    /// <summary>Look-up key (<see cref="WordShape.Key"/>) -> the form the word usually takes mid-sentence.</summary>
    public Dictionary<string, string> UsualForms { get; }

    /// <summary>The built-in word lists (stored in the model so the features mean what they meant in training).</summary>
    public PhraseLexicon Lexicon { get; }

    /// <summary>
    /// Packed cluster ids of a word. When the exact form is unknown (capitals in a headline, lower-case text)
    /// the usual form stands in, so "JAPAN" and "japan" get the clusters of "Japan".
    /// </summary>
    public int ClusterOf(string word, string key)
    {
        if (Clusters.TryGetValue(word, out var packed))
        {
            return packed;
        }

        if (UsualForms.TryGetValue(key, out var usual) && Clusters.TryGetValue(usual, out packed))
        {
            return packed;
        }

        return NoCluster;
    }

    // Atoms depend on the word alone, and frequent words make most of any text: computing them once per model
    // saves most of the per-token work. Bounded so a long-running process over endless new words stays small.
    private const int MaxCachedWords = 60_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordEntry> _atoms = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the table: with several tagging threads it was the hottest
    // contention point once the cache was full. A counter bounds the size just as well.
    private int _cachedWords;

    /// <summary>
    /// The cached entry of a word: its context-free atoms (hashes, shapes, affixes, clusters, usual casing), and
    /// room for what a model computes from them alone.
    /// </summary>
    public WordEntry EntryOf(string word)
    {
        if (_atoms.TryGetValue(word, out var entry))
        {
            return entry;
        }

        entry = new WordEntry(DocumentFeatures.Prepare(word, this));
        if (Volatile.Read(ref _cachedWords) < MaxCachedWords && _atoms.TryAdd(word, entry))
        {
            Interlocked.Increment(ref _cachedWords);
        }

        return entry;
    }

    /// <summary>Empty resources: word lists only (used before clusters exist and in tests).</summary>
    public static WordResources ListsOnly() => new(new Dictionary<string, int>(), new Dictionary<string, string>(), DefaultLexicon.Create());

    public void Write(BinaryWriter writer)
    {
        writer.Write(Clusters.Count);
        foreach (var (word, packed) in Clusters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(packed);
        }

        writer.Write(UsualForms.Count);
        foreach (var (key, form) in UsualForms.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);

            // Most usual forms are the key itself or its title-case; a byte says which, saving the string.
            if (form == key)
            {
                writer.Write((byte)0);
            }
            else if (form == WordShape.TitleCase(key))
            {
                writer.Write((byte)1);
            }
            else
            {
                writer.Write((byte)2);
                writer.Write(form);
            }
        }

        var entries = Lexicon.Entries().ToList();
        writer.Write(entries.Count);
        foreach (var (phrase, flags) in entries)
        {
            writer.Write(phrase);
            writer.Write((ushort)flags);
        }
    }

    public static WordResources Read(BinaryReader reader)
    {
        var clusterCount = reader.ReadInt32();
        var clusters = new Dictionary<string, int>(clusterCount, StringComparer.Ordinal);
        for (var i = 0; i < clusterCount; i++)
        {
            var word = reader.ReadString();
            clusters[word] = reader.ReadInt32();
        }

        var formCount = reader.ReadInt32();
        var forms = new Dictionary<string, string>(formCount, StringComparer.Ordinal);
        for (var i = 0; i < formCount; i++)
        {
            var key = reader.ReadString();
            forms[key] = reader.ReadByte() switch
            {
                0 => key,
                1 => WordShape.TitleCase(key),
                _ => reader.ReadString(),
            };
        }

        var lexicon = new PhraseLexicon();
        var entryCount = reader.ReadInt32();
        for (var i = 0; i < entryCount; i++)
        {
            var phrase = reader.ReadString();
            lexicon.Add(phrase, (LexiconFlags)reader.ReadUInt16());
        }

        return new WordResources(clusters, forms, lexicon);
    }
}

/// <summary>
/// A word's atoms and, once a model has computed them, that model's weight sums of the word's word-only
/// features, so one look-up per token serves both. Thread-safe: the sums are published as one immutable pair.
/// </summary>
internal sealed class WordEntry(TokenAtoms atoms)
{
    private Scored? _scored;

    public readonly TokenAtoms Atoms = atoms;

    /// <summary>The sums <paramref name="owner"/> stored, or null.</summary>
    public float[]? ScoresFor(object owner) => Volatile.Read(ref _scored) is { } scored && ReferenceEquals(scored.Owner, owner) ? scored.Values : null;

    public void Keep(object owner, float[] values) => Volatile.Write(ref _scored, new Scored(owner, values));

    private sealed record Scored(object Owner, float[] Values);
}
