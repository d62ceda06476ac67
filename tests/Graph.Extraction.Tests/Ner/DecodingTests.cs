using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Ner;

public sealed class DecodingTests
{
    [Fact]
    public void ViterbiAlwaysGivesValidBioSequences()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 500; trial++)
        {
            var n = random.Next(1, 30);
            var emissions = RandomArray(random, n * BioLabels.Count, 5);
            var transitions = RandomArray(random, LinearChain.TransitionSize, 5);

            // Make invalid moves attractive: the decoder must still refuse them.
            for (var y = 0; y < BioLabels.Count; y++)
            {
                if (BioLabels.IsInside(y))
                {
                    transitions[LinearChain.TransitionIndex(-1, y)] = 50;
                    transitions[LinearChain.TransitionIndex(0, y)] = 50;
                }
            }

            var labels = new int[n];
            LinearChain.Decode(emissions, n, transitions, labels);
            AssertValid(labels);

            var again = new int[n];
            var confidences = new double[n];
            LinearChain.DecodeWithConfidence(emissions, n, transitions, 2f, again, confidences);
            Assert.Equal(labels, again);
            Assert.All(confidences, c => Assert.InRange(c, 0.0, 1.0));
        }
    }

    [Fact]
    public void NameTokenConfidencesAreTheSoftmaxOfBruteForceMaxMarginals()
    {
        const int L = BioLabels.Count;
        const float temperature = 1.5f;
        var random = new Random(11);
        for (var trial = 0; trial < 60; trial++)
        {
            var n = random.Next(1, 5);
            var emissions = RandomArray(random, n * L, 4);
            var transitions = RandomArray(random, LinearChain.TransitionSize, 4);
            var labels = new int[n];
            var confidences = new double[n];
            LinearChain.DecodeWithConfidence(emissions, n, transitions, temperature, labels, confidences);

            // Every valid sequence, scored: the best one with token i labelled y gives the max-marginal of (i, y).
            var maxMarginal = new double[n * L];
            Array.Fill(maxMarginal, double.NegativeInfinity);
            var sequence = new int[n];
            for (var code = 0; code < (int)Math.Pow(L, n); code++)
            {
                var rest = code;
                for (var i = 0; i < n; i++)
                {
                    sequence[i] = rest % L;
                    rest /= L;
                }

                var valid = true;
                double score = transitions[LinearChain.EndOffset + sequence[n - 1]];
                for (var i = 0; i < n; i++)
                {
                    var previous = i == 0 ? -1 : sequence[i - 1];
                    valid &= BioLabels.IsAllowed(previous, sequence[i]);
                    score += emissions[i * L + sequence[i]] + transitions[LinearChain.TransitionIndex(previous, sequence[i])];
                }

                for (var i = 0; valid && i < n; i++)
                {
                    maxMarginal[i * L + sequence[i]] = Math.Max(maxMarginal[i * L + sequence[i]], score);
                }
            }

            for (var i = 0; i < n; i++)
            {
                if (labels[i] == BioLabels.Outside)
                {
                    Assert.Equal(1.0, confidences[i]);
                    continue;
                }

                var row = maxMarginal.AsSpan(i * L, L).ToArray();
                var max = row.Max();
                var sum = row.Where(m => !double.IsNegativeInfinity(m)).Sum(m => Math.Exp((m - max) / temperature));
                Assert.Equal(Math.Exp((row[labels[i]] - max) / temperature) / sum, confidences[i], 4);
            }
        }
    }

    [Fact]
    public void ViterbiFindsTheBestSequenceOnASmallLattice()
    {
        // Two tokens: the best valid path is B-PER I-PER even though I-PER alone scores higher at the start.
        var emissions = new float[2 * BioLabels.Count];
        emissions[BioLabels.Inside(0)] = 3;
        emissions[BioLabels.Begin(0)] = 2;
        emissions[BioLabels.Count + BioLabels.Inside(0)] = 2;
        var labels = new int[2];
        LinearChain.Decode(emissions, 2, new float[LinearChain.TransitionSize], labels);
        Assert.Equal([BioLabels.Begin(0), BioLabels.Inside(0)], labels);
    }

    [Fact]
    public void SpansReadIobTolerantly()
    {
        // O I-LOC I-LOC B-PER I-ORG : a stray I starts a span, a type change ends one.
        int[] labels = [0, BioLabels.Inside(2), BioLabels.Inside(2), BioLabels.Begin(0), BioLabels.Inside(1)];
        var spans = BioLabels.ToSpans(labels);
        Assert.Equal(
            [new TokenSpan(1, 3, "LOC", 1), new TokenSpan(3, 4, "PER", 1), new TokenSpan(4, 5, "ORG", 1)],
            spans);
    }

    [Fact]
    public void SpansAndLabelsRoundTrip()
    {
        TokenSpan[] spans = [new(0, 2, "PER", 1), new(2, 3, "PER", 1), new(5, 8, "ORG", 1)];
        var labels = new int[9];
        BioLabels.FromSpans(spans, labels);
        Assert.Equal(spans, BioLabels.ToSpans(labels));
    }

    private static float[] RandomArray(Random random, int length, float scale)
    {
        var array = new float[length];
        for (var i = 0; i < length; i++)
        {
            array[i] = (float)((random.NextDouble() * 2 - 1) * scale);
        }

        return array;
    }

    private static void AssertValid(int[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            Assert.True(BioLabels.IsAllowed(i == 0 ? -1 : labels[i - 1], labels[i]), $"invalid label at {i}: {string.Join(' ', labels)}");
        }
    }
}
