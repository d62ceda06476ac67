namespace Graph.Core.Model;

/// <summary>Everything extracted from one article: the record <c>graph extract</c> writes as one JSONL line.</summary>
public sealed record ArticleGraph
{
    public required Article Article { get; init; }
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    public IReadOnlyList<GraphEvent> Events { get; init; } = [];
    public IReadOnlyList<Relation> Relations { get; init; } = [];
}
