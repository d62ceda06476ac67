namespace Graph.Neo4j.Loading;

/// <summary>One parameterised Cypher statement, as the loader sends it.</summary>
/// <param name="Statement">Cypher text; labels and types in it come only from the fixed vocabulary.</param>
/// <param name="Parameters">Every value, e.g. <c>rows</c> for a batch.</param>
public sealed record CypherRequest(string Statement, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>
/// Where the loader's requests go: a <see cref="Neo4jClient"/> sends them, a <see cref="DryRunSink"/> writes
/// them down instead.
/// </summary>
public interface IRequestSink
{
    /// <summary>Handles one request; returns the server's result (an empty one when nothing was sent).</summary>
    Task<QueryResult> SendAsync(CypherRequest request, CancellationToken cancellationToken);
}
