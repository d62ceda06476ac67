using Graph.Core.Model;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace Graph.Cli.Serving;

/// <summary>
/// The primary sink: the embedded SQLite store. Each article is all-or-nothing (several ready at once share one
/// transaction); an article whose id the store already has changes nothing, which is what makes re-reading a
/// file after a crash harmless.
/// </summary>
public sealed class StoreSink : IArticleSink, IAsyncDisposable
{
    private readonly SqliteGraphStore store;

    /// <summary>Opens (creating if needed) the store at <see cref="ServeOptions.Store"/>; a bad store fails the host's start.</summary>
    public StoreSink(IOptions<ServeOptions> options)
    {
        store = SqliteGraphStore.Open(options.Value.Store ?? throw new InvalidOperationException("Serve:Store is not set"),
            extractor: Graph.Extraction.Pipeline.ExtractorBuild.Current);
    }

    /// <inheritdoc />
    public string Name => "store";

    /// <summary>The absolute path of the store file.</summary>
    public string Path => store.Path;

    /// <inheritdoc />
    public async Task<SinkWriteResult> WriteAsync(ArticleGraph graph, string text, CancellationToken cancellationToken) =>
        await store.WriteArticleAsync(graph, text, cancellationToken).ConfigureAwait(false) ? SinkWriteResult.Written : SinkWriteResult.AlreadyPresent;

    /// <summary>One transaction for all; if it fails, the store rolls back and writes them one transaction each.</summary>
    public async Task<IReadOnlyList<SinkWriteResult>> WriteManyAsync(IReadOnlyList<(ArticleGraph Graph, string Text)> articles, CancellationToken cancellationToken)
    {
        var written = await store.WriteArticlesAsync(articles, cancellationToken).ConfigureAwait(false);
        return written.Select(w => w ? SinkWriteResult.Written : SinkWriteResult.AlreadyPresent).ToList();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => store.DisposeAsync();
}
