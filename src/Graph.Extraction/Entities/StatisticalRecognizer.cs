using Graph.Extraction.Entities.Statistical;
using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

/// <summary>
/// Names from the trained sequence tagger (<see cref="NerModel"/>): each article is tagged as one document, so
/// the model's document-level features see every sentence. Token offsets become character offsets.
/// </summary>
public sealed class StatisticalRecognizer(NerModel model) : IEntityRecognizer
{
    public const string Name = "model";

    public IReadOnlyList<EntityCandidate> Recognize(AnalyzedText text)
    {
        var sentences = text.Sentences;
        var tokens = new IReadOnlyList<string>[sentences.Count];
        var recased = TitleCase.Recase(text, model.Resources);
        for (var i = 0; i < sentences.Count; i++)
        {
            var toks = sentences[i].Tokens;
            var words = new string[toks.Count];
            for (var k = 0; k < toks.Count; k++) words[k] = ForModel(recased[i]?[k] ?? toks[k].Text);
            tokens[i] = words;
        }
        var tagged = model.Tag(tokens);
        var found = new List<EntityCandidate>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var toks = sentences[i].Tokens;
            foreach (var span in tagged[i])
                found.Add(new EntityCandidate(toks[span.Start].Start, toks[span.End - 1].End, span.Label, span.Confidence, Name));
        }
        return found;
    }

    /// <summary>The training corpus has only straight quotes and apostrophes; typographic ones are mapped to them.</summary>
    private static string ForModel(string token) => token switch
    {
        "\u201C" or "\u201D" or "\u201E" or "\u00AB" or "\u00BB" => "\"",
        "\u2018" or "\u2019" => "'",
        _ when token.Contains('\u2019') => token.Replace('\u2019', '\''),
        _ => token,
    };
}

/// <summary>
/// The recogniser the product uses: the trained model's spans, plus gazetteer names (countries, cities,
/// well-known institutions, demonyms) where the model found nothing, so a country the model missed is still
/// a country.
/// </summary>
public sealed class HybridRecognizer(StatisticalRecognizer model, RuleBasedRecognizer rules) : IEntityRecognizer
{
    public IReadOnlyList<EntityCandidate> Recognize(AnalyzedText text)
    {
        var fromModel = model.Recognize(text);
        var result = new List<EntityCandidate>(fromModel);
        foreach (var g in rules.Recognize(text))
        {
            if (g.Confidence < 0.9) continue;
            if (Overlaps(fromModel, g)) continue;
            result.Add(g with { Confidence = 0.8 });
        }
        return result;
    }

    private static bool Overlaps(IReadOnlyList<EntityCandidate> found, EntityCandidate candidate)
    {
        foreach (var m in found)
            if (m.Start < candidate.End && candidate.Start < m.End) return true;
        return false;
    }
}
