using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// First-order label lattice over BIO labels: Viterbi decoding restricted to valid IOB2 sequences, and
/// max-marginals for confidences. Transition weights are laid out as <c>(previous + 1) * L + next</c> with
/// previous = -1 for the sentence start, followed by <c>L</c> end weights.
/// </summary>
internal static class LinearChain
{
    public const int L = BioLabels.Count;

    /// <summary>Size of the transition block: start row, one row per label, end weights.</summary>
    public const int TransitionSize = (L + 1) * L + L;

    public const int EndOffset = (L + 1) * L;

    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>Per label, the labels that may precede it, ascending (an inside label only after its own type).</summary>
    private static readonly int[][] Predecessors = BuildPredecessors();

    /// <summary>Per label, the labels that may follow it, ascending.</summary>
    private static readonly int[][] Successors = BuildSuccessors();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TransitionIndex(int previous, int next) => (previous + 1) * L + next;

    /// <summary>Best valid label sequence for emissions (<c>n * L</c>) into <paramref name="labels"/>.</summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<int> labels)
    {
        if (n == 0)
        {
            return;
        }

        var delta = n * L <= 2048 ? stackalloc float[n * L] : new float[n * L];
        var back = n * L <= 2048 ? stackalloc byte[n * L] : new byte[n * L];
        Forward(emissions, n, transitions, delta, back);
        Backtrack(delta, back, n, transitions, labels);
    }

    private static void Backtrack(ReadOnlySpan<float> delta, ReadOnlySpan<byte> back, int n, ReadOnlySpan<float> transitions, Span<int> labels)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var y = 0; y < L; y++)
        {
            var score = delta[(n - 1) * L + y] + transitions[EndOffset + y];
            if (score > bestScore)
            {
                bestScore = score;
                best = y;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = best;
            best = back[i * L + best];
        }
    }

    /// <summary>
    /// Decodes and also gives each token's confidence: the softmax, at <paramref name="temperature"/>, of the
    /// max-marginal scores (best sequence score with that token's label fixed) taken at the chosen label. Only
    /// tokens labelled inside a name get one (what span confidences are made of); outside tokens get 1.
    /// </summary>
    public static void DecodeWithConfidence(
        ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, float temperature, Span<int> labels, Span<double> confidences)
    {
        if (n == 0)
        {
            return;
        }

        var delta = n * L <= 2048 ? stackalloc float[n * L] : new float[n * L];
        var back = n * L <= 2048 ? stackalloc byte[n * L] : new byte[n * L];
        Forward(emissions, n, transitions, delta, back);
        Backtrack(delta, back, n, transitions, labels);
        confidences[..n].Fill(1.0);
        var first = labels[..n].IndexOfAnyExcept(BioLabels.Outside);
        if (first < 0)
        {
            return;
        }

        // Backward max-scores, needed from the end down to the first name token only.
        var beta = n * L <= 2048 ? stackalloc float[n * L] : new float[n * L];
        for (var y = 0; y < L; y++)
        {
            beta[(n - 1) * L + y] = transitions[EndOffset + y];
        }

        for (var i = n - 2; i >= first; i--)
        {
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                foreach (var q in Successors[y])
                {
                    var score = transitions[TransitionIndex(y, q)] + emissions[(i + 1) * L + q] + beta[(i + 1) * L + q];
                    if (score > best)
                    {
                        best = score;
                    }
                }

                beta[i * L + y] = best;
            }
        }

        Span<double> marginal = stackalloc double[L];
        for (var i = first; i < n; i++)
        {
            if (labels[i] == BioLabels.Outside)
            {
                continue;
            }

            var max = double.NegativeInfinity;
            for (var y = 0; y < L; y++)
            {
                marginal[y] = delta[i * L + y] + beta[i * L + y];
                max = Math.Max(max, marginal[y]);
            }

            var sum = 0.0;
            for (var y = 0; y < L; y++)
            {
                sum += double.IsNegativeInfinity(marginal[y]) ? 0 : Math.Exp((marginal[y] - max) / temperature);
            }

            confidences[i] = Math.Exp((marginal[labels[i]] - max) / temperature) / sum;
        }
    }

    private static void Forward(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<float> delta, Span<byte> back)
    {
        for (var y = 0; y < L; y++)
        {
            delta[y] = Allowed[TransitionIndex(-1, y)] ? emissions[y] + transitions[TransitionIndex(-1, y)] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            var previousRow = delta.Slice((i - 1) * L, L);
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var p in Predecessors[y])
                {
                    var score = previousRow[p] + transitions[TransitionIndex(p, y)];
                    if (score > best)
                    {
                        best = score;
                        arg = p;
                    }
                }

                delta[i * L + y] = best + emissions[i * L + y];
                back[i * L + y] = (byte)arg;
            }
        }
    }

    private static int[][] BuildPredecessors() =>
        Enumerable.Range(0, L).Select(y => Enumerable.Range(0, L).Where(p => Allowed[TransitionIndex(p, y)]).ToArray()).ToArray();

    private static int[][] BuildSuccessors() =>
        Enumerable.Range(0, L).Select(y => Enumerable.Range(0, L).Where(q => Allowed[TransitionIndex(y, q)]).ToArray()).ToArray();

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[TransitionSize];
        for (var p = -1; p < L; p++)
        {
            for (var y = 0; y < L; y++)
            {
                allowed[TransitionIndex(p, y)] = BioLabels.IsAllowed(p, y);
            }
        }

        for (var y = 0; y < L; y++)
        {
            allowed[EndOffset + y] = true;
        }

        return allowed;
    }
}

