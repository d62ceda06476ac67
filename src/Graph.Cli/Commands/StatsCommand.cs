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
            // Which articles carry a publication date, and over what span: what --since and --until can reach.
            var dates = graphStore.PublicationDates();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonConvert.SerializeObject(new
                {
                    labels = counts.Labels, relationshipTypes = counts.RelationshipTypes, extractedBy = graphStore.Extractors(),
                    datedArticles = dates.Dated, firstPublished = dates.First, lastPublished = dates.Last,
                }, Formatting.Indented));
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
            table.AddRow("articles with a date", dates.Dated == 0 ? "0" : Markup.Escape($"{dates.Dated} ({dates.First} to {dates.Last})"));
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
