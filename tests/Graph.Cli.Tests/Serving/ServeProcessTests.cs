using System.Diagnostics;
using System.Text;
using Graph.Cli.Serving;
using Graph.Core.Ids;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Graph.Cli.Tests.Serving;

/// <summary><c>graph serve</c> run as a process: signals, kill -9 and restart, and reading the store while it runs.</summary>
[Collection(ServingCollection.Name)]
public sealed class ServeProcessTests(ITestOutputHelper output) : IDisposable
{
    private const int Good = 160;
    private readonly List<ServeWorkspace> workspaces = [];

    public void Dispose()
    {
        foreach (var ws in workspaces) ws.Dispose();
    }

    private ServeWorkspace NewWorkspace()
    {
        var ws = new ServeWorkspace();
        workspaces.Add(ws);
        return ws;
    }

    /// <summary>The same inbox every time: good articles, two repeats of earlier texts under new names, and bad files.</summary>
    private static List<(string Name, byte[] Bytes)> Inputs()
    {
        var files = Enumerable.Range(0, Good).Select(i => ArticleTemplates.Article(i, paragraphs: 4)).Select(a => (a.Name, Encoding.UTF8.GetBytes(a.Text))).ToList();
        files.Insert(40, ("repeat-a.txt", Encoding.UTF8.GetBytes(ArticleTemplates.Article(5, paragraphs: 4).Text)));
        files.Insert(120, ("repeat-b.txt", Encoding.UTF8.GetBytes(ArticleTemplates.Article(77, paragraphs: 4).Text)));
        files.Insert(10, ("empty.txt", []));
        files.Insert(60, ("binary.txt", [0x00, 0x01, 0x02, 0xFF]));
        files.Insert(90, ("latin1.txt", Encoding.Latin1.GetBytes("Se\u00f1or Ruiz said the talks had failed.")));
        files.Insert(150, ("nav.html", Encoding.UTF8.GetBytes("<html><body><nav><a href='/'>Home</a></nav></body></html>")));
        return files;
    }

    private static void Drop(ServeWorkspace ws, (string Name, byte[] Bytes) file) => File.WriteAllBytes(Path.Combine(ws.Inbox, file.Name), file.Bytes);

    private const int Total = Good + 2 + 4;
    private static readonly string[] BadNames = ["binary.txt", "empty.txt", "latin1.txt", "nav.html"];

    private async Task RunUntilInboxEmptyAsync(ServeWorkspace ws)
    {
        using var host = ServeProcess.Start(ws);
        await Eventually.TrueAsync(() => ws.Waiting().Count == 0 || host.HasExited, TimeSpan.FromSeconds(90), () => $"an empty inbox ({ws.Waiting().Count} left); log:\n{host.Stderr}");
        host.Terminate();
        var exit = await host.WaitForExitAsync(TimeSpan.FromSeconds(10));
        Report(host);
        Assert.True(exit == 0, $"exit code {exit}; log:\n{host.Stderr}");
    }

    /// <summary>The host's progress and summary lines, in the test output, for when a run needs explaining.</summary>
    private void Report(ServeProcess host)
    {
        foreach (var line in host.Stderr.Split('\n').Where(l => l.Contains("progress:") || l.Contains("stopped:") || l.Contains("serving inbox") || l.Contains("error")))
            output.WriteLine(line.TrimEnd());
    }

