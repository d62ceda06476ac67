using Graph.Core.Ids;
using Graph.Core.Model;
using Graph.Extraction.Claims;
using Graph.Extraction.Cleaning;
using Graph.Extraction.Entities;
using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Reading;
using Graph.Extraction.Relations;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Runs the extraction stages over one document, in order: find the article body, split sentences and
/// tokens, recognise names, resolve them into entities, find meetings, claims and relations.
/// Stateless and thread-safe: one instance serves all articles.
/// </summary>
public sealed class ArticleExtractor(IEntityRecognizer recognizer, Gazetteer gazetteer, StageTimings? timings = null)
{
    private readonly StageTimings timings = timings ?? new StageTimings();

    public StageTimings Timings => timings;

    private readonly EntityResolver resolver = new(gazetteer);
    private readonly MeetingExtractor meetings = new();
    private readonly ClaimExtractor claims = new();
    private readonly ActorRelationExtractor actorRelations = new();
    private readonly PlaceRelationExtractor placeRelations = new();

    public ArticleGraph Extract(SourceDocument document)
    {
        var text = document.Text;
        var articleId = GraphIds.Article(text);
        ArticleBody body;
        using (timings.Measure("cleaning")) body = ArticleBodyFinder.Find(text);
        var article = new Article
        {
            Id = articleId, Source = document.Source, Title = document.Title, Published = document.Published, Language = body.Language,
        };
        if (body.Regions.Count == 0) return new ArticleGraph { Article = article };

        AnalyzedText analyzed;
        using (timings.Measure("tokenising")) analyzed = SentenceSplitter.Analyze(text, body.Regions);
        IReadOnlyList<EntityCandidate> candidates;
        using (timings.Measure("entities")) candidates = recognizer.Recognize(analyzed);
        ResolvedEntities resolved;
        using (timings.Measure("resolution")) resolved = resolver.Resolve(analyzed, candidates, articleId);
        IReadOnlyList<GraphEvent> events;
        using (timings.Measure("events")) events = meetings.Extract(analyzed, resolved, articleId, document.Published);
        ClaimResult claimResult;
        using (timings.Measure("claims")) claimResult = claims.Extract(analyzed, resolved, events, articleId);
        var entities = WithExtraMentions(resolved.Entities, claimResult.ExtraMentions);
        List<Relation> relations;
        using (timings.Measure("relations"))
        {
            relations = resolved.Relations
                .Concat(placeRelations.Extract(text, resolved))
                .Concat(actorRelations.Extract(analyzed, resolved))
                .ToList();
            relations.AddRange(ActorRelationExtractor.FromAudiences(text, claimResult.Claims, relations));
        }
        return new ArticleGraph { Article = article, Entities = entities, Claims = claimResult.Claims, Events = events, Relations = relations };
    }

    private static IReadOnlyList<Entity> WithExtraMentions(IReadOnlyList<Entity> entities, IReadOnlyList<ResolvedMention> extra)
    {
        if (extra.Count == 0) return entities;
        var byEntity = extra.GroupBy(m => m.EntityId).ToDictionary(g => g.Key, g => g.ToList());
        return entities.Select(e => byEntity.TryGetValue(e.Id, out var more)
            ? e with
            {
                Mentions = e.Mentions.Concat(more.Where(m => !e.Mentions.Any(x => x.Start == m.Start)).Select(m => new Mention(m.Start, m.End, m.Text, m.Kind)))
                    .OrderBy(m => m.Start).ToList(),
            }
            : e).ToList();
    }
}
