using System.Xml.Linq;
using Graph.Core.Storage;
using Graph.Storage.Export;

namespace Graph.Storage.Tests;

public sealed class GraphExporterTests
{
    private static readonly Subgraph Sample = new(
        [
            new GraphNode { Id = "person:o-brien", Labels = ["Person", "Actor"], Name = "Seán O'Brien \"the \\ boss\"", Properties = new Dictionary<string, object?> { ["aliases"] = new[] { "O'Brien", "Sean" } } },
            new GraphNode { Id = "country:ie", Labels = ["Country", "Actor"], Name = "Ireland", Properties = new Dictionary<string, object?> { ["iso"] = "IE" } },
        ],
        [
            new GraphEdge { Id = "rel:1", Type = "AFFILIATED_WITH", From = "person:o-brien", To = "country:ie", Properties = new Dictionary<string, object?> { ["role"] = "minister,\nfinance", ["start"] = 3L, ["confidence"] = 0.9 } },
        ]);

    [Fact]
    public void GraphML_is_valid_xml_with_typed_keys()
    {
        var writer = new StringWriter();
        GraphExporter.WriteGraphMl(Sample, writer);
        var doc = XDocument.Parse(writer.ToString());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(2, doc.Descendants(ns + "node").Count());
        var edge = Assert.Single(doc.Descendants(ns + "edge"));
        Assert.Equal("person:o-brien", edge.Attribute("source")!.Value);
        Assert.Contains(doc.Descendants(ns + "key"), k => k.Attribute("attr.name")!.Value == "start" && k.Attribute("attr.type")!.Value == "long");
        Assert.Contains(doc.Descendants(ns + "data"), d => d.Value == "Seán O'Brien \"the \\ boss\"");
    }

    [Fact]
    public void Cypher_script_escapes_every_value_and_uses_only_the_vocabulary()
    {
        var writer = new StringWriter();
        GraphExporter.WriteCypher(Sample, writer);
        var script = writer.ToString();
        Assert.Contains(@"name: 'Seán O\'Brien \""the \\ boss\""'", script);
        Assert.Contains(@"role: 'minister,\nfinance'", script);
        Assert.Contains("MERGE (n:Person {id: 'person:o-brien'})", script);
        Assert.Contains("[r:AFFILIATED_WITH {id: 'rel:1'}]", script);
        Assert.Throws<InvalidOperationException>(() => GraphExporter.WriteCypher(
            Sample with { Edges = [Sample.Edges[0] with { Type = "X]->() DETACH DELETE n //" }] }, new StringWriter()));
    }

    [Fact]
    public void Cypher_literal_round_trips_hostile_strings()
    {
        Assert.Equal(@"'a\'b'", GraphExporter.CypherLiteral("a'b"));
        Assert.Equal(@"'\\\'; MATCH (n) DETACH DELETE n; //'", GraphExporter.CypherLiteral(@"\'; MATCH (n) DETACH DELETE n; //"));
        Assert.Equal(@"'\u0000'", GraphExporter.CypherLiteral("\0"));
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_newlines()
    {
        var nodes = new StringWriter();
        var edges = new StringWriter();
        GraphExporter.WriteCsv(Sample, nodes, edges);
        var edgeLines = edges.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,type,from,to", edgeLines[0]);
        Assert.Contains("\"minister,\nfinance\"", edges.ToString());
        Assert.Contains("\"Seán O'Brien \"\"the \\ boss\"\"\"", nodes.ToString());
    }
}
