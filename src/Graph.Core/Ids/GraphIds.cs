using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Graph.Core.Model;

namespace Graph.Core.Ids;

/// <summary>
/// Deterministic ids: a type prefix and either a normalised name (actors, places: the same name is the same
/// node in every article) or a short hash of where it was read (claims, events, unnamed people).
/// </summary>
public static class GraphIds
{
    public static string Article(string text) => "article:" + Hash(text);

    public static string Entity(EntityType type, string key) => Prefix(type) + ":" + Slug(key);

    /// <summary>Countries are keyed by ISO 3166 alpha-2 code: <c>country:us</c>.</summary>
    public static string Country(string isoAlpha2) => "country:" + isoAlpha2.ToLowerInvariant();

    /// <summary>An actor the text describes but does not name ("a US official") is its own node, per article.</summary>
    public static string Unnamed(EntityType type, string articleId, string description, int start) =>
        Prefix(type) + ":unnamed-" + Slug(description) + "-" + Hash(articleId + "|" + start.ToString(CultureInfo.InvariantCulture))[..8];

    public static string Claim(string articleId, Span content) =>
        "claim:" + Hash(articleId + "|" + content.Start.ToString(CultureInfo.InvariantCulture) + "|" + content.End.ToString(CultureInfo.InvariantCulture));

    public static string Event(string articleId, string type, Span evidence) =>
        "event:" + Hash(articleId + "|" + type + "|" + evidence.Start.ToString(CultureInfo.InvariantCulture));

    public static string Prefix(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Institution => "institution",
        EntityType.Country => "country",
        EntityType.Location => "location",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Lower case ASCII letters and digits joined by single hyphens; diacritics folded.</summary>
    public static string Slug(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c != '\'' && c != '\u2019' && c != '.')
            {
                pendingHyphen = true;
            }
        }
        return sb.Length == 0 ? Hash(name)[..8] : sb.ToString();
    }

    /// <summary>First 16 hex digits of SHA-256: stable across runs, machines and .NET versions.</summary>
    public static string Hash(string value) => Hash(value.AsSpan());

    /// <summary>The same as <see cref="Hash(string)"/> of the same characters.</summary>
    public static string Hash(ReadOnlySpan<char> value)
    {
        Span<byte> digest = stackalloc byte[32];
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        var rented = length > 1024 ? System.Buffers.ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> bytes = rented is not null ? rented : stackalloc byte[1024];
        SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(value, bytes)], digest);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(digest[..8]);
    }
}
