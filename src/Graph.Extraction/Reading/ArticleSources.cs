namespace Graph.Extraction.Reading;

/// <summary>Turns the paths a user gives into the article files to read, in a stable order.</summary>
public static class ArticleSources
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".html", ".htm", ".md", ".markdown",
    };

    /// <summary>
    /// Files as given, directories walked recursively in ordinal path order (only article extensions; hidden
    /// entries skipped). A path that does not exist or a directory that cannot be listed is reported as a
    /// <see cref="ReadError"/> in its place, so the caller can name it and go on.
    /// </summary>
    public static IEnumerable<(string Path, ReadError? Error)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) { yield return (path, null); continue; }
            if (!Directory.Exists(path))
            {
                yield return (path, new ReadError(path, ReadFailure.NotFound, "no such file or directory"));
                continue;
            }
            foreach (var item in Walk(path)) yield return item;
        }
    }

    private static IEnumerable<(string, ReadError?)> Walk(string directory)
    {
        string[] files, dirs;
        try
        {
            files = Directory.GetFiles(directory);
            dirs = Directory.GetDirectories(directory);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return [(directory, new ReadError(directory, ReadFailure.Unreadable, "cannot list directory: " + e.Message))];
        }
        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(dirs, StringComparer.Ordinal);
        var found = new List<(string, ReadError?)>();
        foreach (var f in files)
        {
            if (Path.GetFileName(f).StartsWith('.')) continue;
            if (Extensions.Contains(Path.GetExtension(f))) found.Add((f, null));
        }
        foreach (var d in dirs)
        {
            var name = Path.GetFileName(d);
            if (name.StartsWith('.')) continue;
            found.AddRange(Walk(d));
        }
        return found;
    }
}
