using System.Net;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Tests;

/// <summary>A request the fake server received, read whole so tests can inspect it after the fact.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? ContentType, string? Authorization, string Accept, IReadOnlyDictionary<string, string> Headers)
{
    public string Path => Uri.AbsolutePath;

    /// <summary>The body as JSON, with date-like strings left as strings (as the server reads them).</summary>
    public JObject Json
    {
        get
        {
            using var reader = new JsonTextReader(new StringReader(Body ?? throw new InvalidOperationException("The request had no body.")))
            {
                DateParseHandling = DateParseHandling.None,
            };
            return JObject.Load(reader);
        }
    }
}

/// <summary>
/// Plays Neo4j's HTTP APIs from their documented request and response shapes: answers discovery (<c>GET /</c>)
/// with <see cref="Discovery"/>, and every other request with the next queued response (or
/// <see cref="Fallback"/> when the queue is empty), recording every request.
/// </summary>
internal sealed class FakeNeo4jHandler : HttpMessageHandler
{
    public const string QueryApiDiscovery = """
        {"bolt_routing": "neo4j://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx",
         "bolt_direct": "bolt://localhost:7687", "neo4j_version": "5.26.0", "neo4j_edition": "community",
         "query": "http://localhost:7474/db/{databaseName}/query/v2"}
        """;

    public const string OldDiscovery = """
        {"bolt_routing": "neo4j://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx",
         "bolt_direct": "bolt://localhost:7687", "neo4j_version": "5.12.0", "neo4j_edition": "enterprise"}
        """;

    private readonly Queue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Requests other than discovery.</summary>
    public IReadOnlyList<RecordedRequest> Statements => Requests.Where(r => r.Path != "/").ToArray();

    /// <summary>The discovery body, or null to answer discovery with 404.</summary>
    public string? Discovery { get; set; } = QueryApiDiscovery;

    /// <summary>Answers requests once the queue is empty.</summary>
    public Func<RecordedRequest, HttpResponseMessage>? Fallback { get; set; }

    public FakeNeo4jHandler Respond(int status, string body, string mediaType = "application/json", Action<HttpResponseMessage>? adjust = null)
    {
        _responses.Enqueue((_, _) =>
        {
            var response = Response(status, body, mediaType);
            adjust?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public FakeNeo4jHandler Throw(Exception exception)
    {
        _responses.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>Never answers: waits until the client gives up (its timeout cancels the request).</summary>
    public FakeNeo4jHandler Hang()
    {
        _responses.Enqueue(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    public static HttpResponseMessage Response(int status, string body, string mediaType = "application/json") => new((HttpStatusCode)status)
    {
        Content = new StringContent(body, Encoding.UTF8, mediaType),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers
            .Where(h => h.Key != "Authorization")
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value));
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            body,
            request.Content?.Headers.ContentType?.ToString(),
            request.Headers.Authorization?.ToString(),
            request.Headers.Accept.ToString(),
            headers);
        Requests.Add(recorded);

        if (recorded.Method == HttpMethod.Get && recorded.Path == "/")
        {
            return Discovery is null ? Response(404, "<html>not here</html>", "text/html") : Response(200, Discovery);
        }
        if (_responses.TryDequeue(out var respond)) return await respond(recorded, cancellationToken);
        if (Fallback is not null) return Fallback(recorded);
        throw new InvalidOperationException($"The fake Neo4j has no response queued for {recorded.Method} {recorded.Path}.");
    }
}
