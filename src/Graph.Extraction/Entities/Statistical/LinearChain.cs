using System.Runtime.CompilerServices;

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
    /// max-marginal scores (best sequence score with that token's label fixed) taken at the chosen label.
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
        var beta = n * L <= 2048 ? stackalloc float[n * L] : new float[n * L];
        Forward(emissions, n, transitions, delta, back);
        Backtrack(delta, back, n, transitions, labels);
        for (var y = 0; y < L; y++)
        {
            beta[(n - 1) * L + y] = transitions[EndOffset + y];
        }

        for (var i = n - 2; i >= 0; i--)
        {
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                for (var q = 0; q < L; q++)
                {
                    if (!Allowed[TransitionIndex(y, q)])
                    {
                        continue;
                    }

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
        for (var i = 0; i < n; i++)
        {
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
                for (var p = 0; p < L; p++)
                {
                    var index = TransitionIndex(p, y);
                    if (!Allowed[index])
                    {
                        continue;
                    }

                    var score = previousRow[p] + transitions[index];
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
/// The weights of one tagging stage at run time: an open-addressing table from feature hash to a row of
/// per-label weights, plus transition weights. Read-only after construction, so safe to share across threads.
/// </summary>
internal sealed class StageWeights
{
    private readonly Entry[] _table;
    private readonly int _mask;

    public StageWeights(IReadOnlyList<ulong> features, float[] weights, float[] transitions)
    {
        if (weights.Length != features.Count * LinearChain.L || transitions.Length != LinearChain.TransitionSize)
        {
            throw new ArgumentException("Weight arrays do not match the feature count.");
        }

        Features = features;
        Weights = weights;
        Transitions = transitions;
        var capacity = 16;
        while (capacity < features.Count * 2)
        {
            capacity <<= 1;
        }

        // Rows are padded to 16 floats so one row is one aligned pair of 256-bit loads (and one cache line).
        _padded = new float[(features.Count + 1) * Stride];
        _table = new Entry[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < features.Count; row++)
        {
            Array.Copy(weights, row * LinearChain.L, _padded, row * Stride, LinearChain.L);
            var key = NonZero(features[row]);
            var slot = (int)(key & (ulong)_mask);
            while (_table[slot].Key != 0)
            {
                if (_table[slot].Key == key)
                {
                    throw new ArgumentException("Duplicate feature hash.");
                }

                slot = (slot + 1) & _mask;
            }

            _table[slot] = new Entry(key, row * Stride);
        }
    }

    private const int Stride = 16;

    private readonly float[] _padded;

    public IReadOnlyList<ulong> Features { get; }

    /// <summary>Row-major per-label weights, <c>Features.Count * L</c>.</summary>
    public float[] Weights { get; }

    public float[] Transitions { get; }

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (length L).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var table = _table;
        var mask = (ulong)_mask;
        ref var weights = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_padded);
        var low = System.Runtime.Intrinsics.Vector256<float>.Zero;
        var ninth = 0f;
        foreach (var feature in features)
        {
            var key = NonZero(feature);
            var slot = key & mask;
            while (true)
            {
                ref readonly var entry = ref table[slot];
                if (entry.Key == key)
                {
                    ref var row = ref Unsafe.Add(ref weights, entry.Offset);
                    low += System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref row);
                    ninth += Unsafe.Add(ref row, 8);
                    break;
                }

                if (entry.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        for (var y = 0; y < 8; y++)
        {
            scores[y] += low[y];
        }

        scores[8] += ninth;
    }

    // Zero marks an empty slot; a feature hashing to zero is moved to one (a collision of no consequence).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    private readonly record struct Entry(ulong Key, int Offset);
}
