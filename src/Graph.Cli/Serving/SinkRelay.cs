using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Serving;

/// <summary>
/// Delivers the outbox to one secondary sink, oldest first, one article at a time. When the sink fails, the same
/// article is tried again after a wait that doubles from <see cref="ServeOptions.RetryDelay"/> up to
/// <see cref="ServeOptions.MaxRetryDelay"/>; nothing is skipped or dropped, and ingestion into the store goes on
/// meanwhile. On stop, an article being delivered stays queued and is delivered again after the restart.
/// </summary>
public sealed class SinkRelay(IArticleSink sink, SinkOutbox outbox, ServeOptions options, ServeCounters counters, ILogger logger)
{
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>The sink this relay feeds.</summary>
    public IArticleSink Sink => sink;

    /// <summary>Something was queued: look again if idle.</summary>
    public void Wake() => wake.Writer.TryWrite(true);

    /// <summary>Delivers until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        var delay = options.RetryDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            OutboxItem? item = null;
            try
            {
                item = outbox.Next(sink.Name);
                if (item is null)
                {
                    await wake.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
                await sink.WriteAsync(item.Graph, item.Text, cancellationToken).ConfigureAwait(false);
                outbox.Delivered(item);
                counters.AddDelivered();
                if (failures > 0)
                {
                    ServeLog.SinkRecovered(logger, sink.Name, failures, outbox.Pending(sink.Name));
                    failures = 0;
                    delay = options.RetryDelay;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (ArticleRejectedException e) when (item is not null)
            {
                outbox.Rejected(item, e.Message);
                ServeLog.SinkRejected(logger, sink.Name, item.ArticleId, e.Message);
            }
            catch (Exception e)
            {
                // Down, overloaded (503), timing out, or the outbox itself busy: wait and try the same article again.
                failures++;
                if (item is not null) TryRecordFailure(item, e.Message);
                ServeLog.SinkFailed(logger, sink.Name, item?.ArticleId ?? "(outbox)", failures, (long)delay.TotalMilliseconds, e.Message);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxRetryDelay.Ticks));
            }
        }
    }

    private void TryRecordFailure(OutboxItem item, string reason)
    {
        try
        {
            outbox.Failed(item, reason);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // Only bookkeeping; the row is still queued either way.
        }
    }
}
