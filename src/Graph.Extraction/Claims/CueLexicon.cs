using System.Collections.Frozen;

namespace Graph.Extraction.Claims;

/// <summary>
/// Words that introduce what someone said, believes or intends, with how likely each is to be a cue. The
/// likelihoods are learned from annotated news (<see cref="LearnedCues"/>: how often the word heads an annotated
/// cue, of all its uses outside quotations); the hand lists below add reporting verbs the corpus shows too
/// rarely to count and give them a modest prior. Verb forms are listed, not stemmed, so "states" (the noun)
/// and "stated" can be told apart by the patterns that use them.
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
        "recognised", "recognizes", "recognises", "replied", "responded", "answered", "commented",
        "remarked", "observed", "contended", "contends", "maintained", "maintains", "alleged", "alleges",
        "accused", "accuses", "vowed", "vows", "promised", "promises", "pledged", "pledges", "agreed", "agrees",
        "concluded", "concludes", "estimated", "estimates", "tweeted", "testified", "conceded",
        "concedes", "complained", "complains", "indicated", "indicates", "disclosed", "discloses", "countered", "cautioned", "cautions",
        "blasted", "slammed", "criticized", "criticised", "boasted", "lamented", "laments", "recalled", "quipped", "quips", "quip", "joked",
        "mentioned", "hinted", "signaled", "signalled", "reiterated", "reiterates", "proclaimed", "proclaims", "assured", "assures",
        "informed", "retorted", "wondered", "asserted", "asserts", "affirmed", "affirms", "reaffirmed", "underlined",
        "underscored", "highlighted", "clarified",
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
        "told", "tells", "tell", "telling", "informed", "assured", "warned", "warns", "urged", "urges", "asked",
        "asks", "reminded", "reminding", "assuring", "urging", "warning", "informing", "promised", "promises", "promise", "promising",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "they", "it", "we", "i", "you",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that can stand between a subject and its verb without ending the subject.</summary>
    public static readonly FrozenSet<string> Adverbials = new[]
    {
        "has", "have", "had", "also", "then", "later", "once", "previously", "repeatedly", "recently", "again", "indeed",
        "publicly", "privately", "clearly", "firmly", "openly", "explicitly", "reportedly", "allegedly", "already",
        "further", "separately", "earlier", "subsequently", "will", "would", "did", "does", "do", "is", "was",
        "are", "were", "not", "never", "often", "always", "initially", "finally", "simply", "just", "even", "still",
        "frequently", "strongly", "flatly", "quickly", "immediately", "long", "officially", "n't", "n\u2019t",
        "may", "might", "could", "should", "can", "must", "first", "too", "now", "both", "all", "herself",
        "himself", "themselves", "itself", "personally", "ultimately", "apparently", "actually", "certainly",
        "only", "soon", "last", "yet", "ever", "been", "being", "however", "meanwhile", "instead", "likewise", "nonetheless", "nevertheless", "'s", "\u2019s", "'ve", "\u2019ve", "'d", "\u2019d",
        "am", "'m", "\u2019m", "'re", "\u2019re", "'ll", "\u2019ll", "here", "twice",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, double> Learned = LearnedCues.Counts
        .ToFrozenDictionary(c => c.Word, c => (double)c.AsCue / (c.Total + Smoothing), StringComparer.OrdinalIgnoreCase);

    /// <summary>Added to every word's count so a word seen 3 times out of 3 does not outrank "said" (4468 of 4661).</summary>
    private const int Smoothing = 2;

    /// <summary>
    /// How likely <paramref name="word"/> is to introduce an attribution, 0 when it is no cue: the learned
    /// share, or a modest prior for hand-listed words the corpus does not show often enough to count.
    /// </summary>
    public static double Prior(string word)
    {
        if (Learned.TryGetValue(word, out var p)) return p;
        if (Speech.Contains(word)) return 0.5;
        if (Belief.Contains(word)) return 0.35;
        return 0;
    }

    public static bool IsCue(string word) => Prior(word) > 0;

    /// <summary>
    /// The kind of claim a cue makes (<see cref="Graph.Core.Model.ClaimKinds"/>): a direct quote, or a cue with a verb
    /// or noun of saying or writing, is a statement; a verb of believing, wanting, planning or taking a side is a
    /// belief; anything else ("found", "shows", "unveiled", "continued") is other. A negation in the cue ("did not
    /// say") does not change its kind, and a word of saying that also takes a side ("condemned", "called for",
    /// "rejected") is a statement: the side was taken in words. "It seems", "is seen as", "appeared" with no source
    /// named (<paramref name="hasSource"/> false) is the writer's own hedge: other.
    /// </summary>
    public static string KindOf(string cue, bool direct, bool hasSource = true)
    {
        if (direct) return Graph.Core.Model.ClaimKinds.Statement;
        var words = cue.ToLowerInvariant().Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        // A cue that is only punctuation (the colon of "Ruiz: ...", a dash) introduces words said.
        if (words.Length == 0 || words.All(w => !w.Any(char.IsLetter))) return Graph.Core.Model.ClaimKinds.Statement;
        // "shot back", "pointed out", "made it clear", "made no secret": a verb whose particle or object makes it one
        // of saying (one small word may stand between).
        for (var j = 1; j < words.Length; j++)
            if (StatementParticles.TryGetValue(words[j], out var verbs)
                && (Inflects(words[j - 1], verbs) || j > 1 && words[j - 1] is "it" or "no" or "the" or "a" && Inflects(words[j - 2], verbs)))
                return Graph.Core.Model.ClaimKinds.Statement;
        if (words.Any(w => Speech.Contains(w) || StatementStems.Any(s => Inflects(w, s)))) return Graph.Core.Model.ClaimKinds.Statement;
        if (!hasSource && words.Any(w => Inflects(w, "seem", "seen", "appear"))) return Graph.Core.Model.ClaimKinds.Other;
        if (words.Any(w => Belief.Contains(w) || BeliefStems.Any(s => Inflects(w, s)))) return Graph.Core.Model.ClaimKinds.Belief;
        return Graph.Core.Model.ClaimKinds.Other;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a form of <paramref name="stem"/>: any word it begins when the stem is five
    /// letters or more ("emphas" -> "emphasised"), otherwise the stem with an ending ("ask" -> "asked", "read" ->
    /// "reads", not "ready"; "stat" -> "stated", "statement", not "statistics"; "slam" -> "slammed", with its last
    /// letter doubled, but not "plan" -> "plane").
    /// </summary>
    private static bool Inflects(string word, string stem)
    {
        if (!word.StartsWith(stem, StringComparison.Ordinal)) return false;
        if (stem.Length >= 5) return true;
        var ending = word[stem.Length..];
        if (ending.Length > 1 && ending[0] == stem[^1] && ending[1..] is "ed" or "ing" or "er" or "ers") return true;
        // "hope" -> "hoped", "vote" -> "voted", not "see" -> "seed".
        if (ending is "d") return stem[^1] == 'e' && !stem.EndsWith("ee", StringComparison.Ordinal);
        return ShortStemEndings.Contains(ending);
    }

    private static bool Inflects(string word, params string[] stems) => stems.Any(s => Inflects(word, s));

    private static readonly FrozenSet<string> ShortStemEndings = new[]
    {
        "", "s", "es", "ed", "ing", "ment", "ments",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Particles that make a verb one of saying, with the verbs they do it for: "shot back", "pointed out".</summary>
    private static readonly FrozenDictionary<string, string[]> StatementParticles = new Dictionary<string, string[]>
    {
        ["back"] = ["shot", "shoot", "hit", "fire", "fired", "push", "punch", "bit", "bite"],
        ["out"] = ["point", "spell", "spelt", "lay", "laid", "lash", "speak", "spoke", "call", "cry", "cri"],
        ["clear"] = ["mak", "make", "made"],
        ["issue"] = ["took", "tak", "take"],
        ["case"] = ["mak", "make", "made"],
        ["secret"] = ["mak", "make", "made"],
        ["against"] = ["rail", "spoke", "speak", "warn", "argu", "testif"],
        ["up"] = ["spoke", "speak", "open"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Beginnings of words of saying or writing, as verbs or nouns ("remark", "remarks", "remarked").</summary>
    private static readonly string[] StatementStems =
    [
        "say", "said", "tell", "told", "stat", "state", "add", "warn", "claim", "argu", "note", "explain", "insist", "announc",
        "declar", "stress", "emphas", "urg", "urge", "argue", "report", "writ", "wrote", "written", "ask", "suggest", "acknowledg", "admit",
        "deni", "deny", "confirm", "reveal", "predict", "repli", "reply", "respond", "respons", "answer", "comment",
        "remark", "observ", "contend", "maintain", "alleg", "accus", "vow", "promis", "pledg", "agree", "conclud",
        "tweet", "retweet", "testif", "testimon", "conced", "complain", "disclos", "counter", "caution", "blast", "slam",
        "critic", "boast", "lament", "recall", "quip", "jok", "joke", "mention", "hint", "reiterat", "proclaim", "assur",
        "inform", "retort", "wonder", "assert", "affirm", "underlin", "underscor", "highlight", "clarif", "describ",
        "call", "according", "quot", "quote", "write", "spoke", "speak", "speech", "talk", "discuss", "prais", "attack", "mock", "echo",
        "dismiss", "denounc", "blam", "question", "challeng", "cite", "citing", "post", "interview", "letter", "chant",
        "shout", "yell", "cried", "cries", "cry", "cheer", "boos", "booed", "sang", "sing", "read", "reject", "condemn",
        "welcom", "apologi", "demand", "propos", "recommend", "brand", "dubb", "label", "thank", "hail", "refut",
        "defend", "appeal", "plead", "reassur", "forecast", "estimat", "voic", "express", "criticis", "criticiz", "lash",
        "vent", "pitch", "tout", "plea", "liken", "remind", "repeat", "threat", "decri", "decry", "email", "e-mail",
        "opin", "derid", "deris", "articulat", "recount", "referenc", "referr", "refers", "rule", "ruled", "ruling", "outlin", "mus", "muse", "rant", "scoff",
    ];

    /// <summary>Beginnings of words of believing, wanting, planning or taking a side.</summary>
    private static readonly string[] BeliefStems =
    [
        "believ", "belief", "think", "thought", "hope", "hop", "want", "expect", "fear", "feel", "felt", "worri",
        "worry", "doubt", "know", "known", "knew", "plan", "intend", "intent", "aim", "seek", "sought", "wish", "see",
        "seen", "saw", "view", "consider", "regard", "assum", "suspect", "convinc", "confiden", "sure", "eager",
        "sceptic", "skeptic", "concern", "support", "oppos", "favour", "favor", "backs", "backed", "backing", "prefer",
        "like", "likely", "love", "hate", "trust", "seem", "appear", "determin", "keen", "optimis", "pessimis", "ready",
        "willing", "desir", "prepar", "vot", "vote", "endors", "understood", "rumour", "rumor", "advocat", "disagree", "guess", "imagin", "suppos", "reckon",
    ];
}