    [ServeProcessFact]
    public async Task Kill_9_mid_batch_and_restart_end_with_the_same_store_as_a_clean_run()
    {
        var clean = NewWorkspace();
        foreach (var file in Inputs()) Drop(clean, file);
        await RunUntilInboxEmptyAsync(clean);
        var expected = await StoreContents.ReadAsync(clean.Store);
        Assert.Equal(Good, expected.Articles.Count);

        // Articles arrive over about ten seconds, as they would from a feed, whether the host is up or not;
        // the host is killed twice while they do. (Slow enough that a host running on while the stats command
        // starts cannot finish the whole feed before its kill, which a feed of three seconds allowed on a busy
        // machine.)
        var crashed = NewWorkspace();
        var feeding = Task.Run(async () =>
        {
            foreach (var chunk in Inputs().Chunk(6))
            {
                foreach (var file in chunk) Drop(crashed, file);
                await Task.Delay(350);
            }
        });
        var statsChecked = false;
        foreach (var fraction in new[] { 0.2, 0.55 })
        {
            using var host = ServeProcess.Start(crashed, null, "--workers", "1");
            var before = crashed.DoneNames().Count;
            await Eventually.TrueAsync(() => crashed.DoneNames().Count >= Math.Max(before + 5, Total * fraction) || host.HasExited,
                TimeSpan.FromSeconds(60), () => $"{fraction:P0} done; log:\n{host.Stderr}");
            if (!statsChecked)
            {
                // The store is WAL: a reader works while the host writes.
                var stats = await CliRunner.RunAsync(crashed.Root, "stats", "--store", crashed.Store, "--json");
                Assert.Equal(0, stats.ExitCode);
                Assert.True((int)JObject.Parse(stats.Stdout)["labels"]!["Article"]! > 0);
                statsChecked = true;
            }
            Assert.False(host.HasExited, host.Stderr);
            var done = crashed.DoneNames().Count;
            host.Kill9();
            await host.WaitForExitAsync(TimeSpan.FromSeconds(10));
            Report(host);
            output.WriteLine($"killed with {done} done, {crashed.Waiting().Count} waiting");
            Assert.True(done < Total, "the kill came after the last article");
        }
        await feeding;
        await RunUntilInboxEmptyAsync(crashed);

        var actual = await StoreContents.ReadAsync(crashed.Store);
        Assert.Equal(expected.Articles, actual.Articles);
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Edges, actual.Edges);
        // Every good file in done/ once (a crash between link and unlink of a move may not leave a "~1" copy).
        Assert.Equal(clean.DoneNames(), crashed.DoneNames());
        Assert.Equal(Good + 2, crashed.DoneNames().Count);
        foreach (var bad in BadNames)
        {
            Assert.True(File.Exists(Path.Combine(crashed.Failed, bad)), bad);
            Assert.True(File.Exists(Path.Combine(crashed.Failed, bad + ".error.txt")), bad + ".error.txt");
        }
        Assert.Equal(BadNames.Length * 2, Directory.GetFiles(crashed.Failed).Length);
    }

    [ServeProcessFact]
    public async Task Sigterm_mid_batch_exits_0_within_seconds_leaving_nothing_half_done()
    {
        // Enough articles that the stop lands mid-way: the host stores a few hundred small ones a second.
        const int count = 2000;
        var ws = NewWorkspace();
        ArticleTemplates.WriteMany(ws.Inbox, 0, count, paragraphs: 4);
        using var host = ServeProcess.Start(ws);
        await Eventually.TrueAsync(() => ws.DoneNames().Count >= 20 || host.HasExited, TimeSpan.FromSeconds(60), () => $"20 done; log:\n{host.Stderr}");
        var clock = Stopwatch.StartNew();
        host.Terminate();
        var exit = await host.WaitForExitAsync(TimeSpan.FromSeconds(10));
        var took = clock.Elapsed;
        Report(host);
        output.WriteLine($"SIGTERM to exit: {took.TotalMilliseconds:0} ms");

        Assert.True(exit == 0, $"exit code {exit}; log:\n{host.Stderr}");
        Assert.True(took < TimeSpan.FromSeconds(3), $"stopping took {took}");
        Assert.Contains("stopped: ", host.Stderr);
        var done = ws.DoneNames();
        Assert.True(done.Count < count, "the stop came too late to test anything");
        Assert.Equal(count, done.Count + ws.Waiting().Count);
        var stored = await StoreContents.ReadAsync(ws.Store);
        Assert.Equal(done.Select(n => GraphIds.Article(File.ReadAllText(Path.Combine(ws.Done, n)))).Order(StringComparer.Ordinal), stored.Articles);
    }

    [ServeProcessFact]
    public async Task Bad_settings_exit_1_with_the_setting_named()
    {
        var ws = NewWorkspace();
        using (var host = ServeProcess.Start(ws, new Dictionary<string, string> { ["GRAPH_Serve__Workers"] = "lots" }))
        {
            Assert.Equal(1, await host.WaitForExitAsync(TimeSpan.FromSeconds(30)));
            Assert.Contains("Serve:Workers", host.Stderr);
        }
        var missing = await CliRunner.RunAsync(ws.Root, "serve", "--inbox", Path.Combine(ws.Root, "nope"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("error: Serve:Inbox: no folder at", missing.Stderr);
        Assert.DoesNotContain("Exception", missing.Stderr);
    }
}
