using System.Globalization;
using Graph.Core.Ids;
using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>
/// How an article's extraction becomes nodes and edges (docs/CONTRACT.md "Graph in the store and in Neo4j").
/// Every store and exporter uses this one mapping, so the embedded store and Neo4j hold the same graph.
/// Edge ids are deterministic from type, ends and evidence: the same reading is the same edge.
/// </summary>
public static class GraphProjection
{
    public static Subgraph Project(ArticleGraph graph)
    {
        var article = graph.Article;
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var known = new HashSet<string>(StringComparer.Ordinal);

        nodes.Add(new GraphNode
        {
            Id = article.Id,
            Labels = [NodeLabels.Article],
            Name = article.Title ?? Path.GetFileName(article.Source),
            Properties = Props(("source", article.Source), ("title", article.Title), ("published", article.Published), ("language", article.Language)),
        });
        known.Add(article.Id);

        foreach (var e in graph.Entities)
        {
            var labels = Entity.IsActor(e.Type) ? new[] { e.Type.ToString(), NodeLabels.Actor } : new[] { e.Type.ToString() };
            var pairs = new (string, object?)[1 + (e.Properties?.Count ?? 0)];
            pairs[0] = ("aliases", e.Aliases.ToArray());
            var n = 1;
            if (e.Properties is not null)
                foreach (var (k, v) in e.Properties) pairs[n++] = (k, v);
            nodes.Add(new GraphNode { Id = e.Id, Labels = labels, Name = e.Name, Properties = PropertyBag.From(pairs.AsSpan(0, n)) });
            known.Add(e.Id);
            if (e.Mentions.Count > 0)
            {
                var first = e.Mentions[0];
                edges.Add(Edge(RelationTypes.MentionedIn, e.Id, article.Id, article.Id, first.Start, first.End, 1.0,
                    ("count", (long)e.Mentions.Count)));
            }
        }

        foreach (var ev in graph.Events)
        {
            nodes.Add(new GraphNode
            {
                Id = ev.Id,
                Labels = ev.Type == EventTypes.Meeting ? [NodeLabels.Event, NodeLabels.Meeting] : [NodeLabels.Event],
                Name = ev.Name,
                Properties = Props(("type", ev.Type), ("date", ev.Date), ("dateText", ev.DateText), ("articleId", article.Id),
                    ("start", (long)ev.Evidence.Start), ("end", (long)ev.Evidence.End), ("confidence", ev.Confidence)),
            });
            known.Add(ev.Id);
            edges.Add(Edge(RelationTypes.ReportedIn, ev.Id, article.Id, article.Id, ev.Evidence.Start, ev.Evidence.End, ev.Confidence));
            foreach (var p in ev.Participants.Where(known.Contains))
                edges.Add(Edge(RelationTypes.ParticipatedIn, p, ev.Id, article.Id, ev.Evidence.Start, ev.Evidence.End, ev.Confidence));
            if (ev.Location is { } loc && known.Contains(loc))
                edges.Add(Edge(RelationTypes.HeldIn, ev.Id, loc, article.Id, ev.Evidence.Start, ev.Evidence.End, ev.Confidence));
        }

        foreach (var c in graph.Claims)
        {
            nodes.Add(new GraphNode
            {
                Id = c.Id,
                Labels = [NodeLabels.Claim],
                Name = Caption(c.Content.Text),
                Properties = Props(("text", c.Content.Text), ("cue", c.Cue.Text), ("direct", c.Direct), ("kind", c.Kind), ("articleId", article.Id),
                    ("start", (long)c.Content.Start), ("end", (long)c.Content.End), ("confidence", c.Confidence),
                    ("speakerText", c.SpeakerMention?.Text),
                    // The speaker's frame inside a split quote: text[start..frameStart] and text[frameEnd..end] were said.
                    ("frameStart", (long?)c.Frame?.Start), ("frameEnd", (long?)c.Frame?.End)),
            });
            known.Add(c.Id);
            var from = Math.Min(c.Content.Start, Math.Min(c.Cue.Start, c.SpeakerMention?.Start ?? int.MaxValue));
            var to = Math.Max(c.Content.End, Math.Max(c.Cue.End, c.SpeakerMention?.End ?? 0));
            var speakers = c.Speakers.Count > 0 ? c.Speakers : c.Speaker is null ? [] : [c.Speaker];
            foreach (var s in speakers.Where(known.Contains))
                edges.Add(Edge(RelationTypes.Stated, s, c.Id, article.Id, from, to, c.Confidence,
                    ("cue", c.Cue.Text), ("direct", c.Direct), ("audience", c.Audience)));
            foreach (var a in c.About.Where(known.Contains))
                edges.Add(Edge(RelationTypes.About, c.Id, a, article.Id, c.Content.Start, c.Content.End, c.Confidence));
            edges.Add(Edge(RelationTypes.ReportedIn, c.Id, article.Id, article.Id, c.Content.Start, c.Content.End, c.Confidence));
        }

        foreach (var r in graph.Relations)
        {
            if (!RelationTypes.IsKnown(r.Type) || !known.Contains(r.From) || !known.Contains(r.To)) continue;
            var extra = r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, (object?)p.Value)).ToArray();
            edges.Add(Edge(r.Type, r.From, r.To, article.Id, r.Evidence.Start, r.Evidence.End, r.Confidence, extra));
        }

        // The same edge read twice in one article (same ends and evidence) is one edge: the first reading.
        var seen = new HashSet<string>(edges.Count, StringComparer.Ordinal);
        edges.RemoveAll(e => !seen.Add(e.Id));
        return new Subgraph(nodes, edges);
    }

    private static GraphEdge Edge(string type, string from, string to, string articleId, int start, int end, double confidence,
        params (string Key, object? Value)[] extra)
    {
        var pairs = new (string, object?)[4 + extra.Length];
        pairs[0] = ("articleId", articleId);
        pairs[1] = ("start", (long)start);
        pairs[2] = ("end", (long)end);
        pairs[3] = ("confidence", Math.Round(confidence, 3));
        extra.CopyTo(pairs, 4);
        // The hash of "type|from|to|article|start|end", written into a buffer on the stack rather than a string.
        Span<char> buffer = stackalloc char[512];
        var id = buffer.TryWrite(CultureInfo.InvariantCulture, $"{type}|{from}|{to}|{articleId}|{start}|{end}", out var written)
            ? "rel:" + GraphIds.Hash(buffer[..written])
            : "rel:" + GraphIds.Hash(string.Join('|', type, from, to, articleId,
                start.ToString(CultureInfo.InvariantCulture), end.ToString(CultureInfo.InvariantCulture)));
        return new GraphEdge { Id = id, Type = type, From = from, To = to, Properties = PropertyBag.From(pairs) };
    }

    private static PropertyBag Props(params (string Key, object? Value)[] values)
    {
        for (var i = 0; i < values.Length; i++)
            if (values[i].Value is double d) values[i].Value = Math.Round(d, 3);
        return PropertyBag.From(values);
    }

    /// <summary>A short caption for Browser and tables; the full text is in the <c>text</c> property.</summary>
    public static string Caption(string text) => text.Length <= 80 ? text : text[..77].TrimEnd() + "...";
}
