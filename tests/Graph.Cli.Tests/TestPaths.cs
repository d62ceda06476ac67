namespace Graph.Cli.Tests;

/// <summary>Finds the shared material (../shared beside the repository) and the test fixtures.</summary>
internal static class TestPaths
{
    public static string? Shared { get; } = FindShared();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string RepositoryRoot { get; } = FindUp("Graph.sln") ?? throw new InvalidOperationException("Graph.sln not found above the test folder");

    private static string? FindShared()
    {
        if (Environment.GetEnvironmentVariable("GRAPH_SHARED") is { } env && Directory.Exists(env)) return env;
        var root = FindUp("Graph.sln");
        if (root is null) return null;
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }

    // Above the test binaries, or (when they are built elsewhere, with --artifacts-path) above this source file.
    private static string? FindUp(string marker) => FindUp(marker, AppContext.BaseDirectory) ?? FindUp(marker, Path.GetDirectoryName(SourceFile())!);

    private static string? FindUp(string marker, string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, marker))) return dir.FullName;
        return null;
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}

/// <summary>A test that needs ../shared: skipped, saying why, where it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relativePath)
    {
        if (TestPaths.Shared is null || !File.Exists(Path.Combine(TestPaths.Shared, relativePath)) && !Directory.Exists(Path.Combine(TestPaths.Shared, relativePath)))
            Skip = $"../shared/{relativePath} is not present on this machine";
    }
}
