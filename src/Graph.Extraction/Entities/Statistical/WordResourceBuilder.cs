using System.Text;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Builds <see cref="WordResources"/> at training time: the usual mid-sentence casing of words and three levels
/// of exchange word clusters, both from raw news text plus the training tokens.
/// </summary>
internal static class WordResourceBuilder
{
    private const string Boundary = "<s>";

    public static WordResources Build(IReadOnlyList<ConllDocument> train, NerTrainingOptions options, Action<string> log)
    {
        var sentences = new List<string[]>();
        foreach (var document in train)
        {
            foreach (var sentence in document.Sentences)
            {
                sentences.Add(sentence.Tokens.ToArray());
            }
        }

        foreach (var directory in options.UnlabeledTextDirectories)
        {
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException(
                    $"{nameof(NerTrainingOptions)}.{nameof(NerTrainingOptions.UnlabeledTextDirectories)}: '{directory}' does not exist.");
            }
        }

        var files = options.UnlabeledTextDirectories
            .SelectMany(d => Directory.EnumerateFiles(d, "*.txt", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var rawSentences = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);

            // Duplicate articles would only weigh their words twice.
            if (!seen.Add(text))
            {
                continue;
            }

            foreach (var line in text.Split('\n'))
            {
                foreach (var sentence in RawTextTokenizer.Sentences(line))
                {
                    sentences.Add(sentence);
                    rawSentences++;
                }
            }
        }

        log($"word resources: {sentences.Count} sentences ({rawSentences} from {seen.Count} raw files), {sentences.Sum(s => s.Length)} tokens");
        var usual = UsualForms(sentences);
        var clusters = options.ClusterCount > 0 ? Clusters(sentences, options, log) : new Dictionary<string, int>();
        return new WordResources(clusters, usual, DefaultLexicon.Create());
    }

    /// <summary>For every word seen at least twice where casing tells something, its most frequent form.</summary>
    private static Dictionary<string, string> UsualForms(List<string[]> sentences)
    {
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (!IsMixedCase(sentence))
            {
                continue;
            }

            for (var i = 1; i < sentence.Length; i++)
            {
                var word = sentence[i];
                if (!word.Any(char.IsLetter) || IsOpener(sentence[i - 1]))
                {
                    continue;
                }

                var key = WordShape.Key(word);
                if (!forms.TryGetValue(key, out var byForm))
                {
                    byForm = new Dictionary<string, int>(StringComparer.Ordinal);
                    forms.Add(key, byForm);
                }

                byForm.TryGetValue(word, out var count);
                byForm[word] = count + 1;
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, byForm) in forms)
        {
            if (byForm.Values.Sum() < 2)
            {
                continue;
            }

            result[key] = byForm.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        }

        return result;
    }

    private static Dictionary<string, int> Clusters(List<string[]> sentences, NerTrainingOptions options, Action<string> log)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence)
            {
                counts.TryGetValue(word, out var c);
                counts[word] = c + 1;
            }
        }

        // Item 0 is the sentence boundary, item 1 stands for every rare word; the rest by descending frequency.
        var vocabulary = counts.Where(p => p.Value >= options.ClusterMinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).ToList();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal) { [Boundary] = 0 };
        foreach (var word in vocabulary)
        {
            ids.TryAdd(word, ids.Count + 1);
        }

        var items = ids.Count + 1;
        var bigrams = new Dictionary<(int Left, int Right), long>();
        foreach (var sentence in sentences)
        {
            var previous = 0;
            foreach (var word in sentence.Append(Boundary))
            {
                var id = ids.TryGetValue(word, out var known) ? known : 1;
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(bigrams, (previous, id), out _);
                count++;
                previous = id;
            }
        }

        log($"clusters: {vocabulary.Count} words, {bigrams.Count} distinct bigrams");
        var fineCount = options.ClusterCount;
        var fineClusterer = new WordClusterer(items, bigrams);
        var fine = fineClusterer.Cluster(fineCount, options.ClusterIterations, log);
        var middleCount = Math.Max(4, fineCount / 4);
        var byFine = new WordClusterer(fineCount, fineClusterer.ClassBigrams(fine)).Cluster(middleCount, options.ClusterIterations * 2);
        var middleOfWord = fine.Select(c => byFine[c]).ToArray();
        var coarseCount = Math.Max(2, fineCount / 16);
        var byMiddle = new WordClusterer(middleCount, fineClusterer.ClassBigrams(middleOfWord)).Cluster(coarseCount, options.ClusterIterations * 2);

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, id) in ids)
        {
            if (id == 0)
            {
                continue;
            }

            var f = fine[id];
            var m = byFine[f];
            var c = byMiddle[m];
            result[word] = f | (m << 10) | (c << 20);
        }

        return result;
    }

    private static bool IsMixedCase(string[] sentence)
    {
        var upper = 0;
        var lower = 0;
        foreach (var token in sentence)
        {
            foreach (var ch in token)
            {
                if (char.IsUpper(ch))
                {
                    upper++;
                }
                else if (char.IsLower(ch))
                {
                    lower++;
                }
            }
        }

        return upper > 0 && lower > upper;
    }

    private static bool IsOpener(string token) =>
        token is "\"" or "``" or "'" or "`" or "(" or "[" or ":" or "-" or "--" or "\u201C" or "\u2018" or "\u2014" or "\u2013" or "." or "?" or "!";
}

