namespace Graph.Extraction.Entities.Statistical;

/// <summary>A reusable, growable list of feature hashes for one token.</summary>
internal sealed class FeatureBuffer
{
    public ulong[] Items = new ulong[160];
    public int Count;

    public void Add(ulong feature)
    {
        if (Count == Items.Length)
        {
            Array.Resize(ref Items, Items.Length * 2);
        }

        Items[Count++] = feature;
    }

    public void Clear() => Count = 0;

    public ReadOnlySpan<ulong> AsSpan() => Items.AsSpan(0, Count);
}

/// <summary>How a sentence is cased as a whole; headlines in capitals and lower-case text change what casing means.</summary>
internal enum SentenceCase : byte
{
    Mixed = 0,
    Upper = 1,
    Lower = 2,
}

/// <summary>The usual casing of a word in running text, from the model's casing table.</summary>
internal enum UsualCase : byte
{
    Unknown = 0,
    Lower = 1,
    Capitalised = 2,
    AllCaps = 3,
    Other = 4,
}

/// <summary>Per-token values that every feature is built from, computed once per token.</summary>
internal struct TokenAtoms
{
    public string Key;
    public ulong Word;
    public ulong KeyHash;
    public ulong Shape;
    public ulong Short;
    public ulong Prefix1, Prefix2, Prefix3, Prefix4;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;
    public int Length;
    public int Cluster;
    public LexiconFlags Lexicon;
    public UsualCase Usual;

    // 0 no other occurrence to learn from, 1 capitalised elsewhere, 2 lower-case elsewhere, 3 both.
    public byte DocumentCase;
    public bool First;
    public byte CapClass;
}

/// <summary>Where a token sits in a run of capitalised words; Position 0 means it is in none.</summary>
internal struct NameChain
{
    // 1 first, 2 inside, 3 last, 4 alone.
    public byte Position;
    public byte LengthBucket;
    public bool Connector;
    public ulong FirstKey;
    public ulong LastKey;
    public LexiconFlags FirstFlags;
    public LexiconFlags LastFlags;
    public LexiconFlags AnyFlags;

    // The same for the run of capitalised words without connectors, so the model can weigh the two readings.
    public byte RunPosition;
    public ulong RunFirstKey;
    public ulong RunLastKey;
    public LexiconFlags RunFirstFlags;
}

/// <summary>
/// A document prepared for feature extraction: token atoms, sentence casing, document-level casing evidence,
/// and (for the second stage) the first stage's labels with their document-wide aggregates.
/// </summary>
internal sealed class DocumentFeatures
{
    private static readonly TokenAtoms Begin = Padding("<S>");
    private static readonly TokenAtoms End = Padding("</S>");

    // Tokens after which a capital does not signal a name any more than at a sentence start.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "\"", "``", "'", "`", "(", "[", ":", "-", "--", "\u201C", "\u2018", "\u2014", "\u2013", "*", "|" };

    // Context aggregation: for words that may be names and occur more than once, the features of the words
    // around all their occurrences in the document, so each occurrence is judged by every context it has.
    // Context features, type counts (stage 2, filled by SetStageOne) and casing counts live here.
    private readonly DocumentAggregates _aggregates;

    // Stage-2 aggregates, filled by SetStageOne.
    private int[][]? _stageOne;
    private int[][]? _spanMatches;

