using System.Globalization;
using System.Net;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Storage.Export;

/// <summary>
/// A subgraph as one self-contained HTML page an analyst can open or send without any tool: a drawing of the actors
/// and how they relate, then who said what about whom, relations, meetings and actors as tables, each claim and
/// relation with the article and character offsets it was read from. No scripts and no outside resources; every
/// text is HTML-encoded. Ordered as the other exports are, so the same graph gives the same bytes.
/// </summary>
public static class HtmlReport
{
    /// <summary>At most this many actors are drawn (the best connected); the tables list them all.</summary>
    public const int MaxDrawn = 60;

    private static readonly HashSet<string> ActorLabels =
        [NodeLabels.Person, NodeLabels.Institution, NodeLabels.Country, NodeLabels.Location];

    public static void Write(Subgraph graph, TextWriter output, string title)
    {
        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var titles = graph.Nodes.Where(n => n.Label == NodeLabels.Article).ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        string NameOf(string id) => nodes.TryGetValue(id, out var n) ? n.Name : id;
        // An article's publication date, where known, goes with its title: "Port dispute (2016-03-10) [40-61]".
        var dates = graph.Nodes.Where(n => n.Label == NodeLabels.Article && n.Properties.GetValueOrDefault("published") is string)
            .ToDictionary(n => n.Id, n => (string)n.Properties["published"]!, StringComparer.Ordinal);
        string Source(IReadOnlyDictionary<string, object?> props) =>
            props.GetValueOrDefault("articleId") is string a
                ? $"{(titles.TryGetValue(a, out var t) ? t : a)}{(dates.TryGetValue(a, out var day) ? $" ({day})" : "")} [{props.GetValueOrDefault("start")}-{props.GetValueOrDefault("end")}]"
                : "";

        var claims = graph.Nodes.Where(n => n.Label == NodeLabels.Claim).ToList();
        var speakers = graph.Edges.Where(e => e.Type == RelationTypes.Stated).ToLookup(e => e.To, StringComparer.Ordinal);
        var about = graph.Edges.Where(e => e.Type == RelationTypes.About).ToLookup(e => e.From, StringComparer.Ordinal);
        var actors = graph.Nodes.Where(n => ActorLabels.Contains(n.Label)).ToList();
        var events = graph.Nodes.Where(n => n.Label == NodeLabels.Event).ToList();
        var relations = graph.Edges.Where(e => e.Type is not (RelationTypes.Stated or RelationTypes.About or RelationTypes.ReportedIn or RelationTypes.MentionedIn)).ToList();

        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.WriteLine($"<title>{E(title)}</title>");
        output.WriteLine("<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 2em}"
            + "th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f3f3f3}"
            + "td.src{color:#666;font-size:12px;white-space:nowrap}svg.map{border:1px solid #ddd;max-width:100%;height:auto}"
            + ".Person{fill:#4e79a7}.Institution{fill:#f28e2b}.Country{fill:#59a14f}.Location{fill:#76b7b2}</style>");
        output.WriteLine("</head><body>");
        output.WriteLine($"<h1>{E(title)}</h1>");
        output.WriteLine($"<p>{actors.Count} actors and places, {claims.Count} claims, {relations.Count} relations, {events.Count} meetings and events, "
            + $"from {titles.Count} articles. Offsets are characters in the article text as stored.</p>");

        WriteDrawing(output, graph, actors, claims, speakers, about);

        output.WriteLine("<h2>Who said what</h2>");
        output.WriteLine("<table><tr><th>speaker</th><th>cue</th><th>claim</th><th>kind</th><th>about</th><th>source</th></tr>");
        // By article (title, then id for articles that share a title), then in text order.
        string ArticleOf(GraphNode c) => c.Properties.GetValueOrDefault("articleId") as string ?? "";
        foreach (var c in claims.OrderBy(c => titles.GetValueOrDefault(ArticleOf(c)) ?? "", StringComparer.Ordinal).ThenBy(ArticleOf, StringComparer.Ordinal)
            .ThenBy(c => c.Properties.GetValueOrDefault("start") as long? ?? 0).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            var who = speakers[c.Id].Select(e => NameOf(e.From)).ToList();
            var said = who.Count > 0 ? string.Join("; ", who) : c.Properties.GetValueOrDefault("speakerText") is string st ? $"“{st}”" : "";
            var cue = c.Properties.GetValueOrDefault("cue") as string ?? "";
            var audience = speakers[c.Id].Select(e => e.Properties.GetValueOrDefault("audience")).OfType<string>().Select(NameOf).FirstOrDefault();
            if (audience is not null) cue += $" (to {audience})";
            // What was said: a split quote without its speaker's words (the source column gives the whole span).
            var text = c.Properties.GetValueOrDefault("text") is string whole
                ? Claim.Said(whole, c.Properties.GetValueOrDefault("start") as long? ?? 0, c.Properties.GetValueOrDefault("end") as long? ?? 0,
                    c.Properties.GetValueOrDefault("frameStart") as long?, c.Properties.GetValueOrDefault("frameEnd") as long?)
                : c.Name;
            var aboutNames = string.Join("; ", about[c.Id].Select(e => NameOf(e.To)).Distinct(StringComparer.Ordinal));
            var kind = c.Properties.GetValueOrDefault("kind") as string ?? "";
            output.WriteLine($"<tr><td>{E(said)}</td><td>{E(cue)}</td><td>{E(text)}</td><td>{E(kind)}</td><td>{E(aboutNames)}</td><td class=\"src\">{E(Source(c.Properties))}</td></tr>");
        }
        output.WriteLine("</table>");

        output.WriteLine("<h2>Relations</h2>");
        output.WriteLine("<table><tr><th>from</th><th>relation</th><th>to</th><th>role</th><th>read in</th></tr>");
        // The same relation read in several articles is one row, with where it was read.
        foreach (var g in relations
            .GroupBy(e => (e.From, e.Type, e.To, Role: e.Properties.GetValueOrDefault("role") as string ?? ""))
            .OrderBy(g => NameOf(g.Key.From), StringComparer.Ordinal).ThenBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => NameOf(g.Key.To), StringComparer.Ordinal).ThenBy(g => g.Key.Role, StringComparer.Ordinal))
        {
            var sources = g.Select(e => Source(e.Properties)).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            output.WriteLine($"<tr><td>{E(NameOf(g.Key.From))}</td><td>{E(g.Key.Type)}</td><td>{E(NameOf(g.Key.To))}</td><td>{E(g.Key.Role)}</td>"
                + $"<td class=\"src\">{string.Join("<br>", sources.Select(E))}</td></tr>");
        }
        output.WriteLine("</table>");

