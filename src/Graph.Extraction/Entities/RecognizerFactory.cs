using Graph.Extraction.Entities.Statistical;
using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Entities;

/// <summary>
/// The recogniser the product uses: the shipped statistical model with gazetteer names as a fallback. The
/// rules alone remain available (<c>GRAPH_NER=rules</c>) for comparison.
/// </summary>
public static class RecognizerFactory
{
    public static IEntityRecognizer Create(Gazetteer gazetteer)
    {
        if (Environment.GetEnvironmentVariable("GRAPH_NER") == "rules") return new RuleBasedRecognizer(gazetteer);
        return new HybridRecognizer(new StatisticalRecognizer(NerModel.LoadDefault()), new RuleBasedRecognizer(gazetteer, gazetteerOnly: true));
    }
}
