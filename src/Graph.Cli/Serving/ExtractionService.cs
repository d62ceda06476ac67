using System.Diagnostics;
using System.Threading.Channels;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Cli.Serving;

/// <summary>
/// The extraction host: inbox scanner -> bounded queue -> extraction workers (one per core) -> bounded queue ->
/// one writer -> primary sink (the store) -> outbox for secondary sinks -> file to <c>done/</c> or <c>failed/</c>.
/// The writer commits what is ready at once (up to <see cref="ServeOptions.WriteBatch"/> articles) in one
/// transaction; if that fails, it writes them one transaction each, so every article is still all-or-nothing.
/// <para>
/// Why nothing is lost or doubled: a file leaves the inbox only after its article is committed (and queued for
/// the secondary sinks), so a crash at any point leaves it in the inbox to be read again; the store keys
/// articles by a hash of their text and skips one it has, so reading it again adds nothing; moves never
/// overwrite. Memory is bounded by the two queues, whatever the size of the inbox.
/// </para>
/// <para>
/// On stop, the writer finishes the articles in hand (one short transaction and a rename each, well under a
/// second); extractions in progress are abandoned and their files stay in the inbox for the next start.
/// </para>
/// </summary>
public sealed class ExtractionService : BackgroundService
{
    private readonly ExtractionPipeline pipeline;
    private readonly IArticleSink primary;
    private readonly IReadOnlyList<IArticleSink> secondaries;
    private readonly SinkOutbox outbox;
    private readonly ServeOptions options;
    private readonly ServeCounters counters;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger logger;
    private InboxFolder? folder;
    private InboxScanner? scanner;
    private IReadOnlyList<SinkRelay> relays = [];

    /// <summary>The key of the primary sink among keyed <see cref="IArticleSink"/> services.</summary>
    public const string PrimarySinkKey = "primary";

