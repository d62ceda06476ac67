using System.Reflection;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Which build of the extractors is running: the version and, when built from a git checkout, the commit
/// ("1.0.0+a9d5752eb99a..."). Stores record it with the articles they write, so a store read by several builds
/// can say so. A build from a folder without git history is only "1.0.0" and cannot be told from another.
/// </summary>
public static class ExtractorBuild
{
    public static string Current { get; } =
        typeof(ExtractorBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>A build as people read it: the version and the commit's first 12 characters.</summary>
    public static string Short(string build)
    {
        var plus = build.IndexOf('+');
        return plus < 0 || build.Length <= plus + 13 ? build : build[..(plus + 13)];
    }
}
