using Graph.Extraction.Entities;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>Resolves a passage from candidates given as a model might tag them, so a test does not depend on the trained model.</summary>
internal static class Tagged
{
    /// <summary>Each tag is the <c>Nth</c> (from 0) occurrence of <c>Span</c> in the text, with the model's label.</summary>
    public static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Resolve(text, 0.9, tags);

    /// <summary>As <see cref="Resolve(string, (string, string, int)[])"/>, with the model's confidence in every tag.</summary>
    public static ResolvedEntities Resolve(string text, double confidence, params (string Span, string Label, int Nth)[] tags)
    {
        var candidates = tags.Select(t =>
        {
            var at = -1;
            for (var i = 0; i <= t.Nth; i++) at = text.IndexOf(t.Span, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, t.Span);
            return new EntityCandidate(at, at + t.Span.Length, t.Label, confidence, "test");
        }).ToList();
        return new EntityResolver(Gazetteer.Default).Resolve(SentenceSplitter.Analyze(text), candidates, "a1");
    }
}
