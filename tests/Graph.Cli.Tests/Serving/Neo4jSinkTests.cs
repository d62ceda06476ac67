using System.Net;
using System.Text;
using Graph.Cli.Serving;
using Graph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Graph.Cli.Tests.Serving;

/// <summary>The host pushing to Neo4j through the real sink and client, against a fake server that is down, then back.</summary>
[Collection(ServingCollection.Name)]
public sealed class Neo4jSinkTests : IDisposable
{
    private readonly ServeWorkspace ws = new();

    [Fact]
    public async Task Neo4j_answering_503_keeps_every_article_and_pushes_it_when_back()
    {
        var server = new FakeNeo4j { Down = true };
        ArticleTemplates.WriteMany(ws.Inbox, 0, 6);
        var neo4j = new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), User = "neo4j", Password = "not-a-real-secret", MaxRetries = 0, RetryBaseDelay = TimeSpan.Zero };
        await using var host = await InProcessHost.StartAsync(ws, services: s => s.AddSingleton<IArticleSink>(sp =>
            new Neo4jArticleSink(sp.GetRequiredService<IOptions<ServeOptions>>(), neo4j, "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;", server)));
        await host.FinishedAsync(6);

        // Down: everything is in the store and done, nothing reached Neo4j, and all of it waits.
        Assert.Equal(6, host.Counters.Stored);
        Assert.Equal(6, host.Outbox.Pending("neo4j"));
        Assert.Empty(server.MergedArticleIds);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Message.Contains("not-a-real-secret", StringComparison.Ordinal));

        server.Down = false;
        await Eventually.TrueAsync(() => host.Outbox.Pending("neo4j") == 0, TimeSpan.FromSeconds(30), () => $"the outbox to drain ({host.Outbox.Pending("neo4j")} left)");
        var stored = (await StoreContents.ReadAsync(ws.Store)).Articles;
        Assert.Equal(stored, new SortedSet<string>(server.MergedArticleIds, StringComparer.Ordinal));
        Assert.Equal(1, server.SchemaRequests);
        // Parameters carry every value: no article text or name is pasted into a statement.
        Assert.All(server.Statements, st => Assert.DoesNotContain("article:", st, StringComparison.Ordinal));
    }

    public void Dispose() => ws.Dispose();

    /// <summary>Answers discovery and Query API requests the way the documentation shows; 503 while down.</summary>
    private sealed class FakeNeo4j : HttpMessageHandler
    {
        private readonly object gate = new();
        public volatile bool Down;
        public HashSet<string> MergedArticleIds { get; } = new(StringComparer.Ordinal);
        public List<string> Statements { get; } = [];
        public int SchemaRequests;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Get)
                return Json(HttpStatusCode.OK, """{"query": "http://neo4j.test:7474/db/{databaseName}/query/v2", "neo4j_version": "5.26.0", "neo4j_edition": "community"}""");
            if (Down)
                return Json(HttpStatusCode.ServiceUnavailable, """{"errors": [{"code": "Neo.TransientError.General.DatabaseUnavailable", "message": "The database is not available."}]}""");
            var body = JObject.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            var statement = (string)body["statement"]!;
            lock (gate)
            {
                Statements.Add(statement);
                if (statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)) SchemaRequests++;
                if (body["parameters"]?["rows"] is JArray rows)
                    foreach (var row in rows)
                        if ((string?)row["id"] is { } id && id.StartsWith("article:", StringComparison.Ordinal)) MergedArticleIds.Add(id);
            }
            return Json(HttpStatusCode.Accepted, """{"data": {"fields": [], "values": []}, "counters": {"containsUpdates": true, "nodesCreated": 1}, "bookmarks": ["FB:x"]}""");
        }

        private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
            new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
