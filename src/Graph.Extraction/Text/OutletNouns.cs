using System.Collections.Frozen;

namespace Graph.Extraction.Text;

/// <summary>
/// Nouns an outlet's or programme's name goes with: "the Courier newspaper", "Czech newspaper Daily Sport", "Radio 3's
/// evening bulletin". The entity stage uses them to find a body told something, the claim stage to end its audience.
/// </summary>
public static class OutletNouns
{
    public static readonly FrozenSet<string> Words = new[]
    {
        "programme", "program", "show", "newspaper", "paper", "magazine", "radio", "website", "channel", "daily", "weekly", "tabloid",
        "broadcaster", "station", "network", "agency", "news", "bulletin",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
