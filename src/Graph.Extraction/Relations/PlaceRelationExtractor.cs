using Graph.Core.Ids;
using Graph.Core.Model;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Relations;

/// <summary>
/// LOCATED_IN for places: read from "Geneva, Switzerland" (a city then its country), or, with lower
/// confidence, from the gazetteer when the city's country is itself named in the article.
/// </summary>
public sealed class PlaceRelationExtractor
{
    public IReadOnlyList<Relation> Extract(string text, ResolvedEntities entities)
    {
        var relations = new List<Relation>();
        foreach (var place in entities.Entities.Where(e => e.Type == EntityType.Location))
        {
            if (place.Properties?.GetValueOrDefault("country") is not { } iso) continue;
            var countryId = GraphIds.Country(iso);
            if (entities[countryId] is null) continue;
            // "City, Country" in the text.
            var stated = place.Mentions.Select(m => (m, next: entities.Mentions.FirstOrDefault(n => n.Start > m.End && n.Start <= m.End + 2)))
                .FirstOrDefault(x => x.next is not null && x.next.EntityId == countryId && text.AsSpan(x.m.End, x.next.Start - x.m.End).Trim().SequenceEqual(","));
            if (stated.next is not null)
                relations.Add(Located(text, place.Id, countryId, stated.m.Start, stated.next.End, 0.9, "text"));
            else
                relations.Add(Located(text, place.Id, countryId, place.Mentions[0].Start, place.Mentions[0].End, 0.6, "gazetteer"));
        }
        return relations;
    }

    private static Relation Located(string text, string from, string to, int start, int end, double confidence, string source) => new()
    {
        Type = RelationTypes.LocatedIn, From = from, To = to,
        Properties = new Dictionary<string, string> { ["source"] = source },
        Evidence = Span.Of(text, start, end), Confidence = confidence,
    };
}
