using System.Globalization;
using System.Text;
using Graph.Core.Storage;
using Graph.Neo4j.Internal;
using Graph.Neo4j.Loading;

namespace Graph.Neo4j.Import;

/// <summary>The files <see cref="Neo4jImportWriter"/> wrote and the command that imports them.</summary>
/// <param name="NodeFiles">Full paths of the node CSVs, one per label set.</param>
/// <param name="RelationshipFiles">Full paths of the relationship CSVs, one per type.</param>
/// <param name="ReadmePath">Full path of the README with the command and what to do after.</param>
/// <param name="Command">The <c>neo4j-admin database import full</c> command line.</param>
/// <param name="Nodes">Node rows written.</param>
/// <param name="Relationships">Relationship rows written.</param>
/// <param name="DanglingRelationships">Relationships whose end is not among the nodes (the import skips them).</param>
public sealed record Neo4jImportFiles(
    IReadOnlyList<string> NodeFiles,
    IReadOnlyList<string> RelationshipFiles,
    string ReadmePath,
    string Command,
    long Nodes,
    long Relationships,
    long DanglingRelationships);

/// <summary>
/// Writes a graph as CSV files for <c>neo4j-admin database import full</c>, the fast path for a large first
/// load into a stopped, empty database: node files per label set (<c>id:ID,:LABEL,name,...</c>) and
/// relationship files per type (<c>:START_ID,:END_ID,:TYPE,id,...</c>) in one global id space (our ids are
/// unique across labels), typed columns (<c>start:int</c>, <c>confidence:double</c>, <c>aliases:string[]</c>),
/// RFC 4180 quoting, UTF-8 without a byte order mark, <c>\n</c> line ends, and a README with the command line.
/// The same graph always gives the same files.
/// </summary>
public static class Neo4jImportWriter
{
    /// <summary>Array and label separator, unless a value contains it (then the first free one of <see cref="DelimiterCandidates"/>).</summary>
    public const char DefaultArrayDelimiter = ';';

    private static readonly char[] DelimiterCandidates = [';', '|', '\u00A6'];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the CSVs and README into <paramref name="directory"/> (created if missing; files of the same names overwritten).</summary>
    /// <exception cref="ArgumentException">A label or type outside the vocabulary, an unsupported value, or a property key that is not a plain name.</exception>
    public static Neo4jImportFiles Write(Subgraph graph, string directory)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var fullDirectory = Path.GetFullPath(directory);

        var nodes = PrepareNodes(graph.Nodes);
        var edges = PrepareEdges(graph.Edges);
        var delimiter = ChooseDelimiter(nodes, edges);
        Directory.CreateDirectory(fullDirectory);

