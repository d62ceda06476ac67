using System.Runtime.CompilerServices;
using Graph.Core.Model;
using Graph.Extraction.Reading;

namespace Graph.Extraction.Pipeline;

/// <summary>One input's outcome: its graph and text, or the reason it has none.</summary>
public sealed record ArticleOutcome(string Source, ArticleGraph? Graph, string? Text, ReadError? Error)
{
    public bool Succeeded => Graph is not null;
}

/// <summary>
/// Reads and extracts many inputs on all cores and yields outcomes in input order. At most a few articles are
/// in flight at once, so memory stays flat however many files there are. A bad file yields an error outcome;
/// the rest go on. Cancellation propagates.
/// </summary>
public sealed class ExtractionPipeline(ArticleReader reader, ArticleExtractor extractor)
{
    public async IAsyncEnumerable<ArticleOutcome> RunAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Enough articles in flight that extraction goes on on every core while the caller writes a batch to
        // the store (64 articles a transaction), yet a bounded number: memory stays flat however many files.
        var window = Environment.ProcessorCount * 2 + 96;
        var inFlight = new Queue<Task<ArticleOutcome>>();
        foreach (var (path, error) in ArticleSources.Expand(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            inFlight.Enqueue(error is not null
                ? Task.FromResult(new ArticleOutcome(path, null, null, error))
                : Task.Run(() => ProcessAsync(path, cancellationToken), cancellationToken));
            if (inFlight.Count >= window) yield return await inFlight.Dequeue().ConfigureAwait(false);
        }
        while (inFlight.Count > 0) yield return await inFlight.Dequeue().ConfigureAwait(false);
    }

    public async Task<ArticleOutcome> ProcessAsync(string path, CancellationToken cancellationToken)
    {
        ReadResult read;
        using (extractor.Timings.Measure("reading")) read = await reader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (read.Document is not { } document) return new ArticleOutcome(path, null, null, read.Error);
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
