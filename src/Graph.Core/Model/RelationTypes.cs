namespace Graph.Core.Model;

/// <summary>
/// The fixed relationship vocabulary. Neo4j cannot take a relationship type as a parameter, so every type
/// that reaches a Cypher statement must come from here.
/// </summary>
public static class RelationTypes
{
    public const string Stated = "STATED";
    public const string About = "ABOUT";
    public const string ReportedIn = "REPORTED_IN";
    public const string MentionedIn = "MENTIONED_IN";
    public const string ParticipatedIn = "PARTICIPATED_IN";
    public const string HeldIn = "HELD_IN";
    public const string LocatedIn = "LOCATED_IN";
    public const string AffiliatedWith = "AFFILIATED_WITH";
    public const string PartOf = "PART_OF";
    public const string MetWith = "MET_WITH";
    public const string CooperatesWith = "COOPERATES_WITH";
    public const string Restricts = "RESTRICTS";
    public const string Criticizes = "CRITICIZES";
    public const string Supports = "SUPPORTS";
    public const string Opposes = "OPPOSES";
    public const string Sanctions = "SANCTIONS";
    public const string Accuses = "ACCUSES";
    public const string Threatens = "THREATENS";
    public const string TalksTo = "TALKED_TO";

    /// <summary>Relations between two actors read from a verb in the text.</summary>
    public static readonly IReadOnlySet<string> ActorToActor = new HashSet<string>
    {
        MetWith, CooperatesWith, Restricts, Criticizes, Supports, Opposes, Sanctions, Accuses, Threatens, TalksTo,
    };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(ActorToActor)
    {
        Stated, About, ReportedIn, MentionedIn, ParticipatedIn, HeldIn, LocatedIn, AffiliatedWith, PartOf,
    };

    public static bool IsKnown(string type) => All.Contains(type);
}
