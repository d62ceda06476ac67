using System.Diagnostics.CodeAnalysis;

namespace Graph.Core.Storage;

/// <summary>
/// The properties of a projected node or edge: a handful of keys in ordinal order, null values left out, read
/// only. Two small arrays instead of a sorted tree: the projection makes one for every edge of every article.
/// </summary>
public sealed class PropertyBag : IReadOnlyDictionary<string, object?>
{
    private readonly string[] keys;
    private readonly object?[] values;

    private PropertyBag(string[] keys, object?[] values)
    {
        this.keys = keys;
        this.values = values;
    }

    /// <summary>
    /// The given pairs without those whose value is null, in ordinal key order; a key given twice keeps its last
    /// value (as assigning into a dictionary would).
    /// </summary>
    public static PropertyBag From(ReadOnlySpan<(string Key, object? Value)> pairs)
    {
        var keys = new string[pairs.Length];
        var values = new object?[pairs.Length];
        var count = 0;
        foreach (var (key, value) in pairs)
        {
            ArgumentNullException.ThrowIfNull(key);
            if (value is null) continue;
            var at = Array.BinarySearch(keys, 0, count, key, StringComparer.Ordinal);
            if (at >= 0)
            {
                values[at] = value;
                continue;
            }
            at = ~at;
            Array.Copy(keys, at, keys, at + 1, count - at);
            Array.Copy(values, at, values, at + 1, count - at);
            keys[at] = key;
            values[at] = value;
            count++;
        }
        if (count < keys.Length)
        {
            Array.Resize(ref keys, count);
            Array.Resize(ref values, count);
        }
        return new PropertyBag(keys, values);
    }

    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<object?> Values => values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? values[at] : null;
        return at >= 0;
    }

    /// <summary>The key and value at a position, in key order (0 to <see cref="Count"/> - 1).</summary>
    public KeyValuePair<string, object?> At(int index) => new(keys[index], values[index]);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++) yield return new(keys[i], values[i]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key) => Array.BinarySearch(keys, key, StringComparer.Ordinal);
}
