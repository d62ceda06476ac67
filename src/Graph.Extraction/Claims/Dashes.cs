namespace Graph.Extraction.Claims;

/// <summary>
/// The dash tokens the claim rules read as a break. The rules do not all take the same set (each was checked on
/// annotated news as it stands), so each names the set it uses; a hyphen inside a word is never its own token.
/// </summary>
internal static class Dashes
{
    /// <summary>An em dash, a horizontal bar or a doubled hyphen: "Rowe — a nurse — said".</summary>
    public static bool IsLong(string s) => s is "\u2014" or "\u2015" or "--";

    /// <summary>A long dash or a lone hyphen.</summary>
    public static bool IsLongOrHyphen(string s) => IsLong(s) || s is "-";

    /// <summary>A long dash or an en dash.</summary>
    public static bool IsLongOrEn(string s) => IsLong(s) || s is "\u2013";

    /// <summary>Any dash: long, en dash or lone hyphen.</summary>
    public static bool IsAny(string s) => IsLong(s) || s is "\u2013" or "-";
}
