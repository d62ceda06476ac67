namespace Graph.Extraction.Entities.Statistical;

/// <summary>A sentence ready for training: feature row ids per token (flat, with offsets) and gold labels.</summary>
internal sealed class IndexedSentence(int[] features, int[] offsets, int[] gold)
{
    public int[] Features { get; } = features;

    /// <summary>Token <c>i</c>'s features are <c>Features[Offsets[i]..Offsets[i + 1]]</c>.</summary>
    public int[] Offsets { get; } = offsets;

    public int[] Gold { get; } = gold;

    public int Length => Gold.Length;
}

/// <summary>Maps feature hashes seen in training to dense row ids.</summary>
internal sealed class FeatureIndex
{
    private readonly Dictionary<ulong, int> _rows;

    private FeatureIndex(Dictionary<ulong, int> rows, ulong[] keys)
    {
        _rows = rows;
        Keys = keys;
    }

    /// <summary>Row id -> feature hash.</summary>
    public ulong[] Keys { get; }

    public int Count => Keys.Length;

    /// <summary>Indexes the features that occur at least <paramref name="minCount"/> times, in first-seen order.</summary>
    public static FeatureIndex Build(IEnumerable<ReadOnlyMemory<ulong>> featureLists, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        var order = new List<ulong>();
        foreach (var list in featureLists)
        {
            foreach (var feature in list.Span)
            {
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, feature, out var existed);
                if (!existed)
                {
                    order.Add(feature);
                }

                count++;
            }
        }

        var keys = order.Where(f => counts[f] >= minCount).ToArray();
        var rows = new Dictionary<ulong, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            rows.Add(keys[i], i);
        }

        return new FeatureIndex(rows, keys);
    }

    /// <summary>Converts a token's feature hashes into row ids, dropping unknown features.</summary>
    public void Map(ReadOnlySpan<ulong> features, List<int> rows)
    {
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                rows.Add(row);
            }
        }
    }
}

/// <summary>
/// Structured averaged perceptron (Collins 2002) over a first-order BIO lattice. Averaging uses the usual
/// trick of keeping, beside the weights, the sum of updates scaled by the time they happened, so averaged
/// weights cost one pass at the end instead of one per step.
/// </summary>
internal sealed class AveragedPerceptron
{
    private const int L = LinearChain.L;

    private readonly float[] _weights;
    private readonly double[] _scaledUpdates;
    private readonly float[] _transitions = new float[LinearChain.TransitionSize];
    private readonly double[] _scaledTransitionUpdates = new double[LinearChain.TransitionSize];
    private long _time = 1;

    public AveragedPerceptron(int featureCount)
    {
        _weights = new float[featureCount * L];
        _scaledUpdates = new double[featureCount * L];
    }

    /// <summary>One pass over the sentences in the given order; returns the number of sentences mistagged.</summary>
    public int Epoch(IReadOnlyList<IndexedSentence> sentences, int[] order)
    {
        var mistakes = 0;
        var emissions = new float[256 * L];
        var predicted = new int[256];
        foreach (var index in order)
        {
            var sentence = sentences[index];
            var n = sentence.Length;
            if (emissions.Length < n * L)
            {
                emissions = new float[n * L * 2];
                predicted = new int[n * 2];
            }

            Emissions(sentence, _weights, emissions);
            LinearChain.Decode(emissions, n, _transitions, predicted);
            if (Update(sentence, predicted))
            {
                mistakes++;
            }

            _time++;
        }

        return mistakes;
    }

    /// <summary>The averaged weights and transitions.</summary>
    public (float[] Weights, float[] Transitions) Averaged()
    {
        var weights = new float[_weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(_weights[i] - _scaledUpdates[i] / _time);
        }

        var transitions = new float[_transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)(_transitions[i] - _scaledTransitionUpdates[i] / _time);
        }

        return (weights, transitions);
    }

    /// <summary>Sums feature rows into per-token label scores.</summary>
    public static void Emissions(IndexedSentence sentence, float[] weights, Span<float> emissions)
    {
        var features = sentence.Features;
        for (var i = 0; i < sentence.Length; i++)
        {
            var scores = emissions.Slice(i * L, L);
            scores.Clear();
            for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                var row = weights.AsSpan(features[k] * L, L);
                for (var y = 0; y < L; y++)
                {
                    scores[y] += row[y];
                }
            }
        }
    }

    /// <summary>Decodes a sentence with given (e.g. averaged) weights.</summary>
    public static int[] Decode(IndexedSentence sentence, float[] weights, float[] transitions)
    {
        var emissions = new float[sentence.Length * L];
        Emissions(sentence, weights, emissions);
        var labels = new int[sentence.Length];
        LinearChain.Decode(emissions, sentence.Length, transitions, labels);
        return labels;
    }

    private bool Update(IndexedSentence sentence, ReadOnlySpan<int> predicted)
    {
        var gold = sentence.Gold;
        var n = sentence.Length;
        var wrong = false;
        for (var i = 0; i < n; i++)
        {
            if (gold[i] == predicted[i])
            {
                continue;
            }

            wrong = true;
            for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                var row = sentence.Features[k] * L;
                Bump(_weights, _scaledUpdates, row + gold[i], 1);
                Bump(_weights, _scaledUpdates, row + predicted[i], -1);
            }
        }

        if (!wrong)
        {
            return false;
        }

        for (var i = 0; i <= n; i++)
        {
            var goldIndex = i < n ? LinearChain.TransitionIndex(i == 0 ? -1 : gold[i - 1], gold[i]) : LinearChain.EndOffset + gold[n - 1];
            var predictedIndex = i < n
                ? LinearChain.TransitionIndex(i == 0 ? -1 : predicted[i - 1], predicted[i])
                : LinearChain.EndOffset + predicted[n - 1];
            if (goldIndex != predictedIndex)
            {
                Bump(_transitions, _scaledTransitionUpdates, goldIndex, 1);
                Bump(_transitions, _scaledTransitionUpdates, predictedIndex, -1);
            }
        }

        return true;
    }

    private void Bump(float[] weights, double[] scaled, int index, int delta)
    {
        weights[index] += delta;
        scaled[index] += (double)_time * delta;
    }
}
