using Graph.Extraction.Evaluation;

namespace Graph.Extraction.Tests.Ner;

public sealed class NerScorerTests
{
    [Fact]
    public void CountsExactSpanAndTypeMatchesAndDropsMisc()
    {
        var scorer = new NerScorer();

        // Sentence 1: PER right, ORG with a wrong boundary, LOC predicted as ORG, MISC ignored on both sides.
        scorer.Add(
            [new(0, 2, "PER"), new(5, 8, "ORG"), new(10, 11, "LOC"), new(12, 13, "MISC")],
            [new(0, 2, "PER"), new(5, 7, "ORG"), new(10, 11, "ORG"), new(14, 15, "MISC")]);

        // Sentence 2: LOC right, one spurious PER.
        scorer.Add([new(3, 4, "LOC")], [new(3, 4, "LOC"), new(6, 7, "PER")]);

        var score = scorer.Score();
        Assert.Equal(4, score.Overall.Gold);
        Assert.Equal(5, score.Overall.Predicted);
        Assert.Equal(2, score.Overall.Correct);
        Assert.Equal(0.4, score.Overall.Precision, 10);
        Assert.Equal(0.5, score.Overall.Recall, 10);
        Assert.Equal(2 * 0.4 * 0.5 / 0.9, score.Overall.F1, 10);

        var per = score.PerType.Single(t => t.Type == "PER");
        Assert.Equal((1, 2, 1), (per.Gold, per.Predicted, per.Correct));
        var org = score.PerType.Single(t => t.Type == "ORG");
        Assert.Equal((1, 2, 0), (org.Gold, org.Predicted, org.Correct));
        Assert.Equal(0, org.F1);
        var loc = score.PerType.Single(t => t.Type == "LOC");
        Assert.Equal((2, 1, 1), (loc.Gold, loc.Predicted, loc.Correct));
        Assert.DoesNotContain(score.PerType, t => t.Type == "MISC");
    }

    [Fact]
    public void ReportListsEachTypeAndTheOverallLine()
    {
        var scorer = new NerScorer();
        scorer.Add([new(0, 1, "PER")], [new(0, 1, "PER")]);
        var report = scorer.Score().Report();
        Assert.Contains("PER", report);
        Assert.Contains("overall", report);
        Assert.Contains("100.00", report);
    }

    [Fact]
    public void EmptyInputScoresZeroWithoutDividingByZero()
    {
        var score = new NerScorer().Score();
        Assert.Equal(0, score.Overall.F1);
    }
}
