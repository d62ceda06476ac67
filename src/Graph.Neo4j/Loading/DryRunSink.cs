using System.Globalization;
using System.Text;
using Graph.Neo4j.Internal;
using Newtonsoft.Json;

namespace Graph.Neo4j.Loading;

/// <summary>
/// Sends nothing: writes each request as one JSON line, <c>{"statement": ..., "parameters": ...}</c>, ending in
/// <c>\n</c> on every platform. Map keys are in ordinal order, so the same requests always give the same bytes,
/// and the lines can be linted (<c>tools/cypher-lint</c>) or replayed.
/// </summary>
public sealed class DryRunSink(TextWriter output) : IRequestSink
{
    private readonly TextWriter _output = output ?? throw new ArgumentNullException(nameof(output));

    /// <summary>Requests written so far.</summary>
    public int Count { get; private set; }

    /// <summary>Writes the request's line synchronously (the dry run has no server to wait for).</summary>
    public void Write(CypherRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _output.Write(ToJsonLine(request));
        Count++;
    }

    /// <inheritdoc />
    public Task<QueryResult> SendAsync(CypherRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(request);
        return Task.FromResult(QueryResult.Empty);
    }

    /// <summary>The line written for <paramref name="request"/>, including its closing <c>\n</c>.</summary>
    public static string ToJsonLine(CypherRequest request)
    {
        var text = new StringBuilder(256);
        using (var writer = new JsonTextWriter(new StringWriter(text, CultureInfo.InvariantCulture)) { Formatting = Formatting.None })
        {
            writer.WriteStartObject();
            writer.WritePropertyName("statement");
            writer.WriteValue(request.Statement);
            writer.WritePropertyName("parameters");
            ParameterJson.WriteParameters(writer, request.Parameters, ParameterJson.Mode.Plain);
            writer.WriteEndObject();
        }
        return text.Append('\n').ToString();
    }
}
