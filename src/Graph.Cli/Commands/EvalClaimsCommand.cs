using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Extraction.Evaluation;
using Graph.Extraction.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph eval claims DIR [--min-who-said-what F1] [--errors FILE]</c>: scores claim extraction against brat
/// attribution annotations in the PolNeAR layout (<c>DIR/text/NAME.txt</c>, <c>DIR/attributions/NAME_ANNOTATOR.ann</c>,
/// <c>metadata.tsv</c> one level up naming the gold annotator) the way ../shared/data/README.md defines "who said
/// what" (see <see cref="ClaimScorer"/>). Each text goes through the normal pipeline, so the figures are what a user
/// gets from <c>graph extract</c>.
/// </summary>
public static class EvalClaimsCommand
{
    public static Command Create(IServiceProvider services)
    {
        var dir = new Argument<string>("dir") { Description = "A PolNeAR-layout folder, e.g. ../shared/data/polnear/dev (text/ and attributions/ inside, metadata.tsv beside it)." };
        var floor = new Option<double?>("--min-who-said-what") { Description = "Exit 1 when the who-said-what F1 is below this (0 to 1), for CI." };
        var errors = new Option<string?>("--errors") { Description = "Write every missed attribution, spurious claim and wrong speaker to this file (tab-separated) for analysis." };
        var command = new Command("claims", "Score claims (who said what) against brat attribution annotations: content, who-said-what, speaker accuracy and direct quotes.")
        {
            dir, floor, errors,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(dir)!;
            if (parse.GetValue(floor) is { } f && f is < 0 or > 1)
            {
                await Console.Error.WriteLineAsync($"error: --min-who-said-what takes an F1 between 0 and 1, not {f.ToString(CultureInfo.InvariantCulture)}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            IReadOnlyList<GoldArticle> gold;
            try
            {
                gold = BratAttributions.LoadCorpus(path);
            }
            catch (DirectoryNotFoundException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            if (gold.Count == 0)
            {
                await Console.Error.WriteLineAsync($"error: no annotated articles in {path}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var pipeline = services.GetRequiredService<ExtractionPipeline>();
            var byPath = gold.ToDictionary(a => a.TextPath, StringComparer.Ordinal);
            var total = new ClaimScore();
            var failures = 0;
            var watch = Stopwatch.StartNew();
            await using var errorWriter = parse.GetValue(errors) is { } errorPath ? new StreamWriter(errorPath, false, new UTF8Encoding(false)) : null;
            if (errorWriter is not null) await errorWriter.WriteLineAsync(ClaimScorer.ErrorHeader).ConfigureAwait(false);
            await foreach (var outcome in pipeline.RunAsync(gold.Select(a => a.TextPath), ct).ConfigureAwait(false))
            {
                var article = byPath[outcome.Source];
                ArticleClaimScore score;
                if (outcome.Graph is { } graph)
                {
                    if (outcome.Text != article.Text)
                        await Console.Error.WriteLineAsync($"warning: {article.Name}: the text read differs from the annotated text; offsets may not line up").ConfigureAwait(false);
                    score = ClaimScorer.Score(article.Text, article.Attributions, graph.Claims, graph.Entities);
                }
                else
                {
                    // An article that fails still counts: its attributions are all missed.
                    failures++;
                    await Console.Error.WriteLineAsync("skipped " + outcome.Error).ConfigureAwait(false);
                    score = ClaimScorer.Score(article.Text, article.Attributions, [], []);
                }
                total += score.Score;
                if (errorWriter is not null)
                    foreach (var line in ClaimScorer.ErrorLines(article.Name, article.Text, score.Mismatches))
                        await errorWriter.WriteLineAsync(line).ConfigureAwait(false);
            }

            Console.WriteLine($"{path}: {total.Articles} articles through the full pipeline in {watch.Elapsed.TotalSeconds:F1} s{(failures > 0 ? $", {failures} failed" : "")}");
            Console.Write(total.Report());
            if (parse.GetValue(floor) is { } min && total.WhoSaidWhat.F1 < min)
            {
                await Console.Error.WriteLineAsync($"error: who-said-what F1 {total.WhoSaidWhat.F1.ToString("F4", CultureInfo.InvariantCulture)} is below the floor {min.ToString("F4", CultureInfo.InvariantCulture)}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            return failures > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
