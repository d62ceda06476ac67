using System.Diagnostics;
using Graph.Core.Storage;
using Graph.Neo4j.Internal;

namespace Graph.Neo4j.Loading;

/// <summary>
/// Pushes a graph into Neo4j: the schema statements first, then nodes grouped by label set, then relationships
/// grouped by type and end labels, each group in batches of <see cref="BatchSize"/> rows sent as one
/// <c>UNWIND $rows</c> statement. Every write is a MERGE on the unique id, so pushing the same graph twice
/// creates nothing the second time. Requests go one at a time: parallel relationship batches would contend
/// for locks on the same nodes. The order is fixed (groups by name, rows by id) so a dry run is reproducible.
/// </summary>
public sealed class GraphLoader
{
    private readonly IRequestSink _sink;

    /// <summary>A loader sending through <paramref name="sink"/>.</summary>
    public GraphLoader(IRequestSink sink, int batchSize = Neo4jOptions.DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _sink = sink;
        BatchSize = batchSize;
    }

    /// <summary>A loader sending through <paramref name="client"/>, with its options' batch size.</summary>
    public GraphLoader(Neo4jClient client)
        : this(client, (client ?? throw new ArgumentNullException(nameof(client))).Options.BatchSize)
    {
    }

    /// <summary>Rows per request.</summary>
    public int BatchSize { get; }

    /// <summary>Pushes <paramref name="graph"/>; see <see cref="PushAsync(IEnumerable{GraphNode}, IEnumerable{GraphEdge}, string?, IProgress{LoadProgress}?, CancellationToken)"/>.</summary>
    public Task<LoadSummary> PushAsync(Subgraph graph, string? schemaText, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return PushAsync(graph.Nodes, graph.Edges, schemaText, progress, cancellationToken);
    }

    /// <summary>
    /// Pushes nodes and relationships. Everything is checked before the first request (labels and types from
    /// the vocabulary, supported property values, known end labels), so a bad graph changes nothing.
    /// </summary>
    /// <param name="nodes">Nodes; a repeated id is sent once (the first one wins).</param>
    /// <param name="edges">Relationships; each end must be among <paramref name="nodes"/> or have a known id prefix.</param>
    /// <param name="schemaText">The text of <c>cypher/schema.cypher</c>, split at <c>;</c>; null or empty for none.</param>
    /// <param name="progress">Told after every request.</param>
    /// <param name="cancellationToken">Stops between (or during) requests; what was sent stays merged.</param>
    public async Task<LoadSummary> PushAsync(
        IEnumerable<GraphNode> nodes,
        IEnumerable<GraphEdge> edges,
        string? schemaText,
        IProgress<LoadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var plan = LoadPlan.Prepare(nodes, edges, schemaText, BatchSize);
        var counters = QueryCounters.None;
        long done = 0;
        var requests = 0;
        long? withoutEnds = null;
        progress?.Report(new LoadProgress(LoadPhase.Schema, "", 0, plan.TotalItems, 0, plan.TotalRequests));

        foreach (var step in plan.Steps())
        {
            var result = await _sink.SendAsync(step.Request, cancellationToken).ConfigureAwait(false);
            counters += result.Counters;
            if (step.Phase == LoadPhase.Relationships && result.Rows.Count > 0 && result.Fields.Contains("merged"))
            {
                var merged = result.Value(0, "merged") is long count ? count : 0;
                withoutEnds = (withoutEnds ?? 0) + Math.Max(0, step.Items - merged);
            }
            done += step.Items;
            requests++;
            progress?.Report(new LoadProgress(step.Phase, step.Group, done, plan.TotalItems, requests, plan.TotalRequests));
        }

        return new LoadSummary
        {
            SchemaStatements = plan.SchemaStatements.Count,
            Nodes = plan.NodeCount,
            Relationships = plan.EdgeCount,
            RelationshipsWithoutEnds = withoutEnds,
            Requests = requests,
            Counters = counters,
            Elapsed = Stopwatch.GetElapsedTime(started),
        };
    }

    /// <summary>The requests a push of <paramref name="graph"/> sends, in order, without sending them.</summary>
    public IEnumerable<CypherRequest> Plan(Subgraph graph, string? schemaText)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return LoadPlan.Prepare(graph.Nodes, graph.Edges, schemaText, BatchSize).Steps().Select(step => step.Request);
    }

    /// <summary>
    /// Writes every request a push would send, one JSON line each (see <see cref="DryRunSink"/>), sending
    /// nothing. The same graph and schema always give the same bytes.
    /// </summary>
    public static void WriteDryRun(Subgraph graph, string? schemaText, TextWriter output, int batchSize = Neo4jOptions.DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sink = new DryRunSink(output);
        foreach (var request in new GraphLoader(sink, batchSize).Plan(graph, schemaText)) sink.Write(request);
    }
}
