using Graph.Core.Model;

namespace Graph.Cli.Serving;

/// <summary>
/// Somewhere an extracted article is written. The host has one primary sink, the embedded store
/// (<see cref="StoreSink"/>): a file leaves the inbox only after the store has the article. Every other sink
/// registered as <see cref="IArticleSink"/> is secondary: the host queues each stored article for it in a durable
/// outbox (<see cref="SinkOutbox"/>) and delivers from there with backoff (<see cref="SinkRelay"/>), so a sink
/// that is down delays nothing and loses nothing. Delivery is at least once: a secondary sink must merge by id
/// (Neo4j's <c>MERGE</c> does), so a repeat changes nothing.
/// </summary>
public interface IArticleSink
{
    /// <summary>A short stable name: the outbox key and what logs show. Never a URL with credentials.</summary>
    string Name { get; }

    /// <summary>
    /// Writes one article. Throwing means "not written, try again later" — except
    /// <see cref="ArticleRejectedException"/>, which means the sink will never take this article.
    /// </summary>
    Task<SinkWriteResult> WriteAsync(ArticleGraph graph, string text, CancellationToken cancellationToken);

    /// <summary>
    /// Writes several articles, all or none (the primary sink gets the articles that were ready at once). The
    /// default writes them one by one; a sink with a cheaper batch (one transaction) overrides it.
    /// </summary>
    async Task<IReadOnlyList<SinkWriteResult>> WriteManyAsync(IReadOnlyList<(ArticleGraph Graph, string Text)> articles, CancellationToken cancellationToken)
    {
        var results = new List<SinkWriteResult>(articles.Count);
        foreach (var (graph, text) in articles) results.Add(await WriteAsync(graph, text, cancellationToken).ConfigureAwait(false));
        return results;
    }
}

/// <summary>What a sink did with an article.</summary>
public enum SinkWriteResult
{
    /// <summary>The article was written (or merged).</summary>
    Written,
    /// <summary>The sink already had it; nothing changed.</summary>
    AlreadyPresent,
}

/// <summary>
/// A sink refuses an article for good (a bad value it cannot store, say): retrying will not help. The host keeps
/// the article in the outbox marked rejected, with the reason, and goes on with the next.
/// </summary>
public sealed class ArticleRejectedException(string message, Exception? innerException = null) : Exception(message, innerException);
