using System.CommandLine;
using System.Reflection;
using Graph.Neo4j;

namespace Graph.Cli.Commands;

/// <summary>
/// The options every Neo4j command shares. The password is read only from NEO4J_PASSWORD (never an option, so it
/// never shows in a process list, shell history or --help), the rest from options or NEO4J_* variables.
/// </summary>
public sealed class Neo4jConnection
{
    public Option<string?> Uri { get; } = new("--neo4j") { Description = "Neo4j HTTP address, e.g. http://localhost:7474 (default: NEO4J_URI). The password comes from NEO4J_PASSWORD." };
    public Option<string?> User { get; } = new("--user") { Description = "Neo4j user (default: NEO4J_USER, else neo4j)." };
    public Option<string?> Database { get; } = new("--database") { Description = "Database name (default: NEO4J_DATABASE, else neo4j)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Uri);
        command.Options.Add(User);
        command.Options.Add(Database);
    }

    public Neo4jOptions Options(ParseResult parse, int? batchSize = null)
    {
        var options = Neo4jOptions.FromEnvironment(uri: parse.GetValue(Uri), user: parse.GetValue(User), database: parse.GetValue(Database));
        if (batchSize is { } b) options = options with { BatchSize = b };
        return options;
    }

    public static HttpClient CreateHttpClient(Neo4jOptions options) => new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    /// <summary>The schema statements (constraints and indexes) shipped with the tool.</summary>
    public static string SchemaText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Graph.schema.cypher")
            ?? throw new InvalidOperationException("cypher/schema.cypher is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Turns the client's exceptions into one clear line and the documented exit code.</summary>
    public static async Task<int> Run(Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Neo4jConfigurationException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Neo4jException e)
        {
            await Console.Error.WriteLineAsync($"error: Neo4j: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