        if (events.Count > 0)
        {
            output.WriteLine("<h2>Meetings and events</h2>");
            output.WriteLine("<table><tr><th>event</th><th>participants</th><th>date</th><th>place</th></tr>");
            var participants = graph.Edges.Where(e => e.Type == RelationTypes.ParticipatedIn).ToLookup(e => e.To, StringComparer.Ordinal);
            var places = graph.Edges.Where(e => e.Type == RelationTypes.HeldIn).ToLookup(e => e.From, StringComparer.Ordinal);
            foreach (var ev in events.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal))
            {
                var date = ev.Properties.GetValueOrDefault("date") as string ?? ev.Properties.GetValueOrDefault("dateText") as string ?? "";
                output.WriteLine($"<tr><td>{E(ev.Name)}</td><td>{E(string.Join("; ", participants[ev.Id].Select(e => NameOf(e.From)).Distinct().Order(StringComparer.Ordinal)))}</td>"
                    + $"<td>{E(date)}</td><td>{E(string.Join("; ", places[ev.Id].Select(e => NameOf(e.To)).Distinct().Order(StringComparer.Ordinal)))}</td></tr>");
            }
            output.WriteLine("</table>");
        }

        output.WriteLine("<h2>Actors and places</h2>");
        output.WriteLine("<table><tr><th>name</th><th>label</th><th>id</th></tr>");
        foreach (var a in actors.OrderBy(a => a.Label, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal))
            output.WriteLine($"<tr><td>{E(a.Name)}</td><td>{E(a.Label)}</td><td>{E(a.Id)}</td></tr>");
        output.WriteLine("</table>");
        output.WriteLine("</body></html>");
    }

    /// <summary>
    /// The best-connected actors on a circle, joined by their relations (solid) and by who spoke about whom
    /// (dashed): enough to see the shape of a neighbourhood without a graph tool.
    /// </summary>
    private static void WriteDrawing(TextWriter output, Subgraph graph, List<GraphNode> actors, List<GraphNode> claims,
        ILookup<string, GraphEdge> speakers, ILookup<string, GraphEdge> about)
    {
        var links = new List<(string From, string To, bool Said)>();
        var ids = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var e in graph.Edges)
            if (ids.Contains(e.From) && ids.Contains(e.To) && e.From != e.To) links.Add((e.From, e.To, false));
        foreach (var c in claims)
            foreach (var s in speakers[c.Id])
                foreach (var a in about[c.Id])
                    if (ids.Contains(s.From) && ids.Contains(a.To) && s.From != a.To) links.Add((s.From, a.To, true));
        if (links.Count == 0) return;
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (f, t, _) in links)
        {
            degree[f] = degree.GetValueOrDefault(f) + 1;
            degree[t] = degree.GetValueOrDefault(t) + 1;
        }
        var drawn = actors.Where(a => degree.ContainsKey(a.Id))
            .OrderByDescending(a => degree[a.Id]).ThenBy(a => a.Id, StringComparer.Ordinal).Take(MaxDrawn).ToList();
        const double size = 900, centre = size / 2, radius = 330;
        var at = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var i = 0; i < drawn.Count; i++)
        {
            var angle = 2 * Math.PI * i / drawn.Count - Math.PI / 2;
            at[drawn[i].Id] = (centre + radius * Math.Cos(angle), centre + radius * Math.Sin(angle));
        }
        output.WriteLine($"<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"actors and their relations\">");
        foreach (var (f, t, said) in links.Distinct().OrderBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.To, StringComparer.Ordinal).ThenBy(l => l.Said))
        {
            if (!at.TryGetValue(f, out var a) || !at.TryGetValue(t, out var b)) continue;
            output.WriteLine($"<line x1=\"{N(a.X)}\" y1=\"{N(a.Y)}\" x2=\"{N(b.X)}\" y2=\"{N(b.Y)}\" stroke=\"{(said ? "#bbb" : "#777")}\"{(said ? " stroke-dasharray=\"4 3\"" : "")}/>");
        }
        foreach (var n in drawn)
        {
            var (x, y) = at[n.Id];
            var right = x >= centre;
            output.WriteLine($"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"6\" class=\"{E(n.Label)}\"><title>{E(n.Name)} ({E(n.Label)})</title></circle>");
            output.WriteLine($"<text x=\"{N(x + (right ? 9 : -9))}\" y=\"{N(y + 4)}\" font-size=\"11\" text-anchor=\"{(right ? "start" : "end")}\">{E(n.Name)}</text>");
        }
        output.WriteLine("</svg>");
        output.WriteLine("<p>Solid lines: relations. Dashed: one spoke about the other. "
            + string.Join(", ", ActorLabels.Order(StringComparer.Ordinal).Select(l => $"<svg width=\"10\" height=\"10\"><circle cx=\"5\" cy=\"5\" r=\"5\" class=\"{l}\"/></svg> {l}"))
            + ".</p>");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
