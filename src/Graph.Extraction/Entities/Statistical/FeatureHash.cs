using System.Runtime.CompilerServices;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Deterministic 64-bit hashing of feature parts. Features are never materialised as strings: a feature is the
/// hash of its template id and the hashes of its parts, which keeps tagging allocation-free. 64 bits make
/// collisions between a few million features negligible; the hash is fixed (not <c>string.GetHashCode</c>)
/// because it is stored in the model file.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hash of a character sequence.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= FnvPrime;
        }

        return Finish(hash ^ (ulong)text.Length);
    }

    /// <summary>Hash of an integer value (cluster id, flag, bucket).</summary>
    public static ulong Of(long value) => Finish((ulong)value * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL);

    /// <summary>Feature of one template and one part.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong part) => Finish(part ^ ((ulong)template * 0xD6E8FEB86659FD93UL));

    /// <summary>Feature of one template and two parts (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong first, ulong second) =>
        Finish(Feature(template, first) ^ (second * 0xFF51AFD7ED558CCDUL + 0x2545F4914F6CDD1DUL));

    /// <summary>Feature of one template and three parts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong first, ulong second, ulong third) =>
        Finish(Feature(template, first, second) ^ (third * 0xC4CEB9FE1A85EC53UL + 0x9E3779B97F4A7C15UL));

    // splitmix64's finaliser: every input bit affects every output bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
