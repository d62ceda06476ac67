using System.Text.RegularExpressions;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A half-written file is still an article: every cut of a passage, right after any word or mark, extracts without
/// failing, and so does each cut put as the headline above the whole passage, and the passage's body without its
/// headline cut as far (the rules look back and forth from a cue, and the text may end, or begin, at any point). Passages are written for these tests and use the shapes the claim
/// rules read: quotes split by their frames, descriptions, documents and their authors, lists of speakers, asides.
/// </summary>
public sealed class ClaimCutTextTests
{
    private static readonly string[] Passages =
    [
        "Harbour vote\n\n“The port needs the money,” Ola Brandt said. “But the town cannot just hand it over.”\n\n"
            + "Sen. Tom Beck (R-Ore.) disagreed. The senator from Oregon told the Westhaven Herald that the plan was, in his view, "
            + "a mistake. Asked whether he would vote for it, Beck said: “Never.”",
        "Fares report\n\nThe report said fares had doubled. A study by the Harbour Trust, carried out by economist Ana Ruiz, "
            + "found that riders paid more. According to the study, “most families now drive.” The survey, conducted by "
            + "Nordstat, showed the same. The book, by Harbour Times journalist Vera Holm, said the board knew.",
        "Ferry card\n\nKorvix Shipping, Nordbank and Dunmore Ferries unveiled a card on Monday. The firms said it would cut fares. "
            + "Korvix chief executive Tom Beck and finance chief Ana Ruiz said the card was “a first.” US magazine Sea Lanes "
            + "praised it. “It simply works,” the magazine said, adding: “At last.”",
        "Dock strike\n\nAnother voter, Ivar Dahl, 54, agreed. “I want somebody who shows up,” he said. The union's general "
            + "secretary, Karen Lund, told reporters — “We are not going anywhere” — that the strike would go on, "
            + "while Amid calls for talks, the mayor said nothing. Lund's response was blunt: “No.” The statement continued: “None.”",
    ];

    public static IEnumerable<object[]> Cuts() => Passages.Select((_, i) => new object[] { i });

    [Theory]
    [MemberData(nameof(Cuts))]
    public void Every_cut_of_a_passage_extracts_without_failing(int passage)
    {
        var text = Passages[passage];
        var body = text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        var failures = new List<string>();
        foreach (Match m in Regex.Matches(text, @"\w+|[^\w\s]"))
        {
            var cut = text[..(m.Index + m.Length)];
            // The cut itself, the cut as a headline, and the body without its headline cut as far (a file may open on
            // any sentence: "The report said ...").
            var bodyCut = body[..Math.Min(body.Length, cut.Length)];
            foreach (var variant in new[] { cut, cut.Replace('\n', ' ').Trim() + "\n\n" + text, bodyCut })
            {
                try { Extract.From(variant); }
                catch (Exception e) { failures.Add($"cut at {m.Index + m.Length} ({e.GetType().Name}): …{cut[Math.Max(0, cut.Length - 40)..]}"); }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }
}
