using System.Globalization;
using System.Text;
using System.Xml;
using Graph.Core.Model;
using Graph.Core.Storage;
using Newtonsoft.Json;

namespace Graph.Storage.Export;

/// <summary>Formats a subgraph can be written in.</summary>
public enum ExportFormat { GraphMl, Json, Csv, Cypher, Html }

/// <summary>
/// Writes a subgraph as GraphML (Gephi, Cytoscape, yEd), JSON, CSV (nodes.csv and edges.csv in a folder), a
/// Cypher script that recreates it in Neo4j, or an HTML page to read (<see cref="HtmlReport"/>). Output is ordered by id, so the same graph gives the same bytes.
/// </summary>
public static class GraphExporter
{
    public static void Write(Subgraph graph, ExportFormat format, string path, string? title = null)
    {
        if (format == ExportFormat.Csv)
        {
            Directory.CreateDirectory(path);
            using var nodes = new StreamWriter(System.IO.Path.Combine(path, "nodes.csv"), false, new UTF8Encoding(false));
            using var edges = new StreamWriter(System.IO.Path.Combine(path, "edges.csv"), false, new UTF8Encoding(false));
            WriteCsv(graph, nodes, edges);
            return;
        }
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        // Write beside and move into place, so a failed export never leaves a half-written file under the name.
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
            Write(graph, format, writer, title);
        File.Move(temp, path, overwrite: true);
    }

