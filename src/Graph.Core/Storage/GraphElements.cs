namespace Graph.Core.Storage;

/// <summary>Node labels: the fixed vocabulary every store and Cypher statement uses.</summary>
public static class NodeLabels
{
    public const string Article = "Article";
    public const string Person = "Person";
    public const string Institution = "Institution";
    public const string Country = "Country";
    public const string Location = "Location";
    public const string Event = "Event";
    public const string Meeting = "Meeting";
    public const string Claim = "Claim";
    public const string Actor = "Actor";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        Article, Person, Institution, Country, Location, Event, Meeting, Claim, Actor,
    };

    public static bool IsKnown(string label) => All.Contains(label);
}

/// <summary>
/// A node as stored and exported. Property values are only strings, longs, doubles, booleans or string arrays,
/// which every target (SQLite JSON, GraphML, CSV, Cypher, Neo4j) can hold.
/// </summary>
public sealed record GraphNode
{
    public required string Id { get; init; }
    /// <summary>Primary label first (Person, Claim, Event, ...), then extra labels (Actor, Meeting).</summary>
    public required IReadOnlyList<string> Labels { get; init; }
    public required string Name { get; init; }
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>();

    public string Label => Labels[0];
}

/// <summary>A relationship as stored and exported, with its evidence in <see cref="Properties"/>.</summary>
public sealed record GraphEdge
{
    /// <summary>Deterministic from type, ends and evidence, so the same reading is the same edge.</summary>
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>();
}

/// <summary>Nodes and the edges between them: a whole graph or an ego network.</summary>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>Counts by label and by relationship type.</summary>
public sealed record GraphCounts(IReadOnlyDictionary<string, long> Labels, IReadOnlyDictionary<string, long> RelationshipTypes);
