using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

/// <summary>CoNLL-style labels a recogniser gives a span, before it is typed and resolved into the graph's entities.</summary>
public static class NerLabels
{
    public const string Person = "PER";
    public const string Organisation = "ORG";
    public const string Location = "LOC";
    public const string Misc = "MISC";
}

/// <summary>A span a recogniser thinks names something: offsets into the article text, a label, and who said so.</summary>
public readonly record struct EntityCandidate(int Start, int End, string Label, double Confidence, string Recognizer);

/// <summary>Finds names in analysed text. Implementations: gazetteer and patterns, the trained model, or both.</summary>
public interface IEntityRecognizer
{
    IReadOnlyList<EntityCandidate> Recognize(AnalyzedText text);
}
