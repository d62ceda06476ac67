namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Exchange word clustering (Kneser and Ney 1993; Martin, Liermann and Ney 1998): assigns items to a fixed
/// number of classes so that a class bigram model fits the item bigrams best, by repeatedly moving each item
/// to the class that most increases the likelihood. Words that occur in the same contexts ("Japan", "Syria")
/// end up together, which lets the tagger generalise from names it saw to names it did not.
/// Deterministic: items are visited in a fixed order and ties keep the lower class.
/// </summary>
internal sealed class WordClusterer
{
    private readonly int _items;
    private readonly int[] _predecessorStart;
    private readonly int[] _predecessor;
    private readonly long[] _predecessorCount;
    private readonly int[] _successorStart;
    private readonly int[] _successor;
    private readonly long[] _successorCount;
    private readonly long[] _asLeft;
    private readonly long[] _asRight;

    /// <summary>Builds the bigram structure from counted item pairs (left, right) -> count.</summary>
    public WordClusterer(int items, IReadOnlyDictionary<(int Left, int Right), long> bigrams)
    {
        _items = items;
        _asLeft = new long[items];
        _asRight = new long[items];
        var ordered = bigrams.OrderBy(p => p.Key.Left).ThenBy(p => p.Key.Right).ToArray();
        (_successorStart, _successor, _successorCount) = Csr(items, ordered.Select(p => (p.Key.Left, p.Key.Right, p.Value)));
        (_predecessorStart, _predecessor, _predecessorCount) = Csr(
            items, ordered.OrderBy(p => p.Key.Right).ThenBy(p => p.Key.Left).Select(p => (p.Key.Right, p.Key.Left, p.Value)));
        foreach (var (pair, count) in ordered)
        {
            _asLeft[pair.Left] += count;
            _asRight[pair.Right] += count;
        }
    }

    /// <summary>
    /// Clusters into <paramref name="classes"/> classes starting from item <c>r</c> in class <c>r mod classes</c>
    /// (items should be numbered by descending frequency), visiting items in that order each pass.
    /// </summary>
    public int[] Cluster(int classes, int iterations, Action<string>? log = null)
    {
        var cls = new int[_items];
        for (var w = 0; w < _items; w++)
        {
            cls[w] = w % classes;
        }

        var pair = new long[classes * classes];
        var left = new long[classes];
        var right = new long[classes];
        for (var w = 0; w < _items; w++)
        {
            left[cls[w]] += _asLeft[w];
            right[cls[w]] += _asRight[w];
            for (var k = _successorStart[w]; k < _successorStart[w + 1]; k++)
            {
                pair[cls[w] * classes + cls[_successor[k]]] += _successorCount[k];
            }
        }

        var fromLeft = new long[classes];
        var toRight = new long[classes];
        var leftClasses = new List<int>();
        var rightClasses = new List<int>();
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            var moved = 0;
            for (var w = 0; w < _items; w++)
            {
                var a = cls[w];

                // Counts between w and each class, its own bigrams with itself kept apart.
                long self = 0;
                leftClasses.Clear();
                rightClasses.Clear();
                for (var k = _predecessorStart[w]; k < _predecessorStart[w + 1]; k++)
                {
                    var v = _predecessor[k];
                    if (v == w)
                    {
                        self += _predecessorCount[k];
                        continue;
                    }

                    var c = cls[v];
                    if (fromLeft[c] == 0)
                    {
                        leftClasses.Add(c);
                    }

                    fromLeft[c] += _predecessorCount[k];
                }

                for (var k = _successorStart[w]; k < _successorStart[w + 1]; k++)
                {
                    var u = _successor[k];
                    if (u == w)
                    {
                        continue;
                    }

                    var d = cls[u];
                    if (toRight[d] == 0)
                    {
                        rightClasses.Add(d);
                    }

                    toRight[d] += _successorCount[k];
                }

                // Take w out of its class.
                Move(-1, a, classes, pair, left, right, fromLeft, toRight, leftClasses, rightClasses, self, w);

                var best = a;
                var bestGain = Gain(a, classes, pair, left, right, fromLeft, toRight, leftClasses, rightClasses, self, w);
                for (var b = 0; b < classes; b++)
                {
                    if (b == a)
                    {
                        continue;
                    }

                    var gain = Gain(b, classes, pair, left, right, fromLeft, toRight, leftClasses, rightClasses, self, w);
                    if (gain > bestGain + 1e-9)
                    {
                        bestGain = gain;
                        best = b;
                    }
                }

                Move(1, best, classes, pair, left, right, fromLeft, toRight, leftClasses, rightClasses, self, w);
                if (best != a)
                {
                    cls[w] = best;
                    moved++;
                }

                foreach (var c in leftClasses)
                {
                    fromLeft[c] = 0;
                }

                foreach (var d in rightClasses)
                {
                    toRight[d] = 0;
                }
            }

            log?.Invoke($"clusters ({classes}): pass {iteration}, {moved} items moved");
            if (moved == 0)
            {
                break;
            }
        }