    /// <param name="aggregates">
    /// Tables to reuse (reset here); a tagger passes one per thread. The document must then be done with before
    /// the next one is built with the same tables. Without, the document has tables of its own.
    /// </param>
    public DocumentFeatures(IReadOnlyList<IReadOnlyList<string>> sentences, WordResources resources, ITokenLexicon? extraLexicon,
        DocumentAggregates? aggregates = null)
    {
        Sentences = sentences;
        _aggregates = aggregates ?? new DocumentAggregates();
        _aggregates.Reset();
        Atoms = new TokenAtoms[sentences.Count][];
        Entries = new WordEntry[sentences.Count][];
        Cases = new SentenceCase[sentences.Count];
        Chains = new NameChain[sentences.Count][];
        var flags = new LexiconFlags[64];

        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s] ?? throw new ArgumentException($"Sentence {s} is null.", nameof(sentences));
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i] is null)
                {
                    throw new ArgumentException($"Sentence {s}, token {i} is null.", nameof(sentences));
                }
            }

            if (flags.Length < tokens.Count)
            {
                flags = new LexiconFlags[tokens.Count * 2];
            }

            var sentenceFlags = flags.AsSpan(0, tokens.Count);
            sentenceFlags.Clear();
            resources.Lexicon.Annotate(tokens, sentenceFlags);
            extraLexicon?.Annotate(tokens, sentenceFlags);
            Cases[s] = CaseOf(tokens);
            var atoms = SentencePool<TokenAtoms>.Rent(tokens.Count);
            var entries = SentencePool<WordEntry>.Rent(tokens.Count);
            for (var i = 0; i < tokens.Count; i++)
            {
                entries[i] = resources.EntryOf(tokens[i]);
                atoms[i] = entries[i].Atoms;
                atoms[i].Lexicon = sentenceFlags[i];
                atoms[i].First = i == 0 || Openers.Contains(tokens[i - 1]);
            }

            Atoms[s] = atoms;
            Entries[s] = entries;
            Chains[s] = Cases[s] == SentenceCase.Mixed ? FindChains(atoms) : [];
        }

        FillDocumentCase();
        FillContextAggregates();
    }

    /// <summary>
    /// Gives the per-sentence arrays back to this thread's pool. Call once tagging is done, on the thread that
    /// built the document; nothing may read <see cref="Atoms"/> or <see cref="Chains"/> afterwards.
    /// </summary>
    public void Release()
    {
        foreach (var atoms in Atoms)
        {
            if (atoms is not null) SentencePool<TokenAtoms>.Return(atoms);
        }

        foreach (var entries in Entries)
        {
            if (entries is not null) SentencePool<WordEntry>.Return(entries);
        }

        foreach (var chains in Chains)
        {
            if (chains is { Length: > 0 }) SentencePool<NameChain>.Return(chains);
        }

        if (_spanMatches is not null)
        {
            foreach (var matches in _spanMatches)
            {
                SentencePool<int>.Return(matches);
            }
        }
    }

    public IReadOnlyList<IReadOnlyList<string>> Sentences { get; }

    public TokenAtoms[][] Atoms { get; }

    /// <summary>Per sentence and token, the word's cache entry (<see cref="WordResources.EntryOf"/>).</summary>
    public WordEntry[][] Entries { get; }

    public SentenceCase[] Cases { get; }

    /// <summary>Per sentence, per token: the run of capitalised words (with connectors) the token is in.</summary>
    public NameChain[][] Chains { get; }

    /// <summary>Stage-one templates: everything local plus document casing evidence.</summary>
    public void StageOne(int s, int i, FeatureBuffer buffer)
    {
        var atoms = Atoms[s];
        for (var offset = -WordWindow; offset <= WordWindow; offset++)
        {
            WordFeatures(At(atoms, i + offset), offset, buffer);
        }

        StageOneInContext(s, i, buffer);
    }

    /// <summary>How far <see cref="WordFeatures"/> reach: tokens -2..+2.</summary>
    public const int WordWindow = 2;

    /// <summary>
    /// The stage-one features that depend only on one word and its offset from the token being tagged. Their
    /// weights can be summed once per word and offset, which is what makes tagging fast.
    /// </summary>
    public static void WordFeatures(in TokenAtoms t, int offset, FeatureBuffer buffer)
    {
        switch (offset)
        {
            case -2:
                buffer.Add(FeatureHash.Feature(6, t.KeyHash));
                buffer.Add(FeatureHash.Feature(12, t.Short));
                return;
            case -1:
                buffer.Add(FeatureHash.Feature(4, t.KeyHash));
                buffer.Add(FeatureHash.Feature(10, t.Shape));
                buffer.Add(FeatureHash.Feature(32, Middle(t.Cluster)));
                return;
            case 1:
                buffer.Add(FeatureHash.Feature(5, t.KeyHash));
                buffer.Add(FeatureHash.Feature(11, t.Shape));
                buffer.Add(FeatureHash.Feature(33, Middle(t.Cluster)));
                return;
            case 2:
                buffer.Add(FeatureHash.Feature(7, t.KeyHash));
                buffer.Add(FeatureHash.Feature(13, t.Short));
                return;
            case 0:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(offset));
        }

        buffer.Add(FeatureHash.Feature(2, t.Word));
        buffer.Add(FeatureHash.Feature(3, t.KeyHash));
        buffer.Add(FeatureHash.Feature(8, t.Shape));
        buffer.Add(FeatureHash.Feature(9, t.Short));
        if (t.Length >= 1)
        {
            buffer.Add(FeatureHash.Feature(15, t.Prefix1));
            buffer.Add(FeatureHash.Feature(19, t.Suffix1));
        }

        if (t.Length >= 2)
        {
            buffer.Add(FeatureHash.Feature(16, t.Prefix2));
            buffer.Add(FeatureHash.Feature(20, t.Suffix2));
        }

        if (t.Length >= 3)
        {
            buffer.Add(FeatureHash.Feature(17, t.Prefix3));
            buffer.Add(FeatureHash.Feature(21, t.Suffix3));
        }

        if (t.Length >= 4)
        {
            buffer.Add(FeatureHash.Feature(18, t.Prefix4));
            buffer.Add(FeatureHash.Feature(22, t.Suffix4));
        }

        if (t.Cluster != WordResources.NoCluster)
        {
            buffer.Add(FeatureHash.Feature(29, (ulong)(t.Cluster & 0x3FF)));
            buffer.Add(FeatureHash.Feature(30, (ulong)((t.Cluster >> 10) & 0x3FF)));
            buffer.Add(FeatureHash.Feature(31, (ulong)((t.Cluster >> 20) & 0x3FF)));
        }
    }

    /// <summary>Padding atoms used beyond the sentence's ends (offset &lt; 0: before it).</summary>
    public static ref readonly TokenAtoms PaddingAtoms(int offset) => ref offset < 0 ? ref Begin : ref End;

    /// <summary>The stage-one features that depend on more than one word or on the position in the document.</summary>
    public void StageOneInContext(int s, int i, FeatureBuffer buffer)
    {
        var atoms = Atoms[s];
        ref readonly var t = ref atoms[i];
        ref readonly var m1 = ref At(atoms, i - 1);
        ref readonly var p1 = ref At(atoms, i + 1);
        var mode = (ulong)Cases[s];
        var position = (t.First ? 1UL : 0UL) | (mode << 1);

        buffer.Add(FeatureHash.Feature(1, 0));
        buffer.Add(FeatureHash.Feature(14, m1.Short, t.Short, p1.Short));
        buffer.Add(FeatureHash.Feature(23, m1.KeyHash, t.KeyHash));
        buffer.Add(FeatureHash.Feature(24, t.KeyHash, p1.KeyHash));
        buffer.Add(FeatureHash.Feature(25, m1.KeyHash, t.Short));
        buffer.Add(FeatureHash.Feature(26, t.Short, p1.KeyHash));
        buffer.Add(FeatureHash.Feature(27, position, t.Short));
        if (mode != 0)
        {
            buffer.Add(FeatureHash.Feature(28, mode, t.KeyHash));
        }

        buffer.Add(FeatureHash.Feature(34, Middle(m1.Cluster), Middle(t.Cluster)));
        buffer.Add(FeatureHash.Feature(35, Middle(t.Cluster), Middle(p1.Cluster)));

        AddFlags(buffer, 36, t.Lexicon, t.CapClass);
        AddFlags(buffer, 37, m1.Lexicon, 0);
        AddFlags(buffer, 38, p1.Lexicon, 0);

        buffer.Add(FeatureHash.Feature(39, (ulong)t.Usual, position, t.CapClass));
        buffer.Add(FeatureHash.Feature(40, (ulong)m1.Usual, mode));
        buffer.Add(FeatureHash.Feature(41, (ulong)p1.Usual, mode));
        buffer.Add(FeatureHash.Feature(42, t.DocumentCase, position, t.CapClass));

        var chains = Chains[s];
        if (chains.Length > 0 && chains[i].Position != 0)
        {
            ref readonly var chain = ref chains[i];
            var where = (ulong)chain.Position | ((ulong)chain.LengthBucket << 3) | (chain.Connector ? 64UL : 0UL);
            buffer.Add(FeatureHash.Feature(60, where));
            buffer.Add(FeatureHash.Feature(61, (ulong)chain.Position, chain.FirstKey));
            buffer.Add(FeatureHash.Feature(62, (ulong)chain.Position, chain.LastKey));
            AddFlags(buffer, 63, chain.FirstFlags, (byte)chain.Position);
            AddFlags(buffer, 64, chain.LastFlags, (byte)chain.Position);
            AddFlags(buffer, 65, chain.AnyFlags, (byte)chain.Position);
            if (chain.RunPosition != 0)
            {
                buffer.Add(FeatureHash.Feature(66, (ulong)chain.RunPosition, (ulong)chain.Position));
                buffer.Add(FeatureHash.Feature(67, (ulong)chain.RunPosition, chain.RunFirstKey));
                buffer.Add(FeatureHash.Feature(68, (ulong)chain.RunPosition, chain.RunLastKey));
                AddFlags(buffer, 69, chain.RunFirstFlags, (byte)(chain.RunPosition * 8 + chain.Position));
            }
        }

        foreach (var context in _aggregates.ContextsOf(t.Key))
        {
            buffer.Add(context);
        }
    }

    /// <summary>Stage-two templates: the first stage's labels around the token and across the document.</summary>
    public void StageTwo(int s, int i, FeatureBuffer buffer)
    {
        var labels = _stageOne![s];
        var atoms = Atoms[s];
        ref readonly var t = ref atoms[i];
        var own = (ulong)labels[i];
        var previous = i > 0 ? (ulong)labels[i - 1] : 15UL;
        var next = i + 1 < labels.Length ? (ulong)labels[i + 1] : 15UL;
        buffer.Add(FeatureHash.Feature(100, own));
        buffer.Add(FeatureHash.Feature(101, previous));
        buffer.Add(FeatureHash.Feature(102, next));
        buffer.Add(FeatureHash.Feature(103, previous, own, next));

        // Extended prediction history: what the first stage called this word elsewhere in the document.
        var counts = _aggregates.TypeCountsOf(t.Key);
        if (!counts.IsEmpty)
        {
            var ownType = BioLabels.TypeOf(labels[i]);
            var ownSlot = ownType < 0 ? 4 : ownType;
            var total = 0;
            var best = -1;
            var bestCount = 0;
            for (var k = 0; k < 5; k++)
            {
                var c = counts[k] - (k == ownSlot ? 1 : 0);
                total += c;
                if (c > bestCount)
                {
                    best = k;
                    bestCount = c;
                }
            }

            if (total > 0)
            {
                var share = (double)bestCount / total;
                var bucket = share >= 0.99 ? 2UL : share >= 0.6 ? 1UL : 0UL;
                buffer.Add(FeatureHash.Feature(104, (ulong)best, bucket));
                buffer.Add(FeatureHash.Feature(105, (ulong)best, t.CapClass));
                for (var k = 0; k < 4; k++)
                {
                    var c = counts[k] - (k == ownSlot ? 1 : 0);
                    if (c > 0)
                    {
                        buffer.Add(FeatureHash.Feature(106, (ulong)k));
                    }
                }
            }
        }

        // The token lies inside a word sequence that the first stage tagged as a whole elsewhere in the document.
        var match = _spanMatches![s][i];
        if (match != 0)
        {
            buffer.Add(FeatureHash.Feature(107, (ulong)(match >> 1), (ulong)(match & 1)));
        }
    }

    /// <summary>Gives the document the first stage's labels and builds the document-wide aggregates.</summary>
    public void SetStageOne(int[][] labels)
    {
        _stageOne = labels;
        var longestSpan = 0;
        for (var s = 0; s < labels.Length; s++)
        {
            var atoms = Atoms[s];
            for (var i = 0; i < atoms.Length; i++)
            {
                var type = BioLabels.TypeOf(labels[s][i]);
                _aggregates.TypeCountsFor(atoms[i].Key)[type < 0 ? 4 : type]++;
            }

            foreach (var span in BioLabels.ToSpans(labels[s]))
            {
                _aggregates.SpanCountsFor(SpanHash(atoms, span.Start, span.End))[BioLabels.IndexOfType(span.Label)]++;
                _aggregates.SpanFirstKeys.Add(atoms[span.Start].KeyHash);
                longestSpan = Math.Max(longestSpan, span.Length);
            }
        }

        _spanMatches = new int[labels.Length][];
        for (var s = 0; s < labels.Length; s++)
        {
            _spanMatches[s] = SpanMatches(Atoms[s], labels[s], _aggregates, longestSpan);
        }
    }

    // For each token, the longest word sequence covering it that stage one tagged elsewhere in the document,
    // encoded as (type + 1) * 2 + (1 if the token begins it); 0 when there is none.
    private static int[] SpanMatches(TokenAtoms[] atoms, int[] labels, DocumentAggregates aggregates, int longestSpan)
    {
        var result = SentencePool<int>.Rent(atoms.Length);
        Array.Clear(result);
        var matches = aggregates.Matches;
        matches.Clear();
        for (var start = 0; start < atoms.Length; start++)
        {
            if (!aggregates.SpanFirstKeys.Contains(atoms[start].KeyHash))
            {
                continue;
            }

            var hash = SpanSeed;
            for (var length = 1; length <= longestSpan && start + length <= atoms.Length; length++)
            {
                hash = FeatureHash.Feature(0, hash, atoms[start + length - 1].KeyHash);
                var counts = aggregates.SpanCountsOf(FeatureHash.Feature(0, hash, (ulong)length));
                if (counts.IsEmpty)
                {
                    continue;
                }

                // Discount this very occurrence when stage one tagged exactly this span here.
                var selfType = ExactSpanType(labels, start, start + length);
                var best = -1;
                var bestCount = 0;
                for (var k = 0; k < 4; k++)
                {
                    var c = counts[k] - (k == selfType ? 1 : 0);
                    if (c > bestCount)
                    {
                        best = k;
                        bestCount = c;
                    }
                }

                if (best >= 0)
                {
                    matches.Add((start, length, best));
                }
            }
        }

        // Longest first, then leftmost (no two matches share both, so the order is total).
        matches.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        foreach (var (start, length, type) in matches)
        {
            for (var k = start; k < start + length; k++)
            {
                if (result[k] == 0)
                {
                    result[k] = (type + 1) * 2 + (k == start ? 1 : 0);
                }
            }
        }

        return result;
    }

    private static int ExactSpanType(int[] labels, int start, int end)
    {
        if (!BioLabels.IsBegin(labels[start]))
        {
            return -1;
        }

        var type = BioLabels.TypeOf(labels[start]);
        for (var k = start + 1; k < end; k++)
        {
            if (labels[k] != BioLabels.Inside(type))
            {
                return -1;
            }
        }

        if (end < labels.Length && labels[end] == BioLabels.Inside(type))
        {
            return -1;
        }

        return type;
    }

    private static readonly ulong SpanSeed = FeatureHash.Of("<span>");

    private static ulong SpanHash(TokenAtoms[] atoms, int start, int end)
    {
        var hash = SpanSeed;
        for (var k = start; k < end; k++)
        {
            hash = FeatureHash.Feature(0, hash, atoms[k].KeyHash);
        }

        return FeatureHash.Feature(0, hash, (ulong)(end - start));
    }

    private static ulong Middle(int packed) => packed == WordResources.NoCluster ? 0x3FFUL + 1 : (ulong)((packed >> 10) & 0x3FF);

    private static void AddFlags(FeatureBuffer buffer, int template, LexiconFlags flags, byte capClass)
    {
        var bits = (uint)flags;
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            buffer.Add(FeatureHash.Feature(template, (ulong)bit, capClass));
            bits &= bits - 1;
        }
    }

    private static ref readonly TokenAtoms At(TokenAtoms[] atoms, int index)
    {
        if (index < 0)
        {
            return ref Begin;
        }

        if (index >= atoms.Length)
        {
            return ref End;
        }

        return ref atoms[index];
    }

    private static SentenceCase CaseOf(IReadOnlyList<string> tokens)
    {
        var upper = 0;
        var lower = 0;
        foreach (var token in tokens)
        {
            foreach (var c in token)
            {
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }
            }
        }

        if (lower == 0 && upper >= 4)
        {
            return SentenceCase.Upper;
        }

        return upper == 0 && lower >= 4 ? SentenceCase.Lower : SentenceCase.Mixed;
    }

    internal static TokenAtoms Prepare(string word, WordResources resources)
    {
        var key = WordShape.Key(word);

        // Word and prefix features use the word without diacritics: the training data has almost none.
        var original = word;
        word = WordShape.Fold(word);
        var atoms = new TokenAtoms
        {
            Key = key,
            Word = FeatureHash.Of(word),
            KeyHash = FeatureHash.Of(key),
            Shape = FeatureHash.Of(WordShape.Long(word)),
            Short = FeatureHash.Of(WordShape.Short(word)),
            Length = key.Length,
            Cluster = resources.ClusterOf(original, key),
            CapClass = CapClassOf(word),
        };
        var span = key.AsSpan();
        if (span.Length >= 1)
        {
            atoms.Prefix1 = FeatureHash.Of(word.AsSpan(0, 1));
            atoms.Suffix1 = FeatureHash.Of(span[^1..]);
        }

        if (span.Length >= 2)
        {
            atoms.Prefix2 = FeatureHash.Of(word.AsSpan(0, 2));
            atoms.Suffix2 = FeatureHash.Of(span[^2..]);
        }

        if (span.Length >= 3)
        {
            atoms.Prefix3 = FeatureHash.Of(word.AsSpan(0, 3));
            atoms.Suffix3 = FeatureHash.Of(span[^3..]);
        }

        if (span.Length >= 4)
        {
            atoms.Prefix4 = FeatureHash.Of(word.AsSpan(0, 4));
            atoms.Suffix4 = FeatureHash.Of(span[^4..]);
        }

        atoms.Usual = resources.UsualForms.TryGetValue(key, out var usual) ? UsualCaseOf(usual) : UsualCase.Unknown;
        return atoms;
    }

    internal static UsualCase UsualCaseOf(string form)
    {
        if (WordShape.IsLowerCase(form))
        {
            return UsualCase.Lower;
        }

        if (WordShape.IsAllCaps(form))
        {
            return form.Length > 1 ? UsualCase.AllCaps : UsualCase.Capitalised;
        }

        return WordShape.IsCapitalised(form) ? UsualCase.Capitalised : UsualCase.Other;
    }

    // 0 no letters, 1 lower, 2 capitalised, 3 all caps, 4 other mixes.
    private static byte CapClassOf(string word)
    {
        var upper = 0;
        var lower = 0;
        var firstUpper = false;
        var seenLetter = false;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
                if (!seenLetter)
                {
                    firstUpper = true;
                }

                seenLetter = true;
            }
            else if (char.IsLetter(c))
            {
                lower++;
                seenLetter = true;
            }
        }

        if (!seenLetter)
        {
            return 0;
        }

        if (upper == 0)
        {
            return 1;
        }

        if (lower == 0)
        {
            return 3;
        }

        return firstUpper ? (byte)2 : (byte)4;
    }

    private void FillDocumentCase()
    {
        // Count capitalised and lower-case uses of each word where casing is informative: mid-sentence in
        // ordinarily cased sentences.
        var counts = _aggregates.CaseCounts;
        for (var s = 0; s < Atoms.Length; s++)
        {
            if (Cases[s] != SentenceCase.Mixed)
            {
                continue;
            }

            foreach (ref readonly var atom in Atoms[s].AsSpan())
            {
                if (atom.First || atom.CapClass == 0)
                {
                    continue;
                }

                counts.TryGetValue(atom.Key, out var c);
                counts[atom.Key] = atom.CapClass == 1 ? (c.Capitalised, c.Lower + 1) : (c.Capitalised + 1, c.Lower);
            }
        }

        for (var s = 0; s < Atoms.Length; s++)
        {
            var informative = Cases[s] == SentenceCase.Mixed;
            foreach (ref var atom in Atoms[s].AsSpan())
            {
                if (!counts.TryGetValue(atom.Key, out var c))
                {
                    atom.DocumentCase = 0;
                    continue;
                }

                if (informative && !atom.First && atom.CapClass != 0)
                {
                    c = atom.CapClass == 1 ? (c.Capitalised, c.Lower - 1) : (c.Capitalised - 1, c.Lower);
                }

                atom.DocumentCase = (byte)((c.Capitalised > 0 ? 1 : 0) | (c.Lower > 0 ? 2 : 0));
            }
        }
    }

    // Lower-case words that may join capitalised words into one name ("Ministry of Foreign Affairs",
    // "Department of North American and Oceanian Affairs", "Ludwig van Beethoven").
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "and", "for", "on", "&", "de", "du", "des", "la", "le", "von", "van", "der", "den", "al", "el", "bin", "da", "di", "y",
    };

    private static NameChain[] FindChains(TokenAtoms[] atoms)
    {
        var chains = SentencePool<NameChain>.Rent(atoms.Length);
        Array.Clear(chains);
        var i = 0;
        while (i < atoms.Length)
        {
            if (!IsChainWord(atoms[i]))
            {
                i++;
                continue;
            }

            // Extend over capitalised words and single connectors that lead to another capitalised word. Two
            // connectors ("of the") more often join two names than sit inside one.
            var end = i + 1;
            while (end < atoms.Length)
            {
                if (IsChainWord(atoms[end]))
                {
                    end++;
                    continue;
                }

                var k = end;
                while (k < atoms.Length && k - end < 1 && Connectors.Contains(atoms[k].Key))
                {
                    k++;
                }

                if (k > end && k < atoms.Length && IsChainWord(atoms[k]))
                {
                    end = k;
                    continue;
                }

                break;
            }

            var length = end - i;
            var any = LexiconFlags.None;
            for (var k = i; k < end; k++)
            {
                any |= atoms[k].Lexicon;
            }

            for (var k = i; k < end; k++)
            {
                chains[k] = new NameChain
                {
                    Position = length == 1 ? (byte)4 : k == i ? (byte)1 : k == end - 1 ? (byte)3 : (byte)2,
                    LengthBucket = (byte)Math.Min(length, 6),
                    Connector = !IsChainWord(atoms[k]),
                    FirstKey = atoms[i].KeyHash,
                    LastKey = atoms[end - 1].KeyHash,
                    FirstFlags = atoms[i].Lexicon,
                    LastFlags = atoms[end - 1].Lexicon,
                    AnyFlags = any,
                };
            }

            // Runs without connectors inside the chain.
            var runStart = i;
            for (var k = i; k <= end; k++)
            {
                if (k < end && !chains[k].Connector)
                {
                    continue;
                }

                for (var r = runStart; r < k; r++)
                {
                    var runLength = k - runStart;
                    chains[r].RunPosition = runLength == 1 ? (byte)4 : r == runStart ? (byte)1 : r == k - 1 ? (byte)3 : (byte)2;
                    chains[r].RunFirstKey = atoms[runStart].KeyHash;
                    chains[r].RunLastKey = atoms[k - 1].KeyHash;
                    chains[r].RunFirstFlags = atoms[runStart].Lexicon;
                }

                runStart = k + 1;
            }

            i = end;
        }

        return chains;
    }

    // A capitalised word, but not a sentence-initial one that is usually lower-case ("The", "In").
    private static bool IsChainWord(in TokenAtoms atom) =>
        atom.CapClass is 2 or 3 && !(atom.First && atom.Usual == UsualCase.Lower);

    private void FillContextAggregates()
    {
        for (var s = 0; s < Atoms.Length; s++)
        {
            var atoms = Atoms[s];
            for (var i = 0; i < atoms.Length; i++)
            {
                ref readonly var t = ref atoms[i];
                if (t.Usual == UsualCase.Lower || t.CapClass == 0 || t.Key.Length < 2)
                {
                    continue;
                }

                var word = _aggregates.CountContextWord(t.Key);
                _aggregates.AddContext(word, FeatureHash.Feature(50, At(atoms, i - 1).KeyHash));
                _aggregates.AddContext(word, FeatureHash.Feature(51, At(atoms, i + 1).KeyHash));
            }
        }
    }

    private static TokenAtoms Padding(string marker)
    {
        var hash = FeatureHash.Of(marker);
        return new TokenAtoms
        {
            Key = marker,
            Word = hash,
            KeyHash = hash,
            Shape = hash,
            Short = hash,
            Cluster = WordResources.NoCluster,
            Usual = UsualCase.Unknown,
        };
    }
}

