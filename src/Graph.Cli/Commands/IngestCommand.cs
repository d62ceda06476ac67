using System.CommandLine;
using Graph.Core.Model;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary><c>graph ingest PATH... [--store PATH]</c>: extract and merge into the embedded store, then summarise.</summary>
public static class IngestCommand
{
    public static Command Create(IServiceProvider services)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (.txt, .html, .md) or folders (walked recursively).", Arity = ArgumentArity.OneOrMore };
        var store = CommandTree.StoreOption();
        var timings = CommandTree.TimingsOption();
        var command = new Command("ingest", "Extract articles and merge them into the embedded graph store; prints a summary.") { paths, store, timings };
        command.SetAction(async (parse, ct) =>
        {
            var pipeline = services.GetRequiredService<ExtractionPipeline>();
            var inputs = parse.GetValue(paths)!;
            await using var graphStore = SqliteGraphStore.Open(parse.GetValue(store)!, extractor: ExtractorBuild.Current);
            var earlierBuilds = graphStore.Extractors();
            var stageTimings = services.GetRequiredService<StageTimings>();
            var summary = new IngestSummary(stageTimings);
            // Texts already in the store are not extracted again (ids are hashes of the text), which makes
            // ingesting a folder again cheap. A text repeated within the input is extracted each time and the
            // store keeps the first (writes go in input order): remembering every id of the run instead cost
            // memory that grew with the input (peak for 5x vs 1x the BBC corpus: +13-16% in four pairs vs +3-6% in two).
            var known = graphStore.ArticleIds();
            bool AlreadyHave(string id) => known.Contains(id);
            var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
            if (interactive)
            {
                var total = ArticleSources.Expand(inputs).Count();
                await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("ingesting", maxValue: Math.Max(1, total));
                    await foreach (var outcome in pipeline.RunAsync(inputs, ct, AlreadyHave).ConfigureAwait(false))
                    {
                        await summary.AddAsync(outcome, graphStore, ct).ConfigureAwait(false);
                        task.Increment(1);
                    }
                    await summary.FlushAsync(graphStore, ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            else
            {
                await foreach (var outcome in pipeline.RunAsync(inputs, ct, AlreadyHave).ConfigureAwait(false))
                    await summary.AddAsync(outcome, graphStore, ct).ConfigureAwait(false);
                await summary.FlushAsync(graphStore, ct).ConfigureAwait(false);
            }
            // The store file is brought up to date while the summary is printed, not after it. Only a head start:
            // closing the store checkpoints whatever is left, so a checkpoint that fails here loses nothing.
            var checkpoint = graphStore.CheckpointAsync(ct);
            summary.Print(graphStore.Path);
            try
            {
                await checkpoint.ConfigureAwait(false);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
            }
            var otherBuilds = known.Count == 0 ? [] : earlierBuilds.Count == 0 ? [SqliteGraphStore.UnrecordedBuild] : earlierBuilds.Where(b => b != ExtractorBuild.Current).ToList();
            if (otherBuilds.Count > 0)
            {
                // Stored texts are not extracted again, so articles read by an older build keep its readings (and
                // may name an actor by an id this build no longer gives it) until the store is rebuilt.
                await Console.Error.WriteLineAsync($"note: this store holds articles extracted by {string.Join(", ", otherBuilds.Select(ExtractorBuild.Short))}, "
                    + $"not by this build ({ExtractorBuild.Short(ExtractorBuild.Current)}); to extract them all with this one, run: graph rebuild --store {CommandTree.Quote(graphStore.Path)}").ConfigureAwait(false);
            }
            if (parse.GetValue(timings)) CommandTree.PrintTimings(stageTimings);
            return summary.Failed.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>
/// What an ingest did: articles new and unchanged, what they held, and the files that failed and why. It also
/// does the writing: each article is made ready for the store (projected, serialised) on the caller's thread as
/// it arrives and handed to one writer thread, which writes them 64 to a transaction, so extraction goes on on
/// every core while SQLite writes (when the caller wrote the batches itself, extraction stalled during every
/// write). Few articles wait for the writer (a batch and a short queue), and that keeps memory flat: every article
/// waiting when the runtime collects its young objects is copied to an older generation, and the more survive,
/// the larger the runtime lets the young generation grow.
/// </summary>
public sealed class IngestSummary(StageTimings timings)
{
    private readonly object gate = new();
    public int New { get; private set; }
    public int Unchanged { get; private set; }
    public SortedDictionary<string, int> Entities { get; } = new(StringComparer.Ordinal);
    public int Claims { get; private set; }
    public int Events { get; private set; }
    public int Relations { get; private set; }
    public List<ReadError> Failed { get; } = [];

    /// <summary>Articles per store transaction: large enough to amortise the commit and merge the nodes articles share.</summary>
    private const int BatchSize = 64;

    /// <summary>Articles that may wait while the writer writes a batch: enough to keep extraction going meanwhile.</summary>
    private const int QueueSize = 48;

    private readonly System.Threading.Channels.Channel<Pending> queue = System.Threading.Channels.Channel.CreateBounded<Pending>(
        new System.Threading.Channels.BoundedChannelOptions(QueueSize) { SingleReader = true, SingleWriter = true });

    /// <summary>An article waiting for the writer: what the store needs and what the summary counts, not its whole graph.</summary>
    private sealed record Pending(PreparedArticle Prepared, string[] EntityTypes, int Claims, int Events, int Relations);
    private Task? writer;

    public async Task AddAsync(ArticleOutcome outcome, SqliteGraphStore store, CancellationToken ct)
    {
        if (outcome.Error is { } error)
        {
            lock (gate) Failed.Add(error);
            await Console.Error.WriteLineAsync("skipped " + error).ConfigureAwait(false);
            return;
        }
        if (outcome.AlreadyHad)
        {
            lock (gate) Unchanged++;
            return;
        }
        PreparedArticle prepared;
        try
        {
            using (timings.Measure("projection")) prepared = SqliteGraphStore.Prepare(outcome.Graph!, outcome.Text!);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            lock (gate)
                Failed.Add(new ReadError(outcome.Source, ReadFailure.StoreWriteFailed,
                    $"could not be made ready for the store (nothing written for this article): {e.GetType().Name}: {e.Message}"));
            return;
        }
        var graph = outcome.Graph!;
        // A thread of its own: SQLite calls block, and they should not hold a thread-pool thread extraction needs.
        writer ??= Task.Factory.StartNew(() => WriteAll(store, ct), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await queue.Writer.WriteAsync(new Pending(prepared, graph.Entities.Select(e => e.Type.ToString()).ToArray(),
            graph.Claims.Count, graph.Events.Count, graph.Relations.Count), ct).ConfigureAwait(false);
    }

    /// <summary>Writes what is still waiting and waits for the writer; call once at the end.</summary>
    public async Task FlushAsync(SqliteGraphStore store, CancellationToken ct)
    {
        queue.Writer.TryComplete();
        if (writer is not null) await writer.ConfigureAwait(false);
    }

    private void WriteAll(SqliteGraphStore store, CancellationToken ct)
    {
        var reader = queue.Reader;
        var batch = new List<Pending>(BatchSize);
        try
        {
            while (reader.WaitToReadAsync(ct).AsTask().GetAwaiter().GetResult())
                while (reader.TryRead(out var next))
                {
                    batch.Add(next);
                    if (batch.Count < BatchSize) continue;
                    Write(store, batch, ct);
                    batch = new List<Pending>(BatchSize);
                }
            if (batch.Count > 0) Write(store, batch, ct);
        }
        catch (Exception e)
        {
            // Nobody would read another article: the next hand-over fails with this error instead of waiting forever.
            queue.Writer.TryComplete(e);
            throw;
        }
    }

    private void Write(SqliteGraphStore store, List<Pending> articles, CancellationToken ct)
    {
        IReadOnlyList<bool> written;
        try
        {
            using (timings.Measure("store writes"))
                written = store.WriteArticlesAsync(articles.Select(a => a.Prepared).ToList(), ct).GetAwaiter().GetResult();
            BoundMiddleGeneration();
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            lock (gate)
                foreach (var a in articles)
                    Failed.Add(new ReadError(a.Prepared.Source, ReadFailure.StoreWriteFailed, "store write failed (nothing written for this article): " + e.Message));
            return;
        }
        lock (gate)
            for (var i = 0; i < articles.Count; i++)
            {
                if (!written[i]) { Unchanged++; continue; }
                var article = articles[i];
                New++;
                foreach (var type in article.EntityTypes) Entities[type] = Entities.GetValueOrDefault(type) + 1;
                Claims += article.Claims;
                Events += article.Events;
                Relations += article.Relations;
            }
    }

    // Written articles die after one or two collections, in the runtime's middle generation, which it lets grow
    // over a long ingest (five copies of BBC with 48 in flight: to 72 MB; one copy stays under 40). Collecting it
    // once it holds 24 MB keeps a long ingest's peak near a short one's.
    private const long MaxMiddleGeneration = 24L << 20;

    private static void BoundMiddleGeneration()
    {
        if (GC.GetGCMemoryInfo().GenerationInfo[1].SizeAfterBytes > MaxMiddleGeneration)
            GC.Collect(1, GCCollectionMode.Forced, blocking: true);
    }

    public void Print(string storePath)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"ingest into {Markup.Escape(storePath)}");
        table.AddColumn("what");
        table.AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("articles ingested", New.ToString());
        // A text repeated within the input counts here too: the store keeps its first copy.
        table.AddRow("articles already stored (or repeated)", Unchanged.ToString());
        foreach (var type in Enum.GetNames<EntityType>())
            table.AddRow($"  {type} entities", Entities.GetValueOrDefault(type).ToString());
        table.AddRow("claims", Claims.ToString());
        table.AddRow("events", Events.ToString());
        table.AddRow("relations", Relations.ToString());
        table.AddRow("files skipped", Failed.Count.ToString());
        AnsiConsole.Write(table);
        foreach (var f in Failed)
            AnsiConsole.MarkupLine($"[yellow]skipped[/] {Markup.Escape(f.Source)}: [bold]{Markup.Escape(f.Code)}[/]: {Markup.Escape(f.Message)}");
    }
}
