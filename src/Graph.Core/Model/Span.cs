namespace Graph.Core.Model;

/// <summary>
/// A piece of an article's text: UTF-16 offsets (end exclusive) into the article text exactly as read,
/// and the text found there, so that <c>text == articleText.Substring(Start, End - Start)</c> always holds.
/// </summary>
public sealed record Span(int Start, int End, string Text)
{
    [Newtonsoft.Json.JsonIgnore]
    public int Length => End - Start;

    /// <summary>Cuts a span out of <paramref name="text"/>; the only way the extractors make spans.</summary>
    public static Span Of(string text, int start, int end) => new(start, end, text.Substring(start, end - start));

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public bool Contains(Span other) => Start <= other.Start && other.End <= End;
}
