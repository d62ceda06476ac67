using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jClientTests
{
    private const string SuccessWithCounters = """
        {"data": {"fields": ["name", "n"], "values": [["Xin Qiang", 3], ["China", 4]]},
         "counters": {"containsUpdates": true, "nodesCreated": 3, "nodesDeleted": 0, "propertiesSet": 9,
                      "relationshipsCreated": 2, "relationshipsDeleted": 0, "labelsAdded": 3, "labelsRemoved": 0,
                      "indexesAdded": 0, "indexesRemoved": 0, "constraintsAdded": 0, "constraintsRemoved": 0,
                      "containsSystemUpdates": false, "systemUpdates": 0},
         "bookmarks": ["FB:kcwQy6V1"]}
        """;

    private const string EmptySuccess = """{"data": {"fields": [], "values": []}, "bookmarks": []}""";

    [Fact]
    public async Task Success_posts_the_documented_body_and_reads_rows_counters_and_bookmarks()
    {
        var server = new FakeServer();
        server.Handler.Respond(202, SuccessWithCounters);
        var client = server.Client();

        var result = await client.RunAsync("MATCH (n:Person {name: $name}) RETURN n.name AS name, 3 AS n",
            new Dictionary<string, object?> { ["name"] = "Xin Qiang", ["limit"] = 5 });

        var request = Assert.Single(server.Handler.Statements);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + FakeServer.Password)), request.Authorization);
        Assert.Contains("application/vnd.neo4j.query", request.Accept, StringComparison.Ordinal);
        Assert.Equal("application/json", request.ContentType);
        var body = request.Json;
        Assert.Equal("MATCH (n:Person {name: $name}) RETURN n.name AS name, 3 AS n", (string?)body["statement"]);
        Assert.Equal("Xin Qiang", (string?)body["parameters"]!["name"]);
        Assert.Equal(5, (long?)body["parameters"]!["limit"]);
        Assert.True((bool?)body["includeCounters"]);
        Assert.Equal("Write", (string?)body["accessMode"]);
        Assert.Null(body["bookmarks"]);

        Assert.Equal(["name", "n"], result.Fields);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal("China", result.Value(1, "name"));
        Assert.Equal((object)4L, result.Rows[1][1]);
        Assert.Equal(3, result.Counters.NodesCreated);
        Assert.Equal(2, result.Counters.RelationshipsCreated);
        Assert.Equal(9, result.Counters.PropertiesSet);
        Assert.Equal(3, result.Counters.LabelsAdded);
        Assert.True(result.Counters.ContainsUpdates);
        Assert.Equal(["FB:kcwQy6V1"], result.Bookmarks);
    }

    [Fact]
    public async Task Bookmarks_are_carried_into_the_next_request_and_reads_say_so()
    {
        var server = new FakeServer();
        server.Handler.Respond(202, SuccessWithCounters).Respond(202, EmptySuccess);
        var client = server.Client();

        await client.RunAsync("CREATE (n:Person {id: $id})", new Dictionary<string, object?> { ["id"] = "person:a" });
        await client.RunAsync("MATCH (n) RETURN n", accessMode: AccessMode.Read);

        var second = server.Handler.Statements[1].Json;
        Assert.Equal(["FB:kcwQy6V1"], second["bookmarks"]!.Values<string>());
        Assert.Equal("Read", (string?)second["accessMode"]);
        // A response without bookmarks does not wipe the ones we have.
        Assert.Equal(["FB:kcwQy6V1"], client.Bookmarks);
    }

    [Fact]
    public async Task Typed_json_values_become_dotnet_values()
    {
        var server = new FakeServer();
        server.Handler.Respond(202, """
            {"data": {"fields": ["v"], "values": [
              [{"$type": "Null", "_value": null}],
              [{"$type": "Boolean", "_value": true}],
              [{"$type": "Integer", "_value": "9007199254740993"}],
              [{"$type": "Float", "_value": "0.83"}],
              [{"$type": "Float", "_value": "NaN"}],
              [{"$type": "String", "_value": "2024-05-15"}],
              [{"$type": "Date", "_value": "2024-05-15"}],
              [{"$type": "LocalTime", "_value": "12:50:35.556"}],
              [{"$type": "LocalDateTime", "_value": "2024-05-15T10:00:00"}],
              [{"$type": "OffsetDateTime", "_value": "2024-05-15T10:00:00+02:00"}],
              [{"$type": "ZonedDateTime", "_value": "2024-05-15T10:00:00+02:00[Europe/Paris]"}],
              [{"$type": "Duration", "_value": "P14DT16H12M"}],
              [{"$type": "Base64", "_value": "AQID"}],
              [{"$type": "List", "_value": [{"$type": "String", "_value": "Xin"}, {"$type": "Integer", "_value": "2"}]}],
              [{"$type": "Map", "_value": {"role": {"$type": "String", "_value": "deputy director"}}}],
              [{"$type": "Node", "_value": {"_element_id": "4:abc:0", "_labels": ["Person", "Actor"],
                 "_properties": {"name": {"$type": "String", "_value": "Xin Qiang"}, "start": {"$type": "Integer", "_value": "2710"}}}}],
              [{"$type": "Relationship", "_value": {"_element_id": "5:abc:1", "_start_node_element_id": "4:abc:0",
                 "_end_node_element_id": "4:abc:2", "_type": "STATED", "_properties": {"direct": {"$type": "Boolean", "_value": false}}}}]
            ]}, "bookmarks": []}
            """, "application/vnd.neo4j.query");

        var rows = (await server.Client().RunAsync("RETURN 1")).Rows.Select(r => r[0]).ToArray();

        Assert.Null(rows[0]);
        Assert.Equal(true, rows[1]);
        Assert.Equal((object)9007199254740993L, rows[2]);
        Assert.Equal((object)0.83, rows[3]);
        Assert.True(double.IsNaN((double)rows[4]!));
        Assert.Equal("2024-05-15", rows[5]);
        Assert.Equal(new DateOnly(2024, 5, 15), rows[6]);
        Assert.Equal(new TimeOnly(12, 50, 35, 556), rows[7]);
        Assert.Equal(new DateTime(2024, 5, 15, 10, 0, 0), rows[8]);
        Assert.Equal(new DateTimeOffset(2024, 5, 15, 10, 0, 0, TimeSpan.FromHours(2)), rows[9]);
        Assert.Equal(new DateTimeOffset(2024, 5, 15, 10, 0, 0, TimeSpan.FromHours(2)), rows[10]);
        Assert.Equal("P14DT16H12M", rows[11]);
        Assert.Equal(new byte[] { 1, 2, 3 }, rows[12]);
        Assert.Equal(new object[] { "Xin", 2L }, (IReadOnlyList<object?>)rows[13]!);
        Assert.Equal("deputy director", ((IReadOnlyDictionary<string, object?>)rows[14]!)["role"]);
        var node = Assert.IsType<Neo4jNode>(rows[15]);
        Assert.Equal(["Person", "Actor"], node.Labels);
        Assert.Equal("Xin Qiang", node.Properties["name"]);
        Assert.Equal((object)2710L, node.Properties["start"]);
        var relationship = Assert.IsType<Neo4jRelationship>(rows[16]);
        Assert.Equal("STATED", relationship.Type);
        Assert.Equal("4:abc:2", relationship.EndElementId);
        Assert.Equal(false, relationship.Properties["direct"]);
    }

    [Fact]
    public async Task Plain_json_keeps_date_strings_and_reads_nodes_by_shape()
    {
        var server = new FakeServer();
        server.Handler.Respond(202, """
            {"data": {"fields": ["d", "n"], "values": [["2024-05-15",
              {"elementId": "4:abc:0", "labels": ["Country"], "properties": {"iso": "US", "count": 7}}]]}, "bookmarks": []}
            """);

        var row = (await server.Client().RunAsync("RETURN 1")).Rows[0];

        Assert.Equal("2024-05-15", row[0]);
        var node = Assert.IsType<Neo4jNode>(row[1]);
        Assert.Equal("US", node.Properties["iso"]);
        Assert.Equal((object)7L, node.Properties["count"]);
    }

    [Fact]
    public async Task Temporal_parameters_are_sent_as_typed_json()
    {
        var server = new FakeServer();
        server.Handler.Respond(202, EmptySuccess);

        await server.Client().RunAsync("MATCH (a:Article) WHERE a.published >= $since RETURN a", new Dictionary<string, object?>
        {
            ["since"] = new DateOnly(2024, 5, 15),
            ["at"] = new DateTimeOffset(2024, 5, 15, 10, 0, 0, TimeSpan.Zero),
            ["limit"] = 10,
            ["names"] = new[] { "Xin" },
        });

        var request = Assert.Single(server.Handler.Statements);
        Assert.Equal("application/vnd.neo4j.query", request.ContentType);
        var parameters = request.Json["parameters"]!;
        Assert.Equal("Date", (string?)parameters["since"]!["$type"]);
        Assert.Equal("2024-05-15", (string?)parameters["since"]!["_value"]);
        Assert.Equal("OffsetDateTime", (string?)parameters["at"]!["$type"]);
        Assert.Equal("2024-05-15T10:00:00Z", (string?)parameters["at"]!["_value"]);
        Assert.Equal("Integer", (string?)parameters["limit"]!["$type"]);
        Assert.Equal("10", (string?)parameters["limit"]!["_value"]);
        Assert.Equal("List", (string?)parameters["names"]!["$type"]);
        Assert.Equal("Xin", (string?)parameters["names"]!["_value"]![0]!["_value"]);
    }

    [Fact]
    public async Task Syntax_error_surfaces_its_code_and_is_not_retried()
    {
        var server = new FakeServer();
        server.Handler.Respond(400, """
            {"errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'RETRN': expected 'RETURN' (line 1, column 17 (offset: 16))"}]}
            """);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => server.Client().RunAsync("MATCH (n:Person) RETRN n"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsTransient);
        Assert.Equal(400, error.StatusCode);
        Assert.Contains("Invalid input 'RETRN'", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Handler.Statements);
        Assert.Empty(server.Delays);
    }

    [Fact]
    public async Task Transient_error_is_retried_with_backoff_then_succeeds()
    {
        var server = new FakeServer();
        server.Handler
            .Respond(400, """{"errors": [{"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "ForsetiClient[1] can't acquire ExclusiveLock"}]}""")
            .Respond(400, """{"errors": [{"code": "Neo.TransientError.General.DatabaseUnavailable", "message": "Database unavailable"}]}""")
            .Respond(202, SuccessWithCounters);

        var result = await server.Client().RunAsync("MERGE (n:Person {id: $id})", new Dictionary<string, object?> { ["id"] = "person:a" });

        Assert.Equal(3, result.Counters.NodesCreated);
        Assert.Equal(3, server.Handler.Statements.Count);
        // The same body each time: a batch is serialised once.
        Assert.Single(server.Handler.Statements.Select(r => r.Body).Distinct());
        // Equal jitter: between half and all of base * 2^(n-1).
        Assert.Equal(2, server.Delays.Count);
        Assert.InRange(server.Delays[0].TotalMilliseconds, 50, 100);
        Assert.InRange(server.Delays[1].TotalMilliseconds, 100, 200);
    }

    [Fact]
    public async Task Http_503_without_a_neo4j_body_is_retried()
    {
        var server = new FakeServer();
        server.Handler.Respond(503, "<html>Service Unavailable</html>", "text/html").Respond(202, SuccessWithCounters);

        var result = await server.Client().RunAsync("RETURN 1");

        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(2, server.Handler.Statements.Count);
        Assert.Single(server.Delays);
    }

    [Fact]
    public async Task Retries_stop_at_max_retries_and_say_how_many_attempts()
    {
        var server = new FakeServer();
        server.Handler.Fallback = _ => FakeNeo4jHandler.Response(503, "busy", "text/plain");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => server.Client(o => o with { MaxRetries = 2 }).RunAsync("RETURN 1"));

        Assert.True(error.IsTransient);
        Assert.Equal(503, error.StatusCode);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Handler.Statements.Count);
        Assert.Equal(2, server.Delays.Count);
    }

    [Fact]
    public async Task Unauthorized_gives_a_clear_message_without_the_password_and_no_retry()
    {
        var server = new FakeServer();
        server.Handler.Respond(401, """
            {"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure."}]}
            """);
        var client = server.Client();

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal(401, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("user 'neo4j'", error.Message, StringComparison.Ordinal);
        Assert.Contains("NEO4J_PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeServer.Password, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeServer.Password, client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeServer.Password, client.Options.ToString(), StringComparison.Ordinal);
        Assert.Single(server.Handler.Statements);
        Assert.Empty(server.Delays);
    }

    [Fact]
    public async Task A_server_message_that_echoes_the_password_is_scrubbed()
    {
        var server = new FakeServer();
        server.Handler.Respond(400, $$"""{"errors": [{"code": "Neo.ClientError.Statement.ParameterMissing", "message": "Bad value '{{FakeServer.Password}}'"}]}""");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => server.Client().RunAsync("RETURN $x"));

        Assert.DoesNotContain(FakeServer.Password, error.Message, StringComparison.Ordinal);
        Assert.Contains("***", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_token_is_sent_instead_of_basic_auth()
    {
        var server = new FakeServer();
        server.Handler.Respond(202, EmptySuccess);

        await server.Client(o => o with { User = null, Password = null, Token = "sso-token-123" }).RunAsync("RETURN 1");

        Assert.Equal("Bearer sso-token-123", server.Handler.Statements[0].Authorization);
    }

    [Fact]
    public async Task Unknown_database_gets_its_own_exception_naming_the_database()
    {
        var server = new FakeServer();
        server.Handler.Respond(404, """
            {"errors": [{"code": "Neo.ClientError.Database.DatabaseNotFound", "message": "Graph not found: nosuchdb"}]}
            """);

        var error = await Assert.ThrowsAsync<Neo4jDatabaseNotFoundException>(
            () => server.Client(o => o with { Database = "nosuchdb" }).RunAsync("RETURN 1"));

        Assert.Equal("nosuchdb", error.Database);
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
        Assert.Contains("NEO4J_DATABASE", error.Message, StringComparison.Ordinal);
        Assert.Equal("/db/nosuchdb/query/v2", server.Handler.Statements[0].Path);
        Assert.Empty(server.Delays);
    }

    [Fact]
    public async Task Timeout_is_retried_then_fails_with_a_timeout_exception()
    {
        var server = new FakeServer();
        server.Handler.Hang().Hang().Hang();

        var error = await Assert.ThrowsAsync<Neo4jTimeoutException>(
            () => server.Client(o => o with { Timeout = TimeSpan.FromMilliseconds(50), MaxRetries = 2 }).RunAsync("RETURN 1"));

        Assert.True(error.IsTransient);
        Assert.Contains("did not answer within 0.05 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Handler.Statements.Count);
        Assert.Equal(2, server.Delays.Count);
    }

    [Fact]
    public async Task HttpClient_timeout_counts_as_a_timeout_and_is_retried()
    {
        var server = new FakeServer();
        // What HttpClient throws when its own Timeout fires.
        server.Handler.Throw(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException()))
            .Respond(202, EmptySuccess);

        await server.Client().RunAsync("RETURN 1");

        Assert.Equal(2, server.Handler.Statements.Count);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_a_timeout_and_not_retried()
    {
        var server = new FakeServer();
        server.Handler.Hang();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => server.Client(o => o with { Timeout = TimeSpan.FromMinutes(1) }).RunAsync("RETURN 1", cancellationToken: cancellation.Token));

        Assert.Empty(server.Delays);
    }

    [Fact]
    public async Task Connection_refused_is_transient_and_explains_what_to_check()
    {
        var server = new FakeServer();
        server.Handler.Discovery = null;
        server.Handler.Fallback = _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (localhost:7474)",
            new SocketException((int)SocketError.ConnectionRefused));

        var error = await Assert.ThrowsAsync<Neo4jUnreachableException>(() => server.Client(o => o with { MaxRetries = 1 }).RunAsync("RETURN 1"));

        Assert.True(error.IsTransient);
        Assert.Contains("connection refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("NEO4J_URI", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Delays);
    }

    [Fact]
    public async Task A_real_closed_port_on_loopback_is_reported_as_unreachable()
    {
        // A port that was free a moment ago: nothing listens there, so the connection is refused.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var delays = new List<TimeSpan>();
        using var http = new HttpClient();
        var client = new Neo4jClient(http, new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), MaxRetries = 1 },
            delay: (d, _) => { delays.Add(d); return Task.CompletedTask; });

        var error = await Assert.ThrowsAsync<Neo4jUnreachableException>(() => client.RunAsync("RETURN 1"));

        Assert.True(error.IsTransient);
        Assert.Contains("connection refused", error.Message, StringComparison.Ordinal);
        Assert.Single(delays);
    }

    [Fact]
    public async Task Unknown_host_fails_at_once_naming_the_host()
    {
        var handler = new ThrowingHandler(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (neo4j.invalid:7474)",
            new SocketException((int)SocketError.HostNotFound)));
        var delays = new List<TimeSpan>();
        var client = new Neo4jClient(new HttpClient(handler), new Neo4jOptions { Uri = new Uri("http://neo4j.invalid:7474") },
            delay: (d, _) => { delays.Add(d); return Task.CompletedTask; });

        var error = await Assert.ThrowsAsync<Neo4jUnreachableException>(() => client.RunAsync("RETURN 1"));

        Assert.False(error.IsTransient);
        Assert.Contains("'neo4j.invalid'", error.Message, StringComparison.Ordinal);
        Assert.Empty(delays);
    }

    [Fact]
    public async Task Discovery_is_unauthenticated_and_asked_once()
    {
        var server = new FakeServer();
        server.Handler.Respond(202, EmptySuccess).Respond(202, EmptySuccess);
        var client = server.Client();

        await client.RunAsync("RETURN 1");
        await client.RunAsync("RETURN 2");
        var info = await client.GetServerInfoAsync();

        var discovery = Assert.Single(server.Handler.Requests, r => r.Path == "/");
        Assert.Null(discovery.Authorization);
        Assert.Equal("5.26.0", info.Version);
        Assert.Equal(Neo4jHttpApi.QueryV2, info.Api);
    }

    [Fact]
    public async Task Old_server_without_query_api_falls_back_to_tx_commit()
    {
        var server = new FakeServer();
        server.Handler.Discovery = FakeNeo4jHandler.OldDiscovery;
        server.Handler.Respond(200, """
            {"results": [{"columns": ["name", "n"], "data": [{"row": ["Xin Qiang", 3], "meta": [null, null]}],
              "stats": {"contains_updates": true, "nodes_created": 1, "nodes_deleted": 0, "properties_set": 2,
                        "relationships_created": 1, "relationship_deleted": 0, "labels_added": 1, "labels_removed": 0,
                        "indexes_added": 0, "indexes_removed": 0, "constraints_added": 0, "constraints_removed": 0}}],
             "errors": [], "lastBookmarks": ["FB:old"]}
            """);
        var client = server.Client();

        var result = await client.RunAsync("MERGE (n:Person {id: $id}) RETURN n.name AS name, 3 AS n",
            new Dictionary<string, object?> { ["id"] = "person:xin-qiang" }, AccessMode.Read);

        Assert.Equal(Neo4jHttpApi.Transactional, (await client.GetServerInfoAsync()).Api);
        var request = Assert.Single(server.Handler.Statements);
        Assert.Equal("/db/neo4j/tx/commit", request.Path);
        Assert.Equal("READ", request.Headers["access-mode"]);
        var statement = (JObject)request.Json["statements"]![0]!;
        Assert.Equal("person:xin-qiang", (string?)statement["parameters"]!["id"]);
        Assert.True((bool?)statement["includeStats"]);
        Assert.Equal(["name", "n"], result.Fields);
        Assert.Equal("Xin Qiang", result.Rows[0][0]);
        Assert.Equal(1, result.Counters.NodesCreated);
        Assert.Equal(2, result.Counters.PropertiesSet);
        Assert.Equal(1, result.Counters.RelationshipsCreated);
        Assert.Equal(["FB:old"], result.Bookmarks);
    }

    [Fact]
    public async Task Old_api_errors_with_status_200_are_errors()
    {
        var server = new FakeServer();
        server.Handler.Discovery = FakeNeo4jHandler.OldDiscovery;
        server.Handler.Respond(200, """
            {"results": [], "errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'RETRN'"}]}
            """);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => server.Client().RunAsync("MATCH (n) RETRN n"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsTransient);
        Assert.Single(server.Handler.Statements);
    }

    [Fact]
    public async Task Old_api_transient_errors_with_status_200_are_retried()
    {
        var server = new FakeServer();
        server.Handler.Discovery = FakeNeo4jHandler.OldDiscovery;
        server.Handler
            .Respond(200, """{"results": [], "errors": [{"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "deadlock"}]}""")
            .Respond(200, """{"results": [{"columns": [], "data": []}], "errors": []}""");

        await server.Client().RunAsync("MERGE (n:Person {id: 'a'})");

        Assert.Equal(2, server.Handler.Statements.Count);
    }

    [Theory]
    [InlineData("""{"neo4j_version": "5.18.1", "query": "http://localhost:7474/db/{databaseName}/query/v2"}""", Neo4jHttpApi.Transactional)]
    [InlineData("""{"neo4j_version": "5.19.0", "query": "http://localhost:7474/db/{databaseName}/query/v2"}""", Neo4jHttpApi.QueryV2)]
    [InlineData("""{"neo4j_version": "2025.01.0", "query": "http://localhost:7474/db/{databaseName}/query/v2"}""", Neo4jHttpApi.QueryV2)]
    [InlineData("""{"neo4j_version": "5.26.0"}""", Neo4jHttpApi.Transactional)]
    [InlineData("""{"neo4j_version": "4.4.30", "transaction": "http://localhost:7474/db/{databaseName}/tx"}""", Neo4jHttpApi.Transactional)]
    [InlineData(null, Neo4jHttpApi.QueryV2)]
    public async Task Discovery_chooses_the_api(string? document, Neo4jHttpApi expected)
    {
        var server = new FakeServer();
        server.Handler.Discovery = document;

        var info = await server.Client().GetServerInfoAsync();

        Assert.Equal(expected, info.Api);
    }

    [Fact]
    public async Task Explicit_transaction_uses_the_tx_endpoints_and_keeps_cluster_affinity()
    {
        var server = new FakeServer();
        server.Handler
            .Respond(202, """
                {"data": {"fields": ["n"], "values": [[1]]}, "bookmarks": [],
                 "transaction": {"id": "5rxtx7qr4ys8", "expires": "2024-10-22T15:48:29.73166Z"}}
                """, adjust: r => r.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", "MS1zZXJ2ZXIx"))
            .Respond(202, """{"data": {"fields": ["m"], "values": [[2]]}, "bookmarks": [], "transaction": {"id": "5rxtx7qr4ys8"}}""")
            .Respond(200, """{"bookmarks": ["FB:committed"]}""");
        var client = server.Client();

        await using (var transaction = await client.BeginTransactionAsync())
        {
            var first = await transaction.RunAsync("CREATE (n:Person {id: $id}) RETURN 1 AS n", new Dictionary<string, object?> { ["id"] = "person:a" });
            var second = await transaction.RunAsync("RETURN 2 AS m");
            await transaction.CommitAsync();
            Assert.Equal((object)1L, first.Rows[0][0]);
            Assert.Equal((object)2L, second.Rows[0][0]);
            Assert.Equal("5rxtx7qr4ys8", transaction.Id);
            Assert.False(transaction.IsOpen);
        }

        var requests = server.Handler.Statements;
        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/5rxtx7qr4ys8", "/db/neo4j/query/v2/tx/5rxtx7qr4ys8/commit"],
            requests.Select(r => r.Path));
        Assert.All(requests, r => Assert.Equal(HttpMethod.Post, r.Method));
        Assert.Equal("MS1zZXJ2ZXIx", requests[1].Headers["neo4j-cluster-affinity"]);
        Assert.Equal("MS1zZXJ2ZXIx", requests[2].Headers["neo4j-cluster-affinity"]);
        Assert.Equal(["FB:committed"], client.Bookmarks);
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        var server = new FakeServer();
        server.Handler
            .Respond(202, """{"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "abc123"}}""")
            .Respond(200, """{"bookmarks": []}""");

        await using (var transaction = await server.Client().BeginTransactionAsync())
        {
            await transaction.RunAsync("CREATE (n:Person {id: 'x'})");
        }

        var rollback = server.Handler.Statements[^1];
        Assert.Equal(HttpMethod.Delete, rollback.Method);
        Assert.Equal("/db/neo4j/query/v2/tx/abc123", rollback.Path);
    }

    [Fact]
    public async Task Old_api_transaction_takes_its_id_from_the_location()
    {
        var server = new FakeServer();
        server.Handler.Discovery = FakeNeo4jHandler.OldDiscovery;
        server.Handler
            .Respond(201, """
                {"results": [{"columns": ["n"], "data": [{"row": [1], "meta": [null]}]}], "errors": [],
                 "commit": "http://localhost:7474/db/neo4j/tx/12/commit", "transaction": {"expires": "Tue, 22 Oct 2024 15:48:29 +0000"}}
                """, adjust: r => r.Headers.Location = new Uri("http://localhost:7474/db/neo4j/tx/12"))
            .Respond(200, """{"results": [], "errors": [], "lastBookmarks": ["FB:tx"]}""");
        var client = server.Client();

        await using (var transaction = await client.BeginTransactionAsync())
        {
            await transaction.RunAsync("CREATE (n:Person {id: 'x'}) RETURN 1 AS n");
            await transaction.CommitAsync();
        }

        Assert.Equal(["/db/neo4j/tx", "/db/neo4j/tx/12/commit"], server.Handler.Statements.Select(r => r.Path));
        Assert.Equal(["FB:tx"], client.Bookmarks);
    }

    [Fact]
    public async Task Execute_in_transaction_reruns_the_whole_unit_on_a_transient_failure()
    {
        var server = new FakeServer();
        server.Handler
            .Respond(202, """{"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "t1"}}""")
            .Respond(400, """{"errors": [{"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "deadlock"}]}""")
            .Respond(404, """{"errors": [{"code": "Neo.ClientError.Request.Invalid", "message": "Transaction not found"}]}""")
            .Respond(202, """{"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "t2"}}""")
            .Respond(202, """{"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "t2"}}""")
            .Respond(200, """{"bookmarks": ["FB:2"]}""");
        var runs = 0;

        var result = await server.Client().ExecuteInTransactionAsync(async (tx, ct) =>
        {
            runs++;
            await tx.RunAsync("MERGE (a:Person {id: 'a'})", cancellationToken: ct);
            await tx.RunAsync("MERGE (b:Person {id: 'b'})", cancellationToken: ct);
            return runs;
        });

        Assert.Equal(2, result);
        Assert.Single(server.Delays);
        Assert.Equal("/db/neo4j/query/v2/tx/t2/commit", server.Handler.Statements[^1].Path);
    }

    [Fact]
    public async Task Unsupported_parameter_types_are_refused_before_sending()
    {
        var server = new FakeServer();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => server.Client().RunAsync("RETURN $x", new Dictionary<string, object?> { ["x"] = new Uri("http://example.org") }));

        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Handler.Statements);
    }

    private sealed class ThrowingHandler(Exception exception) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(exception);
    }
}