/// <summary>
/// The weights of one tagging stage as trained and saved: per-feature rows of per-label weights, plus transition
/// weights. Scoring goes through <see cref="TaggingWeights"/>, which puts both stages behind one table.
/// </summary>
internal sealed class StageWeights
{
    public StageWeights(IReadOnlyList<ulong> features, float[] weights, float[] transitions)
    {
        if (weights.Length != features.Count * LinearChain.L || transitions.Length != LinearChain.TransitionSize)
        {
            throw new ArgumentException("Weight arrays do not match the feature count.");
        }

        Features = features;
        Weights = weights;
        Transitions = transitions;
    }

    public IReadOnlyList<ulong> Features { get; }

    /// <summary>Row-major per-label weights, <c>Features.Count * L</c>.</summary>
    public float[] Weights { get; }

    public float[] Transitions { get; }
}

/// <summary>
/// Both stages' weights at run time behind one open-addressing table from feature hash to a block holding the
/// feature's stage-one row and its stage-two row side by side (zeros where a stage lacks the feature). Stage two
/// re-weighs every stage-one feature, so one probe per feature serves both stages: stage one keeps the stage-two
/// sum of its features for the second pass. Read-only after construction, so safe to share across threads.
/// </summary>
internal sealed class TaggingWeights
{
    // Rows are padded to 16 floats so one row is one aligned pair of 256-bit loads (and one cache line);
    // a feature's block is its stage-one row followed by its stage-two row.
    private const int Stride = 16;
    private const int Block = 2 * Stride;

    private readonly Entry[] _table;
    private readonly int _mask;
    private readonly float[] _rows;

