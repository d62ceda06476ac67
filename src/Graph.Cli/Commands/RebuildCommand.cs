using System.CommandLine;
using Graph.Core.Storage;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph rebuild [--store PATH]</c>: extracts every article in a store again, from the texts the store keeps,
/// with this build's extractors, and replaces the store with the result. Ingest never extracts a stored text
/// again, so without this a newer build's improvements reach old articles only if the original files are still
/// at hand to ingest into a new store. The new graph is written to a store of its own beside the old one, then
/// copied over the old graph in one transaction, only when every article was extracted and written and no other
/// writer added articles meanwhile: otherwise the old store is left as it was. In place, not by renaming a file
/// over it, so the store keeps its path (links too), owner and permissions, graph serve's outbox and any tables
/// an analyst added, and a process that has it open goes on with the rebuilt graph.
/// </summary>
public static class RebuildCommand
{
    public static Command Create(IServiceProvider services)
    {
        var store = CommandTree.StoreOption();
        var timings = CommandTree.TimingsOption();
        var command = new Command("rebuild",
            "Extract every stored article again with this build and replace the store with the result (the store is unchanged if any article fails).")
        {
            store, timings,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(store)!);
            if (!File.Exists(path)) throw new StoreNotFoundException(path);
            if (!SqliteGraphStore.IsGraphStore(path))
            {
                await Console.Error.WriteLineAsync($"error: '{path}' is not a graph store (it lacks the store's tables); nothing was changed").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            var pipeline = services.GetRequiredService<ExtractionPipeline>();
            var stageTimings = services.GetRequiredService<StageTimings>();
            // A name of its own (two rebuilds at once, even with the same process id in two containers, never share
            // one), made here and only ever deleted by this run.
            var temporary = $"{path}.rebuild-{Guid.NewGuid():N}";
            using (File.Open(temporary, FileMode.CreateNew)) { }
            var leftovers = Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + ".rebuild-*")
                .Where(f => f != temporary && !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal)).ToList();
            foreach (var leftover in leftovers)
                await Console.Error.WriteLineAsync($"note: '{leftover}' is left from a rebuild that was stopped (or is running now); delete it when no rebuild runs").ConfigureAwait(false);

            var summary = new IngestSummary(stageTimings);
            GraphCounts before, after;
            IReadOnlyList<string> builds;
            var read = 0;
            try
            {
                await using var old = SqliteGraphStore.Open(path);
                var mark = old.ArticlesMark();
                before = await old.CountAsync(ct).ConfigureAwait(false);
                builds = mark.Count == 0 ? [] : old.Extractors();
                await using (var fresh = SqliteGraphStore.Open(temporary, extractor: ExtractorBuild.Current))
                {
                    var documents = old.ReadArticles().Select(a =>
                    {
                        read++;
                        // The stored text is what offsets index (an HTML page's main text, not its markup), so it is
                        // extracted as plain text; its id, a hash of the text, stays the same.
                        return new SourceDocument { Source = a.Source, Text = a.Text, MediaType = "text/plain", Title = a.Title, Published = a.Published };
                    });
                    await foreach (var outcome in pipeline.RunAsync(documents, ct).ConfigureAwait(false))
                        await summary.AddAsync(outcome, fresh, ct).ConfigureAwait(false);
                    await summary.FlushAsync(fresh, ct).ConfigureAwait(false);
                    after = await fresh.CountAsync(ct).ConfigureAwait(false);
                }

                if (summary.Failed.Count > 0 || summary.New + summary.Unchanged != read)
                {
                    foreach (var f in summary.Failed)
                        AnsiConsole.MarkupLine($"[yellow]failed[/] {Markup.Escape(f.Source)}: [bold]{Markup.Escape(f.Code)}[/]: {Markup.Escape(f.Message)}");
                    await Console.Error.WriteLineAsync(
                        $"error: {summary.Failed.Count} of {read} article(s) could not be extracted again or written to the new graph; the store at '{path}' is unchanged").ConfigureAwait(false);
                    return ExitCodes.Failure;
                }
                bool replaced;
                try
                {
                    replaced = await old.ReplaceGraphFromAsync(temporary, mark, ct).ConfigureAwait(false);
                }
                catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is not (5 or 6))
                {
                    await Console.Error.WriteLineAsync($"error: the new graph could not be put in place ({e.Message}); the store at '{path}' is unchanged").ConfigureAwait(false);
                    return ExitCodes.Failure;
                }
                if (!replaced)
                {
                    await Console.Error.WriteLineAsync(
                        $"error: articles were added to the store at '{path}' while it was being rebuilt (by an ingest or a 'graph serve'); it is unchanged. "
                        + "Rebuild again when no ingest runs and no file is waiting in serve's inbox (pause the inbox or stop 'graph serve').").ConfigureAwait(false);
                    return ExitCodes.Failure;
                }
            }
            finally
            {
                DeleteStoreFiles(temporary);
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"rebuilt {Markup.Escape(path)}");
            table.AddColumn("what");
            table.AddColumn(new TableColumn("before").RightAligned());
            table.AddColumn(new TableColumn("after").RightAligned());
            table.AddRow("articles", Count(before.Labels, "Article"), Count(after.Labels, "Article"));
            foreach (var label in before.Labels.Keys.Union(after.Labels.Keys).Where(l => l != "Article").Order(StringComparer.Ordinal))
                table.AddRow("  " + label, Count(before.Labels, label), Count(after.Labels, label));
            foreach (var type in before.RelationshipTypes.Keys.Union(after.RelationshipTypes.Keys).Order(StringComparer.Ordinal))
                table.AddRow("  " + type, Count(before.RelationshipTypes, type), Count(after.RelationshipTypes, type));
            table.AddRow("extracted by",
                Markup.Escape(CommandTree.DescribeBuilds(before, builds)), Markup.Escape(CommandTree.DescribeBuilds(after, [ExtractorBuild.Current])));
            AnsiConsole.Write(table);
            if (parse.GetValue(timings)) CommandTree.PrintTimings(stageTimings);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Count(IReadOnlyDictionary<string, long> counts, string key) => counts.GetValueOrDefault(key).ToString();

    private static void DeleteStoreFiles(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }
}
