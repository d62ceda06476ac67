using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Time spent per pipeline stage, summed over all articles and threads (so on several cores the total exceeds
/// wall time), the processor time the stage's thread used in it (on Linux; unlike the elapsed time, it does not
/// count time the thread waited for a core), and the memory each stage allocated (the stages run synchronously
/// on one thread, so the thread's counters tell them apart). Cheap enough to stay on: a few clock reads per stage
/// per article.
/// </summary>
public sealed class StageTimings
{
    public static readonly string[] Stages =
    [
        "reading", "cleaning", "tokenising", "entities", "resolution", "events", "claims", "relations", "projection", "store writes",
    ];

    private readonly long[] ticks = new long[Stages.Length];
    private readonly long[] bytes = new long[Stages.Length];
    private readonly long[] cpuNanoseconds = new long[Stages.Length];

    /// <summary>Starts timing a stage; dispose the result to stop.</summary>
    public Scope Measure(string stage) => new(this, Array.IndexOf(Stages, stage));

    public void Add(string stage, TimeSpan elapsed) => Interlocked.Add(ref ticks[Array.IndexOf(Stages, stage)], elapsed.Ticks);

    public IReadOnlyList<(string Stage, TimeSpan Time)> Snapshot() =>
        Stages.Select((s, i) => (s, TimeSpan.FromTicks(Interlocked.Read(ref ticks[i])))).ToList();

    /// <summary>Processor time per stage, summed over threads; null where the platform gives no thread clock.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Cpu)>? ProcessorTimes() =>
        ThreadClock.Available
            ? Stages.Select((s, i) => (s, TimeSpan.FromTicks(Interlocked.Read(ref cpuNanoseconds[i]) / 100))).ToList()
            : null;

    /// <summary>Bytes allocated per stage, summed over threads.</summary>
    public IReadOnlyList<(string Stage, long Bytes)> Allocations() =>
        Stages.Select((s, i) => (s, Interlocked.Read(ref bytes[i]))).ToList();

    /// <summary>A running measurement of one stage.</summary>
    public readonly struct Scope(StageTimings owner, int index) : IDisposable
    {
        private readonly long start = Stopwatch.GetTimestamp();
        private readonly long allocated = GC.GetAllocatedBytesForCurrentThread();
        private readonly long cpu = ThreadClock.Now();
        private readonly int thread = Environment.CurrentManagedThreadId;

        public void Dispose()
        {
            Interlocked.Add(ref owner.ticks[index], Stopwatch.GetElapsedTime(start).Ticks);
            // A stage that awaited may end on another thread; its allocations and processor time are then
            // unknown, not counted wrong.
            if (Environment.CurrentManagedThreadId == thread)
            {
                Interlocked.Add(ref owner.bytes[index], GC.GetAllocatedBytesForCurrentThread() - allocated);
                Interlocked.Add(ref owner.cpuNanoseconds[index], ThreadClock.Now() - cpu);
            }
        }
    }

    /// <summary>The calling thread's processor time in nanoseconds (Linux), or 0 where unavailable.</summary>
    private static class ThreadClock
    {
        private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

        public static readonly bool Available = OperatingSystem.IsLinux() && Probe();

        public static long Now() => Available && clock_gettime(ThreadCpuTimeClock, out var t) == 0 ? t.Seconds * 1_000_000_000 + t.Nanoseconds : 0;

        private static bool Probe()
        {
            try
            {
                return clock_gettime(ThreadCpuTimeClock, out _) == 0;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return false;
            }
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int clock_gettime(int clock, out TimeSpec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
