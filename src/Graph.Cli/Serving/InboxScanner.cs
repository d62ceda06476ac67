using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Serving;

/// <summary>A file that has settled: nothing changed it for the settle time. The stamp is what was seen.</summary>
public sealed record InboxFile(string Path, FileStamp Stamp);

/// <summary>
/// Finds article files in the inbox and hands each over once it has settled. Files are noticed three ways: a
/// listing at start, the file watcher (inotify on Linux), and a full rescan every
/// <see cref="ServeOptions.RescanInterval"/> in case the watcher missed something (its buffer overflows, or the
/// folder is on a network share). A noticed file is read only when its size and modification time are the same
/// at two checks <see cref="ServeOptions.SettleTime"/> apart, so a file still being copied in is not read half-way
/// (a writer that pauses longer should write to a hidden or <c>.tmp</c> name and rename into place).
/// At most <see cref="MaxTracked"/> names are tracked at once, so memory does not grow with the inbox; the rest
/// are found by the next listing. A file is "in hand" from the moment it is handed over until it has left the
/// inbox (<see cref="Release"/>) or must be looked at again (<see cref="Retry"/>); it is never handed over twice.
/// </summary>
public sealed class InboxScanner : IDisposable
{
    /// <summary>Names tracked while they settle; beyond this, files wait in the folder for the next listing.</summary>
    public const int MaxTracked = 4096;

    private readonly InboxFolder folder;
    private readonly ServeOptions options;
    private readonly ILogger logger;
    private readonly Channel<string> hints = Channel.CreateBounded<string>(new BoundedChannelOptions(16_384) { SingleReader = true });
    private readonly Dictionary<string, Tracked> tracked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> inHand = new(StringComparer.Ordinal);
    private readonly long settleTicks;
    private readonly long rescanTicks;
    private FileSystemWatcher? watcher;
    private volatile bool missedSome = true;
    private volatile int trackedCount;

    /// <summary>A scanner over <paramref name="folder"/>; nothing happens until <see cref="RunAsync"/>.</summary>
    public InboxScanner(InboxFolder folder, ServeOptions options, ILogger logger)
    {
        this.folder = folder;
        this.options = options;
        this.logger = logger;
        settleTicks = (long)(options.SettleTime.TotalSeconds * Stopwatch.Frequency);
        rescanTicks = (long)(options.RescanInterval.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Files noticed and settling, plus files in hand.</summary>
    public int Waiting => trackedCount + inHand.Count;

    /// <summary>The file has left the inbox (or vanished): forget it.</summary>
    public void Release(string path) => inHand.TryRemove(path, out _);

    /// <summary>The file changed after it was handed over: watch it settle again.</summary>
    public void Retry(string path)
    {
        inHand.TryRemove(path, out _);
        Hint(path);
    }

    /// <summary>Hands settled files to <paramref name="ready"/> (waiting when it is full) until cancelled.</summary>
    public async Task RunAsync(ChannelWriter<InboxFile> ready, CancellationToken cancellationToken)
    {
        StartWatcher();
        var tick = TimeSpan.FromTicks(Math.Clamp(options.SettleTime.Ticks / 2, TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromMilliseconds(250).Ticks));
        using var timer = new PeriodicTimer(tick);
        var nextRescan = Stopwatch.GetTimestamp();
        try
        {
            do
            {
                DrainHints();
                var now = Stopwatch.GetTimestamp();
                // Rescan on schedule, and as soon as there is room again after names had to be left untracked.
                if (now >= nextRescan || (missedSome && tracked.Count < MaxTracked / 2))
                {
                    Rescan(now);
                    nextRescan = now + rescanTicks;
                }
                foreach (var file in Settled(now))
                    await ready.WriteAsync(file, cancellationToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: tracked files stay in the inbox for the next start.
        }
        finally
        {
            ready.TryComplete();
        }
    }

    private void StartWatcher()
    {
        try
        {
            var w = new FileSystemWatcher(folder.Inbox)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            w.Created += (_, e) => Hint(e.FullPath);
            w.Changed += (_, e) => Hint(e.FullPath);
            w.Renamed += (_, e) => Hint(e.FullPath);
            w.Error += (_, e) =>
            {
                missedSome = true;
                if (e.GetException() is not InternalBufferOverflowException)
                    ServeLog.WatcherFailed(logger, folder.Inbox, e.GetException().Message, options.RescanInterval.TotalSeconds);
            };
            w.EnableRaisingEvents = true;
            watcher = w;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // Out of inotify watches, or a file system without change notification: the rescans still find everything.
            ServeLog.WatcherFailed(logger, folder.Inbox, e.Message, options.RescanInterval.TotalSeconds);
        }
    }

    private void Hint(string path)
    {
        if (!hints.Writer.TryWrite(path)) missedSome = true;
    }

    private void DrainHints()
    {
        var now = Stopwatch.GetTimestamp();
        while (hints.Reader.TryRead(out var path))
        {
            if (!string.Equals(Path.GetDirectoryName(path), folder.Inbox, StringComparison.Ordinal)) continue;
            if (!InboxFolder.IsArticleName(Path.GetFileName(path)) || inHand.ContainsKey(path)) continue;
            if (tracked.ContainsKey(path) || tracked.Count < MaxTracked) Track(path, now);
            else missedSome = true;
        }
        trackedCount = tracked.Count;
    }

    private void Rescan(long now)
    {
        missedSome = false;
        foreach (var path in folder.List())
        {
            if (tracked.ContainsKey(path) || inHand.ContainsKey(path)) continue;
            if (tracked.Count >= MaxTracked)
            {
                missedSome = true;
                break;
            }
            Track(path, now);
        }
        trackedCount = tracked.Count;
    }

    /// <summary>Starts (or restarts, after a change) the settle clock for <paramref name="path"/>.</summary>
    private void Track(string path, long now)
    {
        if (InboxFolder.Stamp(path) is { } stamp) tracked[path] = new Tracked(stamp, now);
        else tracked.Remove(path);
    }

    private List<InboxFile> Settled(long now)
    {
        var settled = new List<InboxFile>();
        List<(string Path, Tracked? Next)>? changes = null;
        foreach (var (path, seen) in tracked)
        {
            if (now - seen.CheckedAt < settleTicks) continue;
            var stamp = InboxFolder.Stamp(path);
            changes ??= [];
            if (stamp is null) changes.Add((path, null));
            else if (stamp == seen.Stamp)
            {
                changes.Add((path, null));
                if (inHand.TryAdd(path, 0)) settled.Add(new InboxFile(path, stamp.Value));
            }
            else changes.Add((path, new Tracked(stamp.Value, now)));
        }
        if (changes is not null)
        {
            foreach (var (path, next) in changes)
            {
                if (next is null) tracked.Remove(path);
                else tracked[path] = next;
            }
        }
        trackedCount = tracked.Count;
        return settled;
    }

    /// <summary>Stops the watcher.</summary>
    public void Dispose() => watcher?.Dispose();

    private sealed record Tracked(FileStamp Stamp, long CheckedAt);
}
