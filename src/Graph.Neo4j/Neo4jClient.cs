using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Graph.Neo4j.Internal;
using Graph.Neo4j.Loading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j;

/// <summary>
/// Runs Cypher on a Neo4j server over its HTTP Query API v2, or over the older transactional HTTP API when the
/// server's discovery document shows no Query API. Retries transient failures with exponential backoff and
/// jitter, carries bookmarks forward, and turns every failure into a <see cref="Neo4jException"/> that says what
/// to fix. Thread-safe; the <see cref="HttpClient"/> belongs to the caller and is not disposed here.
/// </summary>
public sealed partial class Neo4jClient : IRequestSink
{
    /// <summary>Neo4j's typed JSON media type.</summary>
    internal const string TypedMediaType = "application/vnd.neo4j.query";
    private const string JsonMediaType = "application/json";
    private const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly ILogger _logger;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly Uri _base;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly Lock _bookmarkLock = new();
    private IReadOnlyList<string> _bookmarks = [];
    private Neo4jServerInfo? _serverInfo;

    /// <summary>Creates a client; <paramref name="options"/> are validated here.</summary>
    /// <param name="httpClient">Used for every request; its own <c>Timeout</c> should be at least <see cref="Neo4jOptions.Timeout"/>.</param>
    /// <param name="options">Where and how to connect.</param>
    /// <param name="logger">Receives retries and discovery results; never credentials.</param>
    /// <param name="delay">Waits between retries; tests pass one that records instead of sleeping.</param>
    public Neo4jClient(HttpClient httpClient, Neo4jOptions options, ILogger? logger = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _http = httpClient;
        Options = options.Validate();
        _logger = logger ?? NullLogger.Instance;
        _delay = delay ?? Task.Delay;
        _base = Options.Uri!;
        _authorization = Options.Token is { } token
            ? new AuthenticationHeaderValue("Bearer", token)
            : Options.User is { } user
                ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + Options.Password)))
                : null;
    }

    /// <summary>The validated options in use.</summary>
    public Neo4jOptions Options { get; }

    /// <summary>The bookmarks of the last successful write or read; sent with the next request.</summary>
    public IReadOnlyList<string> Bookmarks
    {
        get { lock (_bookmarkLock) return _bookmarks; }
    }

    /// <summary>
    /// What the server is and which API to use, from the unauthenticated <c>GET /</c> (asked once per client).
    /// The Query API is used when the document lists a <c>query</c> endpoint and the version is 5.19 or later;
    /// a server whose document cannot be read (e.g. behind a proxy) is assumed to have it.
    /// </summary>
    public async Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        if (_serverInfo is { } known) return known;
        var info = await RetryAsync("discovery", async ct =>
        {
            var exchange = await ExchangeAsync(HttpMethod.Get, "", null, null, null, authenticate: false, affinity: null, ct).ConfigureAwait(false);
            if (exchange.Status >= 500)
            {
                throw new Neo4jException($"Neo4j at {_base} answered the discovery request with HTTP {exchange.Status}.",
                    isTransient: true, statusCode: exchange.Status);
            }
            var document = exchange.Status is >= 200 and < 300 ? ResponseReader.TryParse(exchange.Body) : null;
            return Discover(document, exchange.Status);
        }, cancellationToken).ConfigureAwait(false);
        _serverInfo = info;
        return info;
    }

    /// <summary>Runs one statement in its own transaction, retrying transient failures.</summary>
    /// <param name="statement">Cypher; values always go in <paramref name="parameters"/>, never into this text.</param>
    /// <param name="parameters">Strings, numbers, booleans, dates and times, byte arrays, lists and string-keyed maps.</param>
    /// <param name="accessMode">Read lets a cluster send the statement to a secondary.</param>
    /// <param name="cancellationToken">Cancels the request and any waiting between retries.</param>
    public async Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode accessMode = AccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        var server = await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        // Serialise once: a batch of thousands of rows is sent again unchanged on retry.
        var (body, contentType) = BuildBody(server.Api, statement, parameters, accessMode, Bookmarks);
        var path = server.Api == Neo4jHttpApi.QueryV2 ? QueryPath() : TransactionalPath() + "/commit";
        return await RetryAsync("statement", async ct =>
        {
            var exchange = await ExchangeAsync(HttpMethod.Post, path, body, contentType, LegacyAccessMode(server.Api, accessMode), authenticate: true, affinity: null, ct)
                .ConfigureAwait(false);
            var result = ReadResult(server.Api, exchange);
            RememberBookmarks(result.Bookmarks);
            return result;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens an explicit transaction. It is opened on the server by its first statement; dispose it without
    /// committing to roll it back. Statements in it are not retried: a failed statement ends the transaction.
    /// Use <see cref="ExecuteInTransactionAsync{T}"/> to retry a whole unit of work.
    /// </summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(AccessMode accessMode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        var server = await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        return new Neo4jTransaction(this, server.Api, accessMode);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it; on a transient failure rolls back and runs
    /// the whole of it again, so <paramref name="work"/> must be safe to repeat (MERGE, not CREATE).
    /// </summary>
    public Task<T> ExecuteInTransactionAsync<T>(
        Func<Neo4jTransaction, CancellationToken, Task<T>> work,
        AccessMode accessMode = AccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RetryAsync("transaction", async ct =>
        {
            await using var transaction = await BeginTransactionAsync(accessMode, ct).ConfigureAwait(false);
            var result = await work(transaction, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return result;
        }, cancellationToken);
    }

    /// <inheritdoc />
    Task<QueryResult> IRequestSink.SendAsync(CypherRequest request, CancellationToken cancellationToken) =>
        RunAsync(request.Statement, request.Parameters, AccessMode.Write, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"Neo4jClient {{ {_base}, database {Options.Database} }}";

    /// <summary>The older API takes the access mode as a header; the Query API in the body.</summary>
    internal static AccessMode? LegacyAccessMode(Neo4jHttpApi api, AccessMode accessMode) =>
        api == Neo4jHttpApi.Transactional ? accessMode : null;

    internal string QueryPath() => "db/" + Uri.EscapeDataString(Options.Database) + "/query/v2";

    internal string TransactionalPath() => "db/" + Uri.EscapeDataString(Options.Database) + "/tx";

    /// <summary>A request body for either API.</summary>
    internal static (string Body, string ContentType) BuildBody(
        Neo4jHttpApi api, string statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode accessMode, IReadOnlyList<string> bookmarks)
    {
        var typed = api == Neo4jHttpApi.QueryV2 && parameters is not null && parameters.Values.Any(ParameterJson.NeedsTyped);
        var mode = typed ? ParameterJson.Mode.Typed : ParameterJson.Mode.Plain;
        var text = new StringBuilder(256);
        using (var writer = new JsonTextWriter(new StringWriter(text, CultureInfo.InvariantCulture)) { Formatting = Formatting.None })
        {
            writer.WriteStartObject();
            if (api == Neo4jHttpApi.QueryV2)
            {
                WriteStatement(writer, statement, parameters, mode);
                writer.WritePropertyName("includeCounters");
                writer.WriteValue(true);
                writer.WritePropertyName("accessMode");
                writer.WriteValue(accessMode == AccessMode.Read ? "Read" : "Write");
            }
            else
            {
                writer.WritePropertyName("statements");
                writer.WriteStartArray();
                writer.WriteStartObject();
                WriteStatement(writer, statement, parameters, mode);
                writer.WritePropertyName("includeStats");
                writer.WriteValue(true);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }
            // An older server that never sent bookmarks is never sent any, so it never sees a field it may reject.
            if (bookmarks.Count > 0)
            {
                writer.WritePropertyName("bookmarks");
                writer.WriteStartArray();
                foreach (var bookmark in bookmarks) writer.WriteValue(bookmark);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return (text.ToString(), typed ? TypedMediaType : JsonMediaType);
    }

    private static void WriteStatement(JsonWriter writer, string statement, IReadOnlyDictionary<string, object?>? parameters, ParameterJson.Mode mode)
    {
        writer.WritePropertyName("statement");
        writer.WriteValue(statement);
        writer.WritePropertyName("parameters");
        ParameterJson.WriteParameters(writer, parameters, mode);
    }

    /// <summary>Reads a response, throwing the mapped exception for an error status or a non-empty <c>errors</c> array.</summary>
    internal QueryResult ReadResult(Neo4jHttpApi api, Exchange exchange)
    {
        var json = ResponseReader.TryParse(exchange.Body);
        var error = ResponseReader.FirstError(json);
        // The older API answers 200 even when the statement failed: its errors array is what counts.
        if (exchange.Status is < 200 or >= 300 || error is not null)
        {
            throw ErrorFrom(exchange.Status, error?.Code, error?.Message);
        }
        if (json is null)
        {
            throw new Neo4jException($"Neo4j at {_base} answered HTTP {exchange.Status} with a body that is not JSON.", statusCode: exchange.Status);
        }
        return api == Neo4jHttpApi.QueryV2 ? ResponseReader.ReadQueryV2(json, exchange.Typed) : ResponseReader.ReadTransactional(json);
    }

    internal void RememberBookmarks(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0) return;
        lock (_bookmarkLock) _bookmarks = bookmarks;
    }

    /// <summary>One HTTP round trip under <see cref="Neo4jOptions.Timeout"/>; transport failures become exceptions, HTTP errors do not.</summary>
    internal async Task<Exchange> ExchangeAsync(
        HttpMethod method,
        string path,
        string? body,
        string? contentType,
        AccessMode? accessMode,
        bool authenticate,
        string? affinity,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        using var request = new HttpRequestMessage(method, new Uri(_base, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedMediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType, 0.9));
        if (authenticate && _authorization is not null) request.Headers.Authorization = _authorization;
        if (accessMode is { } mode) request.Headers.TryAddWithoutValidation("access-mode", mode == AccessMode.Read ? "READ" : "WRITE");
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? JsonMediaType);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            LogExchange(_logger, method.Method, path, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var typed = response.Content.Headers.ContentType?.MediaType?.StartsWith(TypedMediaType, StringComparison.OrdinalIgnoreCase) == true;
            var responseAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Exchange(status, text, typed, response.Headers.Location, responseAffinity);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout or HttpClient.Timeout fired, not the caller: the server was too slow.
            var limit = timeout.IsCancellationRequested ? Options.Timeout : _http.Timeout;
            throw new Neo4jTimeoutException(
                $"Neo4j at {_base} did not answer within {limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s.",
                exception);
        }
        catch (HttpRequestException exception)
        {
            throw Unreachable(exception);
        }
    }

    /// <summary>Runs <paramref name="attempt"/> until it succeeds, fails for good, or runs out of retries.</summary>
    internal async Task<T> RetryAsync<T>(string operation, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var attempts = Options.MaxRetries + 1;
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException exception) when (exception.IsTransient && !cancellationToken.IsCancellationRequested)
            {
                if (number >= attempts)
                {
                    throw number == 1 ? exception : AfterAttempts(exception, number);
                }
                var wait = BackoffDelay(number);
                LogRetry(_logger, operation, number, attempts, wait.TotalMilliseconds, exception.Code ?? exception.GetType().Name);
                await _delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Exponential backoff with "equal jitter": half fixed, half random, so retries of many clients spread out.</summary>
    internal TimeSpan BackoffDelay(int retry)
    {
        var exponential = Options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1);
        var capped = Math.Min(exponential, Options.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped / 2 + Random.Shared.NextDouble() * capped / 2);
    }

    private static Neo4jException AfterAttempts(Neo4jException exception, int attempts)
    {
        var message = $"{exception.Message} Gave up after {attempts} attempts.";
        return exception switch
        {
            Neo4jTimeoutException => new Neo4jTimeoutException(message, exception),
            Neo4jUnreachableException => new Neo4jUnreachableException(message, exception.IsTransient, exception),
            _ => new Neo4jException(message, exception.Code, exception.IsTransient, exception.StatusCode, exception),
        };
    }

    private Neo4jServerInfo Discover(JObject? document, int status)
    {
        if (document is null)
        {
            LogDiscoveryUnreadable(_logger, _base, status);
            return new Neo4jServerInfo(null, null, Neo4jHttpApi.QueryV2);
        }
        var version = (string?)document["neo4j_version"];
        var edition = (string?)document["neo4j_edition"];
        var hasQueryApi = document["query"] is not null && !IsOlderThan(version, 5, 19);
        var info = new Neo4jServerInfo(version, edition, hasQueryApi ? Neo4jHttpApi.QueryV2 : Neo4jHttpApi.Transactional);
        LogDiscovered(_logger, _base, version ?? "unknown", edition ?? "unknown", info.Api);
        return info;
    }

    /// <summary>True when <paramref name="version"/> (e.g. "5.18.1", "2025.01.0") is below major.minor.</summary>
    internal static bool IsOlderThan(string? version, int major, int minor)
    {
        if (version is null) return false;
        var parts = version.Split('.', '-');
        if (parts.Length < 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var actualMajor)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var actualMinor))
        {
            return false;
        }
        return actualMajor < major || (actualMajor == major && actualMinor < minor);
    }

    /// <summary>Maps an error response to the exception that says what to do about it.</summary>
    internal Neo4jException ErrorFrom(int status, string? code, string? serverMessage)
    {
        var detail = Scrub(serverMessage);
        var codeText = code is null ? "" : ", " + code;
        if (status == 401 || code == "Neo.ClientError.Security.Unauthorized")
        {
            var who = Options.Token is not null ? "the bearer token" : Options.User is { } user ? $"the password for user '{user}'" : "no credentials";
            return new Neo4jAuthenticationException(
                $"Neo4j at {_base} refused {who} (HTTP {status}{codeText}). Check NEO4J_USER and NEO4J_PASSWORD.", code, status);
        }
        if (code == "Neo.ClientError.Database.DatabaseNotFound")
        {
            return new Neo4jDatabaseNotFoundException(Options.Database,
                $"Database '{Options.Database}' does not exist on Neo4j at {_base} ({code}). " +
                "Set NEO4J_DATABASE to an existing database (every server has 'neo4j') or create it first.", code, status);
        }
        var transient = code is not null
            ? code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || code == "Neo.ClientError.Cluster.NotALeader"
            : status >= 500 || status == 408 || status == 429;
        var what = detail is { Length: > 0 } ? detail : $"HTTP {status}";
        return new Neo4jException($"Neo4j at {_base} failed the request: {what} (HTTP {status}{codeText}).", code, transient, status);
    }

    private Neo4jUnreachableException Unreachable(HttpRequestException exception)
    {
        var socket = FindSocketError(exception);
        if (exception.HttpRequestError == HttpRequestError.NameResolutionError
            || socket is SocketError.HostNotFound or SocketError.NoData)
        {
            // A wrong host name does not fix itself by waiting.
            return new Neo4jUnreachableException(
                $"Cannot resolve the host '{_base.Host}' of Neo4j's address {_base}. Check NEO4J_URI.", isTransient: false, exception);
        }
        if (exception.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            return new Neo4jUnreachableException(
                $"Cannot make a TLS connection to Neo4j at {_base}: {exception.Message} Check the scheme (http/https) in NEO4J_URI.",
                isTransient: false, exception);
        }
        var reason = socket switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.TimedOut => "connection timed out",
            SocketError.HostUnreachable or SocketError.NetworkUnreachable => "host unreachable",
            SocketError.ConnectionReset => "connection reset",
            _ => exception.Message,
        };
        return new Neo4jUnreachableException(
            $"Cannot reach Neo4j at {_base} ({reason}). Is the server running, and is NEO4J_URI its HTTP address (port 7474 by default)?",
            isTransient: true, exception);
    }

    private static SocketError? FindSocketError(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket) return socket.SocketErrorCode;
        }
        return null;
    }

    /// <summary>Removes the password and token from text that came from elsewhere (a server message may echo input).</summary>
    private string? Scrub(string? text)
    {
        if (text is null) return null;
        foreach (var secret in new[] { Options.Password, Options.Token })
        {
            // Very short secrets would blank out ordinary words; they are also not worth guessing from a message.
            if (secret is { Length: >= 4 }) text = text.Replace(secret, "***", StringComparison.Ordinal);
        }
        return text;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Neo4j {Method} /{Path} -> HTTP {Status} in {ElapsedMs:0} ms")]
    private static partial void LogExchange(ILogger logger, string method, string path, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j {Operation} failed transiently ({Reason}); attempt {Attempt} of {Attempts}, retrying in {DelayMs:0} ms")]
    private static partial void LogRetry(ILogger logger, string operation, int attempt, int attempts, double delayMs, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j at {BaseUri}: version {Version}, edition {Edition}; using the {Api} API")]
    private static partial void LogDiscovered(ILogger logger, Uri baseUri, string version, string edition, Neo4jHttpApi api);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j at {BaseUri}: discovery answered HTTP {Status} without a readable document; assuming the Query API")]
    private static partial void LogDiscoveryUnreadable(ILogger logger, Uri baseUri, int status);
}

/// <summary>One HTTP response, read whole.</summary>
internal sealed record Exchange(int Status, string Body, bool Typed, Uri? Location, string? Affinity);