    public TaggingWeights(StageWeights first, StageWeights? second)
    {
        // A saved model lists each stage's features in ascending hash order: one merge then gives every feature
        // its block (a third of model loading went into a dictionary doing the same). Otherwise, the dictionary.
        var keys = Ascending(first) && (second is null || Ascending(second))
            ? MergeBlocks(first, second, out _rows)
            : BlocksByDictionary(first, second, out _rows);

        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _table = new Entry[capacity];
        _mask = capacity - 1;
        for (var block = 0; block < keys.Length; block++)
        {
            var key = keys[block];
            var slot = (int)(key & (ulong)_mask);
            while (_table[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _table[slot] = new Entry(key, block * Block);
        }
    }

    private static ReadOnlySpan<ulong> FeaturesOf(StageWeights? stage) =>
        stage is null ? default : stage.Features as ulong[] ?? stage.Features.ToArray();

    private static bool Ascending(StageWeights stage)
    {
        var features = FeaturesOf(stage);
        for (var row = 1; row < features.Length; row++)
        {
            if (NonZero(features[row]) <= NonZero(features[row - 1]))
            {
                return false;
            }
        }

        return true;
    }

    // Both stages in ascending order: walk them together; a feature in both gets one block with both rows.
    private static ulong[] MergeBlocks(StageWeights first, StageWeights? second, out float[] rows)
    {
        var a = FeaturesOf(first);
        var b = FeaturesOf(second);
        var count = 0;
        for (int i = 0, j = 0; i < a.Length || j < b.Length; count++)
        {
            var order = i == a.Length ? 1 : j == b.Length ? -1 : NonZero(a[i]).CompareTo(NonZero(b[j]));
            if (order <= 0) i++;
            if (order >= 0) j++;
        }

        var keys = new ulong[count];

        // One spare zero block at the end, for padding.
        rows = new float[(count + 1) * Block];
        for (int i = 0, j = 0, block = 0; block < count; block++)
        {
            var order = i == a.Length ? 1 : j == b.Length ? -1 : NonZero(a[i]).CompareTo(NonZero(b[j]));
            if (order <= 0)
            {
                keys[block] = NonZero(a[i]);
                first.Weights.AsSpan(i * LinearChain.L, LinearChain.L).CopyTo(rows.AsSpan(block * Block, LinearChain.L));
                i++;
            }

            if (order >= 0)
            {
                keys[block] = NonZero(b[j]);
                second!.Weights.AsSpan(j * LinearChain.L, LinearChain.L).CopyTo(rows.AsSpan(block * Block + Stride, LinearChain.L));
                j++;
            }
        }

        return keys;
    }

    // Any order: number the features in a dictionary (stage one's first, then stage two's new ones).
    private static ulong[] BlocksByDictionary(StageWeights first, StageWeights? second, out float[] rows)
    {
        var blocks = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        foreach (var stage in second is null ? [first] : new[] { first, second })
        {
            foreach (var feature in stage.Features)
            {
                var key = NonZero(feature);
                if (blocks.TryAdd(key, keys.Count))
                {
                    keys.Add(key);
                }
            }
        }

        // One spare zero block at the end, for padding.
        var filled = new float[(keys.Count + 1) * Block];
        Fill(first, 0);
        if (second is not null)
        {
            Fill(second, Stride);
        }

        rows = filled;
        return keys.ToArray();

        void Fill(StageWeights stage, int half)
        {
            for (var row = 0; row < stage.Features.Count; row++)
            {
                var block = blocks[NonZero(stage.Features[row])];
                var target = filled.AsSpan(block * Block + half, LinearChain.L);
                var source = stage.Weights.AsSpan(row * LinearChain.L, LinearChain.L);
                if (target.ContainsAnyExcept(0f))
                {
                    throw new ArgumentException("Duplicate feature hash.");
                }

                source.CopyTo(target);
            }
        }
    }

    /// <summary>
    /// Adds the stage-one weights of <paramref name="features"/> into <paramref name="scores"/> (length L) and
    /// writes their stage-two sum into <paramref name="secondSum"/> (length L), for <see cref="ScoreSecond"/>.
    /// </summary>
    public void ScoreFirst(ReadOnlySpan<ulong> features, Span<float> scores, Span<float> secondSum)
    {
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        var low = Vector256<float>.Zero;
        var ninth = 0f;
        var lowSecond = Vector256<float>.Zero;
        var ninthSecond = 0f;
        foreach (var feature in features)
        {
            var offset = Find(feature);
            if (offset >= 0)
            {
                ref var row = ref Unsafe.Add(ref rows, offset);
                low += Vector256.LoadUnsafe(ref row);
                ninth += Unsafe.Add(ref row, 8);
                lowSecond += Vector256.LoadUnsafe(ref row, Stride);
                ninthSecond += Unsafe.Add(ref row, Stride + 8);
            }
        }

        for (var y = 0; y < 8; y++)
        {
            scores[y] += low[y];
        }

        scores[8] += ninth;
        lowSecond.CopyTo(secondSum);
        secondSum[8] = ninthSecond;
    }

    /// <summary>
    /// Adds into <paramref name="scores"/> the stage-two sum kept by <see cref="ScoreFirst"/> continued with the
    /// stage-two weights of <paramref name="features"/> (the same sums, in the same order, as scoring the
    /// stage-one features and then these in one pass).
    /// </summary>
    public void ScoreSecond(ReadOnlySpan<float> firstSum, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        var low = Vector256.Create(firstSum[..8]);
        var ninth = firstSum[8];
        foreach (var feature in features)
        {
            var offset = Find(feature);
            if (offset >= 0)
            {
                ref var row = ref Unsafe.Add(ref rows, offset + Stride);
                low += Vector256.LoadUnsafe(ref row);
                ninth += Unsafe.Add(ref row, 8);
            }
        }

        for (var y = 0; y < 8; y++)
        {
            scores[y] += low[y];
        }

        scores[8] += ninth;
    }

    /// <summary>Adds one stage's (0 or 1) weights of <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void Score(int stage, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<float> sum = stackalloc float[LinearChain.L];
        sum.Clear();
        if (stage == 0)
        {
            ScoreFirst(features, scores, sum);
        }
        else
        {
            ScoreSecond(sum, features, scores);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong feature)
    {
        var table = _table;
        var key = NonZero(feature);
        var slot = key & (ulong)_mask;
        while (true)
        {
            ref readonly var entry = ref table[slot];
            if (entry.Key == key)
            {
                return entry.Offset;
            }

            if (entry.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & (ulong)_mask;
        }
    }

    // Zero marks an empty slot; a feature hashing to zero is moved to one (a collision of no consequence).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    private readonly record struct Entry(ulong Key, int Offset);
}
