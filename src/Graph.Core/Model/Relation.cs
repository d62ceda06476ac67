namespace Graph.Core.Model;

/// <summary>A typed edge between two entities (or an entity and an event) read from one place in the text.</summary>
public sealed record Relation
{
    /// <summary>One of <see cref="RelationTypes"/>.</summary>
    public required string Type { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
    public required Span Evidence { get; init; }
    public double Confidence { get; init; }
}
