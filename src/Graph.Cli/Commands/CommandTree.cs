using System.CommandLine;
using Graph.Core.Storage;
using Graph.Storage.Sqlite;

namespace Graph.Cli.Commands;

/// <summary>The command tree and the error handling every command shares.</summary>
public static class CommandTree
{
    public static RootCommand Build(IServiceProvider services)
    {
        var root = new RootCommand("graph: builds a knowledge graph of actors, claims and events from news articles.");
        root.Subcommands.Add(ExtractCommand.Create(services));
        root.Subcommands.Add(IngestCommand.Create(services));
        root.Subcommands.Add(RebuildCommand.Create(services));
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(ClaimsCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(PushCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        var eval = new Command("eval", "Measure extraction accuracy on annotated corpora.");
        eval.Subcommands.Add(NerCommands.Eval(services));
        eval.Subcommands.Add(EvalClaimsCommand.Create(services));
        root.Subcommands.Add(eval);
        root.Subcommands.Add(NerCommands.Train());
        root.Subcommands.Add(ServeCommand.Create(services));
        return root;
    }

    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        // No response files: "@cypher/queries/meetings.cypher" is query's own way to name a statement file, and the
        // parser would otherwise read that file as more arguments.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        try
        {
            // Serve needs a few seconds after SIGTERM to finish the article in hand and close the store.
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(10) }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StoreNotFoundException or NotAGraphStoreException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            await Console.Error.WriteLineAsync("error: the store is busy: another process (a 'graph rebuild', 'graph serve' or ingest) kept it locked for 30 s; "
                + "nothing more was written. Try again when it is done.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    public static Option<bool> TimingsOption() => new("--timings") { Description = "Print the time spent in each pipeline stage (summed over threads) to stderr." };

    public static void PrintTimings(Graph.Extraction.Pipeline.StageTimings timings)
    {
        var processor = timings.ProcessorTimes();
        Console.Error.WriteLine(processor is null
            ? "stage timings (summed over all threads):"
            : "stage timings (summed over all threads; elapsed, then processor time, which leaves out waiting for a core):");
        var allocations = timings.Allocations();
        foreach (var ((stage, time), i) in timings.Snapshot().Select((t, i) => (t, i)))
            Console.Error.WriteLine($"  {stage,-14} {time.TotalMilliseconds,10:F0} ms"
                + (processor is null ? "" : $" {processor[i].Cpu.TotalMilliseconds,8:F0} ms cpu")
                + $" {allocations[i].Bytes / (1024.0 * 1024.0),8:F0} MB allocated");
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        Console.Error.WriteLine($"process: cpu {self.TotalProcessorTime.TotalMilliseconds:F0} ms, peak memory {self.PeakWorkingSet64 / (1024.0 * 1024.0):F1} MB, wall since start {(DateTime.Now - self.StartTime).TotalMilliseconds:F0} ms");
        Console.Error.WriteLine($"garbage collection: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, allocated {GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0):F0} MB; {ThreadPool.ThreadCount} pool threads");
    }

    /// <summary>
    /// The builds that extracted a store's articles, as people read them: "-" for a store with no articles, "an
    /// earlier build" when none was recorded, else each version with its commit's first 12 characters.
    /// </summary>
    public static string DescribeBuilds(GraphCounts counts, IReadOnlyList<string> builds) =>
        counts.Labels.GetValueOrDefault(NodeLabels.Article) == 0 ? "-"
        : builds.Count == 0 ? SqliteGraphStore.UnrecordedBuild
        : string.Join(", ", builds.Select(Graph.Extraction.Pipeline.ExtractorBuild.Short));

    /// <summary>A path as a POSIX shell reads it back: quoted when it holds anything but plain characters.</summary>
    public static string Quote(string path) =>
        path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_') ? path : "'" + path.Replace("'", "'\\''") + "'";

    /// <summary>The --store option every store command takes.</summary>
    public static Option<string> StoreOption() => new("--store")
    {
        Description = "Path of the embedded graph store (a SQLite file).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GRAPH_STORE") ?? "graph.db",
    };
}
