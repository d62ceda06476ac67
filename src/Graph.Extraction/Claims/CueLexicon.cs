using System.Collections.Frozen;

namespace Graph.Extraction.Claims;

/// <summary>
/// Words that introduce what someone said, believes or intends. Verb forms are listed, not stemmed, so
/// "states" (the noun) and "stated" can be told apart by the patterns that use them.
/// </summary>
public static class CueLexicon
{
    /// <summary>Reporting verbs: said, told, stated, warned, ...</summary>
    public static readonly FrozenSet<string> Speech = new[]
    {
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "stated", "states", "stating",
        "added", "adds", "adding", "warned", "warns", "warning", "claimed", "claims", "claiming", "argued", "argues",
        "arguing", "noted", "notes", "noting", "explained", "explains", "insisted", "insists", "insisting",
        "announced", "announces", "declared", "declares", "stressed", "stresses", "stressing", "emphasized",
        "emphasised", "emphasizes", "emphasises", "urged", "urges", "reported", "reports", "wrote", "writes",
        "asked", "asks", "suggested", "suggests", "acknowledged", "acknowledges", "admitted", "admits", "denied",
        "denies", "confirmed", "confirms", "revealed", "reveals", "predicted", "predicts", "recognized",
        "recognised", "recognizes", "recognises", "said,", "replied", "responded", "answered", "commented",
        "remarked", "observed", "pointed", "contended", "contends", "maintained", "maintains", "alleged", "alleges",
        "accused", "accuses", "vowed", "vows", "promised", "promises", "pledged", "pledges", "agreed", "agrees",
        "concluded", "concludes", "estimated", "estimates", "tweeted", "testified", "conceded",
        "concedes", "complained", "complains", "indicated", "indicates", "disclosed", "countered", "cautioned",
        "blasted", "slammed", "criticized", "criticised", "boasted", "lamented", "recalled", "quipped", "joked",
        "mentioned", "hinted", "signaled", "signalled", "reiterated", "reiterates", "proclaimed", "assured",
        "informed", "retorted", "wondered",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Beliefs and intentions attributed to a source: believes, hopes, supports, ...</summary>
    public static readonly FrozenSet<string> Belief = new[]
    {
        "believes", "believed", "believe", "thinks", "thought", "think", "hopes", "hoped", "hope", "wants", "wanted",
        "expects", "expected", "fears", "feared", "supports", "advocates", "opposes", "opposed", "rejects",
        "rejected", "welcomes", "welcomed", "condemns", "condemned", "doubts", "doubted", "knows", "knew",
        "feels", "felt", "worries", "worried", "calls", "called", "demands", "demanded", "insist", "plans",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cues that take the audience as their object: "told the Global Times that ...".</summary>
    public static readonly FrozenSet<string> TakesAudience = new[]
    {
        "told", "tells", "tell", "telling", "informed", "assured", "warned", "urged", "asked",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "they", "it", "we", "i",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that can stand between a subject and its verb without ending the subject.</summary>
    public static readonly FrozenSet<string> Adverbials = new[]
    {
        "has", "have", "had", "also", "then", "later", "once", "previously", "repeatedly", "recently", "again",
        "publicly", "privately", "clearly", "firmly", "openly", "explicitly", "reportedly", "allegedly", "already",
        "further", "separately", "earlier", "subsequently", "will", "would", "did", "does", "do", "is", "was",
        "had", "not", "never", "often", "always", "initially", "finally", "simply", "just", "even", "still",
        "frequently", "strongly", "flatly", "quickly", "immediately", "since", "long", "privately", "officially",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsCue(string word) => Speech.Contains(word) || Belief.Contains(word);
}
