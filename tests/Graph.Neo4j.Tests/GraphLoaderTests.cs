using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Neo4j.Loading;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Graph.Neo4j.Tests;

public sealed class GraphLoaderTests
{
    private const string Schema = """
        // Constraints first, so the MERGEs below use the unique indexes.
        CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
        CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
        """;

    private static List<JObject> DryRun(Subgraph graph, string? schema = Schema, int batchSize = 2000)
    {
        var output = new StringWriter();
        GraphLoader.WriteDryRun(graph, schema, output, batchSize);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();
    }

    [Fact]
    public void Batches_hold_at_most_batch_size_rows()
    {
        var lines = DryRun(TestGraphs.People(5), schema: null, batchSize: 2);

        Assert.Equal([2, 2, 1], lines.Select(l => ((JArray)l["parameters"]!["rows"]!).Count));
        Assert.Single(lines.Select(l => (string?)l["statement"]).Distinct());
        // Sorted by id across batches.
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"person:p{i:D4}"),
            lines.SelectMany(l => l["parameters"]!["rows"]!.Select(r => (string?)r["id"])));
    }

    [Fact]
    public void Schema_runs_first_then_nodes_then_relationships()
    {
        var lines = DryRun(TestGraphs.Geneva());
        var statements = lines.Select(l => (string)l["statement"]!).ToList();

        Assert.Equal("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE", statements[0]);
        Assert.Equal("CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE", statements[1]);
        Assert.Empty((JObject)lines[0]["parameters"]!);
        var firstRelationship = statements.FindIndex(s => s.Contains("MERGE (a)-[r:", StringComparison.Ordinal));
        var lastNode = statements.FindLastIndex(s => s.Contains("MERGE (n:", StringComparison.Ordinal));
        Assert.True(firstRelationship > lastNode, "relationships must follow every node batch");
        Assert.Equal(2 + 7 + 9, lines.Count); // 2 schema, 7 label sets, 9 (type, start, end) groups
    }

    [Fact]
    public void Statements_come_from_the_load_files_with_vocabulary_labels_filled_in()
    {
        var statements = DryRun(TestGraphs.Geneva(), schema: null).Select(l => (string)l["statement"]!).ToList();

        Assert.Contains("UNWIND $rows AS row\nMERGE (n:Person {id: row.id})\nSET n += row.props, n:Person:Actor", statements);
        Assert.Contains("UNWIND $rows AS row\nMERGE (n:Event {id: row.id})\nSET n += row.props, n:Event:Meeting", statements);
        Assert.Contains("UNWIND $rows AS row\nMERGE (n:Article {id: row.id})\nSET n += row.props, n:Article", statements);
        Assert.Contains(
            "UNWIND $rows AS row\nMATCH (a:Person {id: row.from})\nMATCH (b:Claim {id: row.to})\nMERGE (a)-[r:STATED {id: row.id}]->(b)\nSET r += row.props\nRETURN count(r) AS merged",
            statements);
        Assert.All(statements, s => Assert.DoesNotContain("__", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_carry_id_and_non_null_props_with_name()
    {
        var lines = DryRun(TestGraphs.Geneva(), schema: null);
        var eventRow = lines.SelectMany(l => l["parameters"]!["rows"]!).Single(r => (string?)r["id"] == "event:9a1b000000000001");
        var stated = lines.SelectMany(l => l["parameters"]!["rows"]!).Single(r => ((string?)r["id"])!.StartsWith("stated:", StringComparison.Ordinal));

        var props = (JObject)eventRow["props"]!;
        Assert.Equal("first meeting of the intergovernmental dialogue on AI", (string?)props["name"]);
        Assert.Equal("Tuesday", (string?)props["dateText"]);
        Assert.Equal(0.9, (double?)props["confidence"]);
        Assert.False(props.ContainsKey("date"), "null properties are left out rather than erasing what is stored");
        Assert.Equal("person:xin-qiang", (string?)stated["from"]);
        Assert.Equal("claim:c1a1000000000001", (string?)stated["to"]);
        Assert.Equal(2790, (long?)stated["props"]!["start"]);
        Assert.Equal("told", (string?)stated["props"]!["cue"]);
    }

    [Fact]
    public void The_same_graph_gives_byte_identical_dry_runs_whatever_the_input_order()
    {
        var graph = TestGraphs.Geneva();
        var shuffled = new Subgraph(graph.Nodes.Reverse().ToArray(), graph.Edges.OrderBy(e => e.Type, StringComparer.Ordinal).Reverse().ToArray());
        // Same properties inserted in another order.
        var reordered = shuffled with
        {
            Nodes = shuffled.Nodes.Select(n => n with { Properties = n.Properties.Reverse().ToDictionary(p => p.Key, p => p.Value) }).ToArray(),
        };

        string Write(Subgraph g)
        {
            var output = new StringWriter();
            GraphLoader.WriteDryRun(g, Schema, output, batchSize: 3);
            return output.ToString();
        }

        var first = Write(graph);
        Assert.Equal(first, Write(graph));
        Assert.Equal(first, Write(shuffled));
        Assert.Equal(first, Write(reordered));
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Dry_run_matches_the_golden_file()
    {
        // Rewrite with UPDATE_GOLDEN=1 and review the diff: it shows exactly what a push would send.
        var golden = RepoPaths.Combine("tests", "Graph.Neo4j.Tests", "Golden", "geneva.dry-run.jsonl");
        var output = new StringWriter();
        GraphLoader.WriteDryRun(TestGraphs.Geneva(), Schema, output, batchSize: 2);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(golden, output.ToString());

        Assert.Equal(File.ReadAllText(golden), output.ToString());
    }

    [Fact]
    public void Dry_run_lines_hold_exactly_statement_and_parameters()
    {
        foreach (var line in DryRun(TestGraphs.Geneva()))
        {
            Assert.Equal(["statement", "parameters"], line.Properties().Select(p => p.Name));
        }
    }

    [Fact]
    public void Hostile_names_appear_only_in_parameters()
    {
        const string hostile = "O'Brien \"the `boss`\" }) DETACH DELETE n //\n;";
        var graph = new Subgraph(
            [
                TestGraphs.Node("person:obrien", hostile, [NodeLabels.Person, NodeLabels.Actor], new() { ["aliases"] = new[] { hostile, "`x`" } }),
                TestGraphs.Node("claim:c1", "claim", [NodeLabels.Claim], new() { ["text"] = hostile }),
            ],
            [TestGraphs.Edge(RelationTypes.Stated, "person:obrien", "claim:c1", new() { ["cue"] = hostile })]);

        var lines = DryRun(graph, schema: null);

        Assert.All(lines, l => Assert.DoesNotContain("O'Brien", (string)l["statement"]!, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotContain("boss", (string)l["statement"]!, StringComparison.Ordinal));
        var values = lines.SelectMany(l => l["parameters"]!.SelectTokens("$..*")).OfType<JValue>().Select(v => v.Value as string).ToList();
        Assert.Equal(4, values.Count(v => v == hostile));
    }

    [Theory]
    [InlineData("Organisation")]
    [InlineData("Person`) DETACH DELETE n //")]
    [InlineData("person")]
    public async Task Labels_outside_the_vocabulary_are_refused_before_anything_is_sent(string label)
    {
        var graph = new Subgraph(
            [TestGraphs.Node("person:a", "A", [NodeLabels.Person]), TestGraphs.Node("person:b", "B", [NodeLabels.Person, label])], []);
        var sink = new RecordingSink();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new GraphLoader(sink).PushAsync(graph, Schema));

        Assert.Contains(label, error.Message, StringComparison.Ordinal);
        Assert.Empty(sink.Requests);
    }

    [Theory]
    [InlineData("LIKES")]
    [InlineData("STATED]->(b) DETACH DELETE a //")]
    [InlineData("stated")]
    public async Task Types_outside_the_vocabulary_are_refused_before_anything_is_sent(string type)
    {
        var graph = new Subgraph(
            [TestGraphs.Node("person:a", "A", [NodeLabels.Person]), TestGraphs.Node("person:b", "B", [NodeLabels.Person])],
            [TestGraphs.Edge(type, "person:a", "person:b")]);
        var sink = new RecordingSink();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new GraphLoader(sink).PushAsync(graph, Schema));

        Assert.Contains(type, error.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => GraphLoader.WriteDryRun(graph, Schema, new StringWriter()));
        Assert.Empty(sink.Requests);
    }

    [Fact]
    public void Unsupported_property_values_are_refused_naming_node_and_key()
    {
        var graph = new Subgraph([TestGraphs.Node("person:a", "A", [NodeLabels.Person], new() { ["born"] = new DateOnly(1970, 1, 1) })], []);

        var error = Assert.Throws<ArgumentException>(() => GraphLoader.WriteDryRun(graph, null, new StringWriter()));

        Assert.Contains("person:a", error.Message, StringComparison.Ordinal);
        Assert.Contains("'born'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void End_labels_come_from_the_nodes_or_else_from_the_id_prefix()
    {
        var graph = new Subgraph(
            [TestGraphs.Node("claim:c1", "c", [NodeLabels.Claim])],
            [TestGraphs.Edge(RelationTypes.About, "claim:c1", "country:us")]);

        var statement = (string)DryRun(graph, schema: null)[^1]["statement"]!;

        Assert.Contains("MATCH (a:Claim {id: row.from})\nMATCH (b:Country {id: row.to})", statement, StringComparison.Ordinal);

        var unknown = graph with { Edges = [TestGraphs.Edge(RelationTypes.About, "claim:c1", "thing:x")] };
        var error = Assert.Throws<ArgumentException>(() => GraphLoader.WriteDryRun(unknown, null, new StringWriter()));
        Assert.Contains("thing:x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_sends_through_the_client_and_sums_the_counters()
    {
        var server = new FakeServer();
        server.Handler.Fallback = request =>
        {
            var statement = (string)request.Json["statement"]!;
            var rows = request.Json["parameters"]!["rows"] as JArray;
            if (statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
            {
                return FakeNeo4jHandler.Response(202, """{"data": {"fields": [], "values": []}, "counters": {"constraintsAdded": 1}, "bookmarks": []}""");
            }
            if (statement.Contains("MERGE (n:", StringComparison.Ordinal))
            {
                return FakeNeo4jHandler.Response(202, $$"""{"data": {"fields": [], "values": []}, "counters": {"containsUpdates": true, "nodesCreated": {{rows!.Count}}, "labelsAdded": {{rows.Count}}, "propertiesSet": 2}, "bookmarks": []}""");
            }
            // One STATED relationship's end is "missing" on the server: merged is one short for that batch.
            var merged = statement.Contains(":STATED", StringComparison.Ordinal) ? rows!.Count - 1 : rows!.Count;
            return FakeNeo4jHandler.Response(202, $$"""{"data": {"fields": ["merged"], "values": [[{{merged}}]]}, "counters": {"relationshipsCreated": {{merged}}}, "bookmarks": []}""");
        };
        var progress = new List<LoadProgress>();
        var loader = new GraphLoader(server.Client(o => o with { BatchSize = 3 }));

        var summary = await loader.PushAsync(TestGraphs.Geneva(), Schema, new SynchronousProgress(progress.Add));

        Assert.Equal(3, loader.BatchSize);
        Assert.Equal(2, summary.SchemaStatements);
        Assert.Equal(8, summary.Nodes);
        Assert.Equal(10, summary.Relationships);
        Assert.Equal(2, summary.Counters.ConstraintsAdded);
        Assert.Equal(8, summary.Counters.NodesCreated);
        Assert.Equal(9, summary.Counters.RelationshipsCreated);
        Assert.Equal(1, summary.RelationshipsWithoutEnds);
        Assert.Equal(server.Handler.Statements.Count, summary.Requests);
        Assert.Equal(0, progress[0].Done);
        Assert.Equal(summary.Requests + 1, progress.Count);
        Assert.Equal(20, progress[^1].Done);
        Assert.Equal(20, progress[^1].Total);
        Assert.Equal(1.0, progress[^1].Fraction);
        Assert.Equal(LoadPhase.Relationships, progress[^1].Phase);
        Assert.True(progress.Zip(progress.Skip(1)).All(p => p.First.Done <= p.Second.Done));
    }

    [Fact]
    public async Task Push_through_a_dry_run_sink_matches_WriteDryRun()
    {
        var pushed = new StringWriter();
        var summary = await new GraphLoader(new DryRunSink(pushed), 4).PushAsync(TestGraphs.Geneva(), Schema);
        var written = new StringWriter();
        GraphLoader.WriteDryRun(TestGraphs.Geneva(), Schema, written, 4);

        Assert.Equal(written.ToString(), pushed.ToString());
        Assert.Null(summary.RelationshipsWithoutEnds);
        Assert.Equal(QueryCounters.None, summary.Counters);
    }

    [Fact]
    public void Repeated_ids_are_sent_once()
    {
        var node = TestGraphs.Node("person:a", "A", [NodeLabels.Person]);
        var edge = TestGraphs.Edge(RelationTypes.MetWith, "person:a", "person:a");

        var lines = DryRun(new Subgraph([node, node with { Name = "second" }], [edge, edge]), schema: null);

        Assert.Equal("A", (string?)lines[0]["parameters"]!["rows"]![0]!["props"]!["name"]);
        Assert.All(lines, l => Assert.Single(l["parameters"]!["rows"]!));
    }

    private sealed class RecordingSink : IRequestSink
    {
        public List<CypherRequest> Requests { get; } = [];

        public Task<QueryResult> SendAsync(CypherRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(QueryResult.Empty);
        }
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests need every report before the assertions.</summary>
    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
