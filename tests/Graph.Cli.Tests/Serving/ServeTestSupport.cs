using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Graph.Cli.Commands;
using Graph.Cli.Hosting;
using Graph.Cli.Serving;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Extraction.Pipeline;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Tests.Serving;

/// <summary>The serving tests run one after another: they time things and share two cores with the rest of the suite.</summary>
[CollectionDefinition(Name)]
public sealed class ServingCollection
{
    public const string Name = "Serving";
}

/// <summary>A folder per test: the inbox and the store beside it.</summary>
internal sealed class ServeWorkspace : IDisposable
{
    public ServeWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("graph-serve-").FullName;
        Inbox = Path.Combine(Root, "inbox");
        Directory.CreateDirectory(Inbox);
        Store = Path.Combine(Root, "graph.db");
    }

    public string Root { get; }
    public string Inbox { get; }
    public string Store { get; }
    public string Done => Path.Combine(Inbox, "done");
    public string Failed => Path.Combine(Inbox, "failed");

    /// <summary>Article files still at the top of the inbox.</summary>
    public List<string> Waiting() => Directory.EnumerateFiles(Inbox).Where(f => InboxFolder.IsArticleName(Path.GetFileName(f))).ToList();

    public List<string> DoneNames() => Directory.Exists(Done) ? Directory.EnumerateFiles(Done).Select(f => Path.GetFileName(f)).OrderBy(n => n, StringComparer.Ordinal).ToList() : [];

    public void Write(string name, string text) => File.WriteAllText(Path.Combine(Inbox, name), text, new UTF8Encoding(false));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>What a store holds, by id, for comparing two runs.</summary>
internal sealed record StoreContents(SortedSet<string> Articles, SortedSet<string> Nodes, SortedSet<string> Edges)
{
    public static async Task<StoreContents> ReadAsync(string path)
    {
        await using var store = SqliteGraphStore.Open(path, readOnly: true);
        var all = await store.ReadAllAsync(CancellationToken.None);
        return new StoreContents(
            new SortedSet<string>(all.Nodes.Where(n => n.Label == NodeLabels.Article).Select(n => n.Id), StringComparer.Ordinal),
            new SortedSet<string>(all.Nodes.Select(n => n.Id), StringComparer.Ordinal),
            new SortedSet<string>(all.Edges.Select(e => e.Id), StringComparer.Ordinal));
    }
}

/// <summary>Polling with a deadline, saying what was awaited when it times out.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout) Assert.Fail($"timed out after {timeout.TotalSeconds:0} s waiting for {describe()}");
            await Task.Delay(20);
        }
    }
}

/// <summary>Log lines kept in memory, so tests can check what the host said.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, int EventId, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public IEnumerable<string> Messages(int eventId) => Lines.Where(l => l.EventId == eventId).Select(l => l.Message);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((logLevel, eventId.Id, formatter(state, exception) + (exception is null ? "" : " " + exception.Message)));
    }
}

/// <summary>The extraction host run in this process, on a workspace, with short timings.</summary>
internal sealed class InProcessHost : IAsyncDisposable
{
    // One pipeline for every test: the stages are stateless, and loading the gazetteers once saves time.
    private static readonly Lazy<ExtractionPipeline> SharedPipeline = new(() =>
        new ServiceCollection().AddGraphExtraction().BuildServiceProvider().GetRequiredService<ExtractionPipeline>());

    private readonly IHost host;

    private InProcessHost(IHost host, CapturedLogs logs)
    {
        this.host = host;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }
    public ServeCounters Counters => host.Services.GetRequiredService<ServeCounters>();
    public SinkOutbox Outbox => host.Services.GetRequiredService<SinkOutbox>();
    public IHostApplicationLifetime Lifetime => host.Services.GetRequiredService<IHostApplicationLifetime>();

    public static ServeOptions Options(ServeWorkspace workspace) => new()
    {
        Inbox = workspace.Inbox,
        Store = workspace.Store,
        SettleTime = TimeSpan.FromMilliseconds(150),
        RescanInterval = TimeSpan.FromSeconds(1),
        ProgressInterval = TimeSpan.FromMilliseconds(500),
        RetryDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryDelay = TimeSpan.FromMilliseconds(200),
    };

    public static async Task<InProcessHost> StartAsync(ServeWorkspace workspace, Action<ServeOptions>? adjust = null, Action<IServiceCollection>? services = null)
    {
        var options = Options(workspace);
        adjust?.Invoke(options);
        var builder = ServeHost.CreateBuilder(options, SharedPipeline.Value);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new InProcessHost(host, logs);
    }

    /// <summary>Waits until <paramref name="count"/> files have left the inbox (done or failed).</summary>
    public Task FinishedAsync(long count, int timeoutSeconds = 60) =>
        Eventually.TrueAsync(() => Counters.Finished >= count || Counters.Faulted, TimeSpan.FromSeconds(timeoutSeconds),
            () => $"{count} files finished (now {Counters.Finished}; last log: {Logs.Lines.LastOrDefault().Message})");

    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (host is IAsyncDisposable d) await d.DisposeAsync();
        else host.Dispose();
    }
}

/// <summary>The built <c>graph</c> executable running <c>serve</c> as a child process, as it runs in production.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stderr = new();

    private ServeProcess(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr) stderr.AppendLine(e.Data);
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public int Id => process.Id;

    public string Stderr
    {
        get
        {
            lock (stderr) return stderr.ToString();
        }
    }

    public static ServeProcess Start(ServeWorkspace workspace, IReadOnlyDictionary<string, string>? environment = null, params string[] extraArgs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph.dll"));
        foreach (var a in new[] { "serve", "--inbox", workspace.Inbox, "--store", workspace.Store }.Concat(extraArgs)) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["GRAPH_Serve__SettleTime"] = "00:00:00.150";
        start.Environment["GRAPH_Serve__RescanInterval"] = "00:00:01";
        start.Environment["GRAPH_Serve__ProgressInterval"] = "00:00:01";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        return new ServeProcess(Process.Start(start)!);
    }

    /// <summary>SIGTERM, as <c>docker stop</c> or systemd send it.</summary>
    public void Terminate()
    {
        if (kill(process.Id, 15) != 0) throw new InvalidOperationException($"kill -TERM {process.Id} failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>SIGKILL: no handler runs, nothing is flushed.</summary>
    public void Kill9() => process.Kill(entireProcessTree: false);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        process.WaitForExit();
        return process.ExitCode;
    }

    public bool HasExited => process.HasExited;

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}

/// <summary>A process test: skipped, saying why, off Unix or while <c>serve</c> is not yet in the command tree.</summary>
public sealed class ServeProcessFactAttribute : FactAttribute
{
    public ServeProcessFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Skip = "sends POSIX signals (SIGTERM, SIGKILL) to the host process";
        else if (!ServeIsRegistered.Value) Skip = "'serve' is not registered in CommandTree yet";
    }

    private static readonly Lazy<bool> ServeIsRegistered = new(() =>
        CommandTree.Build(new ServiceCollection().BuildServiceProvider()).Subcommands.Any(c => c.Name == "serve"));
}
