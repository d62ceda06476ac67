using Graph.Core.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Graph.Core.Serialization;

/// <summary>The JSON form of the extraction contract: camelCase, one article per line.</summary>
public static class GraphJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        Formatting = Formatting.None,
        NullValueHandling = NullValueHandling.Include,
        DateParseHandling = DateParseHandling.None,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>One JSONL line (no newline).</summary>
    public static string ToLine(ArticleGraph graph) => JsonConvert.SerializeObject(graph, Settings);

    public static void Write(TextWriter writer, ArticleGraph graph)
    {
        Serializer.Serialize(writer, graph);
        writer.Write('\n');
    }

    public static ArticleGraph FromLine(string line) =>
        JsonConvert.DeserializeObject<ArticleGraph>(line, Settings) ?? throw new JsonException("empty JSON line");
}
