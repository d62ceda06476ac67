using System.CommandLine;
using System.Text;
using Graph.Core.Serialization;
using Graph.Extraction.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Commands;

/// <summary><c>graph extract PATH... --out FILE.jsonl</c>: the extraction contract as JSONL, nothing stored.</summary>
public static class ExtractCommand
{
    public static Command Create(IServiceProvider services)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (.txt, .html, .md) or folders (walked recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the JSONL ('-' for stdout).", Required = true };
        var textOut = new Option<string?>("--text-out") { Description = "Folder to save each article's text (what the offsets index), as <article id>.txt." };
        var timings = CommandTree.TimingsOption();
        var command = new Command("extract", "Extract entities, claims, events and relations as JSONL (one article per line); nothing is stored.")
        {
            paths, output, textOut, timings,
        };
        command.SetAction(async (parse, ct) =>
        {
            var pipeline = services.GetRequiredService<ExtractionPipeline>();
            var outPath = parse.GetValue(output)!;
            var textDir = parse.GetValue(textOut);
            if (textDir is not null) Directory.CreateDirectory(textDir);
            var toStdout = outPath == "-";
            var temp = toStdout ? null : outPath + ".partial";
            var failures = 0;
            var count = 0;
            await using (var writer = toStdout
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false }
                : new StreamWriter(temp!, false, new UTF8Encoding(false)))
            {
                await foreach (var outcome in pipeline.RunAsync(parse.GetValue(paths)!, ct).ConfigureAwait(false))
                {
                    if (outcome.Error is { } error)
                    {
                        failures++;
                        await Console.Error.WriteLineAsync("skipped " + error).ConfigureAwait(false);
                        continue;
                    }
                    GraphJson.Write(writer, outcome.Graph!);
                    count++;
                    if (textDir is not null)
                        await File.WriteAllTextAsync(Path.Combine(textDir, outcome.Graph!.Article.Id.Replace(':', '_') + ".txt"), outcome.Text, ct).ConfigureAwait(false);
                }
            }
            if (temp is not null) File.Move(temp, outPath, overwrite: true);
            await Console.Error.WriteLineAsync($"extracted {count} article(s){(failures > 0 ? $", {failures} input(s) failed" : "")}").ConfigureAwait(false);
            if (parse.GetValue(timings)) CommandTree.PrintTimings(services.GetRequiredService<StageTimings>());
            return failures > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
