using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Graph.Core.Model;

/// <summary>The kinds of node an entity can be. Actors are people, institutions and countries.</summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum EntityType { Person, Institution, Country, Location }

/// <summary>How a mention refers to its entity.</summary>
[JsonConverter(typeof(StringEnumConverter), typeof(CamelCaseNamingStrategy))]
public enum MentionKind
{
    /// <summary>A proper name: "Xin Qiang", "US".</summary>
    Name,
    /// <summary>"Chinese", "American".</summary>
    Demonym,
    /// <summary>"the Chinese side", "a US official".</summary>
    Nominal,
    /// <summary>"he", "she", "they".</summary>
    Pronoun,
}

/// <summary>One place in the text that refers to an entity.</summary>
public sealed record Mention(int Start, int End, string Text, MentionKind Kind)
{
    [JsonIgnore]
    public Span Span => new(Start, End, Text);
}

/// <summary>A real-world actor or place, once per article; the same actor has the same id in every article.</summary>
public sealed record Entity
{
    public required string Id { get; init; }
    public required EntityType Type { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
    /// <summary>Extra facts from gazetteers or the text, e.g. <c>iso</c> for countries; never free-form objects.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyDictionary<string, string>? Properties { get; init; }

    public static bool IsActor(EntityType type) => type is EntityType.Person or EntityType.Institution or EntityType.Country;
}
