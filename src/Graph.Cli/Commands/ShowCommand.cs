using System.CommandLine;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Sqlite;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph show NAME [--hops N] [--limit N]</c>: an actor's neighbourhood as a tree — affiliations, what they said (with the
/// article and offsets to check it against), meetings and other relations.
/// </summary>
public static class ShowCommand
{
    private const int DefaultPerKind = 30;

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Name, alias or id of the actor, place or event." };
        var hops = new Option<int>("--hops") { Description = "How many relationships away to follow (1-4).", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "At most this many lines of each kind of relation (default 30).", DefaultValueFactory = _ => DefaultPerKind };
        var store = CommandTree.StoreOption();
        var command = new Command("show", "Show an actor's neighbourhood: affiliations, claims with their sources, meetings, relations.") { name, hops, limit, store };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(hops);
            if (n is < 1 or > 4)
            {
                await Console.Error.WriteLineAsync("error: --hops must be between 1 and 4").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(limit) < 1)
            {
                await Console.Error.WriteLineAsync("error: --limit must be at least 1").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            await using var graphStore = SqliteGraphStore.Open(parse.GetValue(store)!, readOnly: true);
            var query = parse.GetValue(name)!;
            var matches = await graphStore.FindAsync(query, ct).ConfigureAwait(false);
            if (matches.Count == 0)
            {
                await Console.Error.WriteLineAsync($"error: nothing named '{query}' in {graphStore.Path}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            var root = matches[0];
            var graph = await graphStore.NeighbourhoodAsync([root.Id], n, ct).ConfigureAwait(false);
            // An article goes by its title and, where known, its publication date: "Bridge vote (2016-03-10)".
            var titles = graph.Nodes.Where(x => x.Label == NodeLabels.Article)
                .ToDictionary(x => x.Id, x => x.Properties.GetValueOrDefault("published") is string day ? $"{x.Name} ({day})" : x.Name);
            AnsiConsole.Write(Render(root, graph, n, titles, parse.GetValue(limit)));
            if (matches.Count > 1)
                AnsiConsole.MarkupLine("[grey]also matching: " + Markup.Escape(string.Join(", ", matches.Skip(1).Take(8).Select(m => $"{m.Name} ({m.Id})"))) + "[/]");
            await NoteSurnameOnlyAsync(graphStore, root, id => $"see graph show {id} --store {CommandTree.Quote(graphStore.Path)}", ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Says on stderr when articles name a person by surname alone ("Blair" for "Tony Blair"): those make a node of
    /// their own, since one article cannot tell which Blair it means, and an analyst asking about the full name
    /// should know they exist and how to see them.
    /// </summary>
    /// <param name="howToSee">What to do to see a node's articles; null when nothing needs saying about it.</param>
    public static async Task NoteSurnameOnlyAsync(SqliteGraphStore store, GraphNode person, Func<string, string?> howToSee, CancellationToken ct)
    {
        foreach (var (node, articles) in await store.SurnameOnlyPersonsAsync(person, ct).ConfigureAwait(false))
            if (howToSee(node.Id) is { } how)
                await Console.Error.WriteLineAsync($"note: {articles} article(s) name only \"{node.Name}\" ({node.Id}), which may be {person.Name} or another {node.Name}: {how}")
                    .ConfigureAwait(false);
    }

    public static Tree Render(GraphNode root, Subgraph graph, int hops, IReadOnlyDictionary<string, string> articleTitles, int perKind = DefaultPerKind)
    {
        var nodes = graph.Nodes.ToDictionary(x => x.Id);
        var outgoing = graph.Edges.ToLookup(e => e.From);
        var incoming = graph.Edges.ToLookup(e => e.To);
        var tree = new Tree(Describe(root, articleTitles));
        var visited = new HashSet<string> { root.Id };
        void Expand(IHasTreeNodes parent, GraphNode node, int depth, string? cameFrom)
        {
            if (depth >= hops) return;
            // The same relation read in several articles is several edges (each keeps its own evidence); the tree
            // shows it once with the number of articles, so "leader of the party" in 40 articles is one line. So is
            // an affiliation read with several roles ("candidate", "former candidate"): one line, its roles listed.
            var lines = outgoing[node.Id].Select(e => (Edge: e, Other: e.To, Out: true))
                .Concat(incoming[node.Id].Select(e => (Edge: e, Other: e.From, Out: false)))
                .Where(x => nodes.ContainsKey(x.Other) && x.Other != cameFrom)
                .GroupBy(x => (x.Edge.Type, x.Other, x.Out, Role: x.Edge.Type == RelationTypes.AffiliatedWith ? null : RoleOf(x.Edge)))
                .Select(g => (g.First().Edge, g.Key.Other, g.Key.Out, Articles: ArticlesOf(g.Select(x => x.Edge)), Roles: Roles(g.Select(x => x.Edge))))
                // Mentions of the actor in articles are many and dull; show them last.
                .OrderBy(x => x.Edge.Type == RelationTypes.MentionedIn ? 1 : 0).ThenBy(x => Order(x.Edge.Type))
                .ThenByDescending(x => x.Articles).ThenBy(x => SortKey(nodes[x.Other], articleTitles), StringComparer.Ordinal)
                .ThenBy(x => x.Other, StringComparer.Ordinal)
                .ToList();
            // Each kind of relation has its own room: an actor with hundreds of claims still shows the meetings
            // and relations after them.
            var shownOfType = new Dictionary<(string Type, bool Out), int>();
            foreach (var (edge, otherId, isOut, articles, roles) in lines)
            {
                var kind = (edge.Type, isOut);
                var shown = shownOfType.GetValueOrDefault(kind);
                shownOfType[kind] = shown + 1;
                if (shown == perKind)
                {
                    var rest = lines.Count(x => x.Edge.Type == edge.Type && x.Out == isOut) - perKind;
                    var hint = edge.Type is RelationTypes.Stated or RelationTypes.About ? " (graph claims lists them all)" : "";
                    parent.AddNode($"[grey]... and {rest} more {edge.Type}{hint}[/]");
                }
                if (shown >= perKind) continue;
                var other = nodes[otherId];
                var arrow = isOut ? $"[blue]{edge.Type}[/] →" : $"← [blue]{edge.Type}[/]";
                var child = parent.AddNode($"{arrow} {Describe(other, articleTitles)}{EdgeDetail(edge, nodes, articles, roles)}");
                if (visited.Add(otherId) && other.Label != NodeLabels.Article) Expand(child, other, depth + 1, node.Id);
            }
        }
        Expand(tree, root, 0, null);
        return tree;
    }

    private static int Order(string type) => type switch
    {
        RelationTypes.AffiliatedWith => 0,
        RelationTypes.PartOf => 1,
        RelationTypes.Stated => 2,
        RelationTypes.ParticipatedIn => 3,
        _ => 4,
    };

    /// <summary>Claims in article order and, within an article, in text order; everything else by name.</summary>
    private static string SortKey(GraphNode node, IReadOnlyDictionary<string, string> titles) =>
        node.Label == NodeLabels.Claim && node.Properties.GetValueOrDefault("articleId") is string a
            ? $"{titles.GetValueOrDefault(a) ?? a}\u0000{node.Properties.GetValueOrDefault("start") as long? ?? 0:D10}"
            : node.Name;

    private static string Describe(GraphNode node, IReadOnlyDictionary<string, string> titles)
    {
        if (node.Label == NodeLabels.Claim)
        {
            var text = node.Properties.GetValueOrDefault("text") as string ?? node.Name;
            var source = node.Properties.GetValueOrDefault("articleId") is string a ? Source(a, node.Properties, titles) : "";
            return $"[green]Claim[/] \"{Markup.Escape(text)}\"{source}";
        }
        return $"[bold]{node.Label}[/] {Markup.Escape(node.Name)} [grey]({Markup.Escape(node.Id)})[/]";
    }

    private static string? RoleOf(GraphEdge edge) => edge.Properties.GetValueOrDefault("role") as string;

    private static int ArticlesOf(IEnumerable<GraphEdge> edges) =>
        edges.Select(e => e.Properties.GetValueOrDefault("articleId")).OfType<string>().Distinct().Count();

    /// <summary>The roles of a group of edges, the most read first, each with its number of articles when more than one: "candidate (6 articles), hopeful".</summary>
    private static string? Roles(IEnumerable<GraphEdge> edges)
    {
        var roles = edges.Where(e => RoleOf(e) is not null).GroupBy(e => RoleOf(e)!, StringComparer.Ordinal)
            .Select(g => (Role: g.Key, Articles: ArticlesOf(g))).OrderByDescending(x => x.Articles).ThenBy(x => x.Role, StringComparer.Ordinal).ToList();
        if (roles.Count == 0) return null;
        return roles.Count == 1 ? roles[0].Role : string.Join(", ", roles.Select(x => x.Articles > 1 ? $"{x.Role} ({x.Articles} articles)" : x.Role));
    }

    private static string EdgeDetail(GraphEdge edge, IReadOnlyDictionary<string, GraphNode> nodes, int articles, string? roles)
    {
        var parts = new List<string>();
        if (roles is not null) parts.Add((roles.Contains(", ", StringComparison.Ordinal) ? "roles: " : "role: ") + roles);
        if (edge.Properties.GetValueOrDefault("cue") is string cue) parts.Add("cue: " + cue);
        if (edge.Properties.GetValueOrDefault("audience") is string audience) parts.Add("to: " + (nodes.TryGetValue(audience, out var a) ? a.Name : audience));
        if (edge.Properties.GetValueOrDefault("count") is long count) parts.Add($"{count} mention(s)");
        if (articles > 1) parts.Add($"in {articles} articles");
        return parts.Count == 0 ? "" : " [grey](" + Markup.Escape(string.Join("; ", parts)) + ")[/]";
    }

    private static string Source(string articleId, IReadOnlyDictionary<string, object?> props, IReadOnlyDictionary<string, string> titles)
    {
        var title = titles.GetValueOrDefault(articleId) ?? articleId;
        return $" [grey]— {Markup.Escape(title)} [[{props.GetValueOrDefault("start")}-{props.GetValueOrDefault("end")}]][/]";
    }
}
