using Newtonsoft.Json;

namespace Graph.Core.Model;

/// <summary>Who said what: a quote, reported speech, or a belief or intention the text attributes to a source.</summary>
public sealed record Claim
{
    public required string Id { get; init; }
    /// <summary>Entity id of the (first) speaker, or null when the text names none.</summary>
    public string? Speaker { get; init; }
    /// <summary>All speakers ("both sides" gives two); the first is <see cref="Speaker"/>.</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public Span? SpeakerMention { get; init; }
    public required Span Cue { get; init; }
    public required Span Content { get; init; }
    /// <summary>
    /// The words inside <see cref="Content"/> that are not what was said: the speaker's frame between the two halves
    /// of a quote or sentence it splits ("“...,” said Ana Ruiz, the mayor. “...”", "The toll, Ana Ruiz said, will
    /// rise"). Null when the content is one piece.
    /// </summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public Span? Frame { get; init; }
    /// <summary>True for a direct quotation.</summary>
    public bool Direct { get; init; }
    /// <summary>
    /// What kind of attribution it is, one of <see cref="ClaimKinds"/>: words said or written ("statement"), what the
    /// source believes, wants or where it stands ("belief"), or something the text attributes to it by other words
    /// ("other": "the study found", "the poll shows", "plans were unveiled").
    /// </summary>
    public string Kind { get; init; } = ClaimKinds.Statement;
    /// <summary>Ids of the entities the content mentions.</summary>
    public IReadOnlyList<string> About { get; init; } = [];
    /// <summary>Who it was said to, when the text says ("told the Global Times"): an entity id.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Audience { get; init; }
    public double Confidence { get; init; }

    /// <summary>
    /// What was said, to read: a claim's <paramref name="text"/> (its content, from <paramref name="start"/> to
    /// <paramref name="end"/> in the article) with the frame inside a split quote or sentence shown as " … ".
    /// </summary>
    public static string Said(string text, long start, long end, long? frameStart, long? frameEnd) =>
        frameStart is { } fs && frameEnd is { } fe && start < fs && fs < fe && fe < end && end - start == text.Length
            ? text[..(int)(fs - start)].TrimEnd() + " \u2026 " + text[(int)(fe - start)..].TrimStart()
            : text;

    /// <summary>What was said: <see cref="Content"/> without its <see cref="Frame"/>, as one or two ranges.</summary>
    public IReadOnlyList<(int Start, int End)> SaidRanges() =>
        Frame is { } f && f.Start > Content.Start && f.End < Content.End
            ? [(Content.Start, f.Start), (f.End, Content.End)]
            : [(Content.Start, Content.End)];
}

/// <summary>The kinds of claim: a fixed vocabulary, so a filter or a Cypher query can name them.</summary>
public static class ClaimKinds
{
    /// <summary>Words said or written: a quote, "said", "told", "according to", "wrote", "tweeted".</summary>
    public const string Statement = "statement";
    /// <summary>What the source believes, hopes, wants, plans or supports: "thinks", "expects", "opposes".</summary>
    public const string Belief = "belief";
    /// <summary>Attributed by other words: "the study found", "figures show", "the company unveiled".</summary>
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Statement, Belief, Other];
}
