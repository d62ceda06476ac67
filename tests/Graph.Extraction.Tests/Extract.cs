using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;

namespace Graph.Extraction.Tests;

/// <summary>Runs the whole extraction over a passage written for a test.</summary>
internal static class Extract
{
    private static readonly ArticleExtractor Extractor = new(RecognizerForTests.Create(), Gazetteer.Default);

    public static ArticleGraph From(string text, string? published = null) =>
        Extractor.Extract(new SourceDocument { Source = "test.txt", Text = text, MediaType = "text/plain", Published = published });

    public static Entity Named(this ArticleGraph g, EntityType type, string name) =>
        g.Entities.SingleOrDefault(e => e.Type == type && e.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"no {type} '{name}' in: {string.Join(", ", g.Entities.Select(e => $"{e.Type} {e.Name}"))}");

    public static string PersonId(this ArticleGraph g, string name) => g.Named(EntityType.Person, name).Id;

    /// <summary>The one claim whose cue stands after <paramref name="lead"/> (the passage's set-up text); fails when there is none or more.</summary>
    public static Claim OnlyClaimAfter(this ArticleGraph g, string lead)
    {
        var after = g.Claims.Where(c => c.Cue.Start > lead.Length).ToList();
        return after.Count == 1 ? after[0]
            : throw new Xunit.Sdk.XunitException($"expected one claim after the lead, found {after.Count}: {string.Join(" | ", after.Select(c => $"[{c.SpeakerMention?.Text}] {c.Cue.Text}: {c.Content.Text}"))}");
    }

    public static Claim ClaimWith(this ArticleGraph g, string part) =>
        g.Claims.FirstOrDefault(c => c.Content.Text.Contains(part, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no claim with '{part}' in: {string.Join(" | ", g.Claims.Select(c => $"[{c.SpeakerMention?.Text}] {c.Content.Text}"))}");
}
