using Graph.Extraction.Entities.Statistical;
using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

/// <summary>
/// Headlines in title case ("Harbour Board Delays Vote On Fees") capitalise every word, and the tagger reads a capital
/// inside a sentence as a sign of a name ("Board Delays" a person). An article's first line in title case is re-cased for the tagger the way
/// running text would write it: a word keeps its capital when the article writes it so inside a sentence, and goes
/// to lower case when the article or the model's casing table writes it in lower case ("Harbour Board delays vote
/// on fees"). Only the forms the tagger reads change; offsets and the text stay as they are.
/// </summary>
internal static class TitleCase
{
    /// <summary>
    /// Short words a title-case headline may leave in lower case ("Ruiz Wins Vote on the Harbour Fees"): articles,
    /// conjunctions that join, prepositions. Verbs and pronouns, however short, are capitalised there ("Is", "It").
    /// </summary>
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "by", "with", "from",
        "as", "into", "onto", "over", "after", "before", "about", "against", "amid", "among", "via", "vs", "per", "than", "off",
        "up", "out", "down", "upon", "near", "under",
    };

    /// <summary>For each sentence, the forms to tag it with (null where it is not in a title-case headline).</summary>
    public static string[]?[] Recase(AnalyzedText text, WordResources resources)
    {
        var sentences = text.Sentences;
        var result = new string[]?[sentences.Count];
        if (sentences.Count < 2) return result;

        // Only the headline, the article's first line: tables and lists of names further down can look alike.
        var line = LineStart(text.Text, sentences[0].Start);
        var headline = 0;
        while (headline < sentences.Count && LineStart(text.Text, sentences[headline].Start) == line) headline++;
        var words = new List<string>();
        for (var s = 0; s < headline; s++)
            foreach (var t in sentences[s].Tokens)
            {
                // A result ("Westhaven 2-1 Kelmarsh Rovers") names sides, not a title-case headline's words.
                if (IsScore(t.Text)) return result;
                // (A clitic split off a capitalised word, "n't" of "Isn't", is no word of its own.)
                if (!IsLetterWord(t) || SmallWords.Contains(t.Text.ToLowerInvariant()) || IsClitic(t.Text)) continue;
                if (!char.IsUpper(t.Text[0])) return result;
                words.Add(t.Text);
            }
        if (words.Count < 4 || headline == sentences.Count) return result;

        // What the rest of the article says about each word's case: capitalised inside a sentence, or in lower case.
        var capitalisedInside = new HashSet<string>(StringComparer.Ordinal);
        var lowerCase = new HashSet<string>(StringComparer.Ordinal);
        for (var s = headline; s < sentences.Count; s++)
        {
            var toks = sentences[s].Tokens;
            for (var k = 0; k < toks.Count; k++)
            {
                if (!IsLetterWord(toks[k])) continue;
                if (WordShape.IsLowerCase(toks[k].Text)) lowerCase.Add(Stem(toks[k].Text));
                else if (k > 0 && !OpensPhrase(toks[k - 1])) capitalisedInside.Add(toks[k].Text);
            }
        }

        bool Lowered(string word)
        {
            if (capitalisedInside.Contains(word) || !IsCapitalisedOnly(word)) return false;
            var lower = word.ToLowerInvariant();
            if (SmallWords.Contains(lower)) return true;
            // Another form of the word will do: "Delays" when the text has "delayed", "Endorses" when the table has "endorse".
            var stem = Stem(lower);
            if (lowerCase.Contains(stem)) return true;
            foreach (var ending in Endings)
                if (resources.UsualForms.TryGetValue(WordShape.Key(stem + ending), out var usual) && WordShape.IsLowerCase(usual)) return true;
            return false;
        }

        // A title-case headline has at least two words running text writes in lower case, so a line of names is none.
        if (words.Count(Lowered) < 2) return result;
        for (var s = 0; s < headline; s++)
        {
            var toks = sentences[s].Tokens;
            var forms = new string[toks.Count];
            for (var k = 0; k < toks.Count; k++)
            {
                var t = toks[k];
                forms[k] = k > 0 && !OpensPhrase(toks[k - 1]) && IsLetterWord(t) && Lowered(t.Text) ? t.Text.ToLowerInvariant() : t.Text;
            }
            result[s] = forms;
        }
        return result;
    }

    private static readonly string[] Endings = ["", "e", "s", "es", "ed", "d", "ing"];

    /// <summary>A word without its inflection, roughly: "delays", "delayed", "delaying" all give "delay"; "endorses" and "endorse" give "endors".</summary>
    private static string Stem(string lower)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ing", "ed", "es", "s", "e"])
            if (lower.EndsWith(ending, StringComparison.Ordinal) && lower.Length - ending.Length >= 3) return lower[..^ending.Length];
        return lower;
    }

    private static bool IsScore(string token)
    {
        var dash = token.IndexOfAny(['-', '\u2013']);
        return dash > 0 && dash < token.Length - 1 && token.AsSpan(0, dash).IndexOfAnyExceptInRange('0', '9') < 0
            && token.AsSpan(dash + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static bool IsLetterWord(Token t) => t.IsWord && char.IsLetter(t.Text[0]);

    private static bool IsClitic(string token) => token is "n't" or "n\u2019t" or "N'T" or "N\u2019T";

    /// <summary>A capital followed only by lower-case letters ("Delays", "Game-Changing"), not "NYTimes" or "GOP".</summary>
    private static bool IsCapitalisedOnly(string word)
    {
        if (!char.IsUpper(word[0])) return false;
        for (var i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i]) && word[i - 1] != '-') return false;
        return true;
    }

    /// <summary>A token after which a capital starts a phrase anyway: a colon, a dash, an opening quote.</summary>
    private static bool OpensPhrase(Token t) => t.Kind == TokenKind.Quote || t.Text is ":" or ";" || Claims.Dashes.IsAny(t.Text);

    private static int LineStart(string text, int offset) => offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
}