    /// <summary>Created by the host; <paramref name="secondaries"/> are every registered <see cref="IArticleSink"/>.</summary>
    public ExtractionService(
        ExtractionPipeline pipeline,
        [FromKeyedServices(PrimarySinkKey)] IArticleSink primary,
        IEnumerable<IArticleSink> secondaries,
        SinkOutbox outbox,
        IOptions<ServeOptions> options,
        ServeCounters counters,
        IHostApplicationLifetime lifetime,
        ILogger<ExtractionService> logger)
    {
        this.pipeline = pipeline;
        this.primary = primary;
        this.secondaries = secondaries.Where(s => !ReferenceEquals(s, primary)).ToList();
        var duplicate = this.secondaries.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"two secondary sinks are named '{duplicate.Key}'; sink names key the outbox and must be unique");
        this.outbox = outbox;
        this.options = options.Value;
        this.counters = counters;
        this.lifetime = lifetime;
        this.logger = logger;
    }

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Work that can fail on bad settings or a bad folder runs here, so it fails the host's start (and the
        // command exits 2 with the reason) instead of a background task.
        folder = new InboxFolder(options.Inbox!);
        scanner = new InboxScanner(folder, options, logger);
        relays = secondaries.Select(s => new SinkRelay(s, outbox, options, counters, logger)).ToList();
        ServeLog.Started(logger, folder.Inbox, options.Store!, options.EffectiveWorkers, relays.Count == 0 ? "none" : string.Join(", ", secondaries.Select(s => s.Name)));
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        ServeLog.Stopping(logger);
        return base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        var work = Channel.CreateBounded<InboxFile>(new BoundedChannelOptions(options.EffectiveQueueCapacity) { SingleWriter = true });
        // Room for a full write batch, so the writer can group what piles up while it commits.
        var results = Channel.CreateBounded<Extracted>(new BoundedChannelOptions(Math.Max(options.EffectiveWorkers, options.WriteBatch)) { SingleReader = true });

        var scanning = Guard(() => scanner!.RunAsync(work.Writer, stoppingToken), stoppingToken);
        var workers = Enumerable.Range(0, options.EffectiveWorkers).Select(_ => Guard(() => ExtractAsync(work.Reader, results.Writer, stoppingToken), stoppingToken)).ToArray();
        var writing = Guard(() => WriteAsync(results.Reader, stoppingToken), stoppingToken);
        var delivering = relays.Select(r => Guard(() => r.RunAsync(stoppingToken), stoppingToken)).ToArray();
        var reporting = Guard(() => ReportAsync(stoppingToken), stoppingToken);

        await Task.WhenAll([scanning, writing, reporting, .. delivering]).ConfigureAwait(false);
        // A worker may be deep in one long extraction whose result nobody will write; don't hold the stop for it.
        await Task.WhenAny(Task.WhenAll(workers), Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None)).ConfigureAwait(false);
        scanner!.Dispose();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        ServeLog.Stopped(logger, counters.Stored, counters.AlreadyStored, counters.Failed, seconds, seconds > 0 ? counters.Finished / seconds : 0);
    }

    /// <summary>Runs a loop; an unexpected error stops the whole host (exit code 2) instead of dying quietly.</summary>
    private Task Guard(Func<Task> loop, CancellationToken stoppingToken) => Task.Run(async () =>
    {
        try
        {
            await loop().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            ServeLog.Crashed(logger, e);
            counters.SetFaulted();
            lifetime.StopApplication();
        }
    }, CancellationToken.None);

    private async Task ExtractAsync(ChannelReader<InboxFile> queue, ChannelWriter<Extracted> results, CancellationToken stoppingToken)
    {
        while (await queue.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            while (queue.TryRead(out var file))
            {
                var started = Stopwatch.GetTimestamp();
                // Changed since it settled: let it settle again rather than read a moving target.
                if (InboxFolder.Stamp(file.Path) != file.Stamp)
                {
                    Recheck(file.Path);
                    continue;
                }
                var outcome = await pipeline.ProcessAsync(file.Path, stoppingToken).ConfigureAwait(false);
                await results.WriteAsync(new Extracted(file, outcome, started), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteAsync(ChannelReader<Extracted> results, CancellationToken stoppingToken)
    {
        var batch = new List<Extracted>(options.WriteBatch);
        while (await results.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            // Group commit: take what is ready, up to WriteBatch. Under light load that is one article.
            batch.Clear();
            while (batch.Count < options.WriteBatch && results.TryRead(out var item)) batch.Add(item);
            // Once taken, the articles are finished even if a stop comes now: their write is one short transaction.
            await WriteBatchAsync(batch, stoppingToken).ConfigureAwait(false);
            if (stoppingToken.IsCancellationRequested) return;
        }
    }

    private async Task WriteBatchAsync(List<Extracted> batch, CancellationToken stoppingToken)
    {
        var good = new List<Extracted>(batch.Count);
        foreach (var item in batch)
        {
            // The bytes read must be the bytes that stay: a file written to after it settled is read again.
            if (InboxFolder.Stamp(item.File.Path) != item.File.Stamp) Recheck(item.File.Path);
            else if (item.Outcome.Error is { } error) Fail(item.File.Path, error.Code, error.Message);
            else good.Add(item);
        }
        if (good.Count == 0) return;
        var results = await StoreAsync(good, stoppingToken).ConfigureAwait(false);
        var stored = Enumerable.Range(0, good.Count).Where(i => results[i] is not null).ToList();
        // Queued before the moves: a crash in between re-reads the files and queues them again (idempotent).
        if (relays.Count > 0) await EnqueueAsync(stored.Select(i => good[i]).ToList(), stoppingToken).ConfigureAwait(false);
        foreach (var relay in relays) relay.Wake();
        foreach (var i in stored) Finish(good[i], results[i]!.Value);
    }

    /// <summary>
    /// Writes the articles to the primary sink: all in one transaction when there are several; if that fails,
    /// one at a time, so an article the store refuses is set aside without the others. Null for an article that
    /// went to <c>failed/</c>.
    /// </summary>
    private async Task<SinkWriteResult?[]> StoreAsync(List<Extracted> good, CancellationToken stoppingToken)
    {
        var results = new SinkWriteResult?[good.Count];
        if (good.Count > 1)
        {
            try
            {
                var written = await primary.WriteManyAsync(good.Select(g => (g.Outcome.Graph!, g.Outcome.Text!)).ToList(), CancellationToken.None).ConfigureAwait(false);
                for (var i = 0; i < good.Count; i++) results[i] = written[i];
                return results;
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                // Fall through to one at a time; the store rolled back whatever it had not committed.
            }
        }
        for (var i = 0; i < good.Count; i++) results[i] = await StoreOneAsync(good[i], stoppingToken).ConfigureAwait(false);
        return results;
    }

    private async Task<SinkWriteResult?> StoreOneAsync(Extracted item, CancellationToken stoppingToken)
    {
        var delay = options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await primary.WriteAsync(item.Outcome.Graph!, item.Outcome.Text!, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                if (!IsStoreWide(e) && attempt >= options.StoreAttempts)
                {
                    Fail(item.File.Path, "store-rejected", $"the store refused the article {attempt} times (nothing was written for it): {e.Message}");
                    return null;
                }
                // Disk full, locked, read-only: every article would fail alike, so keep this one and wait.
                ServeLog.StoreWriteFailed(logger, Path.GetFileName(item.File.Path), attempt, (long)delay.TotalMilliseconds, e.Message);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxRetryDelay.Ticks));
            }
        }
    }

    private async Task EnqueueAsync(List<Extracted> stored, CancellationToken stoppingToken)
    {
        var delay = options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                outbox.Enqueue(relays.Select(r => r.Sink.Name).ToList(), stored.Select(s => (s.Outcome.Graph!, s.Outcome.Text!)).ToList());
                return;
            }
            catch (SqliteException e)
            {
                // The files stay in the inbox meanwhile; if the host stops here, they are read again and queued then.
                ServeLog.StoreWriteFailed(logger, "the outbox", attempt, (long)delay.TotalMilliseconds, e.Message);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxRetryDelay.Ticks));
            }
        }
    }

    private void Finish(Extracted item, SinkWriteResult result)
    {
        var path = item.File.Path;
        var name = Path.GetFileName(path);
        var graph = item.Outcome.Graph!;
        if (!TryMove(path, () => folder!.MoveToDone(path))) return;
        var elapsed = (long)Stopwatch.GetElapsedTime(item.Started).TotalMilliseconds;
        if (result == SinkWriteResult.Written)
        {
            counters.AddStored();
            ServeLog.Stored(logger, graph.Article.Id, name, graph.Entities.Count, graph.Claims.Count, graph.Events.Count, graph.Relations.Count, elapsed);
        }
        else
        {
            counters.AddAlreadyStored();
            ServeLog.AlreadyStored(logger, graph.Article.Id, name, elapsed);
        }
    }

    private void Fail(string path, string code, string message)
    {
        string? target = null;
        if (!TryMove(path, () => target = folder!.MoveToFailed(path, code, message))) return;
        counters.AddFailed();
        ServeLog.Failed(logger, Path.GetFileName(path), code, message, target!);
    }

    /// <summary>Moves the file out of the inbox; on failure leaves it there to be tried again at a later scan.</summary>
    private bool TryMove(string path, Func<string> move)
    {
        try
        {
            move();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (!InboxFolder.Exists(path)) ServeLog.Vanished(logger, Path.GetFileName(path));
            else ServeLog.MoveFailed(logger, Path.GetFileName(path), e.Message);
            return false;
        }
        finally
        {
            // After the move (or its failure) the scanner may see the name again: a new file, or a retry.
            scanner!.Release(path);
        }
    }

    private void Recheck(string path)
    {
        if (InboxFolder.Exists(path))
        {
            ServeLog.ChangedWhileReading(logger, Path.GetFileName(path));
            scanner!.Retry(path);
        }
        else
        {
            ServeLog.Vanished(logger, Path.GetFileName(path));
            scanner!.Release(path);
        }
    }

    /// <summary>Errors of the store as a whole, not of one article: these are waited out, never blamed on the file.</summary>
    private static bool IsStoreWide(Exception e) => e switch
    {
        // SQLITE_BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL
        SqliteException s => s.SqliteErrorCode is 5 or 6 or 8 or 10 or 13 or 14 or 15,
        _ => true,
    };

    private async Task ReportAsync(CancellationToken stoppingToken)
    {
        if (options.ProgressInterval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(options.ProgressInterval);
        var last = Stopwatch.GetTimestamp();
        var lastFinished = 0L;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var finished = counters.Finished;
            var waiting = scanner!.Waiting;
            if (finished == lastFinished && waiting == 0) continue;
            var seconds = Stopwatch.GetElapsedTime(last).TotalSeconds;
            long queued = 0;
            foreach (var relay in relays) queued += outbox.Pending(relay.Sink.Name);
            ServeLog.Progress(logger, counters.Stored, counters.AlreadyStored, counters.Failed, (finished - lastFinished) / seconds, seconds, waiting, queued);
            last = Stopwatch.GetTimestamp();
            lastFinished = finished;
        }
    }

    private sealed record Extracted(InboxFile File, ArticleOutcome Outcome, long Started);
}
