using Graph.Extraction.Entities;
using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Tests;

/// <summary>The recogniser the product uses, so tests check what users get.</summary>
internal static class RecognizerForTests
{
    public static IEntityRecognizer Create() => RecognizerFactory.Create(Gazetteer.Default);
}
