using System.CommandLine;
using Graph.Storage.Sqlite;
using Newtonsoft.Json;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary><c>graph stats [--store PATH] [--json]</c>: counts by label and relationship type.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var store = CommandTree.StoreOption();
        var json = new Option<bool>("--json") { Description = "Print the counts as JSON." };
        var command = new Command("stats", "Count nodes by label and relationships by type in the store.") { store, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var graphStore = SqliteGraphStore.Open(parse.GetValue(store)!, readOnly: true);
            var counts = await graphStore.CountAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonConvert.SerializeObject(new { labels = counts.Labels, relationshipTypes = counts.RelationshipTypes, extractedBy = graphStore.Extractors() }, Formatting.Indented));
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(graphStore.Path));
            table.AddColumn("label / relationship type");
            table.AddColumn(new TableColumn("count").RightAligned());
            foreach (var (label, n) in counts.Labels) table.AddRow(label, n.ToString());
            table.AddEmptyRow();
            foreach (var (type, n) in counts.RelationshipTypes) table.AddRow(type, n.ToString());
            var builds = graphStore.Extractors();
            table.AddEmptyRow();
            table.AddRow("extracted by", Markup.Escape(CommandTree.DescribeBuilds(counts, builds)));
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
