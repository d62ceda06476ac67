using Microsoft.Extensions.Logging;

namespace Graph.Cli.Serving;

/// <summary>
/// Every log line the host writes, source-generated so the fields stay structured (the JSON console formatter
/// shows them as properties). One line per article; errors carry their code. Paths and sink names only: no
/// settings, so no credentials.
/// </summary>
internal static partial class ServeLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "serving inbox {Inbox} into store {Store} with {Workers} workers; secondary sinks: {Sinks}")]
    public static partial void Started(ILogger logger, string inbox, string store, int workers, string sinks);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "stored {ArticleId} from {Source}: {Entities} entities, {Claims} claims, {Events} events, {Relations} relations in {ElapsedMs} ms")]
    public static partial void Stored(ILogger logger, string articleId, string source, int entities, int claims, int events, int relations, long elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "already stored {ArticleId} from {Source} ({ElapsedMs} ms); moved to done")]
    public static partial void AlreadyStored(ILogger logger, string articleId, string source, long elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "failed {Source}: {Code}: {Reason}; moved to {FailedPath}")]
    public static partial void Failed(ILogger logger, string source, string code, string reason, string failedPath);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "progress: {Stored} stored, {AlreadyStored} already stored, {Failed} failed; {Rate:0.0} articles/s over the last {Seconds:0} s; {Waiting} waiting; {Outbox} awaiting secondary sinks")]
    public static partial void Progress(ILogger logger, long stored, long alreadyStored, long failed, double rate, double seconds, int waiting, long outbox);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "stopped: {Stored} stored, {AlreadyStored} already stored, {Failed} failed in {Seconds:0.0} s ({Rate:0.0} articles/s)")]
    public static partial void Stopped(ILogger logger, long stored, long alreadyStored, long failed, double seconds, double rate);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "store write failed for {Source} (attempt {Attempt}); retrying in {DelayMs} ms: {Reason}")]
    public static partial void StoreWriteFailed(ILogger logger, string source, int attempt, long delayMs, string reason);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "sink {Sink} could not take {ArticleId} (attempt {Attempt}); retrying in {DelayMs} ms: {Reason}")]
    public static partial void SinkFailed(ILogger logger, string sink, string articleId, int attempt, long delayMs, string reason);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "sink {Sink} is taking articles again after {Failures} failed attempts; {Pending} waiting for it")]
    public static partial void SinkRecovered(ILogger logger, string sink, int failures, long pending);

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "sink {Sink} rejected {ArticleId} for good; kept in the outbox: {Reason}")]
    public static partial void SinkRejected(ILogger logger, string sink, string articleId, string reason);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "could not move {Source} out of the inbox ({Reason}); it will be tried again")]
    public static partial void MoveFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "file watcher on {Inbox} failed ({Reason}); relying on rescans every {RescanSeconds:0.#} s")]
    public static partial void WatcherFailed(ILogger logger, string inbox, string reason, double rescanSeconds);

    [LoggerMessage(EventId = 13, Level = LogLevel.Debug, Message = "{Source} changed while being read; it will be read again once it settles")]
    public static partial void ChangedWhileReading(ILogger logger, string source);

    [LoggerMessage(EventId = 14, Level = LogLevel.Debug, Message = "{Source} vanished from the inbox before it was done")]
    public static partial void Vanished(ILogger logger, string source);

    [LoggerMessage(EventId = 15, Level = LogLevel.Critical, Message = "the extraction host stopped on an unexpected error")]
    public static partial void Crashed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 16, Level = LogLevel.Information, Message = "stopping: finishing the article in hand; unfinished files stay in the inbox for the next start")]
    public static partial void Stopping(ILogger logger);
}
