using System.CommandLine;
using Graph.Storage.Export;
using Graph.Storage.Sqlite;

namespace Graph.Cli.Commands;

/// <summary><c>graph export [--around NAME --hops N] --format graphml|json|csv|cypher|html|neo4j-import --out PATH</c>.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var store = CommandTree.StoreOption();
        var around = new Option<string?>("--around") { Description = "Export only the neighbourhood of this actor (name, alias or id)." };
        var hops = new Option<int>("--hops") { Description = "With --around: how many relationships away to include.", DefaultValueFactory = _ => 2 };
        var format = new Option<string>("--format") { Description = "graphml (Gephi, Cytoscape, yEd), json, csv (a folder with nodes.csv and edges.csv), cypher (a script for cypher-shell or Browser), html (a page to read: a drawing, who said what, relations, with sources) or neo4j-import (a folder of CSVs for neo4j-admin database import).", Required = true };
        format.AcceptOnlyFromAmong("graphml", "json", "csv", "cypher", "html", "neo4j-import");
        var output = new Option<string>("--out", "-o") { Description = "File to write (a folder for csv and neo4j-import); '-' writes to stdout (not for csv or neo4j-import).", Required = true };
        var command = new Command("export", "Export the whole graph or an ego subgraph.") { store, around, hops, format, output };
        command.SetAction(async (parse, ct) =>
        {
            var formatName = parse.GetValue(format)!;
            // csv and neo4j-import write several files into a folder: stdout cannot hold them.
            if (parse.GetValue(output) == "-" && formatName is "csv" or "neo4j-import")
            {
                await Console.Error.WriteLineAsync($"error: --format {formatName} writes a folder of files; give --out a folder, not '-'").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            await using var graphStore = SqliteGraphStore.Open(parse.GetValue(store)!, readOnly: true);
            var fmt = formatName switch
            {
                "graphml" => ExportFormat.GraphMl,
                "json" => ExportFormat.Json,
                "csv" => ExportFormat.Csv,
                "html" => ExportFormat.Html,
                _ => ExportFormat.Cypher,
            };
            Graph.Core.Storage.Subgraph graph;
            var title = "Graph export of " + Path.GetFileName(graphStore.Path);
            if (parse.GetValue(around) is { } name)
            {
                var matches = await graphStore.FindAsync(name, ct).ConfigureAwait(false);
                if (matches.Count == 0)
                {
                    await Console.Error.WriteLineAsync($"error: nothing named '{name}' in {graphStore.Path}").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }
                graph = await graphStore.NeighbourhoodAsync([matches[0].Id], Math.Max(0, parse.GetValue(hops)), ct).ConfigureAwait(false);
                title = $"{matches[0].Name}: {Math.Max(0, parse.GetValue(hops))} relationship(s) around";
            }
            else graph = await graphStore.ReadAllAsync(ct).ConfigureAwait(false);
            var outPath = parse.GetValue(output)!;
            if (formatName == "neo4j-import")
            {
                var files = Graph.Neo4j.Import.Neo4jImportWriter.Write(graph, outPath);
                await Console.Error.WriteLineAsync($"wrote {files.Nodes} nodes and {files.Relationships} relationships for neo4j-admin import to {outPath}; the command is in {files.ReadmePath}").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            if (outPath == "-" && fmt != ExportFormat.Csv)
            {
                GraphExporter.Write(graph, fmt, Console.Out, title);
                await Console.Out.FlushAsync(ct).ConfigureAwait(false);
            }
            else GraphExporter.Write(graph, fmt, outPath, title);
            await Console.Error.WriteLineAsync($"exported {graph.Nodes.Count} nodes and {graph.Edges.Count} relationships to {outPath}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
