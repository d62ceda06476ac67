using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>Where graphs are kept. Writes merge by id; one article is one transaction.</summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Merges one article's graph; returns false when the article was already stored (nothing changes).</summary>
    Task<bool> WriteArticleAsync(ArticleGraph graph, string articleText, CancellationToken cancellationToken);

    Task<GraphCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>Nodes whose name or alias matches <paramref name="name"/> (case-insensitive), best match first.</summary>
    Task<IReadOnlyList<GraphNode>> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>The nodes within <paramref name="hops"/> of the given ones, and every edge among them.</summary>
    Task<Subgraph> NeighbourhoodAsync(IReadOnlyCollection<string> ids, int hops, CancellationToken cancellationToken);

    /// <summary>The whole graph, streamed nodes first.</summary>
    Task<Subgraph> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>The text an article was extracted from, so any evidence span can be read back.</summary>
    Task<string?> ArticleTextAsync(string articleId, CancellationToken cancellationToken);
}
