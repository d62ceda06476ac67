using System.Text;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Word shapes: each character mapped to a class (<c>X</c> upper-case letter, <c>x</c> lower-case letter,
/// <c>d</c> digit, anything else kept as itself), so that unseen words still say "capitalised", "acronym",
/// "initial", "number with a dash". Letters with diacritics class as letters, so <c>Müller</c> is <c>Xxxxx</c>.
/// </summary>
public static class WordShape
{
    /// <summary>Runs of one class longer than this are cut, so long words share shapes.</summary>
    public const int MaxRun = 4;

    /// <summary>Long shape: runs kept up to <see cref="MaxRun"/> characters (<c>Washington</c> -> <c>Xxxxx</c>).</summary>
    public static string Long(string word)
    {
        var builder = new StringBuilder(Math.Min(word.Length, 16));
        var previous = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var cls = Classify(c);
            run = cls == previous ? run + 1 : 1;
            previous = cls;
            if (run <= MaxRun)
            {
                builder.Append(cls);
            }
        }

        return builder.ToString();
    }

    /// <summary>Short shape: every run compressed to one character (<c>Washington</c> -> <c>Xx</c>, <c>U.S.</c> -> <c>X.X.</c>).</summary>
    public static string Short(string word)
    {
        var builder = new StringBuilder(Math.Min(word.Length, 8));
        var previous = '\0';
        foreach (var c in word)
        {
            var cls = Classify(c);
            if (cls != previous)
            {
                builder.Append(cls);
            }

            previous = cls;
        }

        return builder.ToString();
    }

    /// <summary>The class character of one character.</summary>
    public static char Classify(char c)
    {
        if (char.IsUpper(c))
        {
            return 'X';
        }

        if (char.IsLetter(c))
        {
            // Lower-case and caseless letters (CJK) both read as "ordinary letters".
            return 'x';
        }

        if (char.IsDigit(c))
        {
            return 'd';
        }

        // Dashes and quotes come in several code points; one class each keeps shapes comparable.
        return c switch
        {
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
            '\u2018' or '\u2019' or '`' or '\u00B4' => '\'',
            '\u201C' or '\u201D' => '"',
            _ => c,
        };
    }

    /// <summary>True when the word has at least one letter and all its letters are upper-case.</summary>
    public static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    /// <summary>True when the first letter-or-digit is an upper-case letter.</summary>
    public static bool IsCapitalised(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    /// <summary>True when the word has a letter and no upper-case letter.</summary>
    public static bool IsLowerCase(string word)
    {
        var letters = false;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }

            letters |= char.IsLetter(c);
        }

        return letters;
    }

    // Base letters of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A): \0 keeps the character,
    // \u0001 marks a ligature spelt with two letters. Written out because invariant-globalization builds
    // cannot decompose characters.
    private const string FoldTable = "AAAAAA\u0001CEEEEIIIIDNOOOOO\0OUUUUY\u0001\u0001aaaaaa\u0001ceeeeiiiidnooooo\0ouuuuy\u0001yAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\u0001\u0001JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo\u0001\u0001RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    /// <summary>
    /// Removes diacritics from Latin letters ("José Müller" -> "Jose Muller", "Łódź" -> "Lodz"), so names spelt
    /// with accents share features with the unaccented spellings news copy (and the training data) mostly uses.
    /// </summary>
    public static string Fold(string word)
    {
        var i = 0;
        while (i < word.Length && word[i] < '\u00C0')
        {
            i++;
        }

        if (i == word.Length)
        {
            return word;
        }

        var builder = new StringBuilder(word.Length + 2);
        builder.Append(word, 0, i);
        for (; i < word.Length; i++)
        {
            AppendFolded(builder, word[i]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Normalises a word for look-ups: lower-case, diacritics removed, typographic quotes and dashes folded.
    /// </summary>
    public static string Key(string word)
    {
        var needs = false;
        foreach (var c in word)
        {
            if (c >= '\u00C0' || char.IsUpper(c))
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return word;
        }

        var builder = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            switch (c)
            {
                case '\u2019' or '\u2018':
                    builder.Append('\'');
                    break;
                case '\u2013' or '\u2014':
                    builder.Append('-');
                    break;
                default:
                    AppendFolded(builder, char.ToLowerInvariant(c));
                    break;
            }
        }

        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        if (c is >= '\u00C0' and < '\u0180')
        {
            var folded = FoldTable[c - 0xC0];
            if (folded == '\0')
            {
                builder.Append(c);
            }
            else if (folded == '\u0001')
            {
                builder.Append(c switch
                {
                    '\u00C6' => "AE",
                    '\u00E6' => "ae",
                    '\u00DE' => "TH",
                    '\u00FE' => "th",
                    '\u00DF' => "ss",
                    '\u0132' => "IJ",
                    '\u0133' => "ij",
                    '\u0152' => "OE",
                    _ => "oe",
                });
            }
            else
            {
                builder.Append(folded);
            }

            return;
        }

        builder.Append(c switch
        {
            '\u0218' => 'S',
            '\u0219' => 's',
            '\u021A' => 'T',
            '\u021B' => 't',
            _ => c,
        });
    }

    /// <summary>
    /// Capitalises the first letter and lower-cases the rest ("JAPAN" -> "Japan"), the usual form of a name
    /// written in capitals; hyphen and apostrophe parts are capitalised too ("O'BRIEN" -> "O'Brien").
    /// </summary>
    public static string TitleCase(string word)
    {
        return string.Create(word.Length, word, static (span, w) =>
        {
            var startOfPart = true;
            for (var i = 0; i < w.Length; i++)
            {
                var c = w[i];
                span[i] = startOfPart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
                startOfPart = c is '-' or '\'' or '\u2019';
            }
        });
    }
}
