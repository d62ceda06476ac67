namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// The tagger's label set: <c>O</c> plus <c>B-</c>/<c>I-</c> for each entity type, as small integers so that
/// weights and lattices are flat arrays. Label <c>1 + 2t</c> is B of type <c>t</c>, <c>2 + 2t</c> is I of it.
/// </summary>
public static class BioLabels
{
    /// <summary>Entity types in label order.</summary>
    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>Number of labels (O + B/I per type).</summary>
    public const int Count = 9;

    /// <summary>The outside label.</summary>
    public const int Outside = 0;

    /// <summary>Label names, indexed by label id.</summary>
    public static readonly IReadOnlyList<string> Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    /// <summary>Type index of a label, or -1 for O.</summary>
    public static int TypeOf(int label) => label == 0 ? -1 : (label - 1) / 2;

    /// <summary>True for a B- label.</summary>
    public static bool IsBegin(int label) => label != 0 && (label - 1) % 2 == 0;

    /// <summary>True for an I- label.</summary>
    public static bool IsInside(int label) => label != 0 && (label - 1) % 2 == 1;

    /// <summary>B- label of a type index.</summary>
    public static int Begin(int type) => 1 + 2 * type;

    /// <summary>I- label of a type index.</summary>
    public static int Inside(int type) => 2 + 2 * type;

    /// <summary>
    /// Whether <paramref name="next"/> may follow <paramref name="previous"/> in IOB2
    /// (<paramref name="previous"/> = -1 at sentence start): I-X only continues B-X or I-X.
    /// </summary>
    public static bool IsAllowed(int previous, int next)
    {
        if (!IsInside(next))
        {
            return true;
        }

        return previous >= 0 && previous != 0 && TypeOf(previous) == TypeOf(next);
    }

    /// <summary>Parses a CoNLL tag (IOB1 or IOB2 spelling) into a label id; unknown types become O.</summary>
    public static int Parse(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return Outside;
        }

        var type = IndexOfType(tag.AsSpan(2));
        if (type < 0)
        {
            return Outside;
        }

        return tag[0] == 'B' ? Begin(type) : Inside(type);
    }

    /// <summary>Index of a type name, or -1.</summary>
    public static int IndexOfType(ReadOnlySpan<char> type)
    {
        for (var t = 0; t < Types.Count; t++)
        {
            if (type.SequenceEqual(Types[t]))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads spans out of a label sequence. Tolerant of invalid sequences (an I- after O or after another type
    /// starts a new span), so that it gives the conlleval reading of any input.
    /// </summary>
    public static List<TokenSpan> ToSpans(ReadOnlySpan<int> labels, ReadOnlySpan<double> confidences = default)
    {
        var spans = new List<TokenSpan>();
        var start = -1;
        var type = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : Outside;
            var continues = IsInside(label) && TypeOf(label) == type && start >= 0;
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                spans.Add(new TokenSpan(start, i, Types[type], SpanConfidence(confidences, start, i)));
                start = -1;
                type = -1;
            }

            if (label != Outside)
            {
                start = i;
                type = TypeOf(label);
            }
        }

        return spans;
    }

    /// <summary>Writes IOB2 labels for spans into <paramref name="labels"/> (which is first cleared to O).</summary>
    public static void FromSpans(IEnumerable<TokenSpan> spans, Span<int> labels)
    {
        labels.Clear();
        foreach (var span in spans)
        {
            var type = IndexOfType(span.Label);
            if (type < 0)
            {
                continue;
            }

            labels[span.Start] = Begin(type);
            for (var i = span.Start + 1; i < span.End; i++)
            {
                labels[i] = Inside(type);
            }
        }
    }

    private static double SpanConfidence(ReadOnlySpan<double> confidences, int start, int end)
    {
        if (confidences.IsEmpty)
        {
            return 1.0;
        }

        var min = 1.0;
        for (var i = start; i < end; i++)
        {
            min = Math.Min(min, confidences[i]);
        }

        return min;
    }
}