/// <summary>
/// Per-thread pools of exact-length arrays for sentences: a document's token atoms and name chains are a few
/// hundred bytes per token, so allocating them for every article made them most of what tagging allocated.
/// Bounded by what a pool holds in all (a fixed number of elements per thread, whichever lengths they come in),
/// so a long run over many sentence lengths does not grow it: lengths up to 256 tokens, a few arrays per length.
/// </summary>
internal static class SentencePool<T>
{
    private const int MaxLength = 256;
    private const int PerLength = 4;
    private const int MaxPooledElements = 8192;

    [ThreadStatic]
    private static Stack<T[]>[]? _byLength;

    [ThreadStatic]
    private static int _pooled;

    public static T[] Rent(int length)
    {
        if (length is 0 or > MaxLength || _byLength?[length] is not { Count: > 0 } stack)
        {
            return new T[length];
        }

        _pooled -= length;
        return stack.Pop();
    }

    public static void Return(T[] array)
    {
        if (array.Length is 0 or > MaxLength || _pooled + array.Length > MaxPooledElements)
        {
            return;
        }

        var stack = (_byLength ??= new Stack<T[]>[MaxLength + 1])[array.Length] ??= new Stack<T[]>(PerLength);
        if (stack.Count < PerLength)
        {
            stack.Push(array);
            _pooled += array.Length;
        }
    }
}
