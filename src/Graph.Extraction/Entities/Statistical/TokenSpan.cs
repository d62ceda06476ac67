namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// A named-entity span over a sentence's tokens: token indices <c>[Start, End)</c>, the entity type
/// (<c>PER</c>, <c>ORG</c>, <c>LOC</c> or <c>MISC</c>) and a confidence in [0, 1].
/// </summary>
/// <remarks>
/// <see cref="Confidence"/> is the lowest, over the span's tokens, of the softmax of the tagger's max-marginal
/// scores (the best whole-sentence score with that token's label fixed), at a temperature fitted on the
/// development set at training time. It behaves like the probability that every token of the span got the
/// right label: near 1 when no alternative labelling comes close, about 0.5 when one nearly ties.
/// </remarks>
public readonly record struct TokenSpan(int Start, int End, string Label, double Confidence)
{
    /// <summary>Number of tokens in the span.</summary>
    public int Length => End - Start;
}
