using System.Diagnostics;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Time spent per pipeline stage, summed over all articles and threads (so on several cores the total exceeds
/// wall time). Cheap enough to stay on: two timestamps per stage per article.
/// </summary>
public sealed class StageTimings
{
    public static readonly string[] Stages =
    [
        "reading", "cleaning", "tokenising", "entities", "resolution", "events", "claims", "relations", "store writes",
    ];

    private readonly long[] ticks = new long[Stages.Length];

    /// <summary>Starts timing a stage; dispose the result to stop.</summary>
    public Scope Measure(string stage) => new(this, Array.IndexOf(Stages, stage));

    public void Add(string stage, TimeSpan elapsed) => Interlocked.Add(ref ticks[Array.IndexOf(Stages, stage)], elapsed.Ticks);

    public IReadOnlyList<(string Stage, TimeSpan Time)> Snapshot() =>
        Stages.Select((s, i) => (s, TimeSpan.FromTicks(Interlocked.Read(ref ticks[i])))).ToList();

    /// <summary>A running measurement of one stage.</summary>
    public readonly struct Scope(StageTimings owner, int index) : IDisposable
    {
        private readonly long start = Stopwatch.GetTimestamp();

        public void Dispose() => Interlocked.Add(ref owner.ticks[index], Stopwatch.GetElapsedTime(start).Ticks);
    }
}
