using System.Globalization;

namespace Graph.Extraction.Evaluation;

/// <summary>A character range of an annotation: UTF-16 offsets into the article text, end exclusive.</summary>
public readonly record struct CharRange(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// One gold attribution from a brat file: its content, cue and source, each possibly discontinuous
/// (brat's <c>start end;start end</c>). <see cref="Source"/> is empty for <c>Attribution-no-source</c>.
/// </summary>
public sealed record GoldAttribution(
    IReadOnlyList<CharRange> Content,
    IReadOnlyList<CharRange> Cue,
    IReadOnlyList<CharRange> Source)
{
    public bool HasSource => Source.Count > 0;
}

/// <summary>An annotated article: where its text is, the text, and its gold attributions in file order.</summary>
public sealed record GoldArticle(string Name, string TextPath, string Text, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>
/// Reads brat standoff attribution annotations in the PolNeAR layout: <c>DIR/text/NAME.txt</c>,
/// <c>DIR/attributions/NAME_ANNOTATOR.ann</c>, and <c>metadata.tsv</c> one level above DIR listing each
/// article's annotators (the first listed is gold where there are several). Only <c>Attribution</c> and
/// <c>Attribution-no-source</c> events count; <c>Discuss</c> and <c>Discard</c> text-bound notes, annotator
/// notes and anything else brat allows are ignored.
/// </summary>
public static class BratAttributions
{
    /// <summary>
    /// Parses one .ann file. A text-bound line's quoted text may run over several physical lines (spans that
    /// cross a paragraph break), so only lines that start with a brat id are records; the rest are continuations.
    /// </summary>
    public static IReadOnlyList<GoldAttribution> Parse(string annText)
    {
        var bound = new Dictionary<string, IReadOnlyList<CharRange>>(StringComparer.Ordinal);
        var events = new List<(string Type, List<(string Role, string Id)> Args)>();
        foreach (var rawLine in annText.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var tab = line.IndexOf('\t');
            if (tab < 2) continue;
            var id = line[..tab];
            if (!IsId(id)) continue;
            var rest = line[(tab + 1)..];
            var fieldEnd = rest.IndexOf('\t');
            var field = fieldEnd < 0 ? rest : rest[..fieldEnd];
            if (id[0] == 'T')
            {
                var space = field.IndexOf(' ');
                if (space < 0) continue;
                if (TryParseRanges(field[(space + 1)..], out var ranges)) bound[id] = ranges;
            }
            else if (id[0] == 'E')
            {
                var parts = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0) continue;
                var type = parts[0].Split(':')[0];
                var args = new List<(string, string)>();
                foreach (var p in parts.Skip(1))
                {
                    var colon = p.IndexOf(':');
                    if (colon > 0) args.Add((p[..colon], p[(colon + 1)..]));
                }
                events.Add((type, args));
            }
        }

        var result = new List<GoldAttribution>();
        foreach (var (type, args) in events)
        {
            if (type is not ("Attribution" or "Attribution-no-source")) continue;
            // Roles may be numbered when repeated ("Content2"): a second piece of the same content.
            List<CharRange> Collect(string role) => args
                .Where(a => a.Role.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') == role && bound.ContainsKey(a.Id))
                .SelectMany(a => bound[a.Id]).OrderBy(r => r.Start).ToList();
            var source = type == "Attribution-no-source" ? [] : Collect("Source");
            result.Add(new GoldAttribution(Merge(Collect("Content")), Merge(Collect("Cue")), Merge(source)));
        }
        return result;
    }

    /// <summary>
    /// Loads every annotated article under <paramref name="dir"/>, in ordinal name order. Without a
    /// metadata.tsv, the alphabetically first annotator of each article is taken.
    /// </summary>
    public static IReadOnlyList<GoldArticle> LoadCorpus(string dir)
    {
        var textDir = Path.Combine(dir, "text");
        var annDir = Path.Combine(dir, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
            throw new DirectoryNotFoundException($"{dir} does not have the PolNeAR layout (text/ and attributions/)");
        var firstAnnotator = ReadMetadata(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar))!, "metadata.tsv"));
        var articles = new List<GoldArticle>();
        foreach (var textPath in Directory.EnumerateFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            string? annPath = null;
            if (firstAnnotator.TryGetValue(name, out var annotator))
                annPath = Path.Combine(annDir, $"{name}_{annotator}.ann");
            if (annPath is null || !File.Exists(annPath))
                annPath = Directory.EnumerateFiles(annDir, name + "_*.ann").Order(StringComparer.Ordinal).FirstOrDefault();
            if (annPath is null) continue;
            var text = File.ReadAllText(textPath);
            // Offsets index the text without a BOM, the way the article reader gives it.
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            articles.Add(new GoldArticle(name, textPath, text, Parse(File.ReadAllText(annPath))));
        }
        return articles;
    }

    /// <summary>Article name to its first listed annotator; empty when the file is absent.</summary>
    public static IReadOnlyDictionary<string, string> ReadMetadata(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return map;
        int nameColumn = 1, annotatorColumn = 3;
        var first = true;
        foreach (var line in File.ReadLines(path))
        {
            var cols = line.Split('\t');
            if (first)
            {
                first = false;
                var n = Array.IndexOf(cols, "filename");
                var a = Array.IndexOf(cols, "annotators");
                if (n >= 0 && a >= 0) { nameColumn = n; annotatorColumn = a; continue; }
            }
            if (cols.Length <= Math.Max(nameColumn, annotatorColumn)) continue;
            var annotator = cols[annotatorColumn].Split('|', ',')[0].Trim();
            if (annotator.Length > 0) map.TryAdd(cols[nameColumn], annotator);
        }
        return map;
    }

    private static bool IsId(string id) =>
        id.Length >= 2 && char.IsAsciiLetterUpper(id[0]) && id.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool TryParseRanges(string s, out IReadOnlyList<CharRange> ranges)
    {
        var list = new List<CharRange>();
        ranges = list;
        foreach (var piece in s.Split(';'))
        {
            var nums = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (nums.Length != 2
                || !int.TryParse(nums[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(nums[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start)
                return false;
            list.Add(new CharRange(start, end));
        }
        return list.Count > 0;
    }

    /// <summary>Sorted, non-overlapping ranges, so character counts (for Dice) never count a character twice.</summary>
    public static IReadOnlyList<CharRange> Merge(IEnumerable<CharRange> ranges)
    {
        var merged = new List<CharRange>();
        foreach (var r in ranges.Where(r => r.Length > 0).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
                merged[^1] = new CharRange(merged[^1].Start, Math.Max(merged[^1].End, r.End));
            else merged.Add(r);
        }
        return merged;
    }
}
