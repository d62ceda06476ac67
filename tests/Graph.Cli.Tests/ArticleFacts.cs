using Graph.Core.Model;

namespace Graph.Cli.Tests;

/// <summary>Reads the facts an analyst would look for out of one article's extraction.</summary>
internal sealed class ArticleFacts(ArticleGraph graph, string text)
{
    public ArticleGraph Graph { get; } = graph;

    public Entity Entity(EntityType type, string name)
    {
        var found = Graph.Entities.Where(e => e.Type == type && (e.Name == name || e.Aliases.Contains(name))).ToList();
        Assert.True(found.Count == 1, $"expected one {type} named '{name}', found {found.Count}: {string.Join(", ", Graph.Entities.Select(e => $"{e.Type} {e.Name}"))}");
        return found[0];
    }

    public bool Has(EntityType type, string name) => Graph.Entities.Any(e => e.Type == type && e.Name == name);

    public Relation Relation(string type, string from, string to) =>
        Graph.Relations.SingleOrDefault(r => r.Type == type && r.From == from && r.To == to)
        ?? throw new Xunit.Sdk.XunitException($"no {type} {from} -> {to}; relations: {string.Join("; ", Graph.Relations.Select(r => $"{r.Type} {r.From}->{r.To}"))}");

    public Claim ClaimContaining(string contentPart) =>
        Graph.Claims.FirstOrDefault(c => c.Content.Text.Contains(contentPart, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no claim containing '{contentPart}'; claims: {string.Join(" | ", Graph.Claims.Select(c => c.Content.Text))}");

    /// <summary>Every span the extraction gives must be the article text at its offsets.</summary>
    public void AssertSpansMatchText()
    {
        void Check(int start, int end, string spanText)
        {
            Assert.InRange(start, 0, text.Length);
            Assert.InRange(end, start, text.Length);
            Assert.Equal(text.Substring(start, end - start), spanText);
        }
        foreach (var e in Graph.Entities)
            foreach (var m in e.Mentions) Check(m.Start, m.End, m.Text);
        foreach (var c in Graph.Claims)
        {
            Check(c.Content.Start, c.Content.End, c.Content.Text);
            Check(c.Cue.Start, c.Cue.End, c.Cue.Text);
            if (c.SpeakerMention is { } s) Check(s.Start, s.End, s.Text);
        }
        foreach (var ev in Graph.Events) Check(ev.Evidence.Start, ev.Evidence.End, ev.Evidence.Text);
        foreach (var r in Graph.Relations) Check(r.Evidence.Start, r.Evidence.End, r.Evidence.Text);
    }

    /// <summary>Nothing in the graph may come from after the article's end (page furniture).</summary>
    public void AssertNothingAfter(int offset)
    {
        Assert.All(Graph.Entities.SelectMany(e => e.Mentions), m => Assert.True(m.End <= offset, $"mention '{m.Text}' at {m.Start} is furniture"));
        Assert.All(Graph.Claims, c => Assert.True(c.Content.End <= offset, $"claim '{c.Content.Text}' is furniture"));
    }
}
