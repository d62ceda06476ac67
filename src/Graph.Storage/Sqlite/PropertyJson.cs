using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Storage.Sqlite;

/// <summary>Node and edge properties as a JSON object in one column; values come back as the same .NET types.</summary>
internal static class PropertyJson
{
    // One buffer per thread: this runs for every node and edge of every article.
    [ThreadStatic]
    private static System.Text.StringBuilder? buffer;

    /// <summary>
    /// The properties as a JSON object, keys in ordinal order, null values left out. Written by hand, character
    /// for character what Newtonsoft's JsonTextWriter writes (tests compare the two), without its allocations.
    /// </summary>
    public static string Write(IReadOnlyDictionary<string, object?> props)
    {
        var sb = buffer ??= new System.Text.StringBuilder(256);
        sb.Clear();
        sb.Append('{');
        var first = true;
        if (props is Graph.Core.Storage.PropertyBag bag)
            for (var i = 0; i < bag.Count; i++) Property(bag.At(i));
        else if (props is SortedDictionary<string, object?> sorted && ReferenceEquals(sorted.Comparer, StringComparer.Ordinal))
            foreach (var p in sorted) Property(p);
        else
            foreach (var p in props.OrderBy(p => p.Key, StringComparer.Ordinal)) Property(p);
        sb.Append('}');
        var text = sb.ToString();
        if (sb.Capacity > 1 << 20) buffer = null; // a huge claim text: do not keep its buffer
        return text;

        void Property(KeyValuePair<string, object?> p)
        {
            if (p.Value is not { } v) return;
            if (!first) sb.Append(',');
            first = false;
            String(sb, p.Key);
            sb.Append(':');
            switch (v)
            {
                case string str: String(sb, str); break;
                case string[] arr:
                    sb.Append('[');
                    for (var i = 0; i < arr.Length; i++)
                    {
                        if (i > 0) sb.Append(',');
                        if (arr[i] is null) sb.Append("null"); else String(sb, arr[i]);
                    }
                    sb.Append(']');
                    break;
                case long l: sb.Append(l.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
                case int i: sb.Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
                case double d: sb.Append(double.IsFinite(d) ? JsonConvert.ToString(d) : "\"" + JsonConvert.ToString(d) + "\""); break;
                case bool b: sb.Append(b ? "true" : "false"); break;
                default: String(sb, Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""); break;
            }
        }
    }

    // A JSON string as Newtonsoft writes one by default: quotes, backslash and control characters escaped (the
    // usual short forms where there is one), U+0085, U+2028 and U+2029 as \u escapes, everything else as is.
    private static void String(System.Text.StringBuilder sb, string value)
    {
        sb.Append('"');
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' or '\u0085' or '\u2028' or '\u2029' => null,
                _ => "",
            };
            if (escape is { Length: 0 }) continue;
            sb.Append(value, run, i - run);
            run = i + 1;
            if (escape is not null) sb.Append(escape);
            else sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }
        sb.Append(value, run, value.Length - run);
        sb.Append('"');
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
