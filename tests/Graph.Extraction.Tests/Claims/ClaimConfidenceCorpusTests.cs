using System.IO.Compression;
using Graph.Extraction.Claims;
using Graph.Extraction.Evaluation;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// The claim confidence is a model learned from PolNeAR's training split (<c>Resources/claims/claim-confidence.tsv.gz</c>:
/// feature names and weights only). Run the train test with UPDATE_CONFIDENCE=1 to retrain it from the current
/// extraction and rewrite the file; without it, the test checks the shipped model still agrees with what training
/// gives today. The dev test checks what an analyst relies on: on articles the model never saw, claims it rates
/// higher are right more often, and its figure is close to how often they are. Skipped, saying why, where
/// ../shared is absent.
/// </summary>
public sealed class ClaimConfidenceCorpusTests
{
    private static List<(IReadOnlyList<string> Features, bool Right, double Confidence)> Examples(string split)
    {
        var examples = new List<(IReadOnlyList<string>, bool, double)>();
        foreach (var article in BratAttributions.LoadCorpus(PolnearPaths.Split(split)!))
        {
            var graph = Extract.From(article.Text);
            var score = ClaimScorer.Score(article.Text, article.Attributions, graph.Claims, graph.Entities);
            for (var i = 0; i < graph.Claims.Count; i++)
                examples.Add((ClaimConfidence.Features(graph.Claims[i], article.Text), score.Right[i], graph.Claims[i].Confidence));
        }
        return examples;
    }

    [PolnearFact("train")]
    public void Shipped_model_is_what_training_on_the_current_extraction_gives()
    {
        var examples = Examples("train");
        var trained = ClaimConfidenceModel.Train(examples.Select(e => (e.Features, e.Right)).ToList());
        if (Environment.GetEnvironmentVariable("UPDATE_CONFIDENCE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(PolnearPaths.ClaimConfidenceResource)!);
            using var file = File.Create(PolnearPaths.ClaimConfidenceResource);
            using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
            using var writer = new StreamWriter(gz, new System.Text.UTF8Encoding(false));
            trained.Write(writer, "../shared/data/polnear/train");
            return;
        }
        var shipped = ClaimConfidence.Model;
        Assert.NotNull(shipped);
        // Not equal to the last digit (a rule change moves a few claims), but close: retrain when this fails.
        var drift = examples.Average(e => Math.Abs(trained.Probability(e.Features) - shipped!.Probability(e.Features)));
        Assert.True(drift < 0.03, $"the shipped claim-confidence model is stale (mean difference {drift:F3}); run with UPDATE_CONFIDENCE=1");
    }

    [PolnearFact("dev")]
    public void On_unseen_articles_higher_confidence_means_right_more_often_and_the_figure_is_calibrated()
    {
        var examples = Examples("dev");
        Assert.True(examples.Count > 1000);
        // Ranking: the chance that a right claim is rated above a wrong one (area under the ROC curve).
        var right = examples.Where(e => e.Right).Select(e => e.Confidence).ToList();
        var wrong = examples.Where(e => !e.Right).Select(e => e.Confidence).ToList();
        double above = 0;
        foreach (var r in right)
            foreach (var w in wrong)
                above += r > w ? 1 : r == w ? 0.5 : 0;
        var auc = above / ((double)right.Count * wrong.Count);
        Assert.True(auc > 0.76, $"AUC {auc:F3}");
        // High-confidence claims are right far more often than low-confidence ones.
        var high = examples.Where(e => e.Confidence >= 0.8).ToList();
        var low = examples.Where(e => e.Confidence < 0.5).ToList();
        var highRight = high.Count(e => e.Right) / (double)high.Count;
        var lowRight = low.Count(e => e.Right) / (double)low.Count;
        Assert.True(high.Count > 300 && low.Count > 50, $"{high.Count} high, {low.Count} low");
        Assert.True(highRight > 0.85 && lowRight < 0.5, $"right at >= 0.8: {highRight:P1}; below 0.5: {lowRight:P1}");
        // Calibration: the mean confidence is close to the share right, overall and among the high ones.
        var overall = examples.Average(e => e.Confidence) - examples.Count(e => e.Right) / (double)examples.Count;
        var atHigh = high.Average(e => e.Confidence) - highRight;
        Assert.True(Math.Abs(overall) < 0.05 && Math.Abs(atHigh) < 0.05, $"mean confidence minus share right: {overall:F3} overall, {atHigh:F3} at >= 0.8");
    }
}
