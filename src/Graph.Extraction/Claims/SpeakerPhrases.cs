using System.Collections.Frozen;
using Graph.Extraction.Text;

namespace Graph.Extraction.Claims;

/// <summary>What kind of phrase names a speaker.</summary>
internal enum PhraseKind
{
    /// <summary>"he", "they", "I".</summary>
    Pronoun,
    /// <summary>"who" or "which" after the speaker's name.</summary>
    Relative,
    /// <summary>Headed by a capitalised word: "Sen. Ted Cruz", "the Global Times".</summary>
    Name,
    /// <summary>Headed by a common noun: "the spokesperson", "a US official", "critics".</summary>
    Nominal,
}

/// <summary>A phrase in a sentence (token indices, inclusive) that may name a speaker.</summary>
internal readonly record struct Phrase(int First, int Last, PhraseKind Kind);

/// <summary>
/// Finds the noun phrase a cue belongs to without a parser: scanning left from the cue over adverbs and
/// auxiliaries ("has also said") to the phrase's head, then over its modifiers to a determiner; or right of an
/// inverted cue ("said the spokesman"). Word classes come from closed lists (prepositions, conjunctions,
/// auxiliaries), so an unknown word is taken as part of the phrase; the head is what matters for the speaker.
/// </summary>
internal static class SpeakerPhrases
{
    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some",
        "many", "most", "several", "both", "each", "every", "few", "other", "another", "no", "any", "one", "two",
        "three", "four", "five", "all", "such", "more", "fewer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that cannot be inside a speaker phrase: where scanning stops.</summary>
    private static readonly FrozenSet<string> Boundaries = new[]
    {
        "in", "on", "at", "for", "with", "by", "from", "to", "into", "about", "after", "before", "during", "since",
        "over", "under", "against", "between", "among", "through", "without", "within", "despite", "like", "than",
        "as", "and", "or", "but", "nor", "so", "yet", "that", "because", "when", "while", "if", "although",
        "though", "whether", "where", "who", "whom", "whose", "what", "how", "why", "which", "is", "was", "are",
        "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
        "should", "may", "might", "must", "shall", "cannot", "not", "n't", "n\u2019t", "never", "there", "here", "also",
        "then", "just", "even", "still", "only", "he", "she", "they", "it", "we", "i", "you", "him", "them", "us",
        "me", "upon", "until", "unless", "once", "per", "via", "toward", "towards", "amid", "around", "across",
        "whereas", "instead", "however", "meanwhile", "thus", "therefore", "yes", "now", "already", "up", "out",
        "off", "down", "back", "again", "very", "too", "where", "whom", "this", "that", "there", "throughout",
        "along", "alongside", "behind", "beside", "beneath", "onto", "amongst", "amidst",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that open sentences without naming anyone.</summary>
    private static readonly FrozenSet<string> CapitalisedFunctionWords = new[]
    {
        "But", "And", "Or", "So", "Yet", "When", "While", "If", "Although", "Though", "Because", "After", "Before",
        "Since", "As", "In", "On", "At", "For", "With", "By", "From", "Meanwhile", "However", "Still", "Then",
        "Now", "Also", "Yes", "No", "Instead", "Indeed", "Thus", "Here", "There", "That", "This", "What", "Why",
        "How", "Where", "Who", "Which", "It", "Asked", "Speaking", "During", "Until", "Unlike", "Like", "Despite",
        "Even", "Only", "Just", "Whether", "Whereas", "Unless", "Upon", "Through", "Over", "Under", "Against",
        "Between", "Among", "Within", "Without", "Into", "About", "To", "Of", "Not", "Never", "He", "She", "They",
        "We", "I", "You", "Is", "Was", "Are", "Were", "Has", "Have", "Had", "Do", "Does", "Did", "Can", "Could",
        "Would", "Should", "Nor", "Though", "Once", "Later", "Earlier", "Already", "Again", "Today", "Yesterday",
        "Amid", "Amidst", "Alongside", "Outside", "Inside", "Throughout", "Beyond", "Behind", "Across", "Around", "Along",
        "Toward", "Towards", "Following", "Ahead", "Last", "Next",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Relatives = new[] { "who", "which" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    /// <summary>Plural nouns for what was told that head a speaker phrase right before its verb: "Press reports claim ...".</summary>
    public static bool IsTellingNoun(string word) => word is "reports" or "claims" or "statements" or "comments" or "remarks" or "warnings" or "accounts";

    /// <summary>"polled", "surveyed": the people asked in a poll, whose asker does not speak for them.</summary>
    public static bool IsPolled(string word) => word is "polled" or "surveyed" or "questioned" or "interviewed";

    /// <summary>
    /// A participle at <paramref name="i"/> describing the plural noun before it ("unions meeting", "firms using"),
    /// not a preposition in "-ing" ("including", "according") nor a verb of telling.
    /// </summary>
    public static bool DescribesPluralHead(IReadOnlyList<Token> toks, int i)
    {
        if (i < 1 || !toks[i].IsWord || !toks[i - 1].IsWord) return false;
        var w = toks[i].Text;
        var head = toks[i - 1].Text;
        return char.IsLower(w[0]) && w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal)
               && w is not ("including" or "according" or "following" or "concerning" or "regarding" or "excluding" or "involving" or "representing")
               && CueLexicon.Prior(w) < 0.5
               && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !IsBoundary(head);
    }

    /// <summary>
    /// People who stand outside what they are named after: "critics of", "opponents of", "fans of", "users of". What
    /// follows "of" is not them and does not speak when they do.
    /// </summary>
    public static bool IsOutsiderHead(string word) => OutsiderHeads.Contains(word);

    private static readonly FrozenSet<string> OutsiderHeads = new[]
    {
        "critics", "critic", "opponents", "opponent", "supporters", "supporter", "proponents", "proponent", "fans", "fan",
        "users", "user", "customers", "customer", "readers", "reader", "viewers", "viewer", "listeners", "observers",
        "admirers", "detractors", "rivals", "rival", "victims", "relatives", "families", "friends", "neighbours", "neighbors",
        "followers", "students", "watchers", "sceptics", "skeptics", "foes", "enemies", "backers", "advocates",
        // Kin and friends speak for themselves: "a friend of Ana Ruiz said" is not Ruiz.
        "friend", "relative", "neighbour", "neighbor", "colleague", "colleagues", "classmate", "classmates", "cousin",
        "brother", "sister", "wife", "husband", "son", "daughter", "mother", "father", "ally", "allies", "acquaintance",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A word a speaker phrase cannot contain. Capitalised words are only boundaries when they open sentences
    /// ("But", "In"): "US" is a name, not the pronoun "us".
    /// </summary>
    public static bool IsBoundary(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) ? CapitalisedFunctionWords.Contains(word) : Boundaries.Contains(word));

    /// <summary>
    /// A capitalised function word at <paramref name="k"/>; "Last" and "Next" only before a time word ("Last year, ..."):
    /// alone they may be a name ("Next said sales rose").
    /// </summary>
    internal static bool FunctionOpener(IReadOnlyList<Token> toks, int k) =>
        CapitalisedFunctionWords.Contains(toks[k].Text)
        && !(toks[k].Text is "Last" or "Next" && !(k + 1 < toks.Count && IsTimeWord(toks[k + 1].Text)));

    /// <summary>Skips adverbs and auxiliaries left of <paramref name="index"/>; the index of the word before them.</summary>
    public static int SkipAdverbialsLeft(IReadOnlyList<Token> toks, int index)
    {
        var j = index - 1;
        // "most recently defended", "more strongly opposed", "less likely to say": these grade the adverb after them.
        // "has so far resisted", "has thus far declined": one adverb of two words.
        while (j >= 0)
        {
            // ("Karen May said", "George Will believes": a capitalised modal before a word in lower case is a name; in a
            // headline in title case, "Trump May Not Run", it is still the verb.)
            if (IsCapitalisedName(toks[j].Text) && j + 1 < toks.Count && toks[j + 1].IsWord && char.IsLower(toks[j + 1].Text[0]) && !IsAdverbial(toks[j + 1])) break;
            if (IsAdverbial(toks[j]) || toks[j].Text is "most" or "more" or "less" or "least" && j + 1 < index && IsLyAdverb(toks[j + 1])) j--;
            else if (toks[j].Text == "far" && j >= 1 && toks[j - 1].Text is "so" or "thus") j -= 2;
            else break;
        }
        return j;
    }

    public static bool IsAdverbial(Token t) =>
        // "wo" and "ca" are what the tokenizer leaves of "won't" and "can't" before their "n't": auxiliaries too.
        t.IsWord && (CueLexicon.Adverbials.Contains(t.Text) || t.Text is "wo" or "ca"
                     || t.Text.Length > 4 && char.IsLower(t.Text[0]) && t.Text.EndsWith("ly", StringComparison.Ordinal) && t.Text is not ("family" or "ally" or "rally" or "supply"));

    /// <summary>
    /// The index before a time adjunct that ends at <paramref name="j"/> ("... and [in March last year] said", "and
    /// [last week] said"), or <paramref name="j"/> itself when the words there name no time.
    /// </summary>
    public static int SkipTimeAdjunctLeft(IReadOnlyList<Token> toks, int j)
    {
        var k = j;
        var time = false;
        while (k >= 0 && (IsTimeWord(toks[k].Text) || MonthAsTime(toks, k)
                          || IsDeterminer(toks[k].Text) || AdjunctPrepositions.Contains(toks[k].Text) || toks[k].Kind == TokenKind.Number))
        {
            time |= IsTimeWord(toks[k].Text) || IsMonth(toks[k].Text);
            k--;
        }
        return time ? k : j;
    }

    /// <summary>A modal or auxiliary verb written with a capital, which before a word in lower case is a name ("Karen May said", "Tom Long told").</summary>
    private static bool IsCapitalisedName(string w) => w is "May" or "Will" or "Can" or "Might" or "Must" or "Should" or "Could" or "Would"
        or "Long" or "Do" or "Did" or "Does" or "Is" or "Was" or "Are" or "Were" or "Has" or "Have" or "Had" or "Been" or "Being" or "Am";

    /// <summary>An adverb in "-ly" ("quietly", "recently"): the kind that may stand between a subject, a comma and a verb.</summary>
    public static bool IsLyAdverb(Token t) => IsAdverbial(t) && t.Text.EndsWith("ly", StringComparison.Ordinal);

    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today", "tonight",
        "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "day", "weeks", "months",
        "years", "days", "past", "time", "interview", "statement", "speech", "rally", "debate", "conference", "appearance",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Seasons in lower case only: "Winter", "Summer" in capitals are as often surnames ("Tomas Winter said").
    private static readonly FrozenSet<string> Seasons = new[] { "summer", "winter", "spring", "autumn" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Days and spans of time: "Tuesday", "week", "night".</summary>
    public static bool IsTimeWord(string word) => TimeWords.Contains(word) && word.ToLowerInvariant() is not ("interview" or "statement" or "speech" or "rally" or "debate" or "conference" or "appearance" or "time")
        || Seasons.Contains(word);

    private static readonly FrozenSet<string> Months = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsMonth(string word) => Months.Contains(word);

    /// <summary>Words before a month that make it a time: "in May", "since June", "last March".</summary>
    private static readonly FrozenSet<string> MonthPrepositions = new[] { "in", "since", "until", "by", "early", "late", "mid", "last", "this", "next", "from" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A month at <paramref name="k"/> after one of <see cref="MonthPrepositions"/>: a time, not a name ("in May", not "Karen May").</summary>
    private static bool MonthAsTime(IReadOnlyList<Token> toks, int k) => IsMonth(toks[k].Text) && k >= 1 && MonthPrepositions.Contains(toks[k - 1].Text);

    private static readonly FrozenSet<string> AdjunctPrepositions = new[]
    {
        "on", "in", "at", "during", "last", "this", "earlier", "after", "before", "since", "late", "early", "over",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The speaker phrase that ends right before the cue at <paramref name="cue"/>, if any. Time and place
    /// adjuncts between the speaker and the cue are passed over: "Trump on Tuesday said", "Clinton Tuesday said".
    /// </summary>
    public static Phrase? Before(IReadOnlyList<Token> toks, int cue)
    {
        var phrase = BeforeCore(toks, cue);
        return InfinitiveBefore(toks, phrase, cue) ? null : WithNegation(toks, phrase);
    }

    /// <summary>
    /// "was quick to scotch claims that ...", "sought to deny reports that ...": one word in lower case right after
    /// "to", before a cue shaped like a plural noun, is a verb, not a speaker, and the cue word its object. (Not a
    /// plural before it, "listen to experts say"; nor a cue of another shape: "crews who are open to change disagree".)
    /// </summary>
    private static bool InfinitiveBefore(IReadOnlyList<Token> toks, Phrase? phrase, int cue) =>
        phrase is { } p && p.First == p.Last && p.First >= 1 && toks[p.First - 1].Text is "to"
        && toks[p.First].IsWord && char.IsLower(toks[p.First].Text[0]) && !IsPluralShaped(toks[p.First].Text) && IsPluralShaped(toks[cue].Text);

    private static bool IsPluralShaped(string word) => word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>
    /// "Not everyone is convinced", "not all islanders agree": a "not" before a quantifier belongs to the phrase, which
    /// says the opposite without it.
    /// </summary>
    private static Phrase? WithNegation(IReadOnlyList<Token> toks, Phrase? phrase) =>
        // (Not "many if not most economists", "some or not all": there "not" joins two shares.)
        phrase is { Kind: PhraseKind.Nominal or PhraseKind.Name } p && p.First >= 1 && toks[p.First - 1].Text is "not" or "Not"
        && !(p.First >= 2 && toks[p.First - 2].Text.ToLowerInvariant() is "if" or "or" or "whether")
        && toks[p.First].Text.ToLowerInvariant() is "all" or "every" or "everyone" or "everybody" or "many" or "most" or "each" or "both" or "much"
            ? p with { First = p.First - 1 }
            : phrase;

    private static Phrase? BeforeCore(IReadOnlyList<Token> toks, int cue)
    {
        var j = SkipAdverbialsLeft(toks, cue);
        // "Older voters are far more likely to say ...": the subject of "likely" says it.
        if (j >= 1 && j == cue - 1 && toks[j].Text is "to" && toks[j - 1].Text is "likely" or "unlikely")
        {
            j = SkipAdverbialsLeft(toks, j);
            // ("far more likely", "much less likely": the degree words are no speaker.)
            if (j >= 0 && toks[j].Text is "far" or "much" or "even" or "still" or "significantly" or "slightly" or "considerably") j = SkipAdverbialsLeft(toks, j);
        }
        // "crews that elected him say", "an aide close to them said": an object pronoun ends a relative clause or a
        // modifier after the speaker's head; the speaker is the phrase before it.
        // ("most of them said" names some of a group, read below; in "who teased them and let them think" the pronoun thinks.)
        if (j >= 2 && toks[j].Text is "him" or "them" or "me" or "us" && toks[j - 1].Text is not "of")
        {
            for (var k = j - 1; k > 0 && j - k <= 10 && toks[k].IsWord && toks[k].Text is not ("and" or "or" or "but"); k--)
                if (toks[k].Text is "who" or "that" or "close" or "closest" or "near")
                    return EndingAt(toks, k - 1, false) is { Kind: PhraseKind.Name or PhraseKind.Nominal } head ? head : null;
            return null;
        }
        // "a sign that read “...”", "a note that said, “...”": "that" right after a noun and right before a cue that a
        // quote follows is a relative pronoun (a "that" opening a clause is followed by the clause's subject, not by its verb).
        var quoteNext = cue + 1 < toks.Count && (toks[cue + 1].Kind == TokenKind.Quote || cue + 2 < toks.Count && toks[cue + 1].Text is "," or ":" && toks[cue + 2].Kind == TokenKind.Quote);
        if (quoteNext && j >= 1 && j == cue - 1 && toks[j].Text is "that" && toks[j - 1].IsWord && char.IsLower(toks[j - 1].Text[0])
            && !IsBoundary(toks[j - 1].Text) && !IsDeterminer(toks[j - 1].Text) && CueLexicon.Prior(toks[j - 1].Text) < 0.2)
            return new Phrase(j, j, PhraseKind.Relative);
        for (var attempt = 0; attempt < 3 && j >= 0; attempt++)
        {
            var p = EndingAt(toks, j, allowApposition: true);
            if (p is not { } phrase || phrase.Kind is PhraseKind.Pronoun or PhraseKind.Relative) return p;
            var head = toks[phrase.Last];
            // "The ministry two weeks ago said", "Ruiz a day later told": a span of time counted back or on.
            var span = head.Text is "ago" or "later" && phrase.Last > phrase.First && IsTimeWord(toks[phrase.Last - 1].Text.TrimEnd('s') + "s");
            // "in March last year said": a month after "in", "since" and the like is a time too (alone, "May" and
            // "June" are as often names).
            if (phrase.First == phrase.Last && MonthAsTime(toks, phrase.First)) span = true;
            if (IsTimeWord(head.Text) || span)
            {
                // Drop the time phrase ("Clinton last week refused", "Trump on Tuesday said") and look again before it.
                var k = phrase.Last - 1;
                while (k >= 0 && (IsTimeWord(toks[k].Text) || IsDeterminer(toks[k].Text) || AdjunctPrepositions.Contains(toks[k].Text)
                                  || MonthAsTime(toks, k)
                                  || span && (toks[k].Kind == TokenKind.Number || toks[k].Text is "than" or "less" or "just" or "only" or "about" or "nearly" or "few" or "couple"))) k--;
                if (k < 0) return null;
                j = SkipAdverbialsLeft(toks, k + 1);
                continue;
            }
            // ("after", "before" and "since" join clauses: "hours after Sanders said" is Sanders's.)
            // ("voters across the state said", "fans around the world say": a place the speakers are spread over;
            // "sources within the party said", "officials inside the ministry said": the body they are in.)
            var within = phrase.First >= 2 && toks[phrase.First - 1].Text is "within" or "inside";
            if (phrase.First >= 2 && (AdjunctPrepositions.Contains(toks[phrase.First - 1].Text) || toks[phrase.First - 1].Text is "across" or "throughout" or "around" || within)
                && char.IsLower(toks[phrase.First - 1].Text[0])
                && toks[phrase.First - 1].Text is not ("after" or "before" or "since")
                && phrase.Last - phrase.First <= 4
                // (Not a name after a possessive: "War on Waste's Ana Ruiz said" is Ana Ruiz, whatever "on" joins.)
                && !NameAfterPossessive(toks, phrase))
            {
                // "officials in Iowa said": the place is an adjunct of the speaker before it.
                var again = EndingAt(toks, SkipAdverbialsLeft(toks, phrase.First - 1), allowApposition: false);
                if (again is { } a && a.Kind != PhraseKind.Relative && (!within || IsInsider(toks[a.Last].Text))) return a;
            }
            // "fishermen from the island said", "protesters outside the parliament said", "a woman from Georgia says":
            // people named by where they are from or stand are the speakers, not the place (but "a letter from the
            // minister said" is the minister's).
            var place = phrase.First - (phrase.First >= 1 && toks[phrase.First - 1].Text is "the" ? 2 : 1);
            // (Not insiders: "officials from the Treasury said" speak for it, as "sources within the party" do.)
            if (place >= 1 && toks[place].Text is "from" or "outside" or "near" or "beside"
                && EndingAt(toks, place - 1, allowApposition: false) is { Kind: PhraseKind.Nominal or PhraseKind.Name } people && people.Last == place - 1
                && (people.Kind == PhraseKind.Nominal && char.IsLower(toks[people.Last].Text[0]) || people.Last == 0)
                && (IsPluralForPeople(toks[people.Last].Text) || IsOnePerson(toks[people.Last].Text) && !(people.First > 0 && toks[people.First - 1].Text is ","))
                && !IsInsider(toks[people.Last].Text))
                return people with { Last = phrase.Last };
            return p;
        }
        return null;
    }

    /// <summary>Whether the phrase ends in a name of two words or more right after a named owner's possessive ("Nordbank's Ana Ruiz").</summary>
    private static bool NameAfterPossessive(IReadOnlyList<Token> toks, Phrase phrase)
    {
        var k = phrase.Last;
        while (k > phrase.First && toks[k].IsWord && char.IsUpper(toks[k].Text[0])) k--;
        // (An owner with a name: not "1985's Live Aid", "Friday's Harbour Hour".)
        return phrase.Last - k >= 2 && toks[k].Text is "'s" or "\u2019s" && k > phrase.First && toks[k - 1].IsWord && char.IsUpper(toks[k - 1].Text[0])
               && !IsTimeWord(toks[k - 1].Text);
    }

    /// <summary>
    /// A plural noun for people ("fishermen", "residents", "protesters", "crews"); not a document or a count
    /// ("letters", "papers", "numbers"), whose "from" names the source.
    /// </summary>
    private static bool IsPluralForPeople(string w)
    {
        var l = w.ToLowerInvariant();
        if (l is "letters" or "papers" or "numbers" or "orders" or "documents" or "statements" or "comments" or "reports"
            or "figures" or "records" or "filings" or "emails" or "e-mails" or "transcripts" or "excerpts" or "remarks" or "answers" or "minutes"
            or "readers" or "containers" or "computers" or "markers" or "centers" or "headquarters") return false;
        return IsInsider(l) || l is "crews" or "staff" or "locals" or "families" or "youths" or "pupils" or "police" or "troops" or "fans" or "crowds"
            or "men" or "women" or "people" or "experts" or "employees" or "nurses" or "delegates" or "citizens" or "children" or "residents"
            or "students" or "parents" or "agents" or "clients" or "patients" or "opponents" or "respondents" or "constituents" or "dissidents"
            or "investors" or "donors" or "senators" or "doctors" or "directors" or "editors" or "sailors" or "visitors" or "contractors"
            or "councillors" or "councilors" or "inspectors" or "creditors" or "operators" or "actors" or "survivors" or "victims" or "refugees"
            or "migrants" or "islanders" or "villagers" or "neighbours" or "neighbors" or "colleagues" or "relatives" or "guests" or "monks"
            || l.Length > 4 && (l.EndsWith("ers", StringComparison.Ordinal) || l.EndsWith("ists", StringComparison.Ordinal)
                || l.EndsWith("ians", StringComparison.Ordinal) || l.EndsWith("men", StringComparison.Ordinal));
    }

    /// <summary>A noun for one person from somewhere ("a woman from Georgia", "a voter from Ohio"; not after a comma, where it describes a name).</summary>
    private static bool IsOnePerson(string w) => w.ToLowerInvariant() is "man" or "woman" or "resident" or "voter" or "farmer" or "worker"
        or "teacher" or "student" or "mother" or "father" or "girl" or "boy" or "nurse" or "doctor" or "veteran" or "retiree" or "immigrant"
        or "refugee" or "lawmaker" or "senator" or "congressman" or "congresswoman" or "businessman" or "businesswoman" or "fisherman";

    /// <summary>People who speak from inside a body: "sources within the party", "an official inside the ministry".</summary>
    private static bool IsInsider(string head) => head.ToLowerInvariant() is "sources" or "source" or "officials" or "official" or "members"
        or "member" or "insiders" or "insider" or "aides" or "aide" or "figures" or "critics" or "people" or "someone" or "many" or "some";

    /// <summary>
    /// The words between the commas at <paramref name="c"/> and <paramref name="j"/> are a clause, not an apposition:
    /// an auxiliary with no relative pronoun or subordinator before it ("Currently, a ferry can take a year, says ...",
    /// not "Tom Lund, a fisher who has ..., said").
    /// </summary>
    private static bool ClauseBetween(IReadOnlyList<Token> toks, int c, int j)
    {
        for (var k = c + 1; k < j; k++)
        {
            var w = toks[k].Text;
            // (Nor one with a subordinate clause: "Ted Cruz, when asked what is wrong, replied ...", "Ana Ruiz, elected
            // after the mayor was ousted, said ...", "Per Lund, asked how soon the crane would come, said ...".)
            if (w is "who" or "which" or "that" or "whose" or "whom" or "when" or "while" or "after" or "before" or "as" or "if" or "though"
                or "although" or "because" or "since" or "once" or "until" or "where" or "what" or "how" or "whether" or "why"
                || toks[k].Kind == TokenKind.Quote) return false;
            if (w is "is" or "was" or "were" or "are" or "will" or "would" or "can" or "could" or "should" or "may" or "might" or "must"
                or "has" or "have" or "had" or "does" or "did") return true;
        }
        return false;
    }

    /// <summary>
    /// Scans back from the token before <paramref name="from"/>, at most <paramref name="reach"/> tokens, to the nearest
    /// comma outside double quotes; stops at ";", ":", a full stop that is no abbreviation's (and at a quotation mark when
    /// <paramref name="stopAtQuote"/>). Returns where it stopped: the comma, another mark, or -1 or the reach's end.
    /// </summary>
    private static int CommaBefore(IReadOnlyList<Token> toks, int from, int reach, bool stopAtQuote = false)
    {
        var c = from - 1;
        while (c >= 0 && from - c < reach && !(toks[c].Text is "," && !InsideDoubleQuote(toks, c))
               && !(toks[c].Text is ";" or ":" || toks[c].Text is "." && !IsAbbreviationPeriod(toks, c)) && !(stopAtQuote && toks[c].Kind == TokenKind.Quote)) c--;
        return c;
    }

    /// <summary>
    /// The name opening the sentence before a chain of appositions that ends at the comma <paramref name="c"/>: up to two
    /// commas back, each segment after one opening in lower case or with "the", "a" or "an" ("Tom Lund, the editor of
    /// the weekly, the Harbour Times, ...").
    /// </summary>
    private static Phrase? ChainOpeningName(IReadOnlyList<Token> toks, int c)
    {
        for (var hop = 0; hop < 2; hop++)
        {
            var c2 = CommaBefore(toks, c, 15, stopAtQuote: true);
            if (c2 <= 0 || toks[c2].Text != "," || !toks[c2 + 1].IsWord) return null;
            var next = toks[c2 + 1].Text;
            // (A list is no chain: "Smith, the coach, and Jones, the captain, said" has two speakers.)
            if (!(char.IsLower(next[0]) || next is "The" or "A" or "An") || next is "and" or "but" or "or" or "nor") return null;
            // (A name of its own opening the sentence: not "Separately," or "Overall,".)
            if (EndingAt(toks, c2 - 1, false) is { Kind: PhraseKind.Name } name && name.First == 0
                && !(name.First == name.Last && (toks[name.First].Text.EndsWith("ly", StringComparison.Ordinal) || toks[name.First].Text is "Nevertheless" or "Nonetheless"
                    or "However" or "Overall" or "Meanwhile" or "Instead" or "Still" or "Also" or "Moreover" or "Furthermore" or "Indeed" or "Today" or "Yesterday"
                    or "Now" or "Then" or "Later" or "Earlier" or "Again" or "Otherwise" or "Yet" or "Thus" or "Hence" or "Therefore" or "Besides")))
                return name;
            c = c2;
        }
        return null;
    }

    /// <summary>Nouns for a document that speaks for whoever wrote it: "the report said", "a Nordstat poll found".</summary>
    internal static readonly FrozenSet<string> DocumentHeads =
        new[] { "report", "survey", "study", "poll", "research", "review", "analysis", "audit", "paper", "index" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The speaker phrase whose last token is <paramref name="j"/>.</summary>
    public static Phrase? EndingAt(IReadOnlyList<Token> toks, int j, bool allowApposition)
    {
        if (j < 0) return null;
        var t = toks[j];
        if (CueLexicon.Pronouns.Contains(t.Text)) return new Phrase(j, j, PhraseKind.Pronoun);
        if (Relatives.Contains(t.Text)) return new Phrase(j, j, PhraseKind.Relative);
        // "a Nordstat poll released on Friday found": the participle for a document's coming out (its time passed over
        // before) is no part of what speaks; the document is.
        if (j >= 2 && t.Text is "released" or "published" or "conducted" or "issued" or "compiled" or "unveiled" && DocumentHeads.Contains(toks[j - 1].Text))
            return EndingAt(toks, j - 1, allowApposition);
        // "the Harbour Trust report on the “State of Ferries 2004” said": a title after the document's noun and "on the"
        // or "of the" says what it is about; the document speaks.
        if (t.Kind == TokenKind.Quote && TitleAfterDocument(toks, j) is { } document) return EndingAt(toks, document, false);
        if (t.Kind == TokenKind.Quote && allowApposition && j >= 3 && toks[j - 1].Text == "," && toks[j - 1].End == t.Start)
        {
            // "Tom Berg, the sailor known as “Gull,” said": a comma inside the closing quote of a name given in the
            // apposition ends it (a short quote after a word of the phrase).
            if (NamingQuoteOpen(toks, j) > 0) return EndingAt(toks, j - 1, true);
            // "Tom Berg, who calls the plan a “disaster,” said": so does one closing a relative clause on the speaker.
            if (RelativeClauseOpening(toks, j - 1, quoteClosed: true) is { } described) return described;
        }
        if (t.Text == ")")
        {
            // "Sen. Ted Cruz (R-Texas) said": the bracket is an aside.
            var open = j - 1;
            while (open >= 0 && j - open < 10 && toks[open].Text != "(") open--;
            if (open <= 0 || toks[open].Text != "(") return null;
            return EndingAt(toks, open - 1, false);
        }
        if (Dashes.IsAny(t.Text) && allowApposition)
        {
            // "Mara Voss — a nurse from Akron — says": an apposition between dashes; the speaker is before it.
            // (It may quote a few words: "Tom Berg - who said he would “sink every” ferry - said ...".)
            var open = j - 1;
            var quotes = 0;
            while (open > 0 && j - open < 40 && toks[open].Text != t.Text && toks[open].Text is not ("." or ";" or ":"))
                if (toks[open--].Kind == TokenKind.Quote) quotes++;
            if (quotes % 2 == 1) return null;
            if (open <= 0 || toks[open].Text != t.Text || open == j - 1) return null;
            return EndingAt(toks, open - 1, false) is { Kind: PhraseKind.Name or PhraseKind.Nominal } dashed ? dashed : null;
        }
        if (t.Text == "," && allowApposition)
        {
            // "Xin Qiang, deputy director of the Center ..., told": the speaker is before the apposition.
            // Quoted titles inside the apposition ("co-author of “Going Viral,”") are passed over whole.
            var c = CommaBefore(toks, j, 40);
            // "Councillor Ana Ruiz (Green), said": a comma after a bracketed party or place, with no apposition
            // opened before it, is a stray; the speaker is the name before the bracket.
            if ((c <= 0 || toks[c].Text != ",") && j >= 3 && toks[j - 1].Text == ")") return EndingAt(toks, j - 1, false);
            if (c <= 0 || toks[c].Text != ",") return null;
            if (RelativeClauseOpening(toks, c) is { } relative) return relative;
            // (Not a clause with its own verb between the commas: what stands before the first one opens what was said.)
            if (ClauseBetween(toks, c, j)) return null;
            var inner = EndingAt(toks, c - 1, false);
            // "Lena Holt, 44, of Salem, Oregon, said": an age or a place ("of Salem", "Oregon" after it) is one
            // more apposition; the speaker is before it.
            for (var hop = 0; hop < 3 && IsAppositionSegment(toks, c, inner); hop++)
            {
                var c2 = CommaBefore(toks, c, 12);
                if (c2 <= 0 || toks[c2].Text != ",") break;
                c = c2;
                inner = EndingAt(toks, c - 1, false);
            }
            if (inner is not { } p || p.Kind is PhraseKind.Relative) return null;
            // "Tom Lund, the editor of the weekly, the Harbour Times, said": in a chain of appositions after a name that
            // opens the sentence, the name is the speaker; the others describe it.
            if (ChainOpeningName(toks, c) is { } opening) return opening;
            // "the presumptive nominee, Donald Trump, said": the name in the apposition names the speaker best.
            // So in "The chairman of Nordbank, Ana Ruiz, said", "Nordbank's chairman, Ana Ruiz, said", "The Harbour
            // Minister, Ana Ruiz, said": a name that ends a role's description, after "the", "of" or a possessive.
            if (EndingAt(toks, j - 1, false) is { Kind: PhraseKind.Name } named && named.First == c + 1
                && (p.Kind == PhraseKind.Nominal || p.Kind == PhraseKind.Name && DescribesRole(toks, p) && LooksLikePersonName(toks, named)))
                return named;
            return p;
        }
        // "26% say", "Six in 10 said": a share of people polled.
        if (t.Text is "%" && j > 0 && toks[j - 1].Kind == TokenKind.Number) return new Phrase(j - 1, j, PhraseKind.Nominal);
        // "most of them said", "some of us believe": part of a group named before.
        if (t.Text is "them" or "us" && j >= 2 && toks[j - 1].Text is "of" && (IsPronounLikeDeterminer(toks[j - 2].Text) || IsNumberWord(toks[j - 2].Text) || toks[j - 2].Text is "none" or "None"))
            return new Phrase(j - 2, j, PhraseKind.Nominal);
        // ("Two in three say", "four of five agreed": the numbers spelled out.)
        if ((t.Kind == TokenKind.Number || IsNumberWord(t.Text)) && j >= 2 && toks[j - 1].Text is "in" or "of" && (toks[j - 2].Kind == TokenKind.Number || toks[j - 2].IsWord))
            return new Phrase(j - 2, j, PhraseKind.Nominal);
        if (!t.IsWord && t.Kind != TokenKind.Number) return null;
        // "the two said", "big majorities in all four agree", "those over 70 say": a group counted, or bounded by an age.
        if ((t.Kind == TokenKind.Number || IsNumberWord(t.Text)) && j >= 1)
        {
            var d = toks[j - 1].Text;
            // "one of the two", "none of the three": the word before "of" heads the group (like "most of them").
            if (d is "the" or "The" && IsNumberWord(t.Text) && j >= 3 && toks[j - 2].Text is "of")
                return IsPronounLikeDeterminer(toks[j - 3].Text) || IsNumberWord(toks[j - 3].Text) || toks[j - 3].Text.ToLowerInvariant() is "none" or "neither" or "each" or "one"
                    ? new Phrase(j - 3, j, PhraseKind.Nominal) : null;
            if (IsCountedGroup(toks, j))
            {
                // "big majorities in all four": the group before "in" heads it.
                if (d is "all" && j >= 3 && toks[j - 2].Text is "in" && EndingAt(toks, j - 3, false) is { Kind: PhraseKind.Nominal } group)
                    return new Phrase(group.First, j, PhraseKind.Nominal);
                return new Phrase(j - 1, j, PhraseKind.Nominal);
            }
            if (d is "over" or "under" && t.Kind == TokenKind.Number && j >= 2)
            {
                if (toks[j - 2].Text is "those" or "Those") return new Phrase(j - 2, j, PhraseKind.Nominal);
                if (EndingAt(toks, j - 2, false) is { Kind: PhraseKind.Nominal or PhraseKind.Name } aged) return new Phrase(aged.First, j, PhraseKind.Nominal);
            }
        }
        // "the United States said": a capitalised word after another ends a name, whatever it means in lower case.
        var inName = char.IsUpper(t.Text[0]) && j > 0 && toks[j - 1].IsWord && char.IsUpper(toks[j - 1].Text[0]) && toks[j - 1].Text.Length > 1;
        if ((char.IsUpper(t.Text[0]) ? FunctionOpener(toks, j) : IsBoundary(t.Text)) || CueLexicon.Prior(t.Text) >= 0.5 && !inName && !IsTellingNoun(t.Text) || IsDeterminer(t.Text) && !IsPronounLikeDeterminer(t.Text)) return null;
        var start = j;
        while (start - 1 >= 0 && j - start < 10)
        {
            var p = toks[start - 1];
            if (p.Text is "'s" or "\u2019s" && start - 2 >= 0 || IsPluralPossessive(toks, start - 1)) { start--; continue; }
            // "Karen “Kay” Lund said": a nickname in quotes between a first name and a surname is part of the name.
            if (p.Kind == TokenKind.Quote && IsNickname(toks, start - 2)) { start -= 4; continue; }
            if (p.Text is "." && p.Start == toks[start].Start) break;
            if (p.Text is "-" or "&" && start - 2 >= 0 && toks[start - 2].IsWord) { start--; continue; }
            // "40% of voters", "roughly 30% to 35% of pass holders", "the 2.5% drop in crossings": a share or a
            // percentage is part of the phrase.
            if (p.Text is "%" && start - 2 >= 0 && toks[start - 2].Kind == TokenKind.Number)
            {
                start -= 2;
                if (start - 3 >= 0 && toks[start - 1].Text is "to" or "-" && toks[start - 2].Text is "%" && toks[start - 3].Kind == TokenKind.Number) start -= 3;
                while (start - 1 >= 0 && toks[start - 1].Text.ToLowerInvariant() is "about" or "some" or "nearly" or "almost" or "around" or "roughly"
                           or "just" or "only" or "over" or "under" or "than" or "more" or "less" or "fewer" or "least"
                       && !(toks[start - 1].Text.ToLowerInvariant() is "least" && !(start - 2 >= 0 && toks[start - 2].Text.ToLowerInvariant() is "at")))
                    start -= toks[start - 1].Text.ToLowerInvariant() is "least" ? 2 : 1;
                // The share opens its phrase, with at most an article before it ("The 2.5% drop"): not "The poll found
                // 40% of voters", "By March 60% of members" (and a spaced dash before it ends it too).
                if (start - 1 >= 0 && IsDeterminer(toks[start - 1].Text)) start--;
                break;
            }
            if (!p.IsWord && p.Kind != TokenKind.Number) break;
            var lower = p.Text.ToLowerInvariant();
            // "Oxfam and the Red Cross said": a name joined to a named one with "the" stays one phrase.
            if (lower is "the" && char.IsUpper(toks[j].Text[0]) && char.IsUpper(toks[start].Text[0]) && start - 3 >= 0 && toks[start - 2].Text == "and"
                && toks[start - 3].IsWord && char.IsUpper(toks[start - 3].Text[0]) && !FunctionOpener(toks, start - 3)) { start -= 2; continue; }
            if (IsDeterminer(lower))
            {
                start--;
                // "Ola Brandt and his business partner Tom Berg said": a name joined by "and" to the owner's partner is one
                // phrase of two speakers.
                if (lower is "his" or "her" or "their" && start - 2 >= 0 && toks[start - 1].Text is "and" && toks[start - 2].IsWord && char.IsUpper(toks[start - 2].Text[0])
                    && !FunctionOpener(toks, start - 2)) { start -= 2; continue; }
                // "Critics of the strike say", "Opponents of the Harbour Board said": those outside a body or cause named
                // after "of" are the phrase's head; the phrase goes on back to them.
                if (start - 2 >= 0 && toks[start - 1].Text is "of" && IsOutsiderHead(toks[start - 2].Text)) { start -= 2; continue; }
                // "those polled for the Tromsdal Times said": the people asked, not the paper that asked them.
                if (start - 2 >= 0 && toks[start - 1].Text is "for" or "by" && IsPolled(toks[start - 2].Text)) { start -= 2; continue; }
                // "Firms using the port say": a participle after a plural head noun describes it.
                if (start - 2 >= 0 && DescribesPluralHead(toks, start - 1)) { start -= 1; continue; }
                break;
            }
            // "Trump and Pence said", "the director of the FBI said": joined names and "of" phrases stay one phrase.
            if (lower is "of" && start - 2 >= 0 && (toks[start - 2].IsWord && !IsBoundary(toks[start - 2].Text)
                                                     || toks[start - 2].Text is "%" && start - 3 >= 0 && toks[start - 3].Kind == TokenKind.Number)) { start--; continue; }
            if (lower is "and" && char.IsUpper(toks[start].Text[0]) && start - 2 >= 0 && char.IsUpper(toks[start - 2].Text[0])) { start--; continue; }
            // "Tom Beck and finance chief Ana Ruiz said": a name after its role joined to a name before is a second speaker.
            // (The name before "and" is a person's of two words or more, not after a preposition: "a knee injury at Newcastle
            // and manager Tom Beck said" is Beck's alone.)
            if (lower is "and" && start - 3 >= 0 && char.IsUpper(toks[start - 2].Text[0]) && char.IsUpper(toks[start - 3].Text[0])
                && RoleThenName(toks, start, j) && !AfterPreposition(toks, start - 2)) { start--; continue; }
            if ((char.IsUpper(p.Text[0]) ? FunctionOpener(toks, start - 1) : IsBoundary(p.Text)) || CueLexicon.Prior(lower) >= 0.5 && char.IsLower(p.Text[0])) break;
            if (FunctionOpener(toks, start - 1)) break;
            start--;
        }
        var share = false;
        // "Most of the skippers said", "half of the crews claim", "a majority of the islanders believe": the share of the
        // group is part of the phrase (without it, the whole group would be said to speak).
        if (start >= 2 && toks[start].Text.ToLowerInvariant() is "the" or "these" or "those" or "its" or "their" or "his" or "her" && toks[start - 1].Text is "of"
            && toks[start - 2].Text.ToLowerInvariant() is "half" or "most" or "some" or "many" or "all" or "none" or "few" or "several" or "majority" or "minority"
                or "third" or "thirds" or "two-thirds" or "quarter" or "quarters" or "three-quarters" or "dozens" or "hundreds" or "thousands" or "each" or "either"
                or "neither" or "both" or "one" or "any" or "much" or "rest")
        {
            share = true;
            start -= 2;
            // "Two thirds of", "three quarters of", "2 dozens of": the count before the share.
            if (start >= 1 && toks[start].Text.ToLowerInvariant() is "thirds" or "quarters" or "dozens" or "hundreds" or "thousands"
                && (IsNumberWord(toks[start - 1].Text) || toks[start - 1].Kind == TokenKind.Number)) start--;
            if (start >= 1 && toks[start - 1].Text.ToLowerInvariant() is "a" or "the") start--;
            if (start >= 1 && toks[start - 1].Text.ToLowerInvariant() is "nearly" or "almost" or "about" or "roughly" or "around" or "just" or "only" or "over" or "some") start--;
            if (start >= 2 && toks[start - 1].Text.ToLowerInvariant() is "than" && toks[start - 2].Text.ToLowerInvariant() is "more" or "less" or "fewer") start -= 2;
        }
        // Trim a leading capitalised function word the loop may have kept at the sentence start.
        // (Not "About" before a share: "About 30% of members".)
        while (!share && start < j && FunctionOpener(toks, start) && !(toks[start].Text is "About" or "Over" or "Under" or "Nearly" or "Almost" or "Around" && toks[start + 1].Kind == TokenKind.Number)) start++;
        var head = toks[j];
        if (FunctionOpener(toks, j) || head.Kind == TokenKind.Number) return null;
        var kind = char.IsUpper(head.Text[0]) || head.Kind == TokenKind.Number && start < j && char.IsUpper(toks[start].Text[0])
            ? PhraseKind.Name : PhraseKind.Nominal;
        return new Phrase(start, j, kind);
    }

    /// <summary>Whether the capitalised words ending at <paramref name="last"/> follow a preposition ("money to the Red Cross").</summary>
    private static bool AfterPreposition(IReadOnlyList<Token> toks, int last)
    {
        var k = last;
        while (k >= 0 && toks[k].IsWord && char.IsUpper(toks[k].Text[0])) k--;
        if (k >= 1 && toks[k].Text is "the") k--;
        return k >= 0 && toks[k].IsWord && IsBoundary(toks[k].Text) && char.IsLower(toks[k].Text[0]);
    }

    /// <summary>
    /// From <paramref name="start"/>: one to three words in lower case ending on a role or a noun for a person ("finance
    /// chief", "chief operating officer", "spokesman"), then the capitalised name that ends the phrase at <paramref name="end"/>.
    /// </summary>
    private static bool RoleThenName(IReadOnlyList<Token> toks, int start, int end)
    {
        var k = start;
        while (k < end && k - start < 3 && toks[k].IsWord && char.IsLower(toks[k].Text[0]) && !IsBoundary(toks[k].Text) && !IsDeterminer(toks[k].Text)) k++;
        if (k == start || k > end || !Resolution.ResolvedEntities.IsPersonNoun(toks[k - 1].Text)) return false;
        for (var n = k; n <= end; n++)
            if (!(toks[n].IsWord && char.IsUpper(toks[n].Text[0]))) return false;
        return true;
    }

    /// <summary>
    /// The opening mark of a quote of a few words closed at <paramref name="close"/> that names something inside a
    /// phrase ("known as “Gull,”", "host of the show “Harbour Watch,”"): a word stands right before it. -1 otherwise.
    /// </summary>
    private static int NamingQuoteOpen(IReadOnlyList<Token> toks, int close)
    {
        for (var o = close - 2; o >= 1 && close - o <= 8; o--)
        {
            if (toks[o].Kind != TokenKind.Quote) continue;
            // (Not an object's own words: "carrying his “Harbour flag,” eager to ..."; nor a predicate's: "has been
            // “very upset,” said ...".)
            return toks[o - 1].IsWord && !CueLexicon.Speech.Contains(toks[o - 1].Text) && !IsDeterminer(toks[o - 1].Text)
                && toks[o - 1].Text.ToLowerInvariant() is not ("his" or "her" or "their" or "its" or "my" or "our" or "your"
                    or "be" or "been" or "being" or "is" or "was" or "were" or "are" or "am" or "has" or "have" or "had" or "seems" or "seemed"
                    or "looks" or "looked" or "felt" or "feels" or "became" or "become" or "remain" or "remains" or "remained") ? o : -1;
        }
        return -1;
    }

    /// <summary>
    /// The index of the document noun before a quoted title that closes at <paramref name="close"/>: "report on the
    /// “State of Ferries 2004”", "study of the “Harbour Index”" (capitalised words, numbers and short function words only,
    /// at most eight tokens); null otherwise.
    /// </summary>
    private static int? TitleAfterDocument(IReadOnlyList<Token> toks, int close)
    {
        for (var o = close - 1; o >= 3 && close - o <= 9; o--)
        {
            if (toks[o].Kind != TokenKind.Quote) continue;
            if (o == close - 1 || toks[o - 1].Text is not ("the" or "a") || toks[o - 2].Text is not ("on" or "of" or "into") || !DocumentHeads.Contains(toks[o - 3].Text)) return null;
            for (var w = o + 1; w < close; w++)
                if (toks[w].IsWord && !char.IsUpper(toks[w].Text[0]) && toks[w].Text is not ("of" or "the" or "and" or "in" or "for" or "on" or "to")) return null;
            return o - 3;
        }
        return null;
    }

    /// <summary>One capitalised word in quotes at <paramref name="w"/> between a first name and a surname: "Karen “Kay” Lund".</summary>
    internal static bool IsNickname(IReadOnlyList<Token> toks, int w) =>
        w >= 2 && w + 2 < toks.Count && toks[w - 1].Kind == TokenKind.Quote && toks[w + 1].Kind == TokenKind.Quote
        && toks[w].IsWord && char.IsUpper(toks[w].Text[0]) && toks[w - 2].IsWord && char.IsUpper(toks[w - 2].Text[0]) && !FunctionOpener(toks, w - 2)
        && toks[w + 2].IsWord && char.IsUpper(toks[w + 2].Text[0]);

    /// <summary>"the two", "all five" ending at <paramref name="j"/>: a number word that stands for the people counted.</summary>
    internal static bool IsCountedGroup(IReadOnlyList<Token> toks, int j) =>
        j >= 1 && toks[j - 1].Text is "the" or "The" or "all" or "All" && IsNumberWord(toks[j].Text);

    internal static bool IsNumberWord(string word) => word.ToLowerInvariant() is "two" or "three" or "four" or "five" or "six" or "seven"
        or "eight" or "nine" or "ten";

    /// <summary>
    /// A period that shortens a state or party label inside an apposition ("of Dayton, Tenn.,", "R-Ore.,"): glued to a
    /// short capitalised word and followed by a comma, it ends no sentence.
    /// </summary>
    private static bool IsAbbreviationPeriod(IReadOnlyList<Token> toks, int c) =>
        c > 0 && c + 1 < toks.Count && toks[c + 1].Text is "," && toks[c - 1].IsWord && toks[c - 1].End == toks[c].Start
        && char.IsUpper(toks[c - 1].Text[0]) && toks[c - 1].Text.Split('-')[^1].Length <= 5;

    /// <summary>
    /// "Ana Ruiz, whose firm, Nordlys, builds ferries, said": a relative clause that holds commas of its own,
    /// opened before the comma at <paramref name="c"/>; the phrase it describes, before its "who", "whose" or "which".
    /// With <paramref name="quoteClosed"/> the comma stands inside a quote closing the clause ("who calls the plan a
    /// “disaster,”"), whose opening mark is passed over.
    /// </summary>
    private static Phrase? RelativeClauseOpening(IReadOnlyList<Token> toks, int c, bool quoteClosed = false)
    {
        for (var r = c - 1; r > 0 && c - r < 30; r--)
        {
            var t = toks[r];
            if (t.Kind == TokenKind.Quote && quoteClosed)
            {
                quoteClosed = false;
                continue;
            }
            if (t.Text is "." or ";" or ":" || t.Kind == TokenKind.Quote) return null;
            if (t.Text is not ("who" or "whose" or "which") || toks[r - 1].Text is not ",") continue;
            return EndingAt(toks, r - 2, false) is { Kind: PhraseKind.Name or PhraseKind.Nominal } p ? p : null;
        }
        return null;
    }

    /// <summary>
    /// Whether a capitalised phrase can name the one holding a role: two to five capitalised words (a title such as
    /// "Lord" among them) with no "the", "of" or "and", or an acronym ("Ana Ruiz", "Sir Tom Berg", "UNAIDS"; not "Norway",
    /// "the Lord Chief Justice", "of Torfaen", "France and Spain").
    /// </summary>
    private static bool LooksLikePersonName(IReadOnlyList<Token> toks, Phrase named)
    {
        if (named.Last - named.First > 4) return false;
        // One word is more often a place than a person here ("The mayor of Bergen, Norway, said"), unless it is an acronym
        // of three letters or more, which names a body ("The UN programme on Aids, UNAIDS, said").
        if (named.Last == named.First)
            return toks[named.First].Text.Length >= 3 && toks[named.First].Text.All(char.IsUpper) && Gazetteers.Gazetteer.Default.CountryByName(toks[named.First].Text) is null;
        for (var k = named.First; k <= named.Last; k++)
            if (!toks[k].IsWord && toks[k].Text is not "." || toks[k].IsWord && !char.IsUpper(toks[k].Text[0])) return false;
        return true;
    }

    /// <summary>
    /// Whether a capitalised phrase describes a role rather than naming its holder: it opens with "the" or a possessive
    /// determiner ("The Harbour Minister"), holds a possessive ("Nordbank's Chairman") or "of" after a role in lower
    /// case, or is itself the object of such an "of" ("chairman of the Harbour Board").
    /// </summary>
    private static bool DescribesRole(IReadOnlyList<Token> toks, Phrase p)
    {
        // (A role word must be there: a title, or a word in lower case such as "chairman"; "the UK" is no role.)
        var role = false;
        for (var k = Math.Max(0, p.First - 5); k <= p.Last && !role; k++)
            role = toks[k].IsWord && (Gazetteers.Gazetteer.Default.IsTitle(toks[k].Text)
                || char.IsLower(toks[k].Text[0]) && toks[k].Text is not ("of" or "the" or "for" or "and" or "to" or "a" or "an" or "in" or "at" or "on"));
        if (!role) return false;
        if (IsDeterminer(toks[p.First].Text) && toks[p.First].Text.ToLowerInvariant() is "the" or "its" or "his" or "her" or "their") return true;
        // "Westhaven Finance Minister, Ana Ruiz, said": a phrase that ends in a title is the role, whoever holds it.
        if (p.Last > p.First && (Gazetteers.Gazetteer.Default.IsTitle(toks[p.Last].Text)
                || Gazetteers.Gazetteer.Default.IsTitle(toks[p.Last - 1].Text + " " + toks[p.Last].Text))) return true;
        for (var k = Math.Max(1, p.First - 1); k <= p.Last; k++)
            if (toks[k].Text is "'s" or "\u2019s" || toks[k].Text is "of" && RoleBeforeOf(k)) return true;
        return false;
        // "chairman of", "head of the": a role in lower case before "of" (not "Ana Ruiz of Salem, Oregon").
        bool RoleBeforeOf(int of) => toks[of - 1].IsWord && char.IsLower(toks[of - 1].Text[0])
            || of >= 2 && toks[of - 1].Text is "the" && toks[of - 2].IsWord && char.IsLower(toks[of - 2].Text[0]);
    }

    /// <summary>
    /// The segment before the comma at <paramref name="c"/> is an apposition that cannot be the speaker: an age
    /// ("44"), a place of origin ("of Salem"), or a state after a place ("Salem, Oregon").
    /// </summary>
    private static bool IsAppositionSegment(IReadOnlyList<Token> toks, int c, Phrase? inner)
    {
        if (c < 2) return false;
        if (toks[c - 1].Kind == TokenKind.Number && toks[c - 2].Text is ",") return true;
        if (inner is { } p && toks[p.First].Text is "of" or "from") return true;
        // "Ann Lee, who runs the port in Bergen, Norway, said" / "Ann Lee, facing a recall in Bergen, Norway, said":
        // a relative clause or a participle opens the segment.
        var open = c - 1;
        while (open > 0 && c - open < 25 && toks[open].Text is not ("," or "." or ";" or ":") && toks[open].Kind != TokenKind.Quote) open--;
        if (open > 0 && toks[open].Text is "," && open + 1 < c)
        {
            var w = toks[open + 1].Text;
            if (w is "who" or "which" or "whose" || char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) return true;
        }
        // A single capitalised word after "of X," is the state or country of that place.
        if (inner is { } s && s.First == s.Last && s.First == c - 1 && s.First >= 2 && toks[s.First - 1].Text is ","
            && EndingAt(toks, s.First - 2, false) is { } place && toks[place.First].Text is "of" or "from") return true;
        return false;
    }

    /// <summary>"Sanders' campaign": an apostrophe glued to a word ending in s, not one of the two of a <c>''</c> mark.</summary>
    internal static bool IsPluralPossessive(IReadOnlyList<Token> toks, int i) =>
        i >= 1 && i + 1 < toks.Count && toks[i].Text is "'" or "\u2019" && toks[i - 1].IsWord && toks[i - 1].End == toks[i].Start
        && toks[i - 1].Text.EndsWith('s') && toks[i + 1].Kind != TokenKind.Quote && toks[i + 1].Start > toks[i].End;

    /// <summary>
    /// Whether the last double quotation mark before <paramref name="index"/> opens a quote. A sentence may start
    /// inside a quote (the splitter cuts at "?" within quotes), so marks are told apart by what they are glued
    /// to rather than counted: a mark right after a token closes, one with a space before it opens.
    /// </summary>
    private static bool InsideDoubleQuote(IReadOnlyList<Token> toks, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (toks[i].Kind != TokenKind.Quote || toks[i].Text[0] is not ('"' or '\u201C' or '\u201D')) continue;
            if (toks[i].Text[0] == '\u201C') return true;
            if (toks[i].Text[0] == '\u201D') return false;
            return i == 0 || toks[i - 1].End < toks[i].Start;
        }
        return false;
    }

    /// <summary>
    /// One to three lower-case words from <paramref name="k"/> (no verb, cue or function word) and then a capitalised
    /// word that is not a day: a title before a name ("deputy leader Ana Ruiz").
    /// </summary>
    /// <summary>
    /// Verbs in the past that do not end in "-ed": after a name they are its verb, not a title ("Ana Ruiz left the
    /// board"), and after a quote and "and" they start a second predicate ("... “a sham” and made a pledge").
    /// </summary>
    private static readonly FrozenSet<string> IrregularPast = new[]
    {
        "left", "quit", "met", "won", "lost", "led", "held", "took", "gave", "made", "kept", "sent", "spent", "brought", "stood",
        "ran", "set", "put", "beat", "hit", "cut", "sold", "bought", "built", "became", "came", "went", "saw", "got", "found",
        "paid", "sat", "fought", "sought", "taught", "caught", "struck", "drew", "threw", "rode", "wrote", "spoke", "chose", "broke",
        "cast", "began",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static bool IsIrregularPast(string word) => IrregularPast.Contains(word);

    /// <summary>Auxiliaries and past-tense forms: words that can only be a clause's verb after its subject.</summary>
    internal static bool IsFiniteVerb(string w) => w is "is" or "was" or "were" or "are" or "has" or "have" or "had" or "will" or "would"
        or "could" or "should" or "can" or "may" or "might" or "must" or "does" or "did" or "remains" or "remained"
        || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal);

    private static bool TitleBeforeName(IReadOnlyList<Token> toks, int k)
    {
        var m = k;
        while (m < toks.Count && m - k < 3 && toks[m].IsWord && char.IsLower(toks[m].Text[0]) && !IsBoundary(toks[m].Text) && CueLexicon.Prior(toks[m].Text) < 0.5
               && (m == k || !toks[m].Text.EndsWith("ed", StringComparison.Ordinal)) && !IsAdverbial(toks[m])
               // "The ad hits Ruiz": a verb in "-s" is not a title.
               && !(toks[m].Text.EndsWith('s') && !toks[m].Text.EndsWith("ss", StringComparison.Ordinal)) && !toks[m].Text.EndsWith("ing", StringComparison.Ordinal)
               // "Ana Ruiz left the Harbour Board", "Ana Ruiz joined the board": a verb in the past and its object, not a
               // title ("campaign group the Harbour Alliance" is one).
               && !IrregularPast.Contains(toks[m].Text)
               && !(IsDeterminer(toks[m].Text) && m > k && toks[m - 1].Text.EndsWith("ed", StringComparison.Ordinal))) m++;
        return m > k && m < toks.Count && toks[m].IsWord && char.IsUpper(toks[m].Text[0]) && !IsTimeWord(toks[m].Text) && !IsBoundary(toks[m].Text);
    }

    /// <summary>"many say", "some argue", "both agreed": determiners that stand for people on their own.</summary>
    private static bool IsPronounLikeDeterminer(string word) => word.ToLowerInvariant() is "many" or "some" or "both" or "most" or "few" or "several" or "others" or "all" or "another" or "one";

    /// <summary>The speaker phrase starting at <paramref name="k"/> after an inverted cue: "said the spokesman", "says Trump".</summary>
    public static Phrase? After(IReadOnlyList<Token> toks, int k, bool subject = false)
    {
        if (k >= toks.Count) return null;
        var t = toks[k];
        if (CueLexicon.Pronouns.Contains(t.Text)) return new Phrase(k, k, PhraseKind.Pronoun);
        var end = k;
        if (IsDeterminer(t.Text)) end++;
        var last = -1;
        while (end < toks.Count && end - k < 12)
        {
            var x = toks[end];
            if (x.Text is "'s" or "\u2019s" || x.Text is "-" or "&" or "." && last >= 0) { end++; continue; }
            if (!x.IsWord && x.Kind != TokenKind.Number) break;
            var lower = x.Text.ToLowerInvariant();
            if (lower is "of" && last >= 0 && end + 1 < toks.Count && toks[end + 1].IsWord && !IsBoundary(toks[end + 1].Text) || lower is "of" && end + 2 < toks.Count && toks[end + 1].Text is "the")
            {
                end++;
                if (toks[end].Text is "the") end++;
                continue;
            }
            if (lower is "and" && last >= 0 && char.IsUpper(toks[last].Text[0]) && end + 1 < toks.Count && char.IsUpper(toks[end + 1].Text[0])) { end++; continue; }
            if (IsBoundary(x.Text) || CueLexicon.Prior(lower) >= 0.5 && char.IsLower(x.Text[0])) break;
            // A sentence's subject ends at its verb: "The town issued a statement" is "The town".
            if (subject && last >= 0 && char.IsLower(x.Text[0]) && lower.EndsWith("ed", StringComparison.Ordinal) && !IsDeterminer(toks[end - 1].Text)) break;
            // A name does not go on in lower case: "Mr. Putin likes ..." ends at "Putin".
            // (A title between names goes on: "Trump spokeswoman Hope Hicks", "Green party deputy leader Ana Ruiz".)
            if (last >= 0 && char.IsUpper(toks[last].Text[0]) && char.IsLower(x.Text[0]) && toks[last].Text is not ("'s" or "\u2019s")
                && !TitleBeforeName(toks, end)) break;
            last = end;
            end++;
        }
        if (last < 0) return null;
        // "said Nordbank spokeswoman, Karen Lund.", "said the bank's chief executive, Ana Ruiz.": the name set off after
        // a role's comma is part of the phrase.
        if (RoleNamedAfter(toks, last) is { } named) return new Phrase(k, named, PhraseKind.Nominal);
        var kind = char.IsUpper(toks[last].Text[0]) ? PhraseKind.Name : PhraseKind.Nominal;
        return new Phrase(k, last, kind);
    }

    /// <summary>
    /// After a role's noun at <paramref name="last"/> (a spokesperson, "chief executive", "deputy"), the last token of a
    /// name of two to four capitalised words set off by a comma, when the name ends its clause (a comma, a full stop or
    /// the sentence's end follows).
    /// </summary>
    internal static int? RoleNamedAfter(IReadOnlyList<Token> toks, int last)
    {
        var comma = last + 1;
        if (!Resolution.ResolvedEntities.IsPersonNoun(toks[last].Text) || comma >= toks.Count || toks[comma].Text is not ",") return null;
        var j = comma + 1;
        while (j < toks.Count && j - comma <= 4 && toks[j].IsWord && char.IsUpper(toks[j].Text[0]) && !IsBoundary(toks[j].Text)) j++;
        return j - comma - 1 >= 2 && (j == toks.Count || toks[j].Text is "," or ".") ? j - 1 : null;
    }
}
