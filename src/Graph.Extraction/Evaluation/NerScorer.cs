using System.Globalization;
using System.Text;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// An entity mention to score: offsets (token indices or UTF-16 character offsets, end exclusive; the scorer
/// only compares them) and a type such as <c>PER</c>.
/// </summary>
public readonly record struct ScoredSpan(int Start, int End, string Type);

/// <summary>Counts and micro precision/recall/F1 for one type, or for all scored types together.</summary>
public sealed record NerTypeScore(string Type, int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold (0 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The result of scoring: overall micro figures and one line per type.</summary>
public sealed record NerScore(NerTypeScore Overall, IReadOnlyList<NerTypeScore> PerType)
{
    /// <summary>A conlleval-like table.</summary>
    public string Report()
    {
        var builder = new StringBuilder();
        builder.AppendLine("type       gold   pred  correct  precision  recall      F1");
        foreach (var line in PerType.Append(Overall))
        {
            builder.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{line.Type,-8} {line.Gold,6} {line.Predicted,6} {line.Correct,8} {line.Precision * 100,10:F2} {line.Recall * 100,7:F2} {line.F1 * 100,7:F2}"));
        }

        return builder.ToString();
    }
}

/// <summary>
/// conlleval-style scoring of named entities: a predicted mention counts only when its start, end and type all
/// equal a gold mention's in the same unit (sentence or document). Figures are micro-averaged. Only the
/// scored types count (by default PER, ORG and LOC: MISC is dropped from gold and predictions alike).
/// Not thread-safe; use one scorer per evaluation run.
/// </summary>
public sealed class NerScorer
{
    /// <summary>The types scored by this project's entity evaluation.</summary>
    public static readonly IReadOnlyList<string> DefaultTypes = ["PER", "ORG", "LOC"];

    private readonly string[] _types;
    private readonly int[] _gold;
    private readonly int[] _predicted;
    private readonly int[] _correct;

    /// <summary>Creates a scorer for <paramref name="types"/> (default <see cref="DefaultTypes"/>).</summary>
    public NerScorer(IEnumerable<string>? types = null)
    {
        _types = (types ?? DefaultTypes).Distinct(StringComparer.Ordinal).ToArray();
        if (_types.Length == 0)
        {
            throw new ArgumentException("At least one type must be scored.", nameof(types));
        }

        _gold = new int[_types.Length];
        _predicted = new int[_types.Length];
        _correct = new int[_types.Length];
    }

    /// <summary>Adds one unit's gold and predicted mentions. Duplicate mentions within a unit count once.</summary>
    public void Add(IEnumerable<ScoredSpan> gold, IEnumerable<ScoredSpan> predicted)
    {
        var goldSet = gold.Where(IsScored).ToHashSet();
        var predictedSet = predicted.Where(IsScored).ToHashSet();
        foreach (var span in goldSet)
        {
            _gold[IndexOf(span.Type)]++;
        }

        foreach (var span in predictedSet)
        {
            var index = IndexOf(span.Type);
            _predicted[index]++;
            if (goldSet.Contains(span))
            {
                _correct[index]++;
            }
        }
    }

    /// <summary>The figures so far.</summary>
    public NerScore Score()
    {
        var perType = _types.Select((t, i) => new NerTypeScore(t, _gold[i], _predicted[i], _correct[i])).ToArray();
        var overall = new NerTypeScore("overall", _gold.Sum(), _predicted.Sum(), _correct.Sum());
        return new NerScore(overall, perType);
    }

    private bool IsScored(ScoredSpan span) => Array.IndexOf(_types, span.Type) >= 0;

    private int IndexOf(string type) => Array.IndexOf(_types, type);
}
