using System.Diagnostics;
using System.Globalization;
using Graph.Extraction.Evaluation;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Trains <see cref="NerModel"/> from CoNLL-2003-style documents: builds word clusters and usual casing from raw
/// text, trains stage one, produces jack-knifed stage-one labels for the training set, trains stage two on them,
/// then prunes, quantises and calibrates confidences on the development set. Deterministic for a given seed.
/// </summary>
public static class NerTrainer
{
    // Jack-knife models run one perceptron each; the folds themselves already run in parallel.
    private static readonly NerTrainingOptions SingleRun = new() { EnsembleSize = 1, MaxParallelism = 1 };

    /// <summary>Trains a model; <paramref name="log"/> receives progress and dev P/R/F1 per type after each epoch.</summary>
    public static NerModel Train(
        IReadOnlyList<ConllDocument> trainDocs, IReadOnlyList<ConllDocument> devDocs, NerTrainingOptions options, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(trainDocs);
        ArgumentNullException.ThrowIfNull(devDocs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var clock = Stopwatch.StartNew();
        string Elapsed() => clock.Elapsed.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture) + "s";

        var resources = WordResourceBuilder.Build(trainDocs, options, log);
        log($"[{Elapsed()}] resources: {resources.Clusters.Count} clustered words, {resources.UsualForms.Count} usual forms, {resources.Lexicon.Count} list entries");

        var (augmented, origins) = Augment(trainDocs, options);
        var train = augmented.Select(d => new PreparedDocument(d, resources)).ToArray();
        var dev = devDocs.Select(d => new PreparedDocument(d, resources)).ToArray();
        log($"[{Elapsed()}] features: {train.Length} training documents ({trainDocs.Count} + {train.Length - trainDocs.Count} re-cased copies)");

        var index1 = FeatureIndex.Build(train.SelectMany(d => d.StageOneFeatures()), options.MinFeatureCount);
        var train1 = train.Select(d => d.Index(index1, stage: 1)).ToArray();
        var dev1 = dev.Select(d => d.Index(index1, stage: 1)).ToArray();
        log($"[{Elapsed()}] stage one: {index1.Count} features");
        var stageOne = TrainStage("stage 1", index1.Count, train1, dev1, dev, options.Epochs, options.Seed, options, log);

        if (options.StageTwoEpochs == 0)
        {
            return Finish(resources, Pack(index1, stageOne, options.PruneThreshold), null, dev, log);
        }

        // Stage two must learn from stage-one labels as good (and as wrong) as those it will see at run time,
        // so each training document is labelled by a stage-one model trained without it.
        var folds = options.Folds;
        var heldOut = new int[train.Length][][];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism }, fold =>
        {
            var trainIn = Enumerable.Range(0, train.Length).Where(d => origins[d] % folds != fold).ToArray();
            var model = TrainStage(null, index1.Count, trainIn.Select(d => train1[d]).ToArray(), [], [], options.Epochs, options.Seed + fold + 1, SingleRun, null);
            for (var d = 0; d < train.Length; d++)
            {
                if (origins[d] % folds == fold)
                {
                    heldOut[d] = train1[d].Select(s => AveragedPerceptron.Decode(s, model.Weights, model.Transitions)).ToArray();
                }
            }
        });
        log($"[{Elapsed()}] jack-knife labels from {folds} folds: {Score(train, heldOut).Overall.F1 * 100:F2} F1 on training data");

        for (var d = 0; d < train.Length; d++)
        {
            train[d].SetStageOne(heldOut[d]);
        }

        for (var d = 0; d < dev.Length; d++)
        {
            dev[d].SetStageOne(dev1[d].Select(s => AveragedPerceptron.Decode(s, stageOne.Weights, stageOne.Transitions)).ToArray());
        }

        var index2 = FeatureIndex.Build(train.SelectMany(d => d.StageTwoFeatures()), options.MinFeatureCount);
        var train2 = train.Select(d => d.Index(index2, stage: 2)).ToArray();
        var dev2 = dev.Select(d => d.Index(index2, stage: 2)).ToArray();
        log($"[{Elapsed()}] stage two: {index2.Count} features");
        var stageTwo = TrainStage("stage 2", index2.Count, train2, dev2, dev, options.StageTwoEpochs, options.Seed, options, log);

        var model2 = Finish(resources, Pack(index1, stageOne, options.PruneThreshold), Pack(index2, stageTwo, options.PruneThreshold), dev, log);
        log($"[{Elapsed()}] done");
        return model2;
    }

    /// <summary>Scores a model on documents (gold tokenisation), PER/ORG/LOC exact spans.</summary>
    public static NerScore Evaluate(NerModel model, IReadOnlyList<ConllDocument> documents)
    {
        var scorer = new NerScorer();
        foreach (var document in documents)
        {
            var predicted = model.Tag(document.TokenLists());
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                scorer.Add(
                    document.Sentences[s].Spans().Select(x => new ScoredSpan(x.Start, x.End, x.Label)),
                    predicted[s].Select(x => new ScoredSpan(x.Start, x.End, x.Label)));
            }
        }

        return scorer.Score();
    }

    private static NerModel Finish(WordResources resources, StageWeights first, StageWeights? second, PreparedDocument[] dev, Action<string> log)
    {
        // Round-trip through the file format so the returned model is exactly what Save/Load will give.
        var temperature = 1f;
        var model = RoundTrip(new NerModel(resources, first, second, temperature));
        if (dev.Length > 0)
        {
            temperature = Calibrate(model, dev);
            model = model.WithTemperature(temperature);
            var docs = dev.Select(d => d.Document).ToArray();
            log($"final model: {model.FeatureCount} features, confidence temperature {temperature:F2}, dev (gold tokens):");
            log(Evaluate(model, docs).Report());
        }

        return model;
    }

    private static NerModel RoundTrip(NerModel model)
    {
        using var memory = new MemoryStream();
        model.Save(memory);
        memory.Position = 0;
        return NerModel.Load(memory);
    }

    // Chooses the temperature that makes span confidences best predict whether a span is right (log loss).
    private static float Calibrate(NerModel model, PreparedDocument[] dev)
    {
        var best = 1f;
        var bestLoss = double.MaxValue;
        foreach (var temperature in new[] { 0.5f, 1f, 2f, 3f, 4f, 6f, 8f, 12f, 16f, 24f, 32f, 48f })
        {
            var candidate = model.WithTemperature(temperature);
            var loss = 0.0;
            var count = 0;
            foreach (var document in dev)
            {
                var predicted = candidate.Tag(document.Document.TokenLists());
                for (var s = 0; s < predicted.Count; s++)
                {
                    var gold = document.Document.Sentences[s].Spans().Select(x => (x.Start, x.End, x.Label)).ToHashSet();
                    foreach (var span in predicted[s])
                    {
                        var p = Math.Clamp(span.Confidence, 1e-6, 1 - 1e-6);
                        loss -= gold.Contains((span.Start, span.End, span.Label)) ? Math.Log(p) : Math.Log(1 - p);
                        count++;
                    }
                }
            }

            loss /= Math.Max(1, count);
            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = temperature;
            }
        }

        return best;
    }

    private static StageWeights Pack(FeatureIndex index, (float[] Weights, float[] Transitions) trained, float threshold)
    {
        const int L = LinearChain.L;
        var features = new List<ulong>();
        var weights = new List<float>();
        for (var row = 0; row < index.Count; row++)
        {
            var keep = false;
            for (var y = 0; y < L; y++)
            {
                keep |= Math.Abs(trained.Weights[row * L + y]) > threshold;
            }

            if (!keep)
            {
                continue;
            }

            features.Add(index.Keys[row]);
            for (var y = 0; y < L; y++)
            {
                var w = trained.Weights[row * L + y];
                weights.Add(Math.Abs(w) > threshold ? w : 0f);
            }
        }

        return new StageWeights(features, weights.ToArray(), trained.Transitions);
    }

    private static (float[] Weights, float[] Transitions) TrainStage(
        string? name, int featureCount, IndexedSentence[][] train, IndexedSentence[][] dev, PreparedDocument[] devDocs,
        int epochs, int seed, NerTrainingOptions options, Action<string>? log)
    {
        var sentences = train.SelectMany(d => d).Where(s => s.Length > 0).ToArray();

        // Several perceptrons trained on different orders and averaged: each is an average already, and their
        // mean smooths what the order of examples did to any one of them.
        var runs = options.EnsembleSize;
        var perceptrons = Enumerable.Range(0, runs).Select(_ => new AveragedPerceptron(featureCount)).ToArray();
        var randoms = Enumerable.Range(0, runs).Select(r => new Random(seed + 7919 * r)).ToArray();
        var orders = Enumerable.Range(0, runs).Select(_ => Enumerable.Range(0, sentences.Length).ToArray()).ToArray();
        var mistakes = new int[runs];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism }, r =>
            {
                randoms[r].Shuffle(orders[r]);
                mistakes[r] = perceptrons[r].Epoch(sentences, orders[r]);
            });
            if (log is null || dev.Length == 0)
            {
                continue;
            }

            var (weights, transitions) = Mean(perceptrons);
            var predicted = dev.Select(d => d.Select(s => AveragedPerceptron.Decode(s, weights, transitions)).ToArray()).ToArray();
            var score = Score(devDocs, predicted);
            var perType = string.Join("  ", score.PerType.Select(t => $"{t.Type} {t.Precision * 100:F1}/{t.Recall * 100:F1}/{t.F1 * 100:F2}"));
            log($"{name} epoch {epoch,2}: {mistakes.Sum()} mistagged sentences; dev P/R/F1 {perType}  overall {score.Overall.Precision * 100:F2}/{score.Overall.Recall * 100:F2}/{score.Overall.F1 * 100:F2}");
        }

        return Mean(perceptrons);
    }

    private static (float[] Weights, float[] Transitions) Mean(AveragedPerceptron[] perceptrons)
    {
        var (weights, transitions) = perceptrons[0].Averaged();
        for (var r = 1; r < perceptrons.Length; r++)
        {
            var (w, t) = perceptrons[r].Averaged();
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] += w[i];
            }

            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] += t[i];
            }
        }

        if (perceptrons.Length > 1)
        {
            var scale = 1f / perceptrons.Length;
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] *= scale;
            }

            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] *= scale;
            }
        }

        return (weights, transitions);
    }

    private static NerScore Score(IReadOnlyList<PreparedDocument> documents, int[][][] predicted)
    {
        var scorer = new NerScorer();
        for (var d = 0; d < documents.Count; d++)
        {
            var sentences = documents[d].Document.Sentences;
            for (var s = 0; s < sentences.Count; s++)
            {
                scorer.Add(
                    sentences[s].Spans().Select(x => new ScoredSpan(x.Start, x.End, x.Label)),
                    BioLabels.ToSpans(predicted[d][s]).Select(x => new ScoredSpan(x.Start, x.End, x.Label)));
            }
        }

        return scorer.Score();
    }

    // Re-cased copies of some documents teach the model that names exist without capitals, and in capitals.
    private static (ConllDocument[] Documents, int[] Origins) Augment(IReadOnlyList<ConllDocument> documents, NerTrainingOptions options)
    {
        var result = new List<ConllDocument>(documents);
        var origins = Enumerable.Range(0, documents.Count).ToList();
        var random = new Random(options.Seed);
        for (var d = 0; d < documents.Count; d++)
        {
            var draw = random.NextDouble();
            Func<string, string>? recase = draw < options.LowerCaseFraction
                ? static t => t.ToLowerInvariant()
                : draw < options.LowerCaseFraction + options.UpperCaseFraction ? static t => t.ToUpperInvariant() : null;
            if (recase is null)
            {
                continue;
            }

            result.Add(new ConllDocument(documents[d].Sentences
                .Select(s => new ConllSentence(s.Tokens.Select(recase).ToArray(), s.Tags)).ToArray()));
            origins.Add(d);
        }

        return (result.ToArray(), origins.ToArray());
    }

    /// <summary>A document with its features computed once for both stages.</summary>
    private sealed class PreparedDocument
    {
        private readonly DocumentFeatures _features;
        private readonly ulong[][] _stageOne;
        private readonly int[][] _stageOneOffsets;
        private ulong[][]? _stageTwo;
        private int[][]? _stageTwoOffsets;

        public PreparedDocument(ConllDocument document, WordResources resources)
        {
            Document = document;
            _features = new DocumentFeatures(document.TokenLists(), resources, null);
            var buffer = new FeatureBuffer();
            _stageOne = new ulong[document.Sentences.Count][];
            _stageOneOffsets = new int[document.Sentences.Count][];
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                (_stageOne[s], _stageOneOffsets[s]) = Collect(document.Sentences[s].Tokens.Count, buffer, (i, b) => _features.StageOne(s, i, b));
            }
        }

        public ConllDocument Document { get; }

        public IEnumerable<ReadOnlyMemory<ulong>> StageOneFeatures() => _stageOne.Select(f => (ReadOnlyMemory<ulong>)f);

        public IEnumerable<ReadOnlyMemory<ulong>> StageTwoFeatures() => _stageTwo!.Select(f => (ReadOnlyMemory<ulong>)f);

        public void SetStageOne(int[][] labels)
        {
            _features.SetStageOne(labels);
            var buffer = new FeatureBuffer();
            _stageTwo = new ulong[labels.Length][];
            _stageTwoOffsets = new int[labels.Length][];
            for (var s = 0; s < labels.Length; s++)
            {
                var stageOne = _stageOne[s];
                var offsets = _stageOneOffsets[s];
                (_stageTwo[s], _stageTwoOffsets[s]) = Collect(labels[s].Length, buffer, (i, b) =>
                {
                    foreach (var f in stageOne.AsSpan(offsets[i], offsets[i + 1] - offsets[i]))
                    {
                        b.Add(f);
                    }

                    _features.StageTwo(s, i, b);
                });
            }
        }

        public IndexedSentence[] Index(FeatureIndex index, int stage)
        {
            var features = stage == 1 ? _stageOne : _stageTwo!;
            var offsets = stage == 1 ? _stageOneOffsets : _stageTwoOffsets!;
            var result = new IndexedSentence[features.Length];
            var rows = new List<int>();
            for (var s = 0; s < features.Length; s++)
            {
                var n = offsets[s].Length - 1;
                var mapped = new int[n + 1];
                rows.Clear();
                for (var i = 0; i < n; i++)
                {
                    mapped[i] = rows.Count;
                    index.Map(features[s].AsSpan(offsets[s][i], offsets[s][i + 1] - offsets[s][i]), rows);
                }

                mapped[n] = rows.Count;
                result[s] = new IndexedSentence(rows.ToArray(), mapped, Document.Sentences[s].Labels());
            }

            return result;
        }

        private static (ulong[] Features, int[] Offsets) Collect(int n, FeatureBuffer buffer, Action<int, FeatureBuffer> extract)
        {
            var all = new List<ulong>(n * 80);
            var offsets = new int[n + 1];
            for (var i = 0; i < n; i++)
            {
                offsets[i] = all.Count;
                buffer.Clear();
                extract(i, buffer);
                all.AddRange(buffer.AsSpan());
            }

            offsets[n] = all.Count;
            return (all.ToArray(), offsets);
        }
    }
}
