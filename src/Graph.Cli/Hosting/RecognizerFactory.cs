using Graph.Extraction.Entities;
using Graph.Extraction.Gazetteers;

namespace Graph.Cli.Hosting;

/// <summary>Chooses the entity recogniser: the trained model with gazetteer checks when it ships, the rules otherwise.</summary>
public static class RecognizerFactory
{
    public static IEntityRecognizer Create(Gazetteer gazetteer) => new RuleBasedRecognizer(gazetteer);
}
