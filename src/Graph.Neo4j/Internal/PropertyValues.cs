using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Internal;

/// <summary>
/// The property values every target can hold (see <c>GraphNode</c>): strings, 64-bit integers, doubles,
/// booleans and string lists. Everything else is refused with the element and key named, before anything
/// is sent or written.
/// </summary>
internal static partial class PropertyValues
{
    /// <summary>
    /// The value as <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or
    /// <c>string[]</c>, or null. Other integer and floating types are widened; Newtonsoft tokens are unwrapped
    /// because a store may hand over properties it read back from JSON.
    /// </summary>
    public static object? Normalise(object? value, string owner, string key) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        sbyte or byte or short or ushort or int or uint or long => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u when u <= long.MaxValue => (long)u,
        float or double or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        JValue token => Normalise(token.Value, owner, key),
        IEnumerable<string> strings => StringList(strings, owner, key),
        IEnumerable items when items is not IDictionary => StringList(items.Cast<object?>().Select(item => item switch
        {
            string s => s,
            JValue { Value: string s } => s,
            _ => throw Unsupported(owner, key, item),
        }), owner, key),
        _ => throw Unsupported(owner, key, value),
    };

    /// <summary>True for a property key that needs no quoting anywhere (Cypher, CSV headers, GraSS captions).</summary>
    public static bool IsPlainKey(string key) => PlainKey().IsMatch(key);

    private static string[] StringList(IEnumerable<string?> items, string owner, string key)
    {
        var list = items.ToArray();
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentException($"{owner}: property '{key}' is a list with a null in it; lists hold strings only.");
        }
        return list!;
    }

    private static ArgumentException Unsupported(string owner, string key, object? value) => new(
        $"{owner}: property '{key}' is a {value?.GetType().Name ?? "null"}; properties must be strings, integers, " +
        "floats, booleans or lists of strings.");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainKey();
}
