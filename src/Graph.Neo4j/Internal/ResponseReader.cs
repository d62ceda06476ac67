using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Internal;

/// <summary>Reads the bodies of both HTTP APIs into <see cref="QueryResult"/> and .NET values.</summary>
internal static class ResponseReader
{
    /// <summary>The body as a JSON object, or null when it is empty or not JSON (a proxy's HTML error page).</summary>
    public static JObject? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            // Dates must stay strings: Newtonsoft would otherwise turn "2024-05-15" into a local DateTime.
            using var reader = new JsonTextReader(new StringReader(body))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
            };
            return JToken.ReadFrom(reader) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first entry of the body's <c>errors</c> array, if any.</summary>
    public static (string? Code, string? Message)? FirstError(JObject? body)
    {
        if (body?["errors"] is JArray { Count: > 0 } errors && errors[0] is JObject first)
        {
            return ((string?)first["code"], (string?)first["message"]);
        }
        return null;
    }

    /// <summary>A Query API v2 response; <paramref name="typed"/> when the server answered in typed JSON.</summary>
    public static QueryResult ReadQueryV2(JObject body, bool typed)
    {
        var data = body["data"] as JObject;
        var fields = (data?["fields"] as JArray)?.Select(f => (string?)f ?? "").ToArray() ?? [];
        var rows = new List<IReadOnlyList<object?>>();
        if (data?["values"] is JArray values)
        {
            foreach (var row in values.OfType<JArray>())
            {
                rows.Add(row.Select(v => typed ? ReadTyped(v) : ReadPlain(v)).ToArray());
            }
        }
        return new QueryResult
        {
            Fields = fields,
            Rows = rows,
            Counters = ReadCounters(body["counters"] as JObject),
            Bookmarks = ReadStrings(body["bookmarks"]),
        };
    }

    /// <summary>The first result of an older transactional API response (one statement is sent at a time).</summary>
    public static QueryResult ReadTransactional(JObject body)
    {
        var result = (body["results"] as JArray)?.FirstOrDefault() as JObject;
        var fields = (result?["columns"] as JArray)?.Select(f => (string?)f ?? "").ToArray() ?? [];
        var rows = new List<IReadOnlyList<object?>>();
        if (result?["data"] is JArray data)
        {
            foreach (var entry in data.OfType<JObject>())
            {
                if (entry["row"] is JArray row) rows.Add(row.Select(ReadPlain).ToArray());
            }
        }
        return new QueryResult
        {
            Fields = fields,
            Rows = rows,
            Counters = ReadCounters(result?["stats"] as JObject),
            Bookmarks = ReadStrings(body["lastBookmarks"] ?? body["bookmarks"]),
        };
    }

    /// <summary>Counters in either API's spelling (<c>nodesCreated</c> or <c>nodes_created</c>).</summary>
    public static QueryCounters ReadCounters(JObject? counters)
    {
        if (counters is null) return QueryCounters.None;
        long Count(string camel, string snake) => (long?)(counters[camel] ?? counters[snake]) ?? 0;
        return new QueryCounters
        {
            ContainsUpdates = (bool?)(counters["containsUpdates"] ?? counters["contains_updates"]) ?? false,
            NodesCreated = Count("nodesCreated", "nodes_created"),
            NodesDeleted = Count("nodesDeleted", "nodes_deleted"),
            PropertiesSet = Count("propertiesSet", "properties_set"),
            RelationshipsCreated = Count("relationshipsCreated", "relationships_created"),
            // The older API spells this one "relationship_deleted".
            RelationshipsDeleted = (long?)(counters["relationshipsDeleted"] ?? counters["relationship_deleted"] ?? counters["relationships_deleted"]) ?? 0,
            LabelsAdded = Count("labelsAdded", "labels_added"),
            LabelsRemoved = Count("labelsRemoved", "labels_removed"),
            IndexesAdded = Count("indexesAdded", "indexes_added"),
            IndexesRemoved = Count("indexesRemoved", "indexes_removed"),
            ConstraintsAdded = Count("constraintsAdded", "constraints_added"),
            ConstraintsRemoved = Count("constraintsRemoved", "constraints_removed"),
            SystemUpdates = Count("systemUpdates", "system_updates"),
        };
    }

    /// <summary>Strings of a JSON array; empty when absent.</summary>
    public static IReadOnlyList<string> ReadStrings(JToken? token) =>
        token is JArray array ? array.Select(t => (string?)t).OfType<string>().ToArray() : [];

    /// <summary>A value in plain JSON: numbers, strings, lists, maps, and nodes/relationships by their shape.</summary>
    public static object? ReadPlain(JToken? token)
    {
        switch (token)
        {
            case null:
                return null;
            case JValue value:
                return value.Type switch
                {
                    JTokenType.Null or JTokenType.Undefined => null,
                    // Neo4j integers are 64-bit; a bigger number can only come from elsewhere and is kept as a double.
                    JTokenType.Integer => value.Value is BigInteger big ? (object)(double)big : Convert.ToInt64(value.Value, CultureInfo.InvariantCulture),
                    JTokenType.Float => Convert.ToDouble(value.Value, CultureInfo.InvariantCulture),
                    JTokenType.Boolean => (bool)value,
                    _ => value.ToString(CultureInfo.InvariantCulture),
                };
            case JArray array:
                return array.Select(ReadPlain).ToArray();
            case JObject obj when obj["elementId"] is not null && obj["labels"] is JArray labels:
                return new Neo4jNode((string?)obj["elementId"] ?? "", ReadStrings(labels), ReadPlainMap(obj["properties"] as JObject));
            case JObject obj when obj["elementId"] is not null && obj["startNodeElementId"] is not null:
                return new Neo4jRelationship(
                    (string?)obj["elementId"] ?? "",
                    (string?)obj["type"] ?? "",
                    (string?)obj["startNodeElementId"] ?? "",
                    (string?)obj["endNodeElementId"] ?? "",
                    ReadPlainMap(obj["properties"] as JObject));
            case JObject obj:
                return ReadPlainMap(obj);
            default:
                return token.ToString(Formatting.None);
        }
    }

    /// <summary>A value in typed JSON: <c>{"$type": "...", "_value": ...}</c>, recursively.</summary>
    public static object? ReadTyped(JToken? token)
    {
        if (token is not JObject obj || obj["$type"] is not JValue typeToken)
        {
            // Not wrapped (should not happen in typed mode): read it as plain JSON rather than fail.
            return ReadPlain(token);
        }
        var type = (string?)typeToken;
        var value = obj["_value"];
        string Text() => value?.Type == JTokenType.String ? (string)value! : value?.ToString(Formatting.None) ?? "";

        return type switch
        {
            "Null" => null,
            "Boolean" => value?.Type == JTokenType.String ? bool.Parse(Text()) : (bool?)value,
            "Integer" => long.Parse(Text(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(Text()),
            "String" => Text(),
            "Base64" => Convert.FromBase64String(Text()),
            "Date" => DateOnly.ParseExact(Text(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "LocalTime" => TimeOnly.Parse(Text(), CultureInfo.InvariantCulture),
            "LocalDateTime" => DateTime.Parse(Text(), CultureInfo.InvariantCulture, DateTimeStyles.None),
            "OffsetDateTime" or "ZonedDateTime" or "DateTime" => ParseDateTimeOffset(Text()),
            "List" => (value as JArray ?? []).Select(ReadTyped).ToArray(),
            "Map" => ReadTypedMap(value as JObject),
            "Node" => ReadTypedNode(value as JObject),
            "Relationship" => ReadTypedRelationship(value as JObject),
            "Path" => ReadTypedPath(value as JArray),
            // Time (with offset), Duration and Point have no exact .NET type: keep the server's ISO text.
            _ => Text(),
        };
    }

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static DateTimeOffset ParseDateTimeOffset(string text)
    {
        // A zoned value ends with the zone id in brackets after its offset: "2024-05-15T10:00:00+02:00[Europe/Paris]".
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var withoutZone = bracket >= 0 ? text[..bracket] : text;
        return DateTimeOffset.Parse(withoutZone, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    private static IReadOnlyDictionary<string, object?> ReadPlainMap(JObject? obj)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (obj is null) return map;
        foreach (var property in obj.Properties()) map[property.Name] = ReadPlain(property.Value);
        return map;
    }

    private static IReadOnlyDictionary<string, object?> ReadTypedMap(JObject? obj)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (obj is null) return map;
        foreach (var property in obj.Properties()) map[property.Name] = ReadTyped(property.Value);
        return map;
    }

    private static Neo4jNode ReadTypedNode(JObject? obj) => new(
        (string?)obj?["_element_id"] ?? "",
        ReadStrings(obj?["_labels"]),
        ReadTypedMap(obj?["_properties"] as JObject));

    private static Neo4jRelationship ReadTypedRelationship(JObject? obj) => new(
        (string?)obj?["_element_id"] ?? "",
        (string?)obj?["_type"] ?? "",
        (string?)obj?["_start_node_element_id"] ?? "",
        (string?)obj?["_end_node_element_id"] ?? "",
        ReadTypedMap(obj?["_properties"] as JObject));

    private static Neo4jPath ReadTypedPath(JArray? elements)
    {
        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        foreach (var element in elements ?? [])
        {
            switch (ReadTyped(element))
            {
                case Neo4jNode node: nodes.Add(node); break;
                case Neo4jRelationship relationship: relationships.Add(relationship); break;
            }
        }
        return new Neo4jPath(nodes, relationships);
    }
}
