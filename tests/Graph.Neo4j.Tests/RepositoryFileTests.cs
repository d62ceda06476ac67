using System.Diagnostics;
using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Neo4j.Loading;
using Xunit;

namespace Graph.Neo4j.Tests;

/// <summary>A test that runs <c>tools/cypher-lint</c>: skipped, with the reason shown, until its packages are installed.</summary>
public sealed class CypherLintFactAttribute : FactAttribute
{
    /// <summary>Where the lint tool lives.</summary>
    public static string ToolDirectory { get; } = RepoPaths.Combine("tools", "cypher-lint");

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the linter's packages are missing.</summary>
    public CypherLintFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "@neo4j-cypher", "language-support")))
        {
            Skip = "tools/cypher-lint has no node_modules: run `npm ci` there (needs Node 20+) to lint the Cypher.";
        }
    }
}

/// <summary>Checks on files outside the code: the Browser style, the load statements, and their lint.</summary>
public sealed partial class RepositoryFileTests
{
    [Fact]
    public void Style_has_a_colour_and_caption_for_every_label_and_a_caption_for_every_type()
    {
        var grass = File.ReadAllText(RepoPaths.Combine("cypher", "style.grass"));
        var blocks = GrassBlock().Matches(grass).ToDictionary(m => m.Groups["selector"].Value, m => m.Groups["body"].Value);

        foreach (var label in NodeLabels.All.Where(l => l != NodeLabels.Actor))
        {
            Assert.True(blocks.TryGetValue("node." + label, out var body), $"no style for {label}");
            Assert.Matches(@"color:\s*#[0-9A-Fa-f]{6};", body);
            Assert.Matches(@"caption:\s*""\{\w+\}"";", body);
        }
        foreach (var type in RelationTypes.All)
        {
            Assert.True(blocks.TryGetValue("relationship." + type, out var body), $"no style for {type}");
            Assert.Contains("caption:", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_statements_are_embedded_and_take_only_rows()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Combine("cypher", "load"), "*.cypher"))
        {
            var statement = LoadStatements.Template(Path.GetFileName(file));
            Assert.Equal(["$rows"], Parameter().Matches(statement).Select(m => m.Value).Distinct());
        }
    }

    [CypherLintFact]
    public async Task Load_statements_and_a_dry_run_pass_the_cypher_linter()
    {
        var lintTool = CypherLintFactAttribute.ToolDirectory;
        var dryRun = Path.Combine(Path.GetTempPath(), $"graph-dry-run-{Guid.NewGuid():N}.jsonl");
        try
        {
            await using (var writer = new StreamWriter(dryRun))
            {
                GraphLoader.WriteDryRun(TestGraphs.Geneva(), "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;", writer);
            }
            var loadFiles = Directory.GetFiles(RepoPaths.Combine("cypher", "load"), "*.cypher");
            var (exitCode, output) = await RunNode(lintTool, ["lint.mjs", .. loadFiles]);
            Assert.True(exitCode == 0, output);
            (exitCode, output) = await RunNode(lintTool, ["lint.mjs", "--strict", dryRun]);
            Assert.True(exitCode == 0, output);
        }
        finally
        {
            File.Delete(dryRun);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunNode(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"(?<selector>[\w.]+)\s*\{(?<body>(?:[^{}]|\{\w+\})*)\}")]
    private static partial Regex GrassBlock();

    [GeneratedRegex(@"\$\w+")]
    private static partial Regex Parameter();
}
