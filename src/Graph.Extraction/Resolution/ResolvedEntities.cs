using Graph.Core.Model;

namespace Graph.Extraction.Resolution;

/// <summary>A mention tied to the entity it refers to.</summary>
public sealed record ResolvedMention(int Start, int End, string Text, MentionKind Kind, string EntityId)
{
    public Span Span => new(Start, End, Text);
}

/// <summary>
/// The article's entities as the resolver built them: one per real-world actor or place, with every mention,
/// and the relations that the names themselves state ("US President Joe Biden", "X, deputy director of Y").
/// </summary>
public sealed record ResolvedEntities(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<ResolvedMention> Mentions,
    IReadOnlyList<Relation> Relations)
{
    private readonly Dictionary<string, Entity> byId = Entities.ToDictionary(e => e.Id);

    public Entity? this[string id] => byId.GetValueOrDefault(id);

    // The resolver lists mentions by start; then a span's mentions are found by binary search, not a scan.
    private readonly bool byStart = Mentions.Zip(Mentions.Skip(1)).All(p => p.First.Start <= p.Second.Start);

    /// <summary>
    /// The actor mentions inside [start, end), in text order, without a country that only modifies a named person's
    /// title ("Italian Prime Minister Marco Bellini", "China's President Li Wen"): there the person is the actor who
    /// meets or acts, and the country is what the title says of them.
    /// </summary>
    public List<ResolvedMention> ActorsWithin(string text, int start, int end)
    {
        var actors = Within(start, end).Where(m => this[m.EntityId] is { } e && Entity.IsActor(e.Type)).ToList();
        return actors.Where((m, k) => !(this[m.EntityId]?.Type == EntityType.Country && k + 1 < actors.Count
            && this[actors[k + 1].EntityId]?.Type == EntityType.Person && actors[k + 1].Kind == MentionKind.Name
            && TitleOnly(text.AsSpan(m.End, Math.Max(0, actors[k + 1].Start - m.End))))).ToList();
    }

    // Up to four capitalised title words ("Prime Minister", "Secretary of State"), perhaps after a possessive.
    private static bool TitleOnly(ReadOnlySpan<char> gap)
    {
        var words = 0;
        foreach (var range in gap.Split(' '))
        {
            var w = gap[range];
            if (w.IsEmpty || w is "'s" or "\u2019s" or "of") continue;
            if (!char.IsUpper(w[0]) || ++words > 4) return false;
            foreach (var c in w) if (!char.IsLetter(c) && c is not ('.' or '-')) return false;
        }
        return true;
    }

    /// <summary>Mentions that lie inside [start, end), in text order.</summary>
    public IEnumerable<ResolvedMention> Within(int start, int end) =>
        byStart ? Slice(start, end) : Mentions.Where(m => m.Start >= start && m.End <= end);

    private IEnumerable<ResolvedMention> Slice(int start, int end)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Mentions[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < Mentions.Count && Mentions[i].Start <= end; i++)
            if (Mentions[i].End <= end) yield return Mentions[i];
    }
}
