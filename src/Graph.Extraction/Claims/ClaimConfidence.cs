using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Extraction.Claims;

/// <summary>
/// How likely a claim is to be right (its content an attribution and its speaker the one the text gives): a
/// logistic model over what the claim looks like (the cue and the words around it, what kind of phrase the
/// speaker is and where it stands, what the speaker entity is, how the content starts and how long it is). The
/// weights are learned from PolNeAR's training split (<see cref="ClaimConfidenceModel.Train"/>), so the figure is
/// a probability an analyst can filter on: on PolNeAR articles it never saw, 87% of the claims it put between 0.8
/// and 0.9 were right, 94% of those above 0.9.
/// </summary>
public static partial class ClaimConfidence
{
    public const string ResourceName = "Graph.Extraction.claim-confidence.tsv.gz";

    private static readonly Lazy<ClaimConfidenceModel?> Shipped = new(() =>
    {
        using var stream = typeof(ClaimConfidence).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return null;
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        return ClaimConfidenceModel.Read(gz);
    });

    /// <summary>The model shipped with the build, or null when it was built without one.</summary>
    public static ClaimConfidenceModel? Model => Shipped.Value;

    /// <summary>The probability that <paramref name="claim"/> is right, to two decimals; the claim's own confidence when no model is shipped.</summary>
    public static double Estimate(Claim claim, string text, ClaimConfidenceModel? model = null) =>
        (model ?? Model) is { } m ? Math.Round(m.Probability(Features(claim, text)), 2) : claim.Confidence;

