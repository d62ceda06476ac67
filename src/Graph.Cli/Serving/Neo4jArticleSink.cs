using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Neo4j;
using Graph.Neo4j.Loading;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace Graph.Cli.Serving;

/// <summary>
/// Pushes each stored article to Neo4j. It sends the store's merged nodes (aliases from every article, not only
/// this one) and the relationships among them, with the loader's idempotent MERGE, so a repeat after a retry
/// changes nothing. A failure throws: the relay keeps the article in the outbox and retries with backoff, so
/// Neo4j being down delays its copy of the graph and loses nothing.
/// </summary>
public sealed class Neo4jArticleSink : IArticleSink, IAsyncDisposable
{
    private readonly GraphLoader loader;
    private readonly HttpClient http;
    private readonly SqliteGraphStore store;
    private readonly string schema;
    private bool schemaApplied;

    public Neo4jArticleSink(IOptions<ServeOptions> options, Neo4jOptions neo4j, string schemaText, HttpMessageHandler? handler = null)
    {
        http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.Timeout = Timeout.InfiniteTimeSpan;
        loader = new GraphLoader(new Neo4jClient(http, neo4j));
        // The host's writer created the store before any article reaches a secondary sink.
        store = SqliteGraphStore.Open(options.Value.Store ?? throw new InvalidOperationException("Serve:Store is not set"));
        schema = schemaText;
    }

    /// <inheritdoc />
    public string Name => "neo4j";

    /// <inheritdoc />
    public async Task<SinkWriteResult> WriteAsync(ArticleGraph graph, string text, CancellationToken cancellationToken)
    {
        var ids = GraphProjection.Project(graph).Nodes.Select(n => n.Id).ToList();
        var merged = await store.NeighbourhoodAsync(ids, 0, cancellationToken).ConfigureAwait(false);
        await loader.PushAsync(merged, schemaApplied ? null : schema, null, cancellationToken).ConfigureAwait(false);
        schemaApplied = true;
        return SinkWriteResult.Written;
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync().ConfigureAwait(false);
        http.Dispose();
    }
}
