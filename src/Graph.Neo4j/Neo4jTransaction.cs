using Graph.Neo4j.Internal;

namespace Graph.Neo4j;

/// <summary>
/// An explicit transaction over HTTP (<c>/query/v2/tx</c>, or <c>/tx</c> on the older API). The server opens it
/// with the first statement. Disposing it without <see cref="CommitAsync"/> rolls it back. Not thread-safe.
/// A failed statement ends the transaction (the server rolls it back), so nothing in here is retried.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jClient _client;
    private readonly Neo4jHttpApi _api;
    private readonly AccessMode _accessMode;
    private string? _affinity;
    private State _state = State.NotStarted;

    private enum State { NotStarted, Open, Committed, RolledBack, Failed }

    internal Neo4jTransaction(Neo4jClient client, Neo4jHttpApi api, AccessMode accessMode)
    {
        _client = client;
        _api = api;
        _accessMode = accessMode;
    }

    /// <summary>The server's id for the transaction, once its first statement has run.</summary>
    public string? Id { get; private set; }

    /// <summary>True until the transaction is committed, rolled back, or failed.</summary>
    public bool IsOpen => _state is State.NotStarted or State.Open;

    /// <summary>Runs a statement in the transaction.</summary>
    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        EnsureOpen();
        var starting = _state == State.NotStarted;
        // Bookmarks only matter when the transaction begins: they say which earlier writes it must see.
        var (body, contentType) = Neo4jClient.BuildBody(_api, statement, parameters, _accessMode, starting ? _client.Bookmarks : []);
        try
        {
            var exchange = await _client.ExchangeAsync(HttpMethod.Post, starting ? BeginPath() : TransactionPath(), body, contentType,
                Neo4jClient.LegacyAccessMode(_api, _accessMode), authenticate: true, _affinity, cancellationToken).ConfigureAwait(false);
            if (starting)
            {
                // Read the id before the result: even a failed first statement may have opened a transaction to roll back.
                Id = ReadId(exchange);
                _affinity = exchange.Affinity;
            }
            var result = _client.ReadResult(_api, exchange);
            _state = State.Open;
            return result;
        }
        catch (Neo4jException)
        {
            _state = State.Failed;
            throw;
        }
    }

    /// <summary>Commits; the bookmarks it returns are carried forward by the client.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        if (_state == State.NotStarted)
        {
            // Nothing ran, so there is nothing on the server to commit.
            _state = State.Committed;
            return;
        }
        try
        {
            var body = _api == Neo4jHttpApi.Transactional ? """{"statements":[]}""" : null;
            var exchange = await _client.ExchangeAsync(HttpMethod.Post, TransactionPath() + "/commit", body, body is null ? null : "application/json",
                Neo4jClient.LegacyAccessMode(_api, _accessMode), authenticate: true, _affinity, cancellationToken).ConfigureAwait(false);
            var result = _client.ReadResult(_api, exchange);
            _client.RememberBookmarks(result.Bookmarks);
            _state = State.Committed;
        }
        catch (Neo4jException)
        {
            _state = State.Failed;
            throw;
        }
    }

    /// <summary>Rolls back. Does nothing when nothing ran or the transaction already ended.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state is State.Committed or State.RolledBack) return;
        var hadServerSide = Id is not null;
        _state = State.RolledBack;
        if (!hadServerSide) return;
        var exchange = await _client.ExchangeAsync(HttpMethod.Delete, TransactionPath(), null, null,
            Neo4jClient.LegacyAccessMode(_api, _accessMode), authenticate: true, _affinity, cancellationToken).ConfigureAwait(false);
        // 404: the server already dropped it (it does so after a failed statement or when it expires).
        if (exchange.Status != 404) _client.ReadResult(_api, exchange);
    }

    /// <summary>Rolls back unless committed; never throws, since it runs while another exception may be in flight.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_state is State.Committed or State.RolledBack) return;
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // The transaction expires on the server by itself; the original failure is what matters.
        }
    }

    private void EnsureOpen()
    {
        if (!IsOpen) throw new InvalidOperationException($"The transaction is {_state.ToString().ToLowerInvariant()}; begin a new one.");
    }

    private string BeginPath() => _api == Neo4jHttpApi.QueryV2 ? _client.QueryPath() + "/tx" : _client.TransactionalPath();

    private string TransactionPath() => BeginPath() + "/" + Uri.EscapeDataString(Id ?? throw new InvalidOperationException("The transaction has not started."));

    private string? ReadId(Exchange exchange)
    {
        var json = ResponseReader.TryParse(exchange.Body);
        if (_api == Neo4jHttpApi.QueryV2)
        {
            return (string?)json?["transaction"]?["id"];
        }
        // The older API names the transaction by URL: Location ".../tx/12", and "commit": ".../tx/12/commit".
        var url = exchange.Location?.ToString() ?? ((string?)json?["commit"])?.Replace("/commit", "", StringComparison.Ordinal);
        return url?.TrimEnd('/').Split('/').LastOrDefault();
    }
}
