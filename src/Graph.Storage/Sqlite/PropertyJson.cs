using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Storage.Sqlite;

/// <summary>Node and edge properties as a JSON object in one column; values come back as the same .NET types.</summary>
internal static class PropertyJson
{
    public static string Write(IReadOnlyDictionary<string, object?> props)
    {
        // Written by hand with a JsonTextWriter: this runs for every node and edge of every article.
        var sb = new System.Text.StringBuilder(128);
        using (var sw = new StringWriter(sb, System.Globalization.CultureInfo.InvariantCulture))
        using (var json = new JsonTextWriter(sw) { Formatting = Formatting.None })
        {
            json.WriteStartObject();
            foreach (var (k, v) in props.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (v is null) continue;
                json.WritePropertyName(k);
                switch (v)
                {
                    case string str: json.WriteValue(str); break;
                    case string[] arr:
                        json.WriteStartArray();
                        foreach (var item in arr) json.WriteValue(item);
                        json.WriteEndArray();
                        break;
                    case long l: json.WriteValue(l); break;
                    case int i: json.WriteValue(i); break;
                    case double d: json.WriteValue(d); break;
                    case bool b: json.WriteValue(b); break;
                    default: json.WriteValue(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }
            json.WriteEndObject();
        }
        return sb.ToString();
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
