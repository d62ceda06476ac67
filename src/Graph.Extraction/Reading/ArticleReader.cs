using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Extraction.Reading;

/// <summary>Options for reading article files.</summary>
public sealed record ReaderOptions
{
    /// <summary>Files larger than this are refused (a news article is rarely over 1 MB; a 20 MB "article" is a dump).</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;
}

/// <summary>
/// Reads .txt, .md and .html files into <see cref="SourceDocument"/>s. Text is decoded as strict UTF-8 with a
/// leading BOM removed and nothing else changed, so offsets index the file's own text; HTML pages give their
/// main text (boilerplate removed by SmartReader, Mozilla Readability's port).
/// </summary>
public sealed partial class ArticleReader(ReaderOptions? options = null)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReaderOptions options = options ?? new ReaderOptions();

    public async Task<ReadResult> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!ArticleSources.Extensions.Contains(extension))
            return ReadResult.Fail(path, ReadFailure.Unsupported, $"'{extension}' is not an article type (.txt, .md, .html, .htm)");
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return ReadResult.Fail(path, ReadFailure.NotFound, "no such file");
            if (info.Length > options.MaxBytes)
                return ReadResult.Fail(path, ReadFailure.TooLarge, $"{info.Length:N0} bytes is over the {options.MaxBytes:N0}-byte limit for one article");
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ReadResult.Fail(path, ReadFailure.NotFound, "the file vanished or is a broken link");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail(path, ReadFailure.Unreadable, e.Message);
        }
        return Decode(path, bytes);
    }

    /// <summary>Decodes bytes already in memory; <paramref name="path"/> gives the type and the name in errors.</summary>
    public ReadResult Decode(string path, byte[] bytes)
    {
        if (bytes.Length > options.MaxBytes)
            return ReadResult.Fail(path, ReadFailure.TooLarge, $"{bytes.Length:N0} bytes is over the {options.MaxBytes:N0}-byte limit for one article");
        if (bytes.Length == 0) return ReadResult.Fail(path, ReadFailure.Empty, "the file is empty");
        if (LooksBinary(bytes)) return ReadResult.Fail(path, ReadFailure.Binary, "the file holds binary data, not text");
        string text;
        try
        {
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            return ReadResult.Fail(path, ReadFailure.InvalidEncoding, $"not valid UTF-8 (bad byte at offset {e.Index})");
        }
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(path, ReadFailure.Empty, "the file has no text");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" => FromHtml(path, text),
            ".md" or ".markdown" => ReadResult.Ok(new SourceDocument
            {
                Source = path, Text = text, MediaType = "text/markdown", Title = MarkdownTitle(text), Published = FindDate(text) ?? DateInName(path),
            }),
            _ => ReadResult.Ok(new SourceDocument
            {
                Source = path, Text = text, MediaType = "text/plain", Title = HeadlineOf(text), Published = FindDate(text) ?? DateInName(path),
            }),
        };
    }

    private static ReadResult FromHtml(string path, string html)
    {
        SmartReader.Article article;
        try
        {
            article = new SmartReader.Reader("file:///" + Path.GetFileName(path), html).GetArticle();
        }
        catch (Exception e)
        {
            return ReadResult.Fail(path, ReadFailure.NoArticle, "the page could not be parsed: " + e.Message);
        }
        var text = article.TextContent?.Trim() ?? "";
        if (!article.IsReadable || text.Length < 40)
            return ReadResult.Fail(path, ReadFailure.NoArticle, "the page has no article text (navigation, forms or scripts only)");
        var published = (article.PublicationDate is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null) ?? DateInName(path);
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();
        return ReadResult.Ok(new SourceDocument { Source = path, Text = text, MediaType = "text/html", Title = title, Published = published });
    }

    /// <summary>NUL bytes or many control characters mean binary data; real text has neither.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length, 8192);
        var control = 0;
        for (var i = 0; i < sample; i++)
        {
            var b = bytes[i];
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return control > sample / 20;
    }

    /// <summary>The first line is the title when it reads like a headline: short, one line, no closing period.</summary>
    public static string? HeadlineOf(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = text.IndexOf('\n', start);
        if (end < 0) return null;
        var line = text[start..end].Trim();
        if (line.Length is 0 or > 200) return null;
        if (line.EndsWith('.') && !line.EndsWith("..", StringComparison.Ordinal)) return null;
        return line;
    }

    private static string? MarkdownTitle(string text)
    {
        var m = MarkdownHeading().Match(text);
        return m.Success ? m.Groups[1].Value.Trim() : HeadlineOf(text);
    }

    /// <summary>
    /// A date stated on a line of its own near the top: "Published: 2024-05-15", "Date: 15 May 2024", "Posted on March 3,
    /// 2016" (as yyyy-MM-dd).
    /// </summary>
    private static string? FindDate(string text)
    {
        var head = text.Length > 600 ? text[..600] : text;
        var m = DateLine().Match(head);
        return m.Success ? ParseDate(m.Groups[1].Value) : null;
    }

    /// <summary>
    /// An ISO date in the file's name ("politico_2016-03-10_rivals.txt", "2024-05-15-harbour-talks.html"): scraped news
    /// is often saved under its publication date. Used only when the text states none.
    /// </summary>
    public static string? DateInName(string path)
    {
        var m = IsoDateInName().Match(Path.GetFileNameWithoutExtension(path));
        return m.Success ? ParseDate(m.Value) : null;
    }

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>"2024-05-15", "15 May 2024", "May 15, 2024", "15 Sept. 2024" as yyyy-MM-dd; null when it is no real date.</summary>
    public static string? ParseDate(string written)
    {
        var s = written.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var iso))
            return iso.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var m = WrittenDate().Match(s);
        if (!m.Success) return null;
        var name = (m.Groups["m1"].Success ? m.Groups["m1"] : m.Groups["m2"]).Value.ToLowerInvariant();
        var month = Array.FindIndex(Months, x => x.StartsWith(name, StringComparison.Ordinal) && name.Length >= 3) + 1;
        var day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?:(?<d1>\d{1,2})\s+(?<m1>[A-Za-z]{3,9})\.?,?|(?<m2>[A-Za-z]{3,9})\.?\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?,?)\s+(?<y>(?:19|20)\d{2})$")]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)")]
    private static partial Regex IsoDateInName();

    [GeneratedRegex(@"^\s{0,3}#\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:published|date|posted)(?:\s*:|\s+on)?\s*(\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();
}
