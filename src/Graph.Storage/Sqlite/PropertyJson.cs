using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Storage.Sqlite;

/// <summary>Node and edge properties as a JSON object in one column; values come back as the same .NET types.</summary>
internal static class PropertyJson
{
    // One buffer per thread: this runs for every node and edge of every article.
    [ThreadStatic]
    private static StringWriter? buffer;

    public static string Write(IReadOnlyDictionary<string, object?> props)
    {
        // Written by hand with a JsonTextWriter, keys in ordinal order (the projection's dictionaries already are).
        var sw = buffer ??= new StringWriter(new System.Text.StringBuilder(256), System.Globalization.CultureInfo.InvariantCulture);
        sw.GetStringBuilder().Clear();
        var ordered = props is SortedDictionary<string, object?> sorted && ReferenceEquals(sorted.Comparer, StringComparer.Ordinal)
            ? (IEnumerable<KeyValuePair<string, object?>>)sorted
            : props.OrderBy(p => p.Key, StringComparer.Ordinal);
        using (var json = new JsonTextWriter(sw) { Formatting = Formatting.None, CloseOutput = false })
        {
            json.WriteStartObject();
            foreach (var (k, v) in ordered)
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
        var text = sw.GetStringBuilder().ToString();
        if (sw.GetStringBuilder().Capacity > 1 << 20) buffer = null; // a huge claim text: do not keep its buffer
        return text;
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
