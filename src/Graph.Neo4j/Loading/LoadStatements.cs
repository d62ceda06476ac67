using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Neo4j.Loading;

/// <summary>
/// The load statements from <c>cypher/load/*.cypher</c> (embedded), with their placeholders filled. Labels and
/// relationship types cannot be Cypher parameters, so they are pasted into the text: only names from
/// <see cref="NodeLabels.All"/> and <see cref="RelationTypes.All"/> are accepted, and each must also be a plain
/// identifier, so nothing read from an article can ever reach the statement text.
/// </summary>
internal static partial class LoadStatements
{
    private const string ResourcePrefix = "Graph.Neo4j.load.";
    private static readonly ConcurrentDictionary<string, string> Templates = new(StringComparer.Ordinal);

    /// <summary>The node statement for nodes whose primary label is <paramref name="labels"/>[0].</summary>
    public static string MergeNodes(IReadOnlyList<string> labels)
    {
        foreach (var label in labels) CheckLabel(label);
        return Fill(Template("merge-nodes.cypher"), new Dictionary<string, string>
        {
            ["__Label__"] = labels[0],
            ["__Labels__"] = string.Join(':', labels),
        });
    }

    /// <summary>The relationship statement for one type between nodes of two primary labels.</summary>
    public static string MergeRelationships(string type, string startLabel, string endLabel)
    {
        CheckType(type);
        CheckLabel(startLabel);
        CheckLabel(endLabel);
        return Fill(Template("merge-relationships.cypher"), new Dictionary<string, string>
        {
            ["__Type__"] = type,
            ["__StartLabel__"] = startLabel,
            ["__EndLabel__"] = endLabel,
        });
    }

    /// <summary>Throws unless <paramref name="label"/> is in the fixed vocabulary.</summary>
    public static void CheckLabel(string label)
    {
        if (!NodeLabels.IsKnown(label) || !Identifier().IsMatch(label))
        {
            throw new ArgumentException(
                $"Label '{label}' is not in the graph's vocabulary ({string.Join(", ", NodeLabels.All.Order(StringComparer.Ordinal))}).");
        }
    }

    /// <summary>Throws unless <paramref name="type"/> is in the fixed vocabulary.</summary>
    public static void CheckType(string type)
    {
        if (!RelationTypes.IsKnown(type) || !Identifier().IsMatch(type))
        {
            throw new ArgumentException($"Relationship type '{type}' is not in the graph's vocabulary (RelationTypes.All).");
        }
    }

    /// <summary>The statement in an embedded template file, comments removed.</summary>
    internal static string Template(string fileName) => Templates.GetOrAdd(fileName, static name =>
    {
        using var stream = typeof(LoadStatements).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The load statement '{name}' is not embedded in Graph.Neo4j.");
        using var reader = new StreamReader(stream);
        var statements = CypherScript.Split(reader.ReadToEnd());
        return statements.Count == 1
            ? statements[0]
            : throw new InvalidOperationException($"cypher/load/{name} must hold exactly one statement, not {statements.Count}.");
    });

    private static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var filled = Placeholder().Replace(template, match => values.TryGetValue(match.Value, out var value)
            ? value
            : throw new InvalidOperationException($"The load statement has an unknown placeholder {match.Value}."));
        return filled;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("__[A-Za-z]+__")]
    private static partial Regex Placeholder();
}