        var nodeIds = new HashSet<string>(nodes.Select(n => n.Id), StringComparer.Ordinal);
        var nodeFiles = new List<string>();
        foreach (var group in nodes.GroupBy(n => n.LabelKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(fullDirectory, "nodes-" + group.Key.Replace(':', '-') + ".csv");
            WriteTable(path, ["id:ID", ":LABEL"], group.Select(n => (IReadOnlyList<string>)[n.Id, string.Join(delimiter, n.Labels)]).ToArray(),
                group.Select(n => n.Properties).ToArray(), delimiter);
            nodeFiles.Add(path);
        }

        var relationshipFiles = new List<string>();
        foreach (var group in edges.GroupBy(e => e.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(fullDirectory, "relationships-" + group.Key + ".csv");
            WriteTable(path, [":START_ID", ":END_ID", ":TYPE", "id"], group.Select(e => (IReadOnlyList<string>)[e.From, e.To, e.Type, e.Id]).ToArray(),
                group.Select(e => e.Properties).ToArray(), delimiter);
            relationshipFiles.Add(path);
        }

        var dangling = edges.LongCount(e => !nodeIds.Contains(e.From) || !nodeIds.Contains(e.To));
        var command = Command(nodeFiles, relationshipFiles, delimiter, dangling > 0);
        var readme = Path.Combine(fullDirectory, "README.md");
        File.WriteAllText(readme, Readme(fullDirectory, nodeFiles, relationshipFiles, command, delimiter, nodes.Count, edges.Count, dangling), Utf8);
        return new Neo4jImportFiles(nodeFiles, relationshipFiles, readme, command, nodes.Count, edges.Count, dangling);
    }

    private sealed record NodeRow(string Id, string LabelKey, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object> Properties);

    private sealed record EdgeRow(string Id, string Type, string From, string To, IReadOnlyDictionary<string, object> Properties);

    private static List<NodeRow> PrepareNodes(IEnumerable<GraphNode> nodes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<NodeRow>();
        foreach (var node in nodes)
        {
            if (string.IsNullOrEmpty(node.Id)) throw new ArgumentException("A node has no id.");
            if (node.Labels is not { Count: > 0 }) throw new ArgumentException($"Node '{node.Id}' has no label.");
            foreach (var label in node.Labels) LoadStatements.CheckLabel(label);
            // One id space: a repeated id would abort the import, so the first occurrence wins.
            if (!seen.Add(node.Id)) continue;
            var primary = node.Labels[0];
            IReadOnlyList<string> labels = [primary, .. node.Labels.Skip(1).Where(l => l != primary).Distinct().Order(StringComparer.Ordinal)];
            var properties = Properties($"Node '{node.Id}'", node.Properties);
            properties["name"] = node.Name;
            rows.Add(new NodeRow(node.Id, string.Join(':', labels), labels, properties));
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return rows;
    }

    private static List<EdgeRow> PrepareEdges(IEnumerable<GraphEdge> edges)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<EdgeRow>();
        foreach (var edge in edges)
        {
            if (string.IsNullOrEmpty(edge.Id)) throw new ArgumentException($"A {edge.Type} relationship has no id.");
            LoadStatements.CheckType(edge.Type);
            if (!seen.Add(edge.Id)) continue;
            rows.Add(new EdgeRow(edge.Id, edge.Type, edge.From, edge.To, Properties($"Relationship '{edge.Id}'", edge.Properties)));
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return rows;
    }

    /// <summary>Non-null properties except <c>id</c> (the ID column carries it), with keys checked for use in a header.</summary>
    private static Dictionary<string, object> Properties(string owner, IReadOnlyDictionary<string, object?> properties)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (key is "id" or "name") continue;
            if (!PropertyValues.IsPlainKey(key))
            {
                throw new ArgumentException($"{owner}: property key '{key}' cannot be a CSV column name; use letters, digits and '_'.");
            }
            if (PropertyValues.Normalise(value, owner, key) is { } normalised) result[key] = normalised;
        }
        return result;
    }

    /// <summary>The array delimiter: <c>;</c> unless some array element or label contains it.</summary>
    private static char ChooseDelimiter(IEnumerable<NodeRow> nodes, IEnumerable<EdgeRow> edges)
    {
        var used = new HashSet<char>();
        foreach (var properties in nodes.Select(n => n.Properties).Concat(edges.Select(e => e.Properties)))
        {
            foreach (var value in properties.Values)
            {
                if (value is not string[] items) continue;
                foreach (var item in items)
                {
                    foreach (var candidate in DelimiterCandidates)
                    {
                        if (item.Contains(candidate, StringComparison.Ordinal)) used.Add(candidate);
                    }
                }
            }
        }
        foreach (var candidate in DelimiterCandidates)
        {
            if (!used.Contains(candidate)) return candidate;
        }
        throw new ArgumentException("Every array delimiter the import can use (';', '|', '\u00A6') occurs inside some list value.");
    }

    private static void WriteTable(
        string path,
        IReadOnlyList<string> fixedHeader,
        IReadOnlyList<IReadOnlyList<string>> fixedValues,
        IReadOnlyList<IReadOnlyDictionary<string, object>> properties,
        char delimiter)
    {
        var columns = properties.SelectMany(p => p.Keys).Distinct().Order(StringComparer.Ordinal)
            .Select(key => (Key: key, Type: ColumnType(properties.Where(p => p.ContainsKey(key)).Select(p => p[key]))))
            .ToArray();

        using var writer = new StreamWriter(path, append: false, Utf8) { NewLine = "\n" };
        var header = fixedHeader.Concat(columns.Select(c => c.Key + ":" + c.Type));
        writer.Write(string.Join(',', header.Select(Field)));
        writer.Write('\n');
        for (var row = 0; row < fixedValues.Count; row++)
        {
            var fields = fixedValues[row].Select(Field)
                .Concat(columns.Select(c => properties[row].TryGetValue(c.Key, out var value) ? Field(Format(value, delimiter)) : ""));
            writer.Write(string.Join(',', fields));
            writer.Write('\n');
        }
    }

    /// <summary>The narrowest Neo4j import type that holds every value of a column.</summary>
    private static string ColumnType(IEnumerable<object> values)
    {
        var all = values.ToArray();
        if (all.Any(v => v is string[])) return "string[]";
        if (all.All(v => v is bool)) return "boolean";
        if (all.All(v => v is long)) return all.All(v => (long)v is >= int.MinValue and <= int.MaxValue) ? "int" : "long";
        if (all.All(v => v is long or double)) return "double";
        return "string";
    }

