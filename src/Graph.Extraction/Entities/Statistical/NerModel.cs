using System.IO.Compression;
using System.Reflection;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// The statistical named-entity recogniser: a two-stage averaged-perceptron BIO tagger over PER, ORG, LOC and
/// MISC. Stage one tags each sentence from local and document-casing features; stage two re-tags it knowing
/// what stage one said about the same words and word sequences elsewhere in the document (so a name in a
/// capitals headline or a bare surname gets the type its full mention got). Decoding is Viterbi over valid
/// IOB2 sequences, so spans are always well formed. Instances are immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    /// <summary>Logical name of the embedded model resource.</summary>
    public const string ResourceName = "Graph.Extraction.ner-model.bin.gz";

    private const int Magic = 0x52454E47; // "GNER"
    private const int FormatVersion = 1;

    private static readonly Lazy<NerModel> Default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordResources _resources;
    private readonly StageWeights _first;
    private readonly StageWeights? _second;
    private readonly float _temperature;
    private readonly ITokenLexicon? _extraLexicon;
    private readonly TaggingWeights _weights;
    private readonly WordScoreCache _wordScores;

    internal NerModel(
        WordResources resources, StageWeights first, StageWeights? second, float temperature, ITokenLexicon? extraLexicon = null,
        TaggingWeights? weights = null, WordScoreCache? wordScores = null)
    {
        _resources = resources;
        _first = first;
        _second = second;
        _temperature = temperature;
        _extraLexicon = extraLexicon;
        _weights = weights ?? new TaggingWeights(first, second);
        _wordScores = wordScores ?? new WordScoreCache(_weights, second is not null);
    }

    /// <summary>Number of weighted features over both stages (a size figure for reports).</summary>
    public int FeatureCount => _first.Features.Count + (_second?.Features.Count ?? 0);

    /// <summary>Temperature applied to max-marginal scores to give confidences (see <see cref="TokenSpan"/>).</summary>
    public float Temperature => _temperature;

    internal WordResources Resources => _resources;

    internal StageWeights FirstStage => _first;

    internal StageWeights? SecondStage => _second;

    internal NerModel WithTemperature(float temperature) => new(_resources, _first, _second, temperature, _extraLexicon, _weights, _wordScores);

    /// <summary>The model shipped inside Graph.Extraction, loaded once and shared.</summary>
    public static NerModel LoadDefault() => Default.Value;

    /// <summary>Reads a model written by <see cref="Save"/> (gzip-compressed).</summary>
    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("Not a Graph NER model.");
        }

        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"NER model format {version} is not supported (expected {FormatVersion}).");
        }

        var temperature = reader.ReadSingle();
        var resources = WordResources.Read(reader);
        var first = ReadStage(reader);
        var second = reader.ReadBoolean() ? ReadStage(reader) : null;
        return new NerModel(resources, first, second, temperature);
    }

    /// <summary>Writes the model, gzip-compressed. The bytes depend only on the model's content.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(_temperature);
        _resources.Write(writer);
        WriteStage(writer, _first);
        writer.Write(_second is not null);
        if (_second is not null)
        {
            WriteStage(writer, _second);
        }
    }

    /// <summary>
    /// A model that also consults <paramref name="lexicon"/> for its word-list features (union with the built-in
    /// lists), e.g. a fuller gazetteer of countries and cities. The weights are unchanged.
    /// </summary>
    public NerModel WithLexicon(ITokenLexicon lexicon) =>
        new(_resources, _first, _second, _temperature, _extraLexicon is null ? lexicon : new CompositeLexicon([_extraLexicon, lexicon]), _weights, _wordScores);

    /// <summary>
    /// Tags one document given as sentences of tokens. Returns, per sentence, its entity spans in token indices
    /// <c>[Start, End)</c> with labels PER, ORG, LOC or MISC. Tag whole documents at once: the second stage
    /// uses what the rest of the document says about each word.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TokenSpan>> Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var (labels, confidences) = TagLabels(sentences, withConfidence: true);
        var result = new IReadOnlyList<TokenSpan>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = BioLabels.ToSpans(labels[s], confidences![s]);
        }

        return result;
    }

    /// <summary>Tags a document and returns label ids per token (and per-token confidences if asked).</summary>
    internal (int[][] Labels, double[][]? Confidences) TagLabels(IReadOnlyList<IReadOnlyList<string>> sentences, bool withConfidence)
    {
        var document = new DocumentFeatures(sentences, _resources, _extraLexicon, Scratch.ForThisThread().Aggregates);
        try
        {
            return TagLabels(document, sentences, withConfidence);
        }
        finally
        {
            document.Release();
        }
    }

    private (int[][] Labels, double[][]? Confidences) TagLabels(DocumentFeatures document, IReadOnlyList<IReadOnlyList<string>> sentences, bool withConfidence)
    {
        const int L = LinearChain.L;
        var scratch = Scratch.ForThisThread();
        var buffer = scratch.Buffer;
        var labels = new int[sentences.Count][];
        var confidences = withConfidence ? new double[sentences.Count][] : null;
        ref var emissions = ref scratch.Emissions;
        var stages = _second is null ? 1 : 2;

        // Per token: the cached weight sums of its word-only features, for both stages.
        var words = new float[sentences.Count][][];

        // Stage two's sums over each token's stage-one features, kept from stage one's single pass over them.
        ref var secondSums = ref scratch.SecondSums;
        var starts = new int[sentences.Count];
        var used = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var n = sentences[s].Count;
            labels[s] = stages == 1 ? new int[n] : SentencePool<int>.Rent(n);
            words[s] = SentencePool<float[]>.Rent(n);
            for (var i = 0; i < n; i++)
            {
                words[s][i] = _wordScores.Of(document.Entries[s][i]);
            }

            EnsureLength(ref emissions, n * L);
            starts[s] = used;
            if (used + n * L > secondSums.Length)
            {
                Array.Resize(ref secondSums, Math.Max(secondSums.Length * 2, used + n * L));
            }

            // Which tokens lie in plain text, once for both stages (token k of the document at k = used / L + i).
            if (used / L + n > scratch.Plain.Length)
            {
                Array.Resize(ref scratch.Plain, Math.Max(scratch.Plain.Length * 2, used / L + n));
            }

            var plain = scratch.Plain.AsSpan(used / L, n);
            MarkPlain(sentences[s], document.Atoms[s], document.Cases[s], plain);
            for (var i = 0; i < n; i++)
            {
                var scores = emissions.AsSpan(i * L, L);
                if (plain[i])
                {
                    Outside(scores);
                    continue;
                }

                SumWordScores(words[s], i, 0, scores);
                buffer.Clear();
                document.StageOneInContext(s, i, buffer);
                _weights.ScoreFirst(buffer.AsSpan(), scores, secondSums.AsSpan(used + i * L, L));
            }

            used += n * L;
            Decode(_first, emissions, n, labels[s], stages == 1 ? confidences : null, s);
        }

        if (stages == 1)
        {
            return (labels, confidences);
        }

        document.SetStageOne(labels);
        var second = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var n = sentences[s].Count;
            second[s] = new int[n];
            EnsureLength(ref emissions, n * L);
            var plain = scratch.Plain.AsSpan(starts[s] / L, n);
            for (var i = 0; i < n; i++)
            {
                var scores = emissions.AsSpan(i * L, L);
                if (plain[i])
                {
                    Outside(scores);
                    continue;
                }

                SumWordScores(words[s], i, 1, scores);
                buffer.Clear();
                document.StageTwo(s, i, buffer);
                _weights.ScoreSecond(secondSums.AsSpan(starts[s] + i * L, L), buffer.AsSpan(), scores);
            }

            Decode(_second!, emissions, n, second[s], confidences, s);
        }

        // Stage one's labels and the word sums were this document's alone: back to the pool.
        for (var s = 0; s < sentences.Count; s++)
        {
            SentencePool<int>.Return(labels[s]);
            Array.Clear(words[s]);
            SentencePool<float[]>.Return(words[s]);
        }

        return (second, confidences);
    }

    /// <summary>
    /// Working arrays reused by every document tagged on a thread. The stage-two sums alone are tens of
    /// kilobytes for a long article: allocated per document, such arrays went to the large-object heap and caused
    /// most of the full garbage collections of an ingest.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        public readonly FeatureBuffer Buffer = new();
        public float[] Emissions = new float[64 * LinearChain.L];
        public float[] SecondSums = new float[4096];
        public bool[] Plain = new bool[256];
        public readonly DocumentAggregates Aggregates = new();

        public static Scratch ForThisThread() => _current ??= new Scratch();
    }

    /// <summary>
    /// Marks the tokens of an ordinarily cased sentence that lie in plain running text: no capital letter or digit
    /// in the token or in the two tokens either side. No name starts, continues or ends there (a name needs a
    /// capitalised or numbered word within reach), so they are tagged outside without scoring their features:
    /// about half the tokens of news prose. In a sentence cased otherwise (capitals, lower case) none is plain.
    /// </summary>
    private static void MarkPlain(IReadOnlyList<string> tokens, TokenAtoms[] atoms, SentenceCase casing, Span<bool> plain)
    {
        var n = tokens.Count;
        if (casing != SentenceCase.Mixed)
        {
            plain[..n].Clear();
            return;
        }

        // Distance from each token to the nearest marked (capitalised or numbered) token, capped.
        const int Reach = DocumentFeatures.WordWindow;
        var sinceMarked = Reach + 1;
        for (var i = 0; i < n; i++)
        {
            sinceMarked = Marked(tokens[i], atoms[i]) ? 0 : sinceMarked + 1;
            plain[i] = sinceMarked > Reach;
        }

        sinceMarked = Reach + 1;
        for (var i = n - 1; i >= 0; i--)
        {
            sinceMarked = Marked(tokens[i], atoms[i]) ? 0 : sinceMarked + 1;
            plain[i] &= sinceMarked > Reach;
        }

        static bool Marked(string token, in TokenAtoms atom) =>
            atom.CapClass > 1 || (atom.CapClass == 0 && token.AsSpan().IndexOfAnyInRange('0', '9') >= 0);
    }

    // Emissions that make a token outside any name: zero for O, far below zero for every name label.
    private static void Outside(Span<float> scores)
    {
        scores.Fill(-1e4f);
        scores[BioLabels.Outside] = 0;
    }

    // Writes (not adds) into scores the word-feature sums of the words at offsets -2..+2 from token i.
    private void SumWordScores(float[][] words, int i, int stage, Span<float> scores)
    {
        scores.Clear();
        for (var offset = -DocumentFeatures.WordWindow; offset <= DocumentFeatures.WordWindow; offset++)
        {
            var j = i + offset;
            var vector = j < 0 ? _wordScores.Begin : j >= words.Length ? _wordScores.End : words[j];
            var part = vector.AsSpan(WordScoreCache.Index(stage, offset), LinearChain.L);
            for (var y = 0; y < LinearChain.L; y++)
            {
                scores[y] += part[y];
            }
        }
    }

    private void Decode(StageWeights stage, float[] emissions, int n, int[] labels, double[][]? confidences, int s)
    {
        if (confidences is null)
        {
            LinearChain.Decode(emissions, n, stage.Transitions, labels);
            return;
        }

        confidences[s] = new double[n];
        LinearChain.DecodeWithConfidence(emissions, n, stage.Transitions, _temperature, labels, confidences[s]);
    }

    private static void EnsureLength(ref float[] array, int length)
    {
        if (array.Length < length)
        {
            array = new float[length * 2];
        }
    }

    private static NerModel LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The NER model resource '{ResourceName}' is not embedded in {typeof(NerModel).Assembly.GetName().Name}.");
        return Load(stream);
    }

    // Weights are stored as 16-bit integers times one scale per stage, and only the labels a feature has a
    // non-zero weight for; rows are in hash order so the file does not depend on training order.
    private static void WriteStage(BinaryWriter writer, StageWeights stage)
    {
        const int L = LinearChain.L;
        var maxAbs = stage.Weights.Length == 0 ? 1f : stage.Weights.Max(Math.Abs);
        var scale = maxAbs / short.MaxValue;
        if (scale == 0)
        {
            scale = 1;
        }

        writer.Write(scale);
        foreach (var t in stage.Transitions)
        {
            writer.Write(t);
        }

        var order = Enumerable.Range(0, stage.Features.Count).OrderBy(r => stage.Features[r]).ToArray();
        writer.Write(order.Length);
        var previous = 0UL;
        Span<short> values = stackalloc short[L];
        foreach (var row in order)
        {
            var hash = stage.Features[row];
            Write7Bit(writer, hash - previous);
            previous = hash;
            ushort mask = 0;
            var count = 0;
            for (var y = 0; y < L; y++)
            {
                var q = (short)Math.Round(stage.Weights[row * L + y] / scale);
                if (q != 0)
                {
                    mask |= (ushort)(1 << y);
                    values[count++] = q;
                }
            }

            writer.Write(mask);
            for (var k = 0; k < count; k++)
            {
                writer.Write(values[k]);
            }
        }
    }

    private static StageWeights ReadStage(BinaryReader reader)
    {
        const int L = LinearChain.L;
        var scale = reader.ReadSingle();
        var transitions = new float[LinearChain.TransitionSize];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var count = reader.ReadInt32();
        var features = new ulong[count];
        var weights = new float[count * L];
        var previous = 0UL;
        for (var row = 0; row < count; row++)
        {
            previous += Read7Bit(reader);
            features[row] = previous;
            var mask = reader.ReadUInt16();
            for (var y = 0; y < L; y++)
            {
                if ((mask & (1 << y)) != 0)
                {
                    weights[row * L + y] = reader.ReadInt16() * scale;
                }
            }
        }

        return new StageWeights(features, weights, transitions);
    }

    private static void Write7Bit(BinaryWriter writer, ulong value)
    {
        while (value >= 0x80)
        {
            writer.Write((byte)(value | 0x80));
            value >>= 7;
        }

        writer.Write((byte)value);
    }

    private static ulong Read7Bit(BinaryReader reader)
    {
        var result = 0UL;
        var shift = 0;
        while (true)
        {
            var b = reader.ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }

            shift += 7;
        }
    }
}

