namespace Graph.Core.Model;

/// <summary>What the builder knows of an article itself.</summary>
public sealed record Article
{
    /// <summary>Deterministic: <c>article:</c> and a hash of the article text, so the same text is the same article wherever it is read from.</summary>
    public required string Id { get; init; }
    /// <summary>The path it was read from, as given.</summary>
    public required string Source { get; init; }
    public string? Title { get; init; }
    /// <summary>ISO date (yyyy-MM-dd) when the article states it; null otherwise.</summary>
    public string? Published { get; init; }
    /// <summary>ISO 639-1 code of the article body's language.</summary>
    public required string Language { get; init; }
}
