using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Graph.Cli.Serving;
using Graph.Core.Ids;
using Graph.Core.Model;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Tests.Serving;

/// <summary>The extraction host run in-process on a temporary inbox.</summary>
[Collection(ServingCollection.Name)]
public sealed class ServeHostTests : IDisposable
{
    private readonly ServeWorkspace ws = new();

    public void Dispose() => ws.Dispose();

    [Fact]
    public async Task Files_already_there_and_files_dropped_later_are_stored_and_moved_to_done()
    {
        ArticleTemplates.WriteMany(ws.Inbox, 0, 3);
        await using var host = await InProcessHost.StartAsync(ws);
        await host.FinishedAsync(3);
        ArticleTemplates.WriteMany(ws.Inbox, 3, 5);
        await host.FinishedAsync(5);

        Assert.Empty(ws.Waiting());
        Assert.Equal(Enumerable.Range(0, 5).Select(i => ArticleTemplates.Article(i).Name), ws.DoneNames());
        Assert.Equal(5, host.Counters.Stored);
        var contents = await StoreContents.ReadAsync(ws.Store);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => GraphIds.Article(ArticleTemplates.Article(i).Text)).Order(StringComparer.Ordinal), contents.Articles);
        // One structured line per article, naming its id and file.
        var stored = host.Logs.Messages(2).ToList();
        Assert.Equal(5, stored.Count);
        Assert.All(stored, line => Assert.Matches(@"^stored article:\w+ from article-\d+\.txt: \d+ entities, \d+ claims, \d+ events, \d+ relations in \d+ ms$", line));
        await Eventually.TrueAsync(() => host.Logs.Messages(5).Any(line => line.StartsWith("progress: 5 stored, 0 already stored, 0 failed; ", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(5), () => "a progress line");
    }

    [Fact]
    public async Task Bad_files_of_every_kind_go_to_failed_with_the_reason_beside_them()
    {
        ws.Write("good.txt", ArticleTemplates.Article(1).Text);
        ws.Write("empty.txt", "");
        ws.Write("blank.md", "  \n\t\n");
        File.WriteAllBytes(Path.Combine(ws.Inbox, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x03]);
        File.WriteAllBytes(Path.Combine(ws.Inbox, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 talks in S\u00e3o Paulo ended on Monday."));
        ws.Write("nav.html", "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><script>track()</script></body></html>");
        using (var big = File.Create(Path.Combine(ws.Inbox, "huge.txt")))
        {
            var line = Encoding.UTF8.GetBytes("The council met again and said nothing new about the budget.\n");
            for (var written = 0L; written < 5L * 1024 * 1024 + 1; written += line.Length) big.Write(line);
        }
        File.CreateSymbolicLink(Path.Combine(ws.Inbox, "gone.txt"), Path.Combine(ws.Root, "nowhere.txt"));
        // Left alone: hidden, not an article type, a temporary name a writer will rename into place.
        ws.Write(".hidden.txt", "secret");
        ws.Write("notes.pdf", "%PDF-1.4");
        ws.Write("incoming.txt.tmp", "half");

        await using var host = await InProcessHost.StartAsync(ws);
        await host.FinishedAsync(8);

        Assert.Equal(["good.txt"], ws.DoneNames());
        var expected = new Dictionary<string, string>
        {
            ["empty.txt"] = "empty", ["blank.md"] = "empty", ["binary.txt"] = "binary", ["latin1.txt"] = "invalid-utf8",
            ["nav.html"] = "no-article", ["huge.txt"] = "too-large", ["gone.txt"] = "not-found",
        };
        foreach (var (name, code) in expected)
        {
            var moved = Path.Combine(ws.Failed, name);
            Assert.True(InboxFolder.Exists(moved), $"{name} is not in failed/");
            var reason = File.ReadAllLines(moved + ".error.txt");
            Assert.StartsWith(code + ": ", reason[0]);
            Assert.Contains(host.Logs.Messages(4), line => line.StartsWith($"failed {name}: {code}: ", StringComparison.Ordinal));
        }
        Assert.Equal(7, host.Counters.Failed);
        foreach (var left in new[] { ".hidden.txt", "notes.pdf", "incoming.txt.tmp" }) Assert.True(File.Exists(Path.Combine(ws.Inbox, left)), left);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task A_file_written_in_chunks_with_pauses_is_read_whole()
    {
        await using var host = await InProcessHost.StartAsync(ws, o => o.SettleTime = TimeSpan.FromMilliseconds(400));
        var text = ArticleTemplates.Article(7, paragraphs: 12).Text;
        var bytes = Encoding.UTF8.GetBytes(text);
        var chunk = bytes.Length / 12 + 1;
        await using (var stream = new FileStream(Path.Combine(ws.Inbox, "slow.txt"), FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            for (var offset = 0; offset < bytes.Length; offset += chunk)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(chunk, bytes.Length - offset)));
                await stream.FlushAsync();
                await Task.Delay(120);
            }
        }
        // A writer that pauses for longer than the settle time uses a hidden name and renames into place.
        var hidden = Path.Combine(ws.Inbox, ".renamed.txt");
        var second = ArticleTemplates.Article(8).Text;
        await File.WriteAllTextAsync(hidden, second[..(second.Length / 2)]);
        await Task.Delay(1000);
        await File.AppendAllTextAsync(hidden, second[(second.Length / 2)..]);
        File.Move(hidden, Path.Combine(ws.Inbox, "renamed.txt"));
        await host.FinishedAsync(2);

        Assert.Equal(["renamed.txt", "slow.txt"], ws.DoneNames());
        await using var store = SqliteGraphStore.Open(ws.Store, readOnly: true);
        Assert.Equal(text, await store.ArticleTextAsync(GraphIds.Article(text), CancellationToken.None));
        Assert.Equal(second, await store.ArticleTextAsync(GraphIds.Article(second), CancellationToken.None));
        Assert.Equal(2, (await StoreContents.ReadAsync(ws.Store)).Articles.Count);
    }

    [Fact]
    public async Task A_burst_of_1000_small_files_is_stored_exactly_once()
    {
        await using var host = await InProcessHost.StartAsync(ws);
        for (var i = 0; i < 1000; i++) ws.Write($"note-{i:D4}.txt", $"Budget note {i}\n\nThe Kenyan finance minister said on Monday that the budget for district {i} would rise.\n");
        await host.FinishedAsync(1000, timeoutSeconds: 90);

        Assert.Empty(ws.Waiting());
        Assert.Equal(1000, ws.DoneNames().Count);
        Assert.Equal(1000, host.Counters.Stored);
        Assert.Equal(0, host.Counters.Failed);
        Assert.Equal(1000, (await StoreContents.ReadAsync(ws.Store)).Articles.Count);
    }

    [Fact]
    public async Task Moves_never_overwrite_and_a_repeated_article_is_stored_once()
    {
        Directory.CreateDirectory(ws.Done);
        var (_, text) = ArticleTemplates.Article(3);
        File.WriteAllText(Path.Combine(ws.Done, "story.txt"), "an older, different story.txt");
        ws.Write("story.txt", text);
        ws.Write("story-copy.txt", text);
        await using var host = await InProcessHost.StartAsync(ws);
        await host.FinishedAsync(2);

        Assert.Equal(["story-copy.txt", "story.txt", "story~1.txt"], ws.DoneNames());
        Assert.Equal("an older, different story.txt", File.ReadAllText(Path.Combine(ws.Done, "story.txt")));
        Assert.Equal(text, File.ReadAllText(Path.Combine(ws.Done, "story~1.txt")));
        Assert.Equal(1, host.Counters.Stored);
        Assert.Equal(1, host.Counters.AlreadyStored);
        Assert.Single((await StoreContents.ReadAsync(ws.Store)).Articles);
    }

    [Fact]
    public async Task A_crash_after_the_commit_and_before_the_move_is_repaired_by_the_restart()
    {
        var (name, text) = ArticleTemplates.Article(4);
        ws.Write(name, text);
        await using (var crashing = await InProcessHost.StartAsync(ws, services: s =>
            s.AddKeyedSingleton<IArticleSink>(ExtractionService.PrimarySinkKey, (sp, _) => new CrashAfterWrite(sp.GetRequiredService<StoreSink>()))))
        {
            await Eventually.TrueAsync(() => crashing.Counters.Faulted, TimeSpan.FromSeconds(30), () => "the simulated crash");
        }
        // The state a kill -9 right after the commit leaves: the article is stored, the file still in the inbox.
        Assert.Single((await StoreContents.ReadAsync(ws.Store)).Articles);
        Assert.Equal([Path.Combine(ws.Inbox, name)], ws.Waiting());

        await using var restarted = await InProcessHost.StartAsync(ws);
        await restarted.FinishedAsync(1);
        Assert.Equal([name], ws.DoneNames());
        Assert.Equal(1, restarted.Counters.AlreadyStored);
        Assert.Single((await StoreContents.ReadAsync(ws.Store)).Articles);
    }

    [Fact]
    public async Task Stopping_mid_batch_is_quick_and_leaves_every_file_either_stored_and_done_or_in_the_inbox()
    {
        ArticleTemplates.WriteMany(ws.Inbox, 0, 300);
        var host = await InProcessHost.StartAsync(ws);
        await host.FinishedAsync(20);
        var clock = Stopwatch.StartNew();
        await host.DisposeAsync();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"stop took {clock.Elapsed}");

        var done = ws.DoneNames();
        var waiting = ws.Waiting().Select(Path.GetFileName).ToList();
        Assert.True(done.Count < 300, "the stop came too late to test anything");
        Assert.Equal(300, done.Count + waiting.Count);
        Assert.Empty(done.Intersect(waiting));
        var expected = done.Select(n => GraphIds.Article(File.ReadAllText(Path.Combine(ws.Done, n)))).Order(StringComparer.Ordinal);
        Assert.Equal(expected, (await StoreContents.ReadAsync(ws.Store)).Articles);

        await using var restarted = await InProcessHost.StartAsync(ws);
        await restarted.FinishedAsync(waiting.Count);
        Assert.Equal(300, ws.DoneNames().Count);
        Assert.Equal(300, (await StoreContents.ReadAsync(ws.Store)).Articles.Count);
    }

    [Fact]
    public async Task A_secondary_sink_that_fails_then_recovers_gets_every_article_and_never_holds_up_the_store()
    {
        var sink = new FlakySink { Down = true };
        ArticleTemplates.WriteMany(ws.Inbox, 0, 20);
        await using var host = await InProcessHost.StartAsync(ws, services: s => s.AddSingleton<IArticleSink>(sink));
        await host.FinishedAsync(20);

        // While the sink answers 503 everything is stored and done, and waits in the outbox.
        Assert.Equal(20, host.Counters.Stored);
        Assert.Empty(sink.Received);
        Assert.Equal(20, host.Outbox.Pending(sink.Name));
        await Eventually.TrueAsync(() => host.Logs.Messages(8).Count() >= 2, TimeSpan.FromSeconds(10), () => "retries to be logged");
        Assert.Contains("503", host.Logs.Messages(8).First());

        sink.Down = false;
        await Eventually.TrueAsync(() => host.Outbox.Pending(sink.Name) == 0, TimeSpan.FromSeconds(30), () => $"the outbox to drain ({host.Outbox.Pending(sink.Name)} left)");
        Assert.Equal((await StoreContents.ReadAsync(ws.Store)).Articles, new SortedSet<string>(sink.Received.Keys, StringComparer.Ordinal));
        Assert.All(sink.Received.Values, n => Assert.Equal(1, n));
        Assert.Contains(host.Logs.Messages(9), line => line.StartsWith("sink flaky is taking articles again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Articles_queued_for_a_sink_that_is_down_survive_a_restart()
    {
        ArticleTemplates.WriteMany(ws.Inbox, 0, 5);
        await using (var first = await InProcessHost.StartAsync(ws, services: s => s.AddSingleton<IArticleSink>(new FlakySink { Down = true })))
            await first.FinishedAsync(5);

        var sink = new FlakySink();
        await using var second = await InProcessHost.StartAsync(ws, services: s => s.AddSingleton<IArticleSink>(sink));
        await Eventually.TrueAsync(() => sink.Received.Count == 5, TimeSpan.FromSeconds(30), () => $"5 deliveries (now {sink.Received.Count})");
        Assert.Equal((await StoreContents.ReadAsync(ws.Store)).Articles, new SortedSet<string>(sink.Received.Keys, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_article_a_sink_rejects_for_good_is_set_aside_and_the_rest_go_on()
    {
        var (_, rejectedText) = ArticleTemplates.Article(2);
        var sink = new FlakySink { Reject = GraphIds.Article(rejectedText) };
        ArticleTemplates.WriteMany(ws.Inbox, 0, 4);
        await using var host = await InProcessHost.StartAsync(ws, services: s => s.AddSingleton<IArticleSink>(sink));
        await host.FinishedAsync(4);
        // The relay records the rejection in the outbox, then logs it: wait for both.
        await Eventually.TrueAsync(() => sink.Received.Count == 3 && host.Outbox.Pending(sink.Name) == 0 && host.Logs.Messages(10).Any(),
            TimeSpan.FromSeconds(30), () => "3 deliveries and the rejection logged");
        Assert.Equal(1, sink.Attempts[sink.Reject]);
        Assert.Single(host.Logs.Messages(10));
    }

    [Fact]
    public void Settings_are_checked_at_start_and_each_bad_one_is_named()
    {
        static ServeConfigurationException Load(Dictionary<string, string?> values) =>
            Assert.Throws<ServeConfigurationException>(() => ServeOptions.Load(new ConfigurationBuilder().AddInMemoryCollection(values).Build()));

        Assert.StartsWith("Serve:Inbox is required", Assert.Single(Load([]).Errors));
        Assert.Contains("'Serve:Workers'", Load(new() { ["Serve:Inbox"] = ws.Inbox, ["Serve:Workers"] = "many" }).Message);
        var errors = Load(new()
        {
            ["Serve:Inbox"] = Path.Combine(ws.Root, "missing"), ["Serve:Store"] = ws.Inbox, ["Serve:SettleTime"] = "00:00:00",
            ["Serve:RetryDelay"] = "00:00:10", ["Serve:MaxRetryDelay"] = "00:00:01",
        }).Errors;
        Assert.Collection(errors,
            e => Assert.StartsWith("Serve:Inbox: no folder at", e),
            e => Assert.StartsWith("Serve:Store:", e),
            e => Assert.StartsWith("Serve:SettleTime must be between", e),
            e => Assert.StartsWith("Serve:MaxRetryDelay", e));

        // Later sources win: the command line over the environment; GRAPH_STORE when Serve:Store is not set.
        var options = ServeOptions.Load(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Serve:Inbox"] = "nowhere", ["STORE"] = "env.db", ["Serve:Workers"] = "3" })
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Serve:Inbox"] = ws.Inbox })
            .Build(), ws.Root);
        Assert.Equal(ws.Inbox, options.Inbox);
        Assert.Equal(Path.Combine(ws.Root, "env.db"), options.Store);
        Assert.Equal(3, options.EffectiveWorkers);
        Assert.Equal(6, options.EffectiveQueueCapacity);
    }

    /// <summary>Writes through to the store, then dies as a kill -9 would right after the commit.</summary>
    private sealed class CrashAfterWrite(IArticleSink inner) : IArticleSink
    {
        public string Name => inner.Name;

        public async Task<SinkWriteResult> WriteAsync(ArticleGraph graph, string text, CancellationToken cancellationToken)
        {
            await inner.WriteAsync(graph, text, cancellationToken);
            throw new InvalidOperationException("simulated crash after the store commit");
        }
    }
}

/// <summary>A secondary sink (standing in for Neo4j) that answers 503 while it is down.</summary>
internal sealed class FlakySink : IArticleSink
{
    public volatile bool Down;

    public string? Reject { get; init; }

    public ConcurrentDictionary<string, int> Received { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> Attempts { get; } = new(StringComparer.Ordinal);

    public string Name => "flaky";

    public Task<SinkWriteResult> WriteAsync(ArticleGraph graph, string text, CancellationToken cancellationToken)
    {
        var id = graph.Article.Id;
        Attempts.AddOrUpdate(id, 1, (_, n) => n + 1);
        if (Down) throw new HttpRequestException("Response status code does not indicate success: 503 (Service Unavailable).", null, System.Net.HttpStatusCode.ServiceUnavailable);
        if (id == Reject) throw new ArticleRejectedException("property value not supported");
        Assert.Equal(GraphIds.Article(text), id);
        Received.AddOrUpdate(id, 1, (_, n) => n + 1);
        return Task.FromResult(SinkWriteResult.Written);
    }
}
