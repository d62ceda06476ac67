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

    [Fact]
    public void Html_report_encodes_every_text_and_shows_claims_and_relations_with_their_sources()
    {
        static Dictionary<string, object?> At(string article, long start, long end) => new() { ["articleId"] = article, ["start"] = start, ["end"] = end };
        var graph = new Subgraph(
            [
                new GraphNode { Id = "person:kos", Labels = ["Person", "Actor"], Name = "Irena <script>alert(1)</script> Kos" },
                new GraphNode { Id = "country:pe", Labels = ["Country", "Actor"], Name = "Peru" },
                new GraphNode { Id = "institution:gazette", Labels = ["Institution", "Actor"], Name = "Harbour Gazette" },
                new GraphNode { Id = "claim:1", Labels = ["Claim"], Name = "the port deal",
                    Properties = new Dictionary<string, object?>(At("article:a", 40, 61)) { ["text"] = "Peru broke the \"port\" deal", ["cue"] = "said" } },
                // Offsets 9 and 40 sort as text "40" < "9", but as numbers 9 comes first.
                new GraphNode { Id = "claim:0", Labels = ["Claim"], Name = "an earlier claim",
                    Properties = new Dictionary<string, object?>(At("article:a", 9, 30)) { ["text"] = "the ferry is late", ["cue"] = "said" } },
                new GraphNode { Id = "article:a", Labels = ["Article"], Name = "Port dispute" },
                new GraphNode { Id = "article:b", Labels = ["Article"], Name = "Bridge vote", Properties = new Dictionary<string, object?> { ["published"] = "2016-03-10" } },
            ],
            [
                new GraphEdge { Id = "rel:s", Type = "STATED", From = "person:kos", To = "claim:1", Properties = new Dictionary<string, object?>(At("article:a", 0, 61)) { ["audience"] = "institution:gazette" } },
                new GraphEdge { Id = "rel:ab", Type = "ABOUT", From = "claim:1", To = "country:pe" },
                new GraphEdge { Id = "rel:r", Type = "REPORTED_IN", From = "claim:1", To = "article:a" },
                new GraphEdge { Id = "rel:1", Type = "AFFILIATED_WITH", From = "person:kos", To = "country:pe", Properties = new Dictionary<string, object?>(At("article:a", 0, 20)) { ["role"] = "envoy" } },
                new GraphEdge { Id = "rel:2", Type = "AFFILIATED_WITH", From = "person:kos", To = "country:pe", Properties = new Dictionary<string, object?>(At("article:b", 5, 25)) { ["role"] = "envoy" } },
            ]);
        var writer = new StringWriter();
        GraphExporter.Write(graph, ExportFormat.Html, writer, "Around <Kos>");
        var html = writer.ToString();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("Irena &lt;script&gt;alert(1)&lt;/script&gt; Kos", html);
        Assert.Contains("<title>Around &lt;Kos&gt;</title>", html);
        // The claim with its cue, audience, what it is about and where it was read.
        var claimRow = Assert.Single(html.Split('\n'), l => l.Contains("Peru broke the &quot;port&quot; deal"));
        Assert.Contains("said (to Harbour Gazette)", claimRow);
        Assert.Contains("<td>Peru</td>", claimRow);
        Assert.Contains("Port dispute [40-61]", claimRow);
        Assert.True(html.IndexOf("the ferry is late", StringComparison.Ordinal) < html.IndexOf("Peru broke the", StringComparison.Ordinal));
        // The affiliation read in two articles is one row naming both.
        var relationRow = Assert.Single(html.Split('\n'), l => l.Contains("<td>AFFILIATED_WITH</td>"));
        // With the publication date of an article that has one.
        Assert.Contains("Bridge vote (2016-03-10) [5-25]", relationRow);
        Assert.Contains("Port dispute [0-20]", relationRow);
        // The drawing has the two related actors (the outlet is related to nothing drawn).
        var map = html[html.IndexOf("<svg class=\"map\"", StringComparison.Ordinal)..];
        Assert.Equal(2, map[..map.IndexOf("</svg>", StringComparison.Ordinal)].Split("<circle").Length - 1);
        // The same graph gives the same page.
        var again = new StringWriter();
        GraphExporter.Write(graph, ExportFormat.Html, again, "Around <Kos>");
        Assert.Equal(html, again.ToString());
    }
}