/// <summary>
/// Weight sums of each word's word-only features (<see cref="DocumentFeatures.WordFeatures"/>) per stage and
/// offset, computed once per word and kept on the word's entry in the resources' word cache: most tokens of any
/// text are frequent words, so most feature look-ups become the one dictionary look-up the atoms needed anyway.
/// Thread-safe; bounded with that cache.
/// </summary>
internal sealed class WordScoreCache
{
    private const int Offsets = 2 * DocumentFeatures.WordWindow + 1;

    private readonly TaggingWeights _weights;
    private readonly bool _twoStages;

    public WordScoreCache(TaggingWeights weights, bool twoStages)
    {
        _weights = weights;
        _twoStages = twoStages;
        Begin = Compute(DocumentFeatures.PaddingAtoms(-1));
        End = Compute(DocumentFeatures.PaddingAtoms(1));
    }

    /// <summary>Sums for the padding before a sentence.</summary>
    public float[] Begin { get; }

    /// <summary>Sums for the padding after a sentence.</summary>
    public float[] End { get; }

    /// <summary>Start of the sums for a stage (0 or 1) and an offset (-2..+2) in a word's vector.</summary>
    public static int Index(int stage, int offset) => (stage * Offsets + offset + DocumentFeatures.WordWindow) * LinearChain.L;

    public float[] Of(WordEntry entry)
    {
        if (entry.ScoresFor(this) is { } vector)
        {
            return vector;
        }

        vector = Compute(entry.Atoms);
        entry.Keep(this, vector);
        return vector;
    }

    private float[] Compute(in TokenAtoms atoms)
    {
        var vector = new float[2 * Offsets * LinearChain.L];
        var buffer = new FeatureBuffer();
        for (var offset = -DocumentFeatures.WordWindow; offset <= DocumentFeatures.WordWindow; offset++)
        {
            buffer.Clear();
            DocumentFeatures.WordFeatures(atoms, offset, buffer);
            _weights.Score(0, buffer.AsSpan(), vector.AsSpan(Index(0, offset), LinearChain.L));
            if (_twoStages)
            {
                _weights.Score(1, buffer.AsSpan(), vector.AsSpan(Index(1, offset), LinearChain.L));
            }
        }

        return vector;
    }
}
