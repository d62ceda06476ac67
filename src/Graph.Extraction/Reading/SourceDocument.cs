namespace Graph.Extraction.Reading;

/// <summary>An article as read from disk: the text every offset indexes, and what the file said about itself.</summary>
public sealed record SourceDocument
{
    /// <summary>The path as given (or as found when walking a directory).</summary>
    public required string Source { get; init; }
    /// <summary>The text extractors read: a .txt/.md file's text as decoded, or an HTML page's extracted main text.</summary>
    public required string Text { get; init; }
    /// <summary>text/plain, text/markdown or text/html.</summary>
    public required string MediaType { get; init; }
    public string? Title { get; init; }
    /// <summary>ISO date when the file states when it was published.</summary>
    public string? Published { get; init; }
}

/// <summary>Why a file could not be read as an article. Each has a short name that summaries and logs show.</summary>
public enum ReadFailure
{
    NotFound,
    Unreadable,
    Unsupported,
    Empty,
    TooLarge,
    Binary,
    InvalidEncoding,
    NoArticle,
    ExtractionFailed,
    StoreWriteFailed,
}

/// <summary>A file that could not be read, and why, in words a user can act on.</summary>
public sealed record ReadError(string Source, ReadFailure Failure, string Message)
{
    public string Code => Failure switch
    {
        ReadFailure.NotFound => "not-found",
        ReadFailure.Unreadable => "unreadable",
        ReadFailure.Unsupported => "unsupported-type",
        ReadFailure.Empty => "empty",
        ReadFailure.TooLarge => "too-large",
        ReadFailure.Binary => "binary",
        ReadFailure.InvalidEncoding => "invalid-utf8",
        ReadFailure.NoArticle => "no-article",
        ReadFailure.ExtractionFailed => "extraction-failed",
        ReadFailure.StoreWriteFailed => "store-failed",
        _ => "error",
    };

    public override string ToString() => $"{Source}: {Code}: {Message}";
}

/// <summary>Either a document or the reason there is none: one bad file never stops a batch.</summary>
public sealed record ReadResult(SourceDocument? Document, ReadError? Error)
{
    public static ReadResult Ok(SourceDocument document) => new(document, null);
    public static ReadResult Fail(string source, ReadFailure failure, string message) => new(null, new ReadError(source, failure, message));
}
