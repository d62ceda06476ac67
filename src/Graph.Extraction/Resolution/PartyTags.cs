using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Resolution;

/// <summary>
/// A US politician's party and state in the short form news gives after the name: "Sen. Karen Lund (D-N.Y.)",
/// "Rep. Tom Beck, R-Fla., said". The tag names no entity of its own (the tagger would make "R-Fla" a place and
/// "D-N" a body); it says the person belongs to the Republican or Democratic Party (an "I" is an independent:
/// no party), and from which state, kept as the person's <c>state</c>.
/// </summary>
internal static class PartyTags
{
    /// <summary>One tag: its extent (from the letter through the state), the party's letter, the state.</summary>
    public readonly record struct Tag(int Start, int End, char Party, UsStateEntry State)
    {
        /// <summary>Where the phrase it follows ends: before the bracket or comma that opens the tag.</summary>
        public int After { get; init; }
    }

    public static List<Tag> Find(string text, Gazetteer gazetteer)
    {
        var tags = new List<Tag>();
        for (var i = text.IndexOf('-', 1); i > 0 && i < text.Length - 1; i = text.IndexOf('-', i + 1))
        {
            var letter = text[i - 1];
            if (letter is not ('R' or 'D' or 'I') || !char.IsUpper(text[i + 1])) continue;
            // Opened by a bracket or a comma right before the letter: "(R-Fla.)", ", R-Fla.,".
            var after = i - 2;
            while (after > 0 && char.IsWhiteSpace(text[after])) after--;
            if (after < 0 || !(text[after] == '(' && after == i - 2 || text[after] == ',' && after < i - 2)) continue;
            if (StateAt(text, i + 1, gazetteer) is not { } state) continue;
            tags.Add(new Tag(i - 1, state.End, letter, state.Entry) { After = after });
        }
        return tags;
    }

    /// <summary>The longest state name or short form at <paramref name="start"/> that ends where the tag can end.</summary>
    private static (UsStateEntry Entry, int End)? StateAt(string text, int start, Gazetteer gazetteer)
    {
        var end = start;
        while (end < text.Length && end - start < 24 && (char.IsLetter(text[end]) || text[end] == '.'
               || text[end] == ' ' && end + 1 < text.Length && char.IsUpper(text[end + 1]))) end++;
        for (var stop = end; stop > start; stop--)
        {
            // Stop only where a word ends: "N.Y.", "Texas", "New York", not "New" of "New York" nor "Fla" of "Fla.".
            if (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] == '.')) continue;
            var form = text[start..stop];
            if (gazetteer.UsState(form) is { } state) return (state, stop);
            // "(R-Fla)" without the short form's full stop, and "R-Fla." ending a sentence with one.
            if (gazetteer.UsState(form + ".") is { } bare) return (bare, stop);
            if (form.EndsWith('.') && gazetteer.UsState(form[..^1]) is { } closing) return (closing, stop - 1);
        }
        return null;
    }

    /// <summary>Whether a recognised span lies inside a tag (and so names nothing).</summary>
    public static bool Inside(List<Tag> tags, EntityCandidate c)
    {
        foreach (var t in tags)
            if (c.Start < t.End && t.Start < c.End) return true;
        return false;
    }

    /// <summary>Each tag right after a person's name: membership of the party (with the tag as evidence) and the state.</summary>
    public static void Apply(Work work, List<Tag> tags, Gazetteer gazetteer)
    {
        foreach (var tag in tags)
        {
            var end = tag.After;
            while (end > 0 && char.IsWhiteSpace(work.Text[end - 1])) end--;
            if (work.MentionEndingAt(end, EntityType.Person) is not { } person) continue;
            work.SetProperty(person, "state", tag.State.Name);
            var partyName = tag.Party switch { 'R' => "Republican Party", 'D' => "Democratic Party", _ => null };
            if (partyName is null || gazetteer.InstitutionByName(partyName) is not { } party) continue;
            var partyId = work.AddKnownInstitutionMention(party, tag.Start, tag.Start + 1, MentionKind.Nominal);
            work.AddRelation(RelationTypes.AffiliatedWith, person, partyId, tag.Start, tag.End, 0.9, "member", evidenceStart: work.MentionStartOf(person, end));
        }
    }
}