/// <summary>
/// A small tokenizer for raw training text, close to the CoNLL-2003 conventions: punctuation split off,
/// clitics ('s, n't) separate, abbreviations and initials ("U.S.", "Mr.") and hyphenated words kept whole.
/// Only used to gather word statistics, never at run time.
/// </summary>
internal static class RawTextTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.", "Gen.", "Sen.", "Rep.", "Gov.",
        "Lt.", "Col.", "Capt.", "Prof.", "No.", "vs.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Mt.",
    };

    /// <summary>Splits a line of text into sentences of tokens.</summary>
    public static IEnumerable<string[]> Sentences(string line)
    {
        var tokens = Tokens(line);
        var current = new List<string>();
        foreach (var token in tokens)
        {
            current.Add(token);
            if (token is "." or "?" or "!")
            {
                yield return current.ToArray();
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            yield return current.ToArray();
        }
    }

    public static List<string> Tokens(string text)
    {
        var result = new List<string>();
        foreach (var chunk in text.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            var end = chunk.Length;
            while (start < end && IsLeading(chunk[start]))
            {
                result.Add(Normalise(chunk[start].ToString()));
                start++;
            }

            var trailing = new List<string>();
            while (end > start && IsTrailing(chunk[end - 1]))
            {
                var candidate = chunk[start..end];
                if (chunk[end - 1] == '.' && (Abbreviations.Contains(candidate) || IsInitials(candidate)))
                {
                    break;
                }

                trailing.Add(Normalise(chunk[end - 1].ToString()));
                end--;
            }

            if (end > start)
            {
                var word = chunk[start..end];
                var clitic = CliticStart(word);
                if (clitic > 0)
                {
                    result.Add(word[..clitic]);
                    result.Add(word[clitic..].Replace('\u2019', '\''));
                }
                else
                {
                    result.Add(word);
                }
            }

            trailing.Reverse();
            result.AddRange(trailing);
        }

        return result;
    }

    private static int CliticStart(string word)
    {
        var folded = word.Replace('\u2019', '\'');
        if (folded.EndsWith("n't", StringComparison.OrdinalIgnoreCase) && folded.Length > 3)
        {
            return folded.Length - 3;
        }

        foreach (var clitic in (ReadOnlySpan<string>)["'s", "'re", "'ve", "'ll", "'d", "'m"])
        {
            if (folded.EndsWith(clitic, StringComparison.OrdinalIgnoreCase) && folded.Length > clitic.Length)
            {
                return folded.Length - clitic.Length;
            }
        }

        return 0;
    }

    private static bool IsInitials(string candidate)
    {
        // "U.S.", "J.", "a.m." : letters each followed by a dot.
        if (candidate.Length < 2 || candidate.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < candidate.Length; i += 2)
        {
            if (!char.IsLetter(candidate[i]) || candidate[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLeading(char c) => c is '"' or '\'' or '(' or '[' or '{' or '\u201C' or '\u2018' or '`';

    private static bool IsTrailing(char c) => c is '"' or '\'' or ')' or ']' or '}' or '.' or ',' or ';' or ':' or '!' or '?' or '\u201D' or '\u2019';

    private static string Normalise(string token) => token switch
    {
        "\u201C" or "\u201D" => "\"",
        "\u2018" or "\u2019" => "'",
        _ => token,
    };
}
