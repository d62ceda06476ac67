using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Ner;

public sealed class NerTrainerTests
{
    // A toy corpus written for this test: enough to exercise every training step in well under a second.
    private static IReadOnlyList<ConllDocument> Corpus()
    {
        string[][] people = [["Maria", "Lopez"], ["Tom", "Okafor"], ["Li", "Wei"], ["Anna", "Berg"]];
        string[] places = ["Lisbon", "Lagos", "Oslo", "Quito"];
        string[] orgs = ["Acme", "Borealis", "Cobalt", "Dynamo"];
        var documents = new List<ConllDocument>();
        for (var d = 0; d < 8; d++)
        {
            var sentences = new List<ConllSentence>();
            for (var k = 0; k < 4; k++)
            {
                var person = people[(d + k) % 4];
                var place = places[(d * 3 + k) % 4];
                var org = orgs[(d + 2 * k) % 4];
                sentences.Add(new ConllSentence(
                    [person[0], person[1], "of", org, "Corp", "arrived", "in", place, "."],
                    ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"]));
            }

            documents.Add(new ConllDocument(sentences));
        }

        return documents;
    }

    private static NerTrainingOptions Options() => new()
    {
        Epochs = 3,
        StageTwoEpochs = 2,
        Folds = 2,
        ClusterCount = 0,
        LowerCaseFraction = 0.2,
        UpperCaseFraction = 0.2,
        MaxParallelism = 2,
        EnsembleSize = 2,
        PruneThreshold = 0,
    };

    [Fact]
    public void TrainingIsDeterministicAndLearns()
    {
        var corpus = Corpus();
        var log = new List<string>();
        var first = NerTrainer.Train(corpus.Take(6).ToArray(), corpus.Skip(6).ToArray(), Options(), log.Add);
        var second = NerTrainer.Train(corpus.Take(6).ToArray(), corpus.Skip(6).ToArray(), Options(), _ => { });

        Assert.Equal(Bytes(first), Bytes(second));
        Assert.Contains(log, line => line.Contains("stage 1 epoch  3") && line.Contains("PER"));
        Assert.True(NerTrainer.Evaluate(first, corpus.Skip(6).ToArray()).Overall.F1 > 0.9);
    }

    [Fact]
    public void OptionsRejectNonsense()
    {
        var options = new NerTrainingOptions();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => options.Epochs = 0);
        Assert.Equal("Epochs", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Folds = 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.LowerCaseFraction = 1.5);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.ClusterCount = 3);
    }

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
