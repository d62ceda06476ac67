using System.Runtime.CompilerServices;
using Graph.Core.Ids;
using Graph.Core.Model;
using Graph.Extraction.Reading;

namespace Graph.Extraction.Pipeline;

/// <summary>One input's outcome: its graph and text, or the reason it has none.</summary>
public sealed record ArticleOutcome(string Source, ArticleGraph? Graph, string? Text, ReadError? Error)
{
    public bool Succeeded => Graph is not null;

    /// <summary>Read fine but not extracted: the caller already had an article with this text (see <see cref="ExtractionPipeline.RunAsync"/>).</summary>
    public bool AlreadyHad { get; init; }
}

/// <summary>
/// Reads and extracts many inputs on all cores and yields outcomes in input order. At most a few articles are
/// in flight at once, so memory stays flat however many files there are. A bad file yields an error outcome;
/// the rest go on. Cancellation propagates.
/// </summary>
public sealed class ExtractionPipeline(ArticleReader reader, ArticleExtractor extractor)
{
    /// <param name="alreadyHave">
    /// Asked, once a file is read, with the article id (<see cref="Graph.Core.Ids.GraphIds.Article"/>, a hash of
    /// the text); when it answers true the article is not extracted and its outcome has
    /// <see cref="ArticleOutcome.AlreadyHad"/> set. Ingest uses it to skip texts already in the store, which are
    /// most of the work when a folder is ingested again. Called from several threads at once.
    /// </param>
    public async IAsyncEnumerable<ArticleOutcome> RunAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken,
        Func<string, bool>? alreadyHave = null)
    {
        var work = ArticleSources.Expand(paths).Select(source => source.Error is { } error
            ? () => Task.FromResult(new ArticleOutcome(source.Path, null, null, error))
            : (Func<Task<ArticleOutcome>>)(() => Task.Run(() => ProcessAsync(source.Path, cancellationToken, alreadyHave), cancellationToken)));
        await foreach (var outcome in InOrder(work, cancellationToken).ConfigureAwait(false)) yield return outcome;
    }

    /// <summary>
    /// Extracts documents already read (a store's own texts, for a rebuild) on all cores, yielding outcomes in
    /// their order, with the same bounds on memory as <see cref="RunAsync(IEnumerable{string}, CancellationToken, Func{string, bool}?)"/>.
    /// </summary>
    public IAsyncEnumerable<ArticleOutcome> RunAsync(IEnumerable<SourceDocument> documents, CancellationToken cancellationToken) =>
        InOrder(documents.Select(d => (Func<Task<ArticleOutcome>>)(() => Task.Run(() => Process(d), cancellationToken))), cancellationToken);

    private static async IAsyncEnumerable<ArticleOutcome> InOrder(IEnumerable<Func<Task<ArticleOutcome>>> work, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Enough articles in flight that no core waits while the store writer catches up, yet few: memory stays
        // flat however many files. Every finished article waiting here when the runtime collects its young objects
        // is copied to an older generation, and the more survive, the larger the runtime lets the young generation
        // grow. BBC on two cores: 100 in flight (with up to 192 waiting for the store) peaked 8-11% higher for five
        // copies than for one; 16 (with 32 queued for the writer) within 1%, but a core idled 1.4-1.6 s per ingest;
        // 32 (with 48) idled 1.1-1.4 s, 0.1 s faster, five copies -2% and +5%.
        var window = Environment.ProcessorCount * 16;
        var inFlight = new Queue<Task<ArticleOutcome>>();
        foreach (var start in work)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inFlight.Enqueue(start());
            if (inFlight.Count >= window) yield return await inFlight.Dequeue().ConfigureAwait(false);
        }
        while (inFlight.Count > 0) yield return await inFlight.Dequeue().ConfigureAwait(false);
    }

    public async Task<ArticleOutcome> ProcessAsync(string path, CancellationToken cancellationToken, Func<string, bool>? alreadyHave = null)
    {
        ReadResult read;
        using (extractor.Timings.Measure("reading")) read = await reader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (read.Document is not { } document) return new ArticleOutcome(path, null, null, read.Error);
        if (alreadyHave is not null && alreadyHave(GraphIds.Article(document.Text)))
            return new ArticleOutcome(document.Source, null, null, null) { AlreadyHad = true };
        return Process(document);
    }

    public ArticleOutcome Process(SourceDocument document)
    {
        try
        {
            return new ArticleOutcome(document.Source, extractor.Extract(document), document.Text, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An extractor bug on one article must not stop the batch; the article is reported, not lost silently.
            return new ArticleOutcome(document.Source, null, null,
                new ReadError(document.Source, ReadFailure.ExtractionFailed, $"extraction failed: {e.GetType().Name}: {e.Message}"
                    + (Environment.GetEnvironmentVariable("GRAPH_DEBUG") == "1" ? Environment.NewLine + e.StackTrace : "")));
        }
    }
}
