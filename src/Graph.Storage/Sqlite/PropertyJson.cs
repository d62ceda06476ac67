using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Storage.Sqlite;

/// <summary>Node and edge properties as a JSON object in one column; values come back as the same .NET types.</summary>
internal static class PropertyJson
{
    public static string Write(IReadOnlyDictionary<string, object?> props)
    {
        var o = new JObject();
        foreach (var (k, v) in props.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (v is not null) o[k] = JToken.FromObject(v);
        return o.ToString(Formatting.None);
    }

    public static SortedDictionary<string, object?> Read(string json)
    {
        var props = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in JObject.Parse(json))
            props[k] = v?.Type switch
            {
                JTokenType.Array => v.Values<string>().Select(s => s ?? "").ToArray(),
                JTokenType.Integer => v.Value<long>(),
                JTokenType.Float => v.Value<double>(),
                JTokenType.Boolean => v.Value<bool>(),
                JTokenType.Null or null => null,
                _ => v.Value<string>(),
            };
        return props;
    }

    /// <summary>Merging a node seen again: aliases are united, existing values kept, new keys added.</summary>
    public static SortedDictionary<string, object?> Merge(IReadOnlyDictionary<string, object?> existing, IReadOnlyDictionary<string, object?> incoming)
    {
        var merged = new SortedDictionary<string, object?>(existing.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        foreach (var (k, v) in incoming)
        {
            if (v is null) continue;
            if (merged.TryGetValue(k, out var old) && old is string[] a && v is string[] b)
                merged[k] = a.Union(b, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            else
                merged.TryAdd(k, v);
        }
        return merged;
    }
}
