namespace Graph.Core.Model;

/// <summary>Event kinds the extractors produce.</summary>
public static class EventTypes
{
    public const string Meeting = "Meeting";
}

/// <summary>Something that happened, with who took part, where and when.</summary>
public sealed record GraphEvent
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string Name { get; init; }
    /// <summary>ISO date when it could be resolved against the article's own date.</summary>
    public string? Date { get; init; }
    public string? DateText { get; init; }
    /// <summary>Entity id of where it was held.</summary>
    public string? Location { get; init; }
    public IReadOnlyList<string> Participants { get; init; } = [];
    public required Span Evidence { get; init; }
    public double Confidence { get; init; }
}