    /// <summary>A value as field text; a scalar in a list column reads back as a one-element list.</summary>
    private static string Format(object value, char delimiter) =>
        value is string[] items ? string.Join(delimiter, items) : Scalar(value);

    private static string Scalar(object value) => value switch
    {
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => (string)value,
    };

    /// <summary>RFC 4180: quoted (quotes doubled) when it holds a comma, quote, line break, or surrounding space.</summary>
    internal static string Field(string value)
    {
        var needsQuotes = value.Length > 0 && (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Command(IReadOnlyList<string> nodeFiles, IReadOnlyList<string> relationshipFiles, char delimiter, bool skipBad)
    {
        var parts = new List<string> { "bin/neo4j-admin database import full neo4j" };
        parts.AddRange(nodeFiles.Select(f => "--nodes=" + ShellQuote(f)));
        parts.AddRange(relationshipFiles.Select(f => "--relationships=" + ShellQuote(f)));
        parts.Add("--id-type=string");
        parts.Add($"--array-delimiter=\"{delimiter}\"");
        // Claims and evidence quote whole sentences, which may span lines.
        parts.Add("--multiline-fields=true");
        if (skipBad) parts.Add("--skip-bad-relationships=true");
        parts.Add("--overwrite-destination");
        return string.Join(" \\\n  ", parts);
    }

    private static string ShellQuote(string path) =>
        path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_') ? path : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string Readme(
        string directory,
        IReadOnlyList<string> nodeFiles,
        IReadOnlyList<string> relationshipFiles,
        string command,
        char delimiter,
        long nodes,
        long relationships,
        long dangling)
    {
        var text = new StringBuilder();
        text.Append("# Neo4j bulk import\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{nodes} nodes in {nodeFiles.Count} files and {relationships} relationships in {relationshipFiles.Count} files, ");
        text.Append("for `neo4j-admin database import full`: the fastest way to load a large graph into an empty database.\n\n");
        text.Append("Files:\n\n");
        foreach (var file in nodeFiles.Concat(relationshipFiles)) text.Append("- `").Append(Path.GetFileName(file)).Append("`\n");
        text.Append("\n## Import\n\n");
        text.Append("1. Stop the database: `bin/neo4j stop` (the import needs it stopped). On Community edition only the `neo4j` database can be imported into.\n");
        text.Append("2. From the Neo4j home directory run (this replaces everything in the `neo4j` database):\n\n");
        text.Append("```sh\n").Append(command).Append("\n```\n\n");
        text.Append("3. Start it again: `bin/neo4j start`.\n");
        text.Append("4. Create the constraints and indexes, which the import does not: run `cypher/schema.cypher`, e.g. ");
        text.Append("`bin/cypher-shell -u neo4j -p \"$NEO4J_PASSWORD\" -f cypher/schema.cypher`.\n\n");
        text.Append("With Docker, mount this folder and the data volume and run the same command in a one-off container, ");
        text.Append("with the files under `/import`:\n\n```sh\n");
        text.Append("docker run --rm -v \"$PWD\":/import -v neo4j-data:/data neo4j:5.26-community \\\n  neo4j-admin database import full neo4j");
        foreach (var file in nodeFiles) text.Append(" \\\n  --nodes=/import/").Append(Path.GetFileName(file));
        foreach (var file in relationshipFiles) text.Append(" \\\n  --relationships=/import/").Append(Path.GetFileName(file));
        text.Append(CultureInfo.InvariantCulture, $" \\\n  --id-type=string --array-delimiter=\"{delimiter}\" --multiline-fields=true");
        if (dangling > 0) text.Append(" --skip-bad-relationships=true");
        text.Append(" --overwrite-destination\n```\n\n");
        text.Append("## Format\n\n");
        text.Append("- One id space for all nodes (`id:ID`, `:START_ID`, `:END_ID`): the ids are unique across labels (`person:...`, `claim:...`). ");
        text.Append("The `id` column is also stored as the `id` property.\n");
        text.Append(CultureInfo.InvariantCulture, $"- Labels in `:LABEL` and list values (`string[]` columns) are separated by `{delimiter}`.\n");
        text.Append("- An empty field means the property is absent. Text fields are quoted as in RFC 4180 and may span lines.\n");
        if (dangling > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {dangling} relationships end at nodes not in these files; `--skip-bad-relationships=true` skips them (listed in the import report).\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"\nWritten to `{directory}`.\n");
        return text.ToString();
    }
}
