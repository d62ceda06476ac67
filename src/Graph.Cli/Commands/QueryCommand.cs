using System.CommandLine;
using System.Globalization;
using Graph.Neo4j;
using Graph.Storage.Export;
using Newtonsoft.Json;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary><c>graph query "CYPHER" [--param k=v] [--format table|json|csv] [--write]</c> against Neo4j, read-only by default.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var statement = new Argument<string>("cypher") { Description = "The Cypher statement, or @FILE to read it from a file (e.g. @cypher/queries/meetings.cypher)." };
        var parameters = new Option<string[]>("--param", "-p") { Description = "A parameter as name=value (repeatable). Values that parse as JSON (numbers, true, [..]) are typed; others are strings.", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "table, json or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var write = new Option<bool>("--write") { Description = "Allow the statement to write (runs with accessMode Write)." };
        var connection = new Neo4jConnection();
        var command = new Command("query", "Run a Cypher statement against Neo4j and print the result (read-only unless --write).") { statement, parameters, format, write };
        connection.AddTo(command);
        command.SetAction((parse, ct) => Neo4jConnection.Run(async () =>
        {
            var text = parse.GetValue(statement)!;
            if (text.StartsWith('@')) text = await File.ReadAllTextAsync(text[1..], ct).ConfigureAwait(false);
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var p in parse.GetValue(parameters) ?? [])
            {
                var eq = p.IndexOf('=');
                if (eq <= 0) { await Console.Error.WriteLineAsync($"error: --param '{p}' is not name=value").ConfigureAwait(false); return ExitCodes.BadInput; }
                values[p[..eq]] = ParseValue(p[(eq + 1)..]);
            }
            var options = connection.Options(parse).Validate();
            using var http = Neo4jConnection.CreateHttpClient(options);
            var client = new Neo4jClient(http, options);
            var result = await client.RunAsync(text, values, parse.GetValue(write) ? AccessMode.Write : AccessMode.Read, ct).ConfigureAwait(false);
            switch (parse.GetValue(format))
            {
                case "json":
                    Console.WriteLine(JsonConvert.SerializeObject(result.Rows.Select(r => result.Fields.Zip(r).ToDictionary(x => x.First, x => x.Second)), Formatting.Indented));
                    break;
                case "csv":
                    Console.WriteLine(string.Join(',', result.Fields.Select(GraphExporter.Csv)));
                    foreach (var row in result.Rows) Console.WriteLine(string.Join(',', row.Select(v => GraphExporter.Csv(Show(v)))));
                    break;
                default:
                    var table = new Table().Border(TableBorder.Rounded);
                    foreach (var f in result.Fields) table.AddColumn(Markup.Escape(f));
                    foreach (var row in result.Rows) table.AddRow(row.Select(v => Markup.Escape(Show(v))).ToArray());
                    if (result.Fields.Count > 0) AnsiConsole.Write(table);
                    AnsiConsole.MarkupLine($"[grey]{result.Rows.Count} row(s)[/]");
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static object? ParseValue(string raw)
    {
        try
        {
            var token = Newtonsoft.Json.Linq.JToken.Parse(raw);
            return token.Type switch
            {
                Newtonsoft.Json.Linq.JTokenType.Integer => token.ToObject<long>(),
                Newtonsoft.Json.Linq.JTokenType.Float => token.ToObject<double>(),
                Newtonsoft.Json.Linq.JTokenType.Boolean => token.ToObject<bool>(),
                Newtonsoft.Json.Linq.JTokenType.Null => null,
                Newtonsoft.Json.Linq.JTokenType.Array => token.ToObject<object[]>(),
                _ => raw,
            };
        }
        catch (JsonReaderException)
        {
            return raw;
        }
    }

    private static string Show(object? v) => v switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonConvert.SerializeObject(v),
    };
}
