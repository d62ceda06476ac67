using System.Runtime.CompilerServices;
using Graph.Extraction.Claims;
using Graph.Extraction.Evaluation;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// The cue lexicon is learned from PolNeAR's training split (words and counts only: <c>Claims/LearnedCues.cs</c>).
/// This test recounts the corpus and fails when the committed list no longer matches what it says; run it with
/// UPDATE_CUES=1 to rewrite the list (and review the diff). Skipped, saying why, where ../shared is absent.
/// </summary>
public sealed class CueLexiconCorpusTests
{
    [PolnearFact("train")]
    public void Committed_cue_list_is_what_the_training_annotations_count()
    {
        var counts = BratCueCounts.Selected(BratCueCounts.Count(BratAttributions.LoadCorpus(PolnearPaths.Split("train")!))).ToList();
        if (Environment.GetEnvironmentVariable("UPDATE_CUES") == "1")
        {
            File.WriteAllText(PolnearPaths.LearnedCuesSource, BratCueCounts.ToSource(counts, "../shared/data/polnear/train"));
            return;
        }
        var committed = LearnedCues.Counts.Select(c => new CueWordCount(c.Word, c.AsCue, c.Total)).ToList();
        var missing = counts.Except(committed).Take(10).ToList();
        var stale = committed.Except(counts).Take(10).ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0,
            $"LearnedCues.cs is out of date (run with UPDATE_CUES=1): not committed {string.Join(", ", missing)}; no longer counted {string.Join(", ", stale)}");
    }

    [Fact]
    public void Learned_list_ranks_reporting_verbs_above_everything_else()
    {
        Assert.True(CueLexicon.Prior("said") > 0.9);
        Assert.True(CueLexicon.Prior("told") > 0.8);
        Assert.True(CueLexicon.Prior("according") > 0.8);
        Assert.True(CueLexicon.Prior("said") > CueLexicon.Prior("believes"));
        Assert.Equal(0, CueLexicon.Prior("bridge"));
        // A word seen as a cue only a few times does not outrank the common cues.
        Assert.All(LearnedCues.Counts.Where(c => c.Total < 6), c => Assert.True(CueLexicon.Prior(c.Word) < CueLexicon.Prior("said")));
    }
}

/// <summary>Where PolNeAR is (../shared/data/polnear beside the repository, or GRAPH_SHARED), if it is there.</summary>
internal static class PolnearPaths
{
    // Found from this source file's path as well as the test binaries, which may be built elsewhere (--artifacts-path).
    private static readonly string? RepositoryRoot = FindUp("Graph.sln", Path.GetDirectoryName(SourceFile())) ?? FindUp("Graph.sln", AppContext.BaseDirectory);

    private static string SourceFile([CallerFilePath] string path = "") => path;

    public static string? Root { get; } = FindRoot();

    public static string? Split(string name) => Root is null ? null : Path.Combine(Root, name);

    public static string LearnedCuesSource => Path.Combine(RepositoryRoot ?? throw new InvalidOperationException("Graph.sln not found"), "src", "Graph.Extraction", "Claims", "LearnedCues.cs");

    public static string ClaimConfidenceResource => Path.Combine(RepositoryRoot ?? throw new InvalidOperationException("Graph.sln not found"), "src", "Graph.Extraction", "Resources", "claims", "claim-confidence.tsv.gz");

    private static string? FindRoot()
    {
        var shared = Environment.GetEnvironmentVariable("GRAPH_SHARED") is { } env && Directory.Exists(env)
            ? env
            : RepositoryRoot is null ? null : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        var root = shared is null ? null : Path.Combine(shared, "data", "polnear");
        return root is not null && Directory.Exists(root) ? root : null;
    }

    private static string? FindUp(string marker, string? from)
    {
        if (string.IsNullOrEmpty(from) || !Directory.Exists(from)) return null;
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, marker))) return dir.FullName;
        return null;
    }
}

/// <summary>A test that needs a PolNeAR split: skipped, saying why, where it is absent.</summary>
public sealed class PolnearFactAttribute : FactAttribute
{
    public PolnearFactAttribute(string split)
    {
        if (PolnearPaths.Split(split) is not { } dir || !Directory.Exists(Path.Combine(dir, "attributions")))
            Skip = $"../shared/data/polnear/{split} is not present on this machine";
    }
}
