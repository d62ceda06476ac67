using System.CommandLine;
using System.Text;
using Graph.Neo4j;
using Graph.Neo4j.Loading;
using Graph.Storage.Sqlite;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph push [--store PATH] [--neo4j URL] [--dry-run FILE]</c>: applies the schema, then MERGEs the store's
/// nodes and relationships into Neo4j in UNWIND batches. Idempotent: pushing twice leaves the same graph.
/// </summary>
public static class PushCommand
{
    public static Command Create()
    {
        var store = CommandTree.StoreOption();
        var connection = new Neo4jConnection();
        var batch = new Option<int>("--batch-size") { Description = "Rows per request.", DefaultValueFactory = _ => Neo4jOptions.DefaultBatchSize };
        var dryRun = new Option<string?>("--dry-run") { Description = "Write every request body (one JSON per line) to FILE ('-' for stdout) and send nothing." };
        var command = new Command("push", "Load the store into Neo4j (schema first, then nodes, then relationships), or write the requests with --dry-run.") { store, batch, dryRun };
        connection.AddTo(command);
        command.SetAction((parse, ct) => Neo4jConnection.Run(async () =>
        {
            await using var graphStore = SqliteGraphStore.Open(parse.GetValue(store)!, readOnly: true);
            var graph = await graphStore.ReadAllAsync(ct).ConfigureAwait(false);
            var schema = Neo4jConnection.SchemaText();
            var batchSize = parse.GetValue(batch);
            if (batchSize < 1) { await Console.Error.WriteLineAsync("error: --batch-size must be at least 1").ConfigureAwait(false); return ExitCodes.BadInput; }
            if (parse.GetValue(dryRun) is { } file)
            {
                if (file == "-") GraphLoader.WriteDryRun(graph, schema, Console.Out, batchSize);
                else
                {
                    await using var writer = new StreamWriter(file, false, new UTF8Encoding(false));
                    GraphLoader.WriteDryRun(graph, schema, writer, batchSize);
                }
                await Console.Error.WriteLineAsync($"dry run: {graph.Nodes.Count} nodes and {graph.Edges.Count} relationships written as requests to {file}; nothing sent").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            var options = connection.Options(parse, batchSize).Validate();
            using var http = Neo4jConnection.CreateHttpClient(options);
            var client = new Neo4jClient(http, options);
            var loader = new GraphLoader(client);
            LoadSummary summary;
            if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
            {
                summary = await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("pushing", maxValue: 1.0);
                    var progress = new Progress<LoadProgress>(p => { task.Description = $"{p.Phase} {p.Group}"; task.Value = Math.Min(1.0, (double)p.Requests / Math.Max(1, p.TotalRequests)); });
                    return await loader.PushAsync(graph, schema, progress, ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            else summary = await loader.PushAsync(graph, schema, null, ct).ConfigureAwait(false);
            var table = new Table().Border(TableBorder.Rounded).Title($"push to {Markup.Escape(options.Uri!.ToString())} ({Markup.Escape(options.Database)})");
            table.AddColumn("what");
            table.AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("schema statements", summary.SchemaStatements.ToString());
            table.AddRow("nodes sent", summary.Nodes.ToString());
            table.AddRow("relationships sent", summary.Relationships.ToString());
            table.AddRow("requests", summary.Requests.ToString());
            table.AddRow("nodes created (server)", summary.Counters.NodesCreated.ToString());
            table.AddRow("relationships created (server)", summary.Counters.RelationshipsCreated.ToString());
            table.AddRow("properties set (server)", summary.Counters.PropertiesSet.ToString());
            if (summary.RelationshipsWithoutEnds is > 0) table.AddRow("[yellow]relationships without end nodes[/]", summary.RelationshipsWithoutEnds.ToString()!);
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
