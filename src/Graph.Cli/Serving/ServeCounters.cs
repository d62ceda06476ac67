namespace Graph.Cli.Serving;

/// <summary>What the host has done since it started; read by the progress line and by tests. Thread-safe.</summary>
public sealed class ServeCounters
{
    private long stored;
    private long alreadyStored;
    private long failed;
    private long delivered;
    private int faulted;

    /// <summary>Articles written to the store and moved to <c>done/</c>.</summary>
    public long Stored => Interlocked.Read(ref stored);

    /// <summary>Files whose article the store already had (a repeat, or a re-read after a crash), moved to <c>done/</c>.</summary>
    public long AlreadyStored => Interlocked.Read(ref alreadyStored);

    /// <summary>Files moved to <c>failed/</c>.</summary>
    public long Failed => Interlocked.Read(ref failed);

    /// <summary>Deliveries to secondary sinks.</summary>
    public long Delivered => Interlocked.Read(ref delivered);

    /// <summary>Files that have left the inbox.</summary>
    public long Finished => Stored + AlreadyStored + Failed;

    /// <summary>True when the host stopped on an unexpected error (the command then exits 2).</summary>
    public bool Faulted => Volatile.Read(ref faulted) != 0;

    internal void AddStored() => Interlocked.Increment(ref stored);

    internal void AddAlreadyStored() => Interlocked.Increment(ref alreadyStored);

    internal void AddFailed() => Interlocked.Increment(ref failed);

    internal void AddDelivered() => Interlocked.Increment(ref delivered);

    internal void SetFaulted() => Volatile.Write(ref faulted, 1);
}