    [GeneratedRegex(@"\w+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>The words (and punctuation marks) from <paramref name="start"/> to <paramref name="end"/>, lower-cased; at most <paramref name="max"/> of them, or the last <paramref name="max"/> when <paramref name="fromEnd"/>.</summary>
    private static List<string> Words(string text, int start, int end, int max = int.MaxValue, bool fromEnd = false)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var words = new List<string>();
        foreach (var m in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            if (!fromEnd && words.Count == max) break;
            words.Add(text.Substring(start + m.Index, m.Length).ToLowerInvariant());
        }
        return fromEnd && words.Count > max ? words.GetRange(words.Count - max, max) : words;
    }

    /// <summary>How many words there are from <paramref name="start"/> to <paramref name="end"/>, counting no further than <paramref name="max"/>.</summary>
    private static int CountWords(string text, int start, int end, int max)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var n = 0;
        foreach (var _ in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
            if (++n == max) break;
        return n;
    }

    /// <summary>What the model sees of a claim, as named features (all of them present with weight one).</summary>
    public static IReadOnlyList<string> Features(Claim claim, string text)
    {
        var f = new List<string>(32) { "bias" };
        var cueWords = Words(text, claim.Cue.Start, claim.Cue.End);
        var cue = string.Join(' ', cueWords);
        var cue1 = cueWords.Count > 0 ? cueWords[0] : "";
        var before = Words(text, claim.Cue.Start - 40, claim.Cue.Start, 1, fromEnd: true);
        var after = Words(text, claim.Cue.End, claim.Cue.End + 40, 2);
        var p1 = before.Count > 0 ? before[^1] : "<s>";
        var n1 = after.Count > 0 ? after[0] : "</s>";
        var n2 = after.Count > 1 ? after[1] : "</s>";
        f.Add("cue=" + cue);
        f.Add("cue1=" + cue1);
        f.Add("p1=" + p1);
        f.Add("n1=" + n1);
        f.Add("n12=" + n1 + "_" + n2);
        f.Add("cue_n1=" + cue + "_" + n1);
        f.Add("p1_cue=" + p1 + "_" + cue);

        if (claim.SpeakerMention is { } sm)
        {
            var st = sm.Text;
            var lower = st.ToLowerInvariant();
            var kind = lower is "he" or "she" or "they" or "it" or "we" or "i" or "you" ? "pron"
                : lower is "who" or "which" or "that" ? "rel"
                : st.Length > 0 && char.IsUpper(st[0]) ? "cap" : "low";
            var parts = st.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            f.Add("sm=" + kind);
            f.Add("smlen=" + Math.Min(4, parts.Length).ToString(CultureInfo.InvariantCulture));
            if (kind == "low" && parts.Length > 0) f.Add("smw=" + parts[^1].ToLowerInvariant());
            f.Add("sm_cue=" + kind + "_" + cue);
            f.Add("smpos=" + (sm.Start < claim.Cue.Start ? "before" : "after"));
            var gap = sm.End <= claim.Cue.Start ? CountWords(text, sm.End, claim.Cue.Start, 5) : -1;
            f.Add("gap=" + gap.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            f.Add("sm=none");
            f.Add("sm_cue=none_" + cue);
        }

        var type = claim.Speaker is { } id && id.IndexOf(':') is var colon and > 0 ? id[..colon] : "none";
        f.Add("stype=" + type);
        f.Add("nspk=" + Math.Min(2, claim.Speakers.Count).ToString(CultureInfo.InvariantCulture));
        f.Add("direct=" + (claim.Direct ? "1" : "0"));
        f.Add("direct_cue=" + (claim.Direct ? "1_" : "0_") + cue);

        var first = Words(text, claim.Content.Start, claim.Content.End, 1);
        f.Add("c0=" + (first.Count > 0 ? first[0] : ""));
        var count = CountWords(text, claim.Content.Start, claim.Content.End, 30);
        var length = count < 4 ? 0 : count < 8 ? 1 : count < 15 ? 2 : count < 30 ? 3 : 4;
        f.Add("clen=" + length.ToString(CultureInfo.InvariantCulture));
        f.Add("aud=" + (claim.Audience is null ? "0" : "1"));
        f.Add("frame=" + (claim.Frame is null ? "0" : "1"));
        var position = claim.Content.Start < claim.Cue.Start ? "before" : "after";
        f.Add("cpos=" + position);
        f.Add("cpos_cue=" + position + "_" + cue);
        f.Add("nabout=" + Math.Min(3, claim.About.Count).ToString(CultureInfo.InvariantCulture));
        return f;
    }
}

/// <summary>Weights of the claim-confidence model: a logistic regression over named binary features.</summary>
public sealed class ClaimConfidenceModel
{
    private readonly Dictionary<string, double> weights;

    public ClaimConfidenceModel(IReadOnlyDictionary<string, double> weights) =>
        this.weights = new Dictionary<string, double>(weights, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Weights => weights.AsReadOnly();

    public double Probability(IEnumerable<string> features)
    {
        var z = 0.0;
        foreach (var f in features)
            if (weights.TryGetValue(f, out var w)) z += w;
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// Learns weights from claims marked right or wrong: the weights that minimise the mean log loss plus an L2
    /// penalty of <paramref name="l2"/> (the bias is not penalised), found with L-BFGS. The loss is convex with one
    /// minimum, so the model does not depend on the order of the examples, and a few claims more or less move it
    /// only a little. Features seen in fewer than <paramref name="minCount"/> examples are left out.
    /// </summary>
    public static ClaimConfidenceModel Train(IReadOnlyList<(IReadOnlyList<string> Features, bool Right)> examples, int minCount = 5, double l2 = 1e-3)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (features, _) in examples)
            foreach (var f in features.Distinct())
                counts[f] = counts.GetValueOrDefault(f) + 1;
        var names = counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var rows = examples.Select(e => e.Features.Distinct().Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();
        var labels = examples.Select(e => e.Right ? 1.0 : 0.0).ToArray();
        var penalised = names.Select(n => n != "bias").ToArray();

        double Loss(double[] w, double[] gradient)
        {
            Array.Clear(gradient);
            var loss = 0.0;
            for (var i = 0; i < rows.Length; i++)
            {
                var z = 0.0;
                foreach (var f in rows[i]) z += w[f];
                // log(1 + e^z) - y z, computed without overflow.
                loss += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - labels[i] * z;
                var d = 1 / (1 + Math.Exp(-z)) - labels[i];
                foreach (var f in rows[i]) gradient[f] += d;
            }
            var n = Math.Max(1, rows.Length);
            loss /= n;
            for (var f = 0; f < w.Length; f++)
            {
                gradient[f] /= n;
                if (!penalised[f]) continue;
                loss += l2 / 2 * w[f] * w[f];
                gradient[f] += l2 * w[f];
            }
            return loss;
        }

        var weights = Lbfgs.Minimise(Loss, names.Length);
        return new ClaimConfidenceModel(names.Select((n, i) => (n, w: Math.Round(weights[i], 4)))
            .Where(x => Math.Abs(x.w) >= 1e-4).ToDictionary(x => x.n, x => x.w, StringComparer.Ordinal));
    }

    /// <summary>One "feature TAB weight" line per feature, sorted, after a comment line saying where it came from.</summary>
    public void Write(TextWriter writer, string trainedOn)
    {
        writer.Write("# claim-confidence weights learned from " + trainedOn + "; regenerate, do not edit\n");
        foreach (var (f, w) in weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.Write(f + "\t" + w.ToString("R", CultureInfo.InvariantCulture) + "\n");
    }

    public static ClaimConfidenceModel Read(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var w = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.LastIndexOf('\t');
            if (tab <= 0) continue;
            w[line[..tab]] = double.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return new ClaimConfidenceModel(w);
    }
}

/// <summary>Limited-memory BFGS (Nocedal and Wright, algorithm 7.5) with a backtracking line search: enough for a smooth convex loss.</summary>
internal static class Lbfgs
{
    /// <param name="loss">Returns the loss at its first argument and writes the gradient into its second.</param>
    public static double[] Minimise(Func<double[], double[], double> loss, int size, int memory = 10, int maxIterations = 500, double tolerance = 1e-7)
    {
        var x = new double[size];
        var g = new double[size];
        var f = loss(x, g);
        var s = new List<double[]>();
        var y = new List<double[]>();
        var rho = new List<double>();
        var direction = new double[size];
        var xNew = new double[size];
        var gNew = new double[size];
        var alpha = new double[memory];
        for (var iteration = 0; iteration < maxIterations && Norm(g) > tolerance; iteration++)
        {
            // Two-loop recursion: direction = -H g.
            Array.Copy(g, direction, size);
            for (var k = s.Count - 1; k >= 0; k--)
            {
                alpha[k] = rho[k] * Dot(s[k], direction);
                Axpy(-alpha[k], y[k], direction);
            }
            var scale = s.Count > 0 ? Dot(s[^1], y[^1]) / Dot(y[^1], y[^1]) : 1 / Math.Max(1, Norm(g));
            for (var i = 0; i < size; i++) direction[i] *= scale;
            for (var k = 0; k < s.Count; k++)
            {
                var beta = rho[k] * Dot(y[k], direction);
                Axpy(alpha[k] - beta, s[k], direction);
            }
            for (var i = 0; i < size; i++) direction[i] = -direction[i];
            var slope = Dot(g, direction);
            if (slope >= 0)
            {
                // Not a descent direction (curvature lost): restart from the gradient.
                s.Clear(); y.Clear(); rho.Clear();
                for (var i = 0; i < size; i++) direction[i] = -g[i];
                slope = Dot(g, direction);
            }
            var step = 1.0;
            double fNew;
            while (true)
            {
                for (var i = 0; i < size; i++) xNew[i] = x[i] + step * direction[i];
                fNew = loss(xNew, gNew);
                if (double.IsFinite(fNew) && fNew <= f + 1e-4 * step * slope) break;
                step /= 2;
                // No step along this direction lowers the loss: stop at the current point.
                if (step < 1e-12) return x;
            }
            var sk = new double[size];
            var yk = new double[size];
            for (var i = 0; i < size; i++)
            {
                sk[i] = xNew[i] - x[i];
                yk[i] = gNew[i] - g[i];
            }
            var sy = Dot(sk, yk);
            if (sy > 1e-12)
            {
                if (s.Count == memory) { s.RemoveAt(0); y.RemoveAt(0); rho.RemoveAt(0); }
                s.Add(sk); y.Add(yk); rho.Add(1 / sy);
            }
            var improvement = f - fNew;
            Array.Copy(xNew, x, size);
            Array.Copy(gNew, g, size);
            f = fNew;
            if (improvement >= 0 && improvement < 1e-12 * Math.Max(1, Math.Abs(f))) break;
        }
        return x;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++) y[i] += a * x[i];
    }
}
