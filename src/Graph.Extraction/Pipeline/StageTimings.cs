using System.Diagnostics;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Time spent per pipeline stage, summed over all articles and threads (so on several cores the total exceeds
/// wall time), and the memory each stage allocated (the stages run synchronously on one thread, so the thread's
/// allocation counter tells them apart). Cheap enough to stay on: two timestamps per stage per article.
/// </summary>
public sealed class StageTimings
{
    public static readonly string[] Stages =
    [
        "reading", "cleaning", "tokenising", "entities", "resolution", "events", "claims", "relations", "projection", "store writes",
    ];

    private readonly long[] ticks = new long[Stages.Length];
    private readonly long[] bytes = new long[Stages.Length];

    /// <summary>Starts timing a stage; dispose the result to stop.</summary>
    public Scope Measure(string stage) => new(this, Array.IndexOf(Stages, stage));

    public void Add(string stage, TimeSpan elapsed) => Interlocked.Add(ref ticks[Array.IndexOf(Stages, stage)], elapsed.Ticks);

    public IReadOnlyList<(string Stage, TimeSpan Time)> Snapshot() =>
        Stages.Select((s, i) => (s, TimeSpan.FromTicks(Interlocked.Read(ref ticks[i])))).ToList();

    /// <summary>Bytes allocated per stage, summed over threads.</summary>
    public IReadOnlyList<(string Stage, long Bytes)> Allocations() =>
        Stages.Select((s, i) => (s, Interlocked.Read(ref bytes[i]))).ToList();

    /// <summary>A running measurement of one stage.</summary>
    public readonly struct Scope(StageTimings owner, int index) : IDisposable
    {
        private readonly long start = Stopwatch.GetTimestamp();
        private readonly long allocated = GC.GetAllocatedBytesForCurrentThread();
        private readonly int thread = Environment.CurrentManagedThreadId;

        public void Dispose()
        {
            Interlocked.Add(ref owner.ticks[index], Stopwatch.GetElapsedTime(start).Ticks);
            // A stage that awaited may end on another thread; its allocations are then unknown, not counted wrong.
            if (Environment.CurrentManagedThreadId == thread)
                Interlocked.Add(ref owner.bytes[index], GC.GetAllocatedBytesForCurrentThread() - allocated);
        }
    }
}
