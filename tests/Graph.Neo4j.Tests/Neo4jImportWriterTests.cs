using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Neo4j.Import;
using Xunit;

namespace Graph.Neo4j.Tests;

public sealed partial class Neo4jImportWriterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "neo4j-import-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Every_file_has_a_valid_neo4j_header_and_rows_as_wide_as_it()
    {
        var files = Neo4jImportWriter.Write(TestGraphs.Geneva(), _directory);

        Assert.Equal(7, files.NodeFiles.Count);
        Assert.Equal(7, files.RelationshipFiles.Count);
        var nodeRows = 0;
        foreach (var file in files.NodeFiles)
        {
            var (header, rows) = ReadCsv(file);
            var columns = header.Select(ParseHeaderField).ToArray();
            Assert.Single(columns, c => c.Kind == "ID");
            Assert.Single(columns, c => c.Kind == "LABEL");
            Assert.DoesNotContain(columns, c => c.Kind is "START_ID" or "END_ID" or "TYPE");
            Assert.Equal(columns.Length, columns.Select(c => c.Name).Distinct().Count());
            Assert.All(rows, row => Assert.Equal(header.Count, row.Count));
            Assert.All(rows, row => CheckTypes(columns, row, ';'));
            nodeRows += rows.Count;
        }
        var relationshipRows = 0;
        foreach (var file in files.RelationshipFiles)
        {
            var (header, rows) = ReadCsv(file);
            var columns = header.Select(ParseHeaderField).ToArray();
            Assert.Single(columns, c => c.Kind == "START_ID");
            Assert.Single(columns, c => c.Kind == "END_ID");
            Assert.Single(columns, c => c.Kind == "TYPE");
            Assert.DoesNotContain(columns, c => c.Kind is "ID" or "LABEL");
            Assert.All(rows, row => Assert.Equal(header.Count, row.Count));
            Assert.All(rows, row => CheckTypes(columns, row, ';'));
            relationshipRows += rows.Count;
        }
        Assert.Equal(8, nodeRows);
        Assert.Equal(10, relationshipRows);
        Assert.Equal(0, files.DanglingRelationships);
    }

    [Fact]
    public void Columns_are_typed_and_values_survive_quoting()
    {
        var files = Neo4jImportWriter.Write(TestGraphs.Geneva(), _directory);

        var (claimHeader, claimRows) = ReadCsv(files.NodeFiles.Single(f => f.EndsWith("nodes-Claim.csv", StringComparison.Ordinal)));
        Assert.Equal(["id:ID", ":LABEL", "confidence:double", "direct:boolean", "name:string", "text:string"], claimHeader);
        Assert.Equal("currently, the US is \"the most advanced\",\nin AI", claimRows[0][5]);
        Assert.Equal("false", claimRows[0][3]);

        var (countryHeader, countryRows) = ReadCsv(files.NodeFiles.Single(f => f.EndsWith("nodes-Country-Actor.csv", StringComparison.Ordinal)));
        Assert.Equal(["id:ID", ":LABEL", "aliases:string[]", "iso:string", "name:string"], countryHeader);
        Assert.Equal(["country:cn", "Country;Actor", "", "CN", "China"], countryRows[0]);
        Assert.Equal(["country:us", "Country;Actor", "US;America", "US", "United States"], countryRows[1]);

        var (statedHeader, statedRows) = ReadCsv(files.RelationshipFiles.Single(f => f.EndsWith("relationships-STATED.csv", StringComparison.Ordinal)));
        Assert.Equal([":START_ID", ":END_ID", ":TYPE", "id", "articleId:string", "confidence:double", "cue:string", "direct:boolean", "end:int", "start:int"], statedHeader);
        Assert.Equal("person:xin-qiang", statedRows[0][0]);
        Assert.Equal("2790", statedRows[0][9]);
    }

    [Fact]
    public void Readme_holds_the_import_command_for_every_file()
    {
        var files = Neo4jImportWriter.Write(TestGraphs.Geneva(), _directory);
        var readme = File.ReadAllText(files.ReadmePath);

        Assert.StartsWith("bin/neo4j-admin database import full neo4j", files.Command, StringComparison.Ordinal);
        Assert.Contains(files.Command, readme, StringComparison.Ordinal);
        foreach (var file in files.NodeFiles) Assert.Contains("--nodes=" + file, files.Command, StringComparison.Ordinal);
        foreach (var file in files.RelationshipFiles) Assert.Contains("--relationships=" + file, files.Command, StringComparison.Ordinal);
        Assert.Contains("--id-type=string", files.Command, StringComparison.Ordinal);
        Assert.Contains("--array-delimiter=\";\"", files.Command, StringComparison.Ordinal);
        Assert.Contains("--multiline-fields=true", files.Command, StringComparison.Ordinal);
        Assert.Contains("--overwrite-destination", files.Command, StringComparison.Ordinal);
        Assert.Contains("cypher/schema.cypher", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_utf8_without_bom_with_lf_and_identical_for_the_same_graph()
    {
        var first = Neo4jImportWriter.Write(TestGraphs.Geneva(), Path.Combine(_directory, "a"));
        var graph = TestGraphs.Geneva();
        var second = Neo4jImportWriter.Write(new Subgraph(graph.Nodes.Reverse().ToArray(), graph.Edges.Reverse().ToArray()), Path.Combine(_directory, "b"));

        foreach (var (a, b) in first.NodeFiles.Concat(first.RelationshipFiles).Zip(second.NodeFiles.Concat(second.RelationshipFiles)))
        {
            var bytes = File.ReadAllBytes(a);
            Assert.Equal(bytes, File.ReadAllBytes(b));
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no byte order mark");
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }

    [Fact]
    public void A_semicolon_inside_a_list_value_switches_the_array_delimiter()
    {
        var graph = new Subgraph(
            [TestGraphs.Node("person:a", "A", [NodeLabels.Person, NodeLabels.Actor], new() { ["aliases"] = new[] { "A; the first", "Ay" } })], []);

        var files = Neo4jImportWriter.Write(graph, _directory);

        Assert.Contains("--array-delimiter=\"|\"", files.Command, StringComparison.Ordinal);
        var (header, rows) = ReadCsv(files.NodeFiles[0]);
        var columns = header.Select(ParseHeaderField).ToArray();
        CheckTypes(columns, rows[0], '|');
        Assert.Equal("Person|Actor", rows[0][1]);
        Assert.Equal(["A; the first", "Ay"], rows[0][2].Split('|'));
    }

    [Fact]
    public void Dangling_relationships_are_counted_and_skipped_by_the_command()
    {
        var graph = new Subgraph([TestGraphs.Node("claim:c1", "c", [NodeLabels.Claim])], [TestGraphs.Edge(RelationTypes.About, "claim:c1", "country:us")]);

        var files = Neo4jImportWriter.Write(graph, _directory);

        Assert.Equal(1, files.DanglingRelationships);
        Assert.Contains("--skip-bad-relationships=true", files.Command, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_that_cannot_be_column_names_and_unknown_labels_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Neo4jImportWriter.Write(
            new Subgraph([TestGraphs.Node("person:a", "A", [NodeLabels.Person], new() { ["date:int"] = 1L })], []), _directory));
        Assert.Throws<ArgumentException>(() => Neo4jImportWriter.Write(
            new Subgraph([TestGraphs.Node("person:a", "A", ["Organisation"])], []), _directory));
        Assert.Throws<ArgumentException>(() => Neo4jImportWriter.Write(
            new Subgraph([], [TestGraphs.Edge("LIKES", "person:a", "person:b")]), _directory));
    }

    private sealed record HeaderField(string Name, string Kind, bool IsArray);

    /// <summary>
    /// A header field as Neo4j's import documents it: <c>name:type</c>, where the type is a data type
    /// (optionally <c>[]</c> for arrays) or one of ID, LABEL, START_ID, END_ID, TYPE, IGNORE (the id kinds
    /// optionally with an id space in parentheses); a bare name is a string property.
    /// </summary>
    private static HeaderField ParseHeaderField(string field)
    {
        var match = HeaderPattern().Match(field);
        Assert.True(match.Success, $"'{field}' is not a valid Neo4j import header field");
        var kind = match.Groups["kind"].Success ? match.Groups["kind"].Value : "string";
        var name = match.Groups["name"].Value;
        Assert.True(name.Length > 0 || kind is "ID" or "LABEL" or "START_ID" or "END_ID" or "TYPE" or "IGNORE", $"'{field}' has no property name");
        return new HeaderField(name, kind, match.Groups["array"].Success);
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)?(:(?<kind>ID|LABEL|START_ID|END_ID|TYPE|IGNORE|int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(?<space>\([A-Za-z0-9_]+\))?(?<array>\[\])?)?$")]
    private static partial Regex HeaderPattern();

    private static void CheckTypes(HeaderField[] columns, IReadOnlyList<string> row, char delimiter)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            var value = row[i];
            if (value.Length == 0) continue;
            foreach (var item in columns[i].IsArray ? value.Split(delimiter) : [value])
            {
                switch (columns[i].Kind)
                {
                    case "int": Assert.True(int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _), $"{item} is not an int"); break;
                    case "long": Assert.True(long.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _), $"{item} is not a long"); break;
                    case "double": Assert.True(double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"{item} is not a double"); break;
                    case "boolean": Assert.True(item is "true" or "false", $"{item} is not a boolean"); break;
                    case "LABEL": Assert.All(value.Split(delimiter), label => Assert.True(NodeLabels.IsKnown(label), label)); break;
                    case "TYPE": Assert.True(RelationTypes.IsKnown(item), item); break;
                }
            }
        }
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static (IReadOnlyList<string> Header, List<IReadOnlyList<string>> Rows) ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields.ToArray());
                fields.Clear();
            }
            else field.Append(c);
        }
        Assert.False(quoted, "unterminated quoted field");
        Assert.True(field.Length == 0 && fields.Count == 0, "the last line must end with \\n");
        return (records[0], records.Skip(1).ToList());
    }
}
