using System.Runtime.CompilerServices;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Neo4j.Tests;

/// <summary>Builds clients against the fake server, with recorded (not slept) retry delays.</summary>
internal sealed class FakeServer
{
    public const string Password = "s3cret-Passw0rd!";

    public FakeNeo4jHandler Handler { get; } = new();
    public List<TimeSpan> Delays { get; } = [];

    public Neo4jClient Client(Func<Neo4jOptions, Neo4jOptions>? adjust = null)
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri("http://localhost:7474"),
            User = "neo4j",
            Password = Password,
            MaxRetries = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            RetryMaxDelay = TimeSpan.FromSeconds(2),
        };
        options = adjust?.Invoke(options) ?? options;
        return new Neo4jClient(new HttpClient(Handler), options, logger: null, delay: (wait, _) =>
        {
            Delays.Add(wait);
            return Task.CompletedTask;
        });
    }
}

/// <summary>Paths in the repository, found from this source file so tests run from any output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", ".."));

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

/// <summary>A small graph shaped like the contract's example article.</summary>
internal static class TestGraphs
{
    public const string ArticleId = "article:3f2a000000000001";

    public static GraphNode Node(string id, string name, IReadOnlyList<string> labels, Dictionary<string, object?>? properties = null) => new()
    {
        Id = id,
        Labels = labels,
        Name = name,
        Properties = properties ?? [],
    };

    public static GraphEdge Edge(string type, string from, string to, Dictionary<string, object?>? properties = null, string? id = null) => new()
    {
        Id = id ?? $"{type.ToLowerInvariant()}:{from}->{to}",
        Type = type,
        From = from,
        To = to,
        Properties = properties ?? [],
    };

    public static Subgraph Geneva()
    {
        var nodes = new List<GraphNode>
        {
            Node(ArticleId, "US needs to ...", [NodeLabels.Article], new() { ["title"] = "US needs to ...", ["published"] = "2024-05-15", ["language"] = "en", ["source"] = "samples/geneva.txt" }),
            Node("person:xin-qiang", "Xin Qiang", [NodeLabels.Person, NodeLabels.Actor], new() { ["aliases"] = new[] { "Xin" } }),
            Node("institution:center-for-american-studies", "Center for American Studies", [NodeLabels.Institution, NodeLabels.Actor]),
            Node("country:us", "United States", [NodeLabels.Country, NodeLabels.Actor], new() { ["iso"] = "US", ["aliases"] = new List<string> { "US", "America" } }),
            Node("country:cn", "China", [NodeLabels.Country, NodeLabels.Actor], new() { ["iso"] = "CN" }),
            Node("location:geneva", "Geneva", [NodeLabels.Location]),
            Node("event:9a1b000000000001", "first meeting of the intergovernmental dialogue on AI", [NodeLabels.Event, NodeLabels.Meeting],
                new() { ["type"] = "Meeting", ["date"] = null, ["dateText"] = "Tuesday", ["confidence"] = 0.9 }),
            Node("claim:c1a1000000000001", "currently, the US is the most advanced ...", [NodeLabels.Claim],
                new() { ["text"] = "currently, the US is \"the most advanced\",\nin AI", ["direct"] = false, ["confidence"] = 0.83 }),
        };
        var edges = new List<GraphEdge>
        {
            Edge(RelationTypes.Stated, "person:xin-qiang", "claim:c1a1000000000001",
                new() { ["cue"] = "told", ["direct"] = false, ["articleId"] = ArticleId, ["start"] = 2790L, ["end"] = 2794L, ["confidence"] = 0.83 }),
            Edge(RelationTypes.About, "claim:c1a1000000000001", "country:us"),
            Edge(RelationTypes.ReportedIn, "claim:c1a1000000000001", ArticleId, new() { ["start"] = 2817L, ["end"] = 2960L }),
            Edge(RelationTypes.ReportedIn, "event:9a1b000000000001", ArticleId, new() { ["start"] = 120L, ["end"] = 260L }),
            Edge(RelationTypes.MentionedIn, "person:xin-qiang", ArticleId, new() { ["count"] = 3L }),
            Edge(RelationTypes.MentionedIn, "country:us", ArticleId, new() { ["count"] = 7L }),
            Edge(RelationTypes.ParticipatedIn, "country:us", "event:9a1b000000000001"),
            Edge(RelationTypes.ParticipatedIn, "country:cn", "event:9a1b000000000001"),
            Edge(RelationTypes.HeldIn, "event:9a1b000000000001", "location:geneva"),
            Edge(RelationTypes.AffiliatedWith, "person:xin-qiang", "institution:center-for-american-studies",
                new() { ["role"] = "deputy director", ["articleId"] = ArticleId, ["start"] = 2710L, ["end"] = 2790L, ["confidence"] = 0.9 }),
        };
        return new Subgraph(nodes, edges);
    }

    /// <summary><paramref name="count"/> people, for batching tests.</summary>
    public static Subgraph People(int count) => new(
        Enumerable.Range(0, count).Select(i => Node($"person:p{i:D4}", $"Person {i}", [NodeLabels.Person, NodeLabels.Actor])).ToArray(),
        []);
}
