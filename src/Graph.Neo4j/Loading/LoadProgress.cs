namespace Graph.Neo4j.Loading;

/// <summary>The stages of a load, in the order they run.</summary>
public enum LoadPhase
{
    /// <summary>Constraints and indexes, one statement a request.</summary>
    Schema,
    /// <summary>Nodes, grouped by label set.</summary>
    Nodes,
    /// <summary>Relationships, grouped by type and end labels.</summary>
    Relationships,
}

/// <summary>
/// Where a load stands after a request: <see cref="Done"/> of <see cref="Total"/> items (schema statements,
/// nodes and relationships all count one), for a progress bar.
/// </summary>
/// <param name="Phase">The stage of the request just finished.</param>
/// <param name="Group">E.g. <c>Person:Actor</c> or <c>STATED (Person)->(Claim)</c>; empty before the first request.</param>
/// <param name="Done">Items finished so far.</param>
/// <param name="Total">Items in the whole load.</param>
/// <param name="Requests">Requests finished so far.</param>
/// <param name="TotalRequests">Requests in the whole load.</param>
public sealed record LoadProgress(LoadPhase Phase, string Group, long Done, long Total, int Requests, int TotalRequests)
{
    /// <summary>Done as a fraction of the total, 0 to 1.</summary>
    public double Fraction => Total == 0 ? 1 : (double)Done / Total;
}

/// <summary>What a load sent and what the server says it changed.</summary>
public sealed record LoadSummary
{
    /// <summary>Schema statements run.</summary>
    public required int SchemaStatements { get; init; }
    /// <summary>Nodes sent (each merged: created, or updated when it was there).</summary>
    public required long Nodes { get; init; }
    /// <summary>Relationships sent.</summary>
    public required long Relationships { get; init; }
    /// <summary>
    /// Relationships the server could not merge because an end node was not in the database; null when no
    /// server answered (a dry run, or no relationships were sent).
    /// </summary>
    public required long? RelationshipsWithoutEnds { get; init; }
    /// <summary>Requests sent.</summary>
    public required int Requests { get; init; }
    /// <summary>The server's counters, summed over all requests (all zero for a dry run).</summary>
    public required QueryCounters Counters { get; init; }
    /// <summary>Wall-clock time of the load.</summary>
    public required TimeSpan Elapsed { get; init; }
}
