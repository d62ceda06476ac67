using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Neo4j.Loading;
using Xunit;

namespace Graph.Neo4j.Tests;

/// <summary>
/// A test that needs a live Neo4j server: skipped, with the reason shown, unless <c>NEO4J_URI</c> is set
/// (with <c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c> and optionally <c>NEO4J_DATABASE</c>).
/// </summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no server is configured.</summary>
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Neo4jOptions.UriVariable)))
        {
            Skip = "NEO4J_URI is not set: no Neo4j server to test against (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run).";
        }
    }
}

/// <summary>One client for all live tests, built from the environment.</summary>
public sealed class LiveNeo4j : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(2) };

    public LiveNeo4j()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Neo4jOptions.UriVariable)))
        {
            Client = new Neo4jClient(_http, Neo4jOptions.FromEnvironment());
        }
    }

    public Neo4jClient? Client { get; }

    public void Dispose() => _http.Dispose();
}

public sealed class Neo4jIntegrationTests(LiveNeo4j live) : IClassFixture<LiveNeo4j>
{
    private Neo4jClient Client => live.Client ?? throw new InvalidOperationException("NEO4J_URI is not set.");

    [Neo4jFact]
    public async Task Runs_a_statement_with_typed_parameters()
    {
        var result = await Client.RunAsync("RETURN $n + 1 AS n, date($d) AS d, $s AS s", new Dictionary<string, object?>
        {
            ["n"] = 41,
            ["d"] = "2024-05-15",
            ["s"] = "O'Brien \"`x`\"",
        }, AccessMode.Read);

        Assert.Equal((object)42L, result.Value(0, "n"));
        Assert.Equal(new DateOnly(2024, 5, 15), result.Value(0, "d"));
        Assert.Equal("O'Brien \"`x`\"", result.Value(0, "s"));
    }

    [Neo4jFact]
    public async Task Syntax_errors_carry_the_server_code()
    {
        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client.RunAsync("MATCH (n) RETRN n"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }

    [Neo4jFact]
    public async Task Pushing_the_same_graph_twice_creates_nothing_the_second_time()
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var graph = new Subgraph(
            [
                TestGraphs.Node($"person:it-{suffix}", "O'Brien \"`boss`\"", [NodeLabels.Person, NodeLabels.Actor], new() { ["aliases"] = new[] { "OB" } }),
                TestGraphs.Node($"claim:it-{suffix}", "a claim", [NodeLabels.Claim], new() { ["text"] = "a claim", ["confidence"] = 0.5 }),
            ],
            [TestGraphs.Edge(RelationTypes.Stated, $"person:it-{suffix}", $"claim:it-{suffix}", new() { ["start"] = 1L, ["end"] = 5L }, id: $"stated:it-{suffix}")]);
        var loader = new GraphLoader(Client);
        try
        {
            var first = await loader.PushAsync(graph, schemaText: null);
            var second = await loader.PushAsync(graph, schemaText: null);

            Assert.Equal(2, first.Counters.NodesCreated);
            Assert.Equal(1, first.Counters.RelationshipsCreated);
            Assert.Equal(0, second.Counters.NodesCreated);
            Assert.Equal(0, second.Counters.RelationshipsCreated);
            Assert.Equal(0, second.RelationshipsWithoutEnds);
            var check = await Client.RunAsync("MATCH (p:Person:Actor {id: $id})-[r:STATED]->(c:Claim) RETURN p.name AS name, r.start AS start",
                new Dictionary<string, object?> { ["id"] = $"person:it-{suffix}" }, AccessMode.Read);
            Assert.Equal("O'Brien \"`boss`\"", check.Value(0, "name"));
            Assert.Equal((object)1L, check.Value(0, "start"));
        }
        finally
        {
            await Client.RunAsync("MATCH (n) WHERE n.id IN $ids DETACH DELETE n",
                new Dictionary<string, object?> { ["ids"] = graph.Nodes.Select(n => n.Id).ToArray() });
        }
    }

    [Neo4jFact]
    public async Task A_rolled_back_transaction_leaves_nothing()
    {
        var id = "person:it-" + Guid.NewGuid().ToString("N")[..12];
        await using (var transaction = await Client.BeginTransactionAsync())
        {
            await transaction.RunAsync("CREATE (n:Person {id: $id})", new Dictionary<string, object?> { ["id"] = id });
            await transaction.RollbackAsync();
        }

        var result = await Client.RunAsync("MATCH (n:Person {id: $id}) RETURN count(n) AS c", new Dictionary<string, object?> { ["id"] = id }, AccessMode.Read);

        Assert.Equal((object)0L, result.Value(0, "c"));
    }

    [Neo4jFact]
    public async Task Unknown_database_is_reported_as_such()
    {
        using var http = new HttpClient();
        var client = new Neo4jClient(http, Neo4jOptions.FromEnvironment() with { Database = "no-such-db-" + Guid.NewGuid().ToString("N")[..8], MaxRetries = 0 });

        await Assert.ThrowsAsync<Neo4jDatabaseNotFoundException>(() => client.RunAsync("RETURN 1"));
    }
}
