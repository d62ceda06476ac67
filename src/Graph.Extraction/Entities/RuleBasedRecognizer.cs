using System.Collections.Frozen;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

/// <summary>
/// Names from the gazetteers (countries, cities, well-known institutions) and from runs of capitalised words
/// typed by what they contain ("University", "Ministry" make an institution; a title before them or a plain
/// two- or three-word run makes a person). The fallback when no trained model is loaded, and the source of
/// gazetteer facts the model's spans are checked against.
/// </summary>
public sealed class RuleBasedRecognizer(Gazetteer gazetteer, bool gazetteerOnly = false) : IEntityRecognizer
{
    public const string Name = "rules";

    internal static readonly FrozenSet<string> InstitutionWords = new[]
    {
        "University", "College", "Institute", "Center", "Centre", "School", "Academy", "Ministry", "Department",
        "Agency", "Bureau", "Office", "Council", "Committee", "Commission", "Party", "Bank", "Company", "Corporation",
        "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "plc", "Plc", "Group", "Association", "Federation", "Union",
        "Organization", "Organisation", "Foundation", "Fund", "Court", "Parliament", "Assembly", "Congress", "Senate",
        "Police", "Army", "Navy", "Forces", "Force", "Service", "Services", "Authority", "Board", "Times", "Post",
        "News", "Journal", "Herald", "Telegraph", "Guardian", "Press", "Network", "Broadcasting", "Airlines", "Club",
        "United", "Society", "Institution", "Secretariat", "Cabinet", "Government", "Administration", "Embassy",
        "Consulate", "Mission", "Alliance", "Coalition", "Movement", "Front", "League", "Trust", "Exchange",
        "Holdings", "Technologies", "Systems", "Motors", "Pharmaceuticals", "Labs", "Laboratory", "Hospital",
        "Museum", "Library", "Tribunal", "Treasury", "Reserve", "Directorate", "Division", "Unit", "Commerce",
        "Observer", "Ledger", "Tribune", "Chronicle", "Gazette", "Daily", "Review", "Monitor", "Courier", "Agency",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Particles inside personal names: "Piet de Vries", "Ursula von der Leyen", "Abdullah bin Zayed".</summary>
    private static readonly FrozenSet<string> NameParticles = new[]
    {
        "de", "van", "von", "der", "den", "da", "di", "du", "dos", "das", "del", "bin", "ibn", "al", "el", "la", "le", "ter",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Connectors = new[]
    {
        "of", "for", "and", "on", "the", "de", "du", "del", "der", "van", "von", "la", "le", "al", "bin", "&",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that are not names on their own.</summary>
    internal static readonly FrozenSet<string> NotNames = new[]
    {
        "The", "A", "An", "In", "On", "At", "As", "If", "But", "And", "Or", "So", "It", "He", "She", "They", "We", "I",
        "You", "This", "That", "These", "Those", "There", "Their", "His", "Her", "Its", "Our", "My", "Your", "When",
        "While", "After", "Before", "Since", "During", "However", "Meanwhile", "According", "For", "From", "With",
        "By", "To", "Of", "Not", "No", "Yes", "What", "Who", "Why", "How", "Where", "Which", "Besides", "Against",
        "Although", "Though", "Because", "Also", "Even", "Still", "Yet", "Now", "Then", "Here", "Some", "Many",
        "Most", "All", "Both", "Each", "Every", "Such", "Other", "Another", "Last", "Next", "First", "Second",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "AI", "Mr", "Mrs",
        "Ms", "Dr", "Photo", "Image", "Read", "More", "Click", "Share", "Follow", "Related", "Undoubtedly",
        "Currently", "Recently", "Today", "Yesterday", "Tomorrow", "Government", "President", "Minister",
        "Prime", "Chancellor", "Secretary", "Chairman", "Director", "Deputy", "Mayor", "Governor", "Senator",
        "King", "Queen", "Prince", "Pope", "General", "Professor", "Chief", "Internet", "Web", "Christmas",
        "Easter", "Olympics", "Mrs.", "Mr.", "Ms.", "Dr.", "Prof.", "Sir", "Lord", "Lady",
    }.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<EntityCandidate> Recognize(AnalyzedText text)
    {
        var found = new List<EntityCandidate>();
        // Words of people's names found so far: "Brandt" alone, later, is the same person.
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in text.Sentences)
        {
            var before = found.Count;
            RecognizeSentence(text.Text, sentence.Tokens, found, personWords);
            for (var i = before; i < found.Count; i++)
                if (found[i].Label == NerLabels.Person)
                    foreach (var w in text.Text[found[i].Start..found[i].End].Split(' ')) personWords.Add(w);
        }
        return found;
    }

    private void RecognizeSentence(string text, IReadOnlyList<Token> tokens, List<EntityCandidate> found, HashSet<string> personWords)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (MatchGazetteer(text, tokens, i) is { } hit && !RunOutgrows(tokens, i, hit.Next) && !CityIsFirstName(tokens, i, hit))
            {
                found.Add(hit.Candidate);
                i = hit.Next;
                continue;
            }
            // Beside the trained model only the gazetteer's names are wanted: the model reads capitalised runs better.
            if (!gazetteerOnly && IsNameWord(tokens[i]) && !(NotNames.Contains(tokens[i].Text)))
            {
                var j = i + 1;
                while (j < tokens.Count)
                {
                    if (IsNameWord(tokens[j]) && !IsDayOrMonth(tokens[j].Text)) { j++; continue; }
                    if (Connectors.Contains(tokens[j].Text) && j + 1 < tokens.Count && IsNameWord(tokens[j + 1])
                        && InstitutionLike(tokens, i, j)) { j++; continue; }
                    if (NameParticles.Contains(tokens[j].Text) && j + 1 < tokens.Count && IsNameWord(tokens[j + 1])
                        && !InstitutionLike(tokens, i, j)) { j++; continue; }
                    break;
                }
                // "Egyptian President Omar Farouk": the demonym and the title are not part of the name.
                var k = i;
                if (j - k > 1 && (gazetteer.CountryByDemonym(tokens[k].Text) is not null || gazetteer.CountryByName(tokens[k].Text) is not null)
                    && !ContainsInstitutionWord(tokens, k, j))
                {
                    found.Add(new EntityCandidate(tokens[k].Start, tokens[k].End, gazetteer.CountryByName(tokens[k].Text) is not null ? NerLabels.Location : NerLabels.Misc, 0.9, Name));
                    k++;
                }
                var titleEnd = k;
                while (titleEnd < j - 1 && gazetteer.IsTitle(tokens[titleEnd].Text)) titleEnd++;
                if (titleEnd > k && !ContainsInstitutionWord(tokens, titleEnd, j))
                {
                    if (j - titleEnd <= 3) found.Add(new EntityCandidate(tokens[titleEnd].Start, tokens[j - 1].End, NerLabels.Person, 0.7, Name));
                }
                else if (j - k == 1 && personWords.Contains(tokens[k].Text))
                    found.Add(new EntityCandidate(tokens[k].Start, tokens[k].End, NerLabels.Person, 0.6, Name));
                else if (k < j && Classify(tokens, k, j) is { } label)
                    found.Add(new EntityCandidate(tokens[k].Start, tokens[j - 1].End, label, 0.6, Name));
                i = j;
                continue;
            }
            i++;
        }
    }

