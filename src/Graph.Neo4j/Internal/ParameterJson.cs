using System.Collections;
using System.Globalization;
using System.Xml;
using Newtonsoft.Json;

namespace Graph.Neo4j.Internal;

/// <summary>
/// Writes statement parameters as JSON: plain JSON when every value has a JSON form, or Neo4j's typed JSON
/// (<c>{"$type": "Date", "_value": "2024-05-15"}</c>) when a value would otherwise arrive as a string or be
/// lost (dates, times, durations, bytes, NaN). Map keys are written in ordinal order so the same parameters
/// are always the same bytes, which is what makes dry-run output reproducible.
/// </summary>
internal static class ParameterJson
{
    /// <summary>How values are written.</summary>
    internal enum Mode
    {
        /// <summary>Plain JSON; values without a JSON form become ISO strings (the older API has nothing better).</summary>
        Plain,
        /// <summary>Every value wrapped as <c>{"$type", "_value"}</c>.</summary>
        Typed,
    }

    /// <summary>True when some value only survives the trip as typed JSON.</summary>
    public static bool NeedsTyped(object? value) => value switch
    {
        null or string or bool or char => false,
        DateOnly or TimeOnly or DateTime or DateTimeOffset or TimeSpan or byte[] => true,
        double d => !double.IsFinite(d),
        float f => !float.IsFinite(f),
        IDictionary map => map.Values.Cast<object?>().Any(NeedsTyped),
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs.Any(p => NeedsTyped(p.Value)),
        IEnumerable list => list.Cast<object?>().Any(NeedsTyped),
        _ => false,
    };

    /// <summary>Writes a map of parameters.</summary>
    public static void WriteParameters(JsonWriter writer, IReadOnlyDictionary<string, object?>? parameters, Mode mode)
    {
        writer.WriteStartObject();
        if (parameters is not null)
        {
            foreach (var (key, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value, mode, key);
            }
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes one value; <paramref name="path"/> names it in the error for an unsupported type.</summary>
    public static void WriteValue(JsonWriter writer, object? value, Mode mode, string path)
    {
        switch (value)
        {
            case null:
                Scalar(writer, mode, "Null", () => writer.WriteNull());
                break;
            case string s:
                Scalar(writer, mode, "String", () => writer.WriteValue(s));
                break;
            case char c:
                Scalar(writer, mode, "String", () => writer.WriteValue(c.ToString()));
                break;
            case bool b:
                Scalar(writer, mode, "Boolean", () => writer.WriteValue(b));
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                var integer = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                // Typed JSON carries integers as strings so all 64 bits survive JavaScript-minded parsers.
                if (mode == Mode.Typed) Typed(writer, "Integer", integer.ToString(CultureInfo.InvariantCulture));
                else writer.WriteValue(integer);
                break;
            case ulong u:
                if (u > long.MaxValue) throw Unsupported(path, value, "is larger than Neo4j's 64-bit integer");
                WriteValue(writer, (long)u, mode, path);
                break;
            case float f:
                WriteValue(writer, (double)f, mode, path);
                break;
            case decimal m:
                WriteValue(writer, (double)m, mode, path);
                break;
            case double d:
                if (mode == Mode.Typed) Typed(writer, "Float", FloatText(d));
                else if (double.IsFinite(d)) writer.WriteValue(d);
                else writer.WriteValue(FloatText(d));
                break;
            case DateOnly date:
                Temporal(writer, mode, "Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case TimeOnly time:
                Temporal(writer, mode, "LocalTime", time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'));
                break;
            case DateTime dateTime when dateTime.Kind == DateTimeKind.Utc:
                Temporal(writer, mode, "OffsetDateTime", dateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') + "Z");
                break;
            case DateTime dateTime:
                // A local or unspecified DateTime has no offset that is safe to invent.
                Temporal(writer, mode, "LocalDateTime", dateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'));
                break;
            case DateTimeOffset offset:
                Temporal(writer, mode, "OffsetDateTime", offset.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') +
                    (offset.Offset == TimeSpan.Zero ? "Z" : offset.ToString("zzz", CultureInfo.InvariantCulture)));
                break;
            case TimeSpan span:
                Temporal(writer, mode, "Duration", XmlConvert.ToString(span));
                break;
            case byte[] bytes:
                Temporal(writer, mode, "Base64", Convert.ToBase64String(bytes));
                break;
            case Guid guid:
                WriteValue(writer, guid.ToString("D"), mode, path);
                break;
            case Enum e:
                WriteValue(writer, e.ToString(), mode, path);
                break;
            case IDictionary map:
                WriteMap(writer, Entries(map, path), mode, path);
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                WriteMap(writer, pairs.Select(p => (p.Key, p.Value)), mode, path);
                break;
            case IEnumerable list:
                if (mode == Mode.Typed)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("$type");
                    writer.WriteValue("List");
                    writer.WritePropertyName("_value");
                }
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in list)
                {
                    WriteValue(writer, item, mode, $"{path}[{index++}]");
                }
                writer.WriteEndArray();
                if (mode == Mode.Typed) writer.WriteEndObject();
                break;
            default:
                throw Unsupported(path, value, "has a type Neo4j parameters cannot hold");
        }
    }

    private static void WriteMap(JsonWriter writer, IEnumerable<(string Key, object? Value)> entries, Mode mode, string path)
    {
        if (mode == Mode.Typed)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("$type");
            writer.WriteValue("Map");
            writer.WritePropertyName("_value");
        }
        writer.WriteStartObject();
        foreach (var (key, item) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item, mode, $"{path}.{key}");
        }
        writer.WriteEndObject();
        if (mode == Mode.Typed) writer.WriteEndObject();
    }

    /// <summary>A map's entries through its dictionary enumerator: plain enumeration yields KeyValuePairs for generic dictionaries.</summary>
    private static IEnumerable<(string Key, object? Value)> Entries(IDictionary map, string path)
    {
        var entries = map.GetEnumerator();
        while (entries.MoveNext())
        {
            yield return (Key(entries.Key, path), entries.Value);
        }
    }

    private static string Key(object key, string path) =>
        key as string ?? throw new ArgumentException($"Parameter '{path}' is a map with a non-string key; Neo4j map keys are strings.");

    private static void Scalar(JsonWriter writer, Mode mode, string type, Action writeValue)
    {
        if (mode == Mode.Typed)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("$type");
            writer.WriteValue(type);
            writer.WritePropertyName("_value");
            writeValue();
            writer.WriteEndObject();
        }
        else
        {
            writeValue();
        }
    }

    private static void Temporal(JsonWriter writer, Mode mode, string type, string text)
    {
        if (mode == Mode.Typed) Typed(writer, type, text);
        else writer.WriteValue(text);
    }

    private static void Typed(JsonWriter writer, string type, string text)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("$type");
        writer.WriteValue(type);
        writer.WritePropertyName("_value");
        writer.WriteValue(text);
        writer.WriteEndObject();
    }

    private static string FloatText(double d) => d switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => d.ToString("R", CultureInfo.InvariantCulture),
    };

    private static ArgumentException Unsupported(string path, object value, string problem) =>
        new($"Parameter '{path}' ({value.GetType().Name}) {problem}.");
}
