using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests;

/// <summary>
/// A recogniser that labels the given names as told, wherever they occur: it stands in for the model's mistakes
/// ("Labour" tagged as a person) so the stages after it can be tested on them.
/// </summary>
internal sealed class FixedLabels(params (string Name, string Label)[] names) : IEntityRecognizer
{
    public IReadOnlyList<EntityCandidate> Recognize(AnalyzedText text) =>
        names.SelectMany(n => Occurrences(text.Text, n.Name).Select(i => new EntityCandidate(i, i + n.Name.Length, n.Label, 0.9, "test")))
            .OrderBy(c => c.Start).ToList();

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal)) yield return i;
    }

    public static ArticleGraph Extract(string text, params (string Name, string Label)[] names) =>
        new ArticleExtractor(new FixedLabels(names), Gazetteer.Default)
            .Extract(new SourceDocument { Source = "test.txt", Text = text, MediaType = "text/plain" });
}
