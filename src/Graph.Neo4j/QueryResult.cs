namespace Graph.Neo4j;

/// <summary>Whether a statement only reads; lets a cluster route it to a secondary.</summary>
public enum AccessMode
{
    /// <summary>The statement may write.</summary>
    Write,
    /// <summary>The statement only reads.</summary>
    Read,
}

/// <summary>Which of Neo4j's HTTP APIs a client speaks to a server.</summary>
public enum Neo4jHttpApi
{
    /// <summary>The Query API v2 (<c>/db/{db}/query/v2</c>), Neo4j 5.19 and later and Aura.</summary>
    QueryV2,
    /// <summary>The older transactional API (<c>/db/{db}/tx/commit</c>), Neo4j 4.x and 5.x.</summary>
    Transactional,
}

/// <summary>What the server's unauthenticated discovery document (<c>GET /</c>) says about it.</summary>
/// <param name="Version">E.g. <c>5.26.0</c> or <c>2025.01.0</c>; null when the server did not say.</param>
/// <param name="Edition"><c>community</c>, <c>enterprise</c> or null.</param>
/// <param name="Api">The API this client uses with the server.</param>
public sealed record Neo4jServerInfo(string? Version, string? Edition, Neo4jHttpApi Api);

/// <summary>
/// The rows of one statement. Values are .NET values: null, <see cref="bool"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="string"/>, <see cref="DateOnly"/>, <see cref="TimeOnly"/>, <see cref="DateTime"/>
/// (local date-times), <see cref="DateTimeOffset"/>, <c>byte[]</c>, <see cref="Neo4jNode"/>,
/// <see cref="Neo4jRelationship"/>, <see cref="Neo4jPath"/>, lists (<c>IReadOnlyList&lt;object?&gt;</c>) and maps
/// (<c>IReadOnlyDictionary&lt;string, object?&gt;</c>). Durations, points and times with an offset, which have no
/// exact .NET type, stay ISO strings.
/// </summary>
public sealed record QueryResult
{
    /// <summary>An empty result (a dry run's).</summary>
    public static QueryResult Empty { get; } = new() { Fields = [], Rows = [], Counters = QueryCounters.None, Bookmarks = [] };

    /// <summary>Column names, in order.</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>One list of values per row, in <see cref="Fields"/> order.</summary>
    public required IReadOnlyList<IReadOnlyList<object?>> Rows { get; init; }

    /// <summary>What the statement changed.</summary>
    public required QueryCounters Counters { get; init; }

    /// <summary>Bookmarks after the statement, to read one's own writes in a cluster.</summary>
    public required IReadOnlyList<string> Bookmarks { get; init; }

    /// <summary>The value of <paramref name="field"/> in row <paramref name="row"/>.</summary>
    public object? Value(int row, string field)
    {
        var index = -1;
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal)) { index = i; break; }
        }
        if (index < 0) throw new KeyNotFoundException($"The result has no field '{field}'.");
        return Rows[row][index];
    }
}

/// <summary>The server's update counters for a statement (or the sum over many).</summary>
public sealed record QueryCounters
{
    /// <summary>Nothing changed.</summary>
    public static QueryCounters None { get; } = new();

    /// <summary>Whether anything in the database changed.</summary>
    public bool ContainsUpdates { get; init; }
    /// <summary>Nodes created.</summary>
    public long NodesCreated { get; init; }
    /// <summary>Nodes deleted.</summary>
    public long NodesDeleted { get; init; }
    /// <summary>Properties set, including ones set to the value they had.</summary>
    public long PropertiesSet { get; init; }
    /// <summary>Relationships created.</summary>
    public long RelationshipsCreated { get; init; }
    /// <summary>Relationships deleted.</summary>
    public long RelationshipsDeleted { get; init; }
    /// <summary>Labels added to nodes.</summary>
    public long LabelsAdded { get; init; }
    /// <summary>Labels removed from nodes.</summary>
    public long LabelsRemoved { get; init; }
    /// <summary>Indexes created.</summary>
    public long IndexesAdded { get; init; }
    /// <summary>Indexes dropped.</summary>
    public long IndexesRemoved { get; init; }
    /// <summary>Constraints created.</summary>
    public long ConstraintsAdded { get; init; }
    /// <summary>Constraints dropped.</summary>
    public long ConstraintsRemoved { get; init; }
    /// <summary>Changes to the system database (users, databases).</summary>
    public long SystemUpdates { get; init; }

    /// <summary>The sum of two sets of counters.</summary>
    public static QueryCounters operator +(QueryCounters a, QueryCounters b) => new()
    {
        ContainsUpdates = a.ContainsUpdates || b.ContainsUpdates,
        NodesCreated = a.NodesCreated + b.NodesCreated,
        NodesDeleted = a.NodesDeleted + b.NodesDeleted,
        PropertiesSet = a.PropertiesSet + b.PropertiesSet,
        RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
        RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
        LabelsAdded = a.LabelsAdded + b.LabelsAdded,
        LabelsRemoved = a.LabelsRemoved + b.LabelsRemoved,
        IndexesAdded = a.IndexesAdded + b.IndexesAdded,
        IndexesRemoved = a.IndexesRemoved + b.IndexesRemoved,
        ConstraintsAdded = a.ConstraintsAdded + b.ConstraintsAdded,
        ConstraintsRemoved = a.ConstraintsRemoved + b.ConstraintsRemoved,
        SystemUpdates = a.SystemUpdates + b.SystemUpdates,
    };
}

/// <summary>A node returned by a query.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship returned by a query.</summary>
public sealed record Neo4jRelationship(
    string ElementId,
    string Type,
    string StartElementId,
    string EndElementId,
    IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path returned by a query: nodes and the relationships between them, in order.</summary>
public sealed record Neo4jPath(IReadOnlyList<Neo4jNode> Nodes, IReadOnlyList<Neo4jRelationship> Relationships);