    public static void Write(Subgraph graph, ExportFormat format, TextWriter writer, string? title = null)
    {
        switch (format)
        {
            case ExportFormat.GraphMl: WriteGraphMl(graph, writer); break;
            case ExportFormat.Json: WriteJson(graph, writer); break;
            case ExportFormat.Cypher: WriteCypher(graph, writer); break;
            case ExportFormat.Html: HtmlReport.Write(graph, writer, title ?? "Graph export"); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), "CSV is written to a folder");
        }
    }

    public static void WriteGraphMl(Subgraph graph, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        var nodeKeys = Keys(graph.Nodes.Select(n => n.Properties));
        var edgeKeys = Keys(graph.Edges.Select(e => e.Properties));
        void Key(string id, string domain, string name, string type)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", domain);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
        Key("labels", "node", "labels", "string");
        Key("label", "node", "label", "string");
        Key("name", "node", "name", "string");
        foreach (var (k, t) in nodeKeys) Key("n_" + k, "node", k, t);
        Key("type", "edge", "type", "string");
        Key("e_label", "edge", "label", "string");
        foreach (var (k, t) in edgeKeys) Key("e_" + k, "edge", k, t);
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var n in graph.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", n.Id);
            Data(xml, "labels", string.Join(';', n.Labels));
            Data(xml, "label", n.Name);
            Data(xml, "name", n.Name);
            foreach (var (k, v) in n.Properties) if (v is not null) Data(xml, "n_" + k, Format(v));
            xml.WriteEndElement();
        }
        foreach (var e in graph.Edges)
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", e.Id);
            xml.WriteAttributeString("source", e.From);
            xml.WriteAttributeString("target", e.To);
            Data(xml, "type", e.Type);
            Data(xml, "e_label", e.Type);
            foreach (var (k, v) in e.Properties) if (v is not null) Data(xml, "e_" + k, Format(v));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlSafe(value));
        xml.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot hold most control characters; they are dropped rather than failing the export.</summary>
    private static string XmlSafe(string s) =>
        s.All(XmlConvert.IsXmlChar) ? s : new string(s.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());

    private static List<(string Key, string Type)> Keys(IEnumerable<IReadOnlyDictionary<string, object?>> props)
    {
        var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in props)
            foreach (var (k, v) in p)
            {
                if (v is null) continue;
                var t = v switch { long or int => "long", double => "double", bool => "boolean", _ => "string" };
                if (types.TryGetValue(k, out var old) && old != t) t = "string";
                types[k] = t;
            }
        return types.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    private static string Format(object v) => v switch
    {
        string[] a => string.Join(';', a),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    public static void WriteJson(Subgraph graph, TextWriter output)
    {
        using var json = new JsonTextWriter(output) { Formatting = Newtonsoft.Json.Formatting.Indented, CloseOutput = false };
        var serializer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        json.WriteStartObject();
        json.WritePropertyName("nodes");
        json.WriteStartArray();
        foreach (var n in graph.Nodes)
            serializer.Serialize(json, new { id = n.Id, labels = n.Labels, name = n.Name, properties = n.Properties });
        json.WriteEndArray();
        json.WritePropertyName("edges");
        json.WriteStartArray();
        foreach (var e in graph.Edges)
            serializer.Serialize(json, new { id = e.Id, type = e.Type, from = e.From, to = e.To, properties = e.Properties });
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteCsv(Subgraph graph, TextWriter nodes, TextWriter edges)
    {
        var nodeKeys = Keys(graph.Nodes.Select(n => n.Properties)).Select(k => k.Key).ToList();
        nodes.WriteLine(string.Join(',', new[] { "id", "labels", "name" }.Concat(nodeKeys).Select(Csv)));
        foreach (var n in graph.Nodes)
            nodes.WriteLine(string.Join(',', new[] { n.Id, string.Join(';', n.Labels), n.Name }
                .Concat(nodeKeys.Select(k => n.Properties.TryGetValue(k, out var v) && v is not null ? Format(v) : "")).Select(Csv)));
        var edgeKeys = Keys(graph.Edges.Select(e => e.Properties)).Select(k => k.Key).ToList();
        edges.WriteLine(string.Join(',', new[] { "id", "type", "from", "to" }.Concat(edgeKeys).Select(Csv)));
        foreach (var e in graph.Edges)
            edges.WriteLine(string.Join(',', new[] { e.Id, e.Type, e.From, e.To }
                .Concat(edgeKeys.Select(k => e.Properties.TryGetValue(k, out var v) && v is not null ? Format(v) : "")).Select(Csv)));
    }

    public static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    /// <summary>
    /// A Cypher script for cypher-shell or Browser. No parameters: every value is a literal, escaped by
    /// <see cref="CypherLiteral"/>; labels and types come only from the fixed vocabulary and are checked.
    /// </summary>
    public static void WriteCypher(Subgraph graph, TextWriter output)
    {
        output.WriteLine("// Recreates this subgraph. Run with: cypher-shell -f FILE (or paste into Neo4j Browser).");
        output.WriteLine("// Idempotent: nodes and relationships are MERGEd on their id.");
        var labelOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in graph.Nodes)
        {
            foreach (var l in n.Labels)
                if (!NodeLabels.IsKnown(l)) throw new InvalidOperationException($"label '{l}' is not in the graph vocabulary");
            labelOf[n.Id] = n.Label;
            var props = new SortedDictionary<string, object?>(n.Properties.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal) { ["name"] = n.Name };
            var extra = string.Concat(n.Labels.Skip(1).Select(l => ":" + l));
            output.Write($"MERGE (n:{n.Label} {{id: {CypherLiteral(n.Id)}}}) SET n += {MapLiteral(props)}");
            if (extra.Length > 0) output.Write($" SET n{extra}");
            output.WriteLine(";");
        }
        foreach (var e in graph.Edges)
        {
            if (!RelationTypes.IsKnown(e.Type)) throw new InvalidOperationException($"relationship type '{e.Type}' is not in the graph vocabulary");
            if (!labelOf.TryGetValue(e.From, out var fromLabel) || !labelOf.TryGetValue(e.To, out var toLabel)) continue;
            output.WriteLine($"MATCH (a:{fromLabel} {{id: {CypherLiteral(e.From)}}}), (b:{toLabel} {{id: {CypherLiteral(e.To)}}}) " +
                             $"MERGE (a)-[r:{e.Type} {{id: {CypherLiteral(e.Id)}}}]->(b) SET r += {MapLiteral(e.Properties)};");
        }
    }

    private static string MapLiteral(IReadOnlyDictionary<string, object?> props) =>
        "{" + string.Join(", ", props.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{CypherKey(p.Key)}: {CypherValue(p.Value!)}")) + "}";

    private static string CypherKey(string key) =>
        key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsDigit(key[0]) ? key : "`" + key.Replace("`", "``") + "`";

    private static string CypherValue(object v) => v switch
    {
        string s => CypherLiteral(s),
        string[] a => "[" + string.Join(", ", a.Select(CypherLiteral)) + "]",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => CypherLiteral(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>A single-quoted Cypher string literal: backslash, quotes and control characters escaped.</summary>
    public static string CypherLiteral(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029') sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('\'').ToString();
    }
}