    private (EntityCandidate Candidate, int Next)? MatchGazetteer(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].IsWord || !char.IsUpper(tokens[i].Text[0]) && tokens[i].Text != "the") return null;
        var max = Math.Min(tokens.Count, i + gazetteer.MaxNameTokens);
        for (var j = max; j > i; j--)
        {
            // "The" opens a phrase as "the" (see Phrase); no name starts with any other word: no phrase to build.
            var span = text.AsSpan(tokens[i].Start, tokens[j - 1].End - tokens[i].Start);
            if (!gazetteer.MayStartName(span.StartsWith("The ", StringComparison.Ordinal) ? "the" : span)) continue;
            var phrase = Phrase(text, tokens, i, j);
            if (phrase is null) continue;
            string? label = null;
            if (gazetteer.CountryByName(phrase) is not null || gazetteer.CityByName(phrase) is not null) label = NerLabels.Location;
            else if (gazetteer.InstitutionByName(phrase) is not null) label = NerLabels.Organisation;
            if (label is null) continue;
            // A longer capitalised run ("Bank of England" vs "England") wins over a shorter gazetteer hit.
            var start = tokens[i].Text is "the" or "The" ? tokens[i + 1 < j ? i + 1 : i].Start : tokens[i].Start;
            return (new EntityCandidate(start, tokens[j - 1].End, label, 0.9, Name), j);
        }
        return null;
    }

    private static string? Phrase(string text, IReadOnlyList<Token> tokens, int i, int j)
    {
        for (var k = i + 1; k < j; k++)
            if (tokens[k].Start - tokens[k - 1].End > 1 || text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).ContainsAny('\n', '\t')) return null;
        var phrase = text.Substring(tokens[i].Start, tokens[j - 1].End - tokens[i].Start);
        return phrase.StartsWith("The ", StringComparison.Ordinal) ? "the " + phrase[4..] : phrase;
    }

    /// <summary>A capitalised run that goes on past a gazetteer name into an institution ("Addis Ababa University") is the name.</summary>
    private static bool RunOutgrows(IReadOnlyList<Token> tokens, int start, int gazetteerEnd)
    {
        var j = start;
        while (j < tokens.Count && (IsNameWord(tokens[j]) || Connectors.Contains(tokens[j].Text) && j + 1 < tokens.Count && IsNameWord(tokens[j + 1]) && j > start)) j++;
        return j > gazetteerEnd && ContainsInstitutionWord(tokens, gazetteerEnd, j);
    }

    /// <summary>"Sofia Lind said": a one-word city followed by a surname-like word is a first name, unless a preposition puts it in place.</summary>
    private bool CityIsFirstName(IReadOnlyList<Token> tokens, int i, (EntityCandidate Candidate, int Next) hit)
    {
        if (hit.Next != i + 1 || hit.Candidate.Label != NerLabels.Location || gazetteer.CityByName(tokens[i].Text) is null) return false;
        if (hit.Next >= tokens.Count || !IsNameWord(tokens[hit.Next]) || NotNames.Contains(tokens[hit.Next].Text)) return false;
        var word = tokens[hit.Next].Text;
        if (gazetteer.CountryByName(word) is not null || gazetteer.CityByName(word) is not null || gazetteer.InstitutionByName(word) is not null || InstitutionWords.Contains(word)) return false;
        var after = hit.Next + 1;
        if (after < tokens.Count && IsNameWord(tokens[after])) return false;
        return i == 0 || tokens[i - 1].Text is not ("in" or "to" or "from" or "at" or "near" or "of" or "via");
    }

    private static bool ContainsInstitutionWord(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (InstitutionWords.Contains(tokens[k].Text)) return true;
        return false;
    }

    private static bool IsNameWord(Token t) =>
        t.Kind == TokenKind.Word && t.Text.Length > 0 && char.IsUpper(t.Text[0]) && t.Text != "'s";

    private static bool IsDayOrMonth(string w) => w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday"
        or "Saturday" or "Sunday";

    private static bool InstitutionLike(IReadOnlyList<Token> tokens, int start, int connector)
    {
        for (var k = start; k < connector; k++)
            if (InstitutionWords.Contains(tokens[k].Text)) return true;
        // "Bank of England", "Department of Commerce": the head word comes first.
        return false;
    }

    private static string? Classify(IReadOnlyList<Token> tokens, int start, int end)
    {
        var count = end - start;
        for (var k = start; k < end; k++)
            if (InstitutionWords.Contains(tokens[k].Text)) return NerLabels.Organisation;
        if (count == 1)
        {
            var w = tokens[start].Text;
            if (w.Length is >= 2 and <= 6 && w.All(c => char.IsUpper(c) || c == '.') ) return NerLabels.Organisation;
            return start > 0 && IsTitleWord(tokens[start - 1].Text) ? NerLabels.Person : null;
        }
        if (count <= 3 && Enumerable.Range(start, count).All(k => tokens[k].Text.Length > 1 && char.IsLower(tokens[k].Text[^1])))
            return NerLabels.Person;
        return NerLabels.Misc;
    }

    private static bool IsTitleWord(string w) => w is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Dr" or "Dr."
        or "President" or "Minister" or "Senator" or "Sen." or "Governor" or "Mayor" or "Professor" or "Prof.";
}
