using Graph.Core.Storage;
using Graph.Neo4j.Internal;

namespace Graph.Neo4j.Loading;

/// <summary>One request of a load, with what it counts for in the progress.</summary>
internal sealed record LoadStep(CypherRequest Request, LoadPhase Phase, string Group, int Items);

/// <summary>
/// A checked, ordered load: schema statements, node groups, relationship groups. Rows are built batch by
/// batch as <see cref="Steps"/> is walked, so a large graph is not held twice in memory.
/// </summary>
internal sealed class LoadPlan
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    /// <summary>Primary labels by id prefix, for an end node that is not in the pushed set (already in Neo4j).</summary>
    private static readonly IReadOnlyDictionary<string, string> LabelByIdPrefix = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["article"] = NodeLabels.Article,
        ["person"] = NodeLabels.Person,
        ["institution"] = NodeLabels.Institution,
        ["country"] = NodeLabels.Country,
        ["location"] = NodeLabels.Location,
        ["event"] = NodeLabels.Event,
        ["claim"] = NodeLabels.Claim,
    };

    private readonly int _batchSize;

    private LoadPlan(IReadOnlyList<string> schema, IReadOnlyList<NodeGroup> nodeGroups, IReadOnlyList<EdgeGroup> edgeGroups, int batchSize)
    {
        SchemaStatements = schema;
        NodeGroups = nodeGroups;
        EdgeGroups = edgeGroups;
        _batchSize = batchSize;
        NodeCount = nodeGroups.Sum(g => (long)g.Nodes.Count);
        EdgeCount = edgeGroups.Sum(g => (long)g.Edges.Count);
        TotalItems = schema.Count + NodeCount + EdgeCount;
        TotalRequests = schema.Count
            + nodeGroups.Sum(g => Batches(g.Nodes.Count, batchSize))
            + edgeGroups.Sum(g => Batches(g.Edges.Count, batchSize));
    }

    public IReadOnlyList<string> SchemaStatements { get; }
    public IReadOnlyList<NodeGroup> NodeGroups { get; }
    public IReadOnlyList<EdgeGroup> EdgeGroups { get; }
    public long NodeCount { get; }
    public long EdgeCount { get; }
    public long TotalItems { get; }
    public int TotalRequests { get; }

    /// <summary>Nodes sharing a label set, sorted by id.</summary>
    internal sealed record NodeGroup(string Name, string Statement, IReadOnlyList<GraphNode> Nodes);

    /// <summary>Relationships sharing a type and end labels, sorted by id.</summary>
    internal sealed record EdgeGroup(string Name, string Statement, IReadOnlyList<GraphEdge> Edges);

    /// <summary>Checks and orders everything; throws <see cref="ArgumentException"/> naming the first bad element.</summary>
    public static LoadPlan Prepare(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges, string? schemaText, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        var schema = string.IsNullOrWhiteSpace(schemaText) ? [] : CypherScript.Split(schemaText);

        var labelById = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodeGroups = new Dictionary<string, (IReadOnlyList<string> Labels, List<GraphNode> Nodes)>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var labels = CheckNode(node);
            if (!labelById.TryAdd(node.Id, labels[0])) continue;
            var key = string.Join(':', labels);
            if (!nodeGroups.TryGetValue(key, out var group)) nodeGroups[key] = group = (labels, []);
            group.Nodes.Add(node);
        }

        var seenEdges = new HashSet<string>(StringComparer.Ordinal);
        var edgeGroups = new Dictionary<string, (string Type, string Start, string End, List<GraphEdge> Edges)>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            CheckEdge(edge);
            if (!seenEdges.Add(edge.Id)) continue;
            var start = EndLabel(edge, edge.From, labelById);
            var end = EndLabel(edge, edge.To, labelById);
            var key = $"{edge.Type} ({start})->({end})";
            if (!edgeGroups.TryGetValue(key, out var group)) edgeGroups[key] = group = (edge.Type, start, end, []);
            group.Edges.Add(edge);
        }

        // Ordinal order everywhere, and a stable sort by id, make the same input give the same requests.
        var orderedNodes = nodeGroups
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new NodeGroup(g.Key, LoadStatements.MergeNodes(g.Value.Labels),
                g.Value.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToArray()))
            .ToArray();
        var orderedEdges = edgeGroups
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EdgeGroup(g.Key, LoadStatements.MergeRelationships(g.Value.Type, g.Value.Start, g.Value.End),
                g.Value.Edges.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray()))
            .ToArray();
        return new LoadPlan(schema, orderedNodes, orderedEdges, batchSize);
    }

    /// <summary>The requests, in the order they must run: schema, then nodes, then relationships.</summary>
    public IEnumerable<LoadStep> Steps()
    {
        foreach (var statement in SchemaStatements)
        {
            yield return new LoadStep(new CypherRequest(statement, NoParameters), LoadPhase.Schema, "schema", 1);
        }
        foreach (var group in NodeGroups)
        {
            foreach (var batch in group.Nodes.Chunk(_batchSize))
            {
                var rows = batch.Select(NodeRow).ToArray();
                yield return new LoadStep(new CypherRequest(group.Statement, Rows(rows)), LoadPhase.Nodes, group.Name, rows.Length);
            }
        }
        foreach (var group in EdgeGroups)
        {
            foreach (var batch in group.Edges.Chunk(_batchSize))
            {
                var rows = batch.Select(EdgeRow).ToArray();
                yield return new LoadStep(new CypherRequest(group.Statement, Rows(rows)), LoadPhase.Relationships, group.Name, rows.Length);
            }
        }
    }

    private static int Batches(int count, int batchSize) => (count + batchSize - 1) / batchSize;

    private static IReadOnlyDictionary<string, object?> Rows(object[] rows) => new Dictionary<string, object?> { ["rows"] = rows };

    /// <summary>The labels to write: primary first, then the extra ones in ordinal order, each once.</summary>
    private static IReadOnlyList<string> CheckNode(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (string.IsNullOrEmpty(node.Id)) throw new ArgumentException("A node has no id.");
        if (node.Labels is not { Count: > 0 }) throw new ArgumentException($"Node '{node.Id}' has no label.");
        foreach (var label in node.Labels) LoadStatements.CheckLabel(label);
        CheckProperties($"Node '{node.Id}'", node.Id, node.Properties);
        var primary = node.Labels[0];
        return [primary, .. node.Labels.Skip(1).Where(l => l != primary).Distinct().Order(StringComparer.Ordinal)];
    }

    private static void CheckEdge(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (string.IsNullOrEmpty(edge.Id)) throw new ArgumentException($"A {edge.Type} relationship from '{edge.From}' has no id.");
        LoadStatements.CheckType(edge.Type);
        if (string.IsNullOrEmpty(edge.From) || string.IsNullOrEmpty(edge.To))
        {
            throw new ArgumentException($"Relationship '{edge.Id}' lacks an end node id.");
        }
        CheckProperties($"Relationship '{edge.Id}'", edge.Id, edge.Properties);
    }

    private static void CheckProperties(string owner, string id, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (key, value) in properties)
        {
            var normalised = PropertyValues.Normalise(value, owner, key);
            // The id is the MERGE key: a different one in the properties would move the element to another id.
            if (key == "id" && normalised is not null && !Equals(normalised, id))
            {
                throw new ArgumentException($"{owner}: property 'id' differs from the element's id.");
            }
        }
    }

    private static string EndLabel(GraphEdge edge, string nodeId, IReadOnlyDictionary<string, string> labelById)
    {
        if (labelById.TryGetValue(nodeId, out var label)) return label;
        var colon = nodeId.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && LabelByIdPrefix.TryGetValue(nodeId[..colon], out label)) return label;
        throw new ArgumentException(
            $"Relationship '{edge.Id}' ({edge.Type}) ends at '{nodeId}', which is not among the nodes pushed and has no known id prefix.");
    }

    private static object NodeRow(GraphNode node) => new SortedDictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = node.Id,
        ["props"] = Props(node.Properties, $"Node '{node.Id}'", node.Name),
    };

    private static object EdgeRow(GraphEdge edge) => new SortedDictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = edge.Id,
        ["from"] = edge.From,
        ["to"] = edge.To,
        ["props"] = Props(edge.Properties, $"Relationship '{edge.Id}'", name: null),
    };

    /// <summary>Non-null properties in ordinal key order; a node's <c>name</c> comes from <see cref="GraphNode.Name"/>.</summary>
    private static SortedDictionary<string, object?> Props(IReadOnlyDictionary<string, object?> properties, string owner, string? name)
    {
        var props = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (key == "id") continue;
            var normalised = PropertyValues.Normalise(value, owner, key);
            // A null would remove the property (SET n += {k: null}); leaving it out keeps what is there.
            if (normalised is not null) props[key] = normalised;
        }
        if (name is not null) props["name"] = name;
        return props;
    }
}