        return cls;
    }

    /// <summary>The class-level bigram counts of a clustering, to cluster the classes themselves.</summary>
    public Dictionary<(int Left, int Right), long> ClassBigrams(int[] cls)
    {
        var result = new Dictionary<(int, int), long>();
        for (var w = 0; w < _items; w++)
        {
            for (var k = _successorStart[w]; k < _successorStart[w + 1]; k++)
            {
                var key = (cls[w], cls[_successor[k]]);
                result.TryGetValue(key, out var count);
                result[key] = count + _successorCount[k];
            }
        }

        return result;
    }

    private void Move(
        int sign, int b, int classes, long[] pair, long[] left, long[] right, long[] fromLeft, long[] toRight,
        List<int> leftClasses, List<int> rightClasses, long self, int w)
    {
        foreach (var c in leftClasses)
        {
            pair[c * classes + b] += sign * fromLeft[c];
        }

        foreach (var d in rightClasses)
        {
            pair[b * classes + d] += sign * toRight[d];
        }

        pair[b * classes + b] += sign * self;
        left[b] += sign * _asLeft[w];
        right[b] += sign * _asRight[w];
    }

    // Change in sum N log N terms of the likelihood if w (already removed) joins class b.
    private double Gain(
        int b, int classes, long[] pair, long[] left, long[] right, long[] fromLeft, long[] toRight,
        List<int> leftClasses, List<int> rightClasses, long self, int w)
    {
        var gain = 0.0;
        foreach (var c in leftClasses)
        {
            if (c == b)
            {
                continue;
            }

            var n = pair[c * classes + b];
            gain += F(n + fromLeft[c]) - F(n);
        }

        foreach (var d in rightClasses)
        {
            if (d == b)
            {
                continue;
            }

            var n = pair[b * classes + d];
            gain += F(n + toRight[d]) - F(n);
        }

        var diagonal = pair[b * classes + b];
        gain += F(diagonal + fromLeft[b] + toRight[b] + self) - F(diagonal);
        gain -= F(left[b] + _asLeft[w]) - F(left[b]);
        gain -= F(right[b] + _asRight[w]) - F(right[b]);
        return gain;
    }

    private static readonly double[] SmallF = BuildSmallF();

    private static double F(long n) => n < SmallF.Length ? SmallF[n] : n * Math.Log(n);

    private static double[] BuildSmallF()
    {
        var table = new double[1 << 16];
        for (var n = 1; n < table.Length; n++)
        {
            table[n] = n * Math.Log(n);
        }

        return table;
    }

    private static (int[] Start, int[] Target, long[] Count) Csr(int items, IEnumerable<(int From, int To, long Count)> edges)
    {
        var list = edges.ToArray();
        var start = new int[items + 1];
        foreach (var (from, _, _) in list)
        {
            start[from + 1]++;
        }

        for (var i = 0; i < items; i++)
        {
            start[i + 1] += start[i];
        }

        var target = new int[list.Length];
        var count = new long[list.Length];
        var fill = (int[])start.Clone();
        foreach (var (from, to, c) in list)
        {
            target[fill[from]] = to;
            count[fill[from]] = c;
            fill[from]++;
        }

        return (start, target, count);
    }
}
