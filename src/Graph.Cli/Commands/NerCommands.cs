using System.CommandLine;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Graph.Core.Model;
using Graph.Extraction.Entities.Statistical;
using Graph.Extraction.Evaluation;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Commands;

/// <summary><c>graph eval ner FILE</c> and <c>graph train-ner</c>: the entity model's evaluation and training.</summary>
public static class NerCommands
{
    /// <summary>
    /// Scores a CoNLL-format file the way ../shared/data/README.md describes: each document detokenised (tokens
    /// joined by single spaces, one sentence per line), extracted through the normal pipeline, and every
    /// <c>name</c> mention scored by exact span and type (Person = PER, Institution = ORG, Country and Location =
    /// LOC; gold MISC dropped).
    /// </summary>
    public static Command Eval(IServiceProvider services)
    {
        var file = new Argument<string>("file") { Description = "A CoNLL-2003 format file (TOKEN POS CHUNK NER)." };
        var floor = new Option<double?>("--min-f1") { Description = "Exit 1 when the overall F1 is below this (for CI)." };
        var command = new Command("ner", "Score entity recognition through the full pipeline on a CoNLL-format file (P/R/F1 per type).") { file, floor };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"error: {path} does not exist").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(floor) is { } asked && asked is < 0 or > 1)
            {
                await Console.Error.WriteLineAsync($"error: --min-f1 is a fraction between 0 and 1 (e.g. 0.925), not {asked}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            var extractor = services.GetRequiredService<ArticleExtractor>();
            if (await ReadConll(path).ConfigureAwait(false) is not { } documents) return ExitCodes.BadInput;
            var scorer = new NerScorer();
            var tokens = 0;
            var watch = Stopwatch.StartNew();
            foreach (var doc in documents)
            {
                ct.ThrowIfCancellationRequested();
                var (text, gold) = Detokenise(doc);
                tokens += doc.TokenCount;
                var graph = extractor.Extract(new SourceDocument { Source = path, Text = text, MediaType = "text/plain" });
                var predicted = graph.Entities.SelectMany(e => e.Mentions.Where(m => m.Kind == MentionKind.Name)
                    .Select(m => new ScoredSpan(m.Start, m.End, e.Type switch
                    {
                        EntityType.Person => "PER",
                        EntityType.Institution => "ORG",
                        _ => "LOC",
                    })));
                scorer.Add(gold, predicted);
            }
            var score = scorer.Score();
            Console.WriteLine($"{path}: {documents.Count} documents, {tokens} tokens, {watch.Elapsed.TotalSeconds:F1} s through the full pipeline");
            Console.WriteLine(score.Report());
            if (parse.GetValue(floor) is { } min && score.Overall.F1 < min)
            {
                await Console.Error.WriteLineAsync($"error: F1 {score.Overall.F1:F4} is below the floor {min:F4}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Tokens joined by single spaces, one sentence per line; gold spans as character offsets.</summary>
    /// <summary>Reads a CoNLL file, or says on stderr which file and line is not CoNLL and returns null.</summary>
    private static async Task<IReadOnlyList<ConllDocument>?> ReadConll(string path)
    {
        try
        {
            return ConllCorpus.Read(path);
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync($"error: {path} is not a CoNLL-format file ({e.Message})").ConfigureAwait(false);
            return null;
        }
    }

    public static (string Text, List<ScoredSpan> Gold) Detokenise(ConllDocument document)
    {
        var text = new StringBuilder();
        var gold = new List<ScoredSpan>();
        foreach (var sentence in document.Sentences)
        {
            var starts = new int[sentence.Tokens.Count];
            var ends = new int[sentence.Tokens.Count];
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                if (i > 0) text.Append(' ');
                starts[i] = text.Length;
                text.Append(sentence.Tokens[i]);
                ends[i] = text.Length;
            }
            foreach (var span in sentence.Spans())
                gold.Add(new ScoredSpan(starts[span.Start], ends[span.End - 1], span.Label));
            text.Append('\n');
        }
        return (text.ToString(), gold);
    }

    /// <summary><c>graph train-ner --train FILE --dev FILE --out MODEL</c>: reproduces the shipped model (fixed seed).</summary>
    public static Command Train()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-format training file.", Required = true };
        var dev = new Option<string>("--dev") { Description = "CoNLL-format development file (scored each epoch).", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the model (gzip-compressed).", Required = true };
        var unlabeled = new Option<string[]>("--unlabeled") { Description = "Folders of raw text for word clusters (e.g. ../shared/data/bbc).", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var command = new Command("train-ner", "Train the entity model from CoNLL-format data, printing dev P/R/F1 per type each epoch.") { train, dev, output, unlabeled, seed };
        command.SetAction(async (parse, ct) =>
        {
            foreach (var f in new[] { parse.GetValue(train)!, parse.GetValue(dev)! })
                if (!File.Exists(f))
                {
                    await Console.Error.WriteLineAsync($"error: {f} does not exist").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }
            var options = new NerTrainingOptions { Seed = parse.GetValue(seed), UnlabeledTextDirectories = parse.GetValue(unlabeled) ?? [] };
            if (await ReadConll(parse.GetValue(train)!).ConfigureAwait(false) is not { } trainDocs
                || await ReadConll(parse.GetValue(dev)!).ConfigureAwait(false) is not { } devDocs) return ExitCodes.BadInput;
            var model = NerTrainer.Train(trainDocs, devDocs, options, Console.WriteLine);
            var outPath = parse.GetValue(output)!;
            await using (var stream = File.Create(outPath))
                model.Save(stream);
            Console.WriteLine($"model written to {outPath} ({new FileInfo(outPath).Length:N0} bytes)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
