using Graph.Core.Model;
using Graph.Extraction.Evaluation;

namespace Graph.Extraction.Tests.Claims;

/// <summary>The brat reader and the "who said what" scoring, on tiny annotation files written here.</summary>
public sealed class ClaimScorerTests
{
    private const string Text = "Mayor Ana Lind said the bridge is safe. \"We checked it twice,\" she added. Tolls rise.";

    private static Span At(string text, string part, int from = 0)
    {
        var i = text.IndexOf(part, from, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{part}' not in the text");
        return Span.Of(text, i, i + part.Length);
    }

    private static Claim ClaimOf(string content, string? speakerMention, string? speakerId = null) => new()
    {
        Id = "claim:" + content,
        Speaker = speakerId,
        Speakers = speakerId is null ? [] : [speakerId],
        SpeakerMention = speakerMention is null ? null : At(Text, speakerMention),
        Cue = At(Text, "said"),
        Content = At(Text, content),
    };

    private static string Ann(params string[] lines) => string.Join("\n", lines) + "\n";

    private static readonly string TwoAttributions = Ann(
        "T1\tSource 6 14\tAna Lind",
        "T2\tCue 15 19\tsaid",
        "T3\tContent 20 38\tthe bridge is safe",
        "T4\tAttribution 15 19\tsaid",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        "T5\tContent 40 62\t\"We checked it twice,\"",
        "T6\tSource 63 66\tshe",
        "T7\tCue 67 72\tadded",
        "T8\tAttribution 67 72\tadded",
        "E2\tAttribution:T8 Content:T5 Source:T6 Cue:T7",
        "T9\tDiscuss 74 85\tTolls rise.",
        "#1\tAnnotatorNotes T9\tnot an attribution?");

    [Fact]
    public void Reads_attributions_and_ignores_notes_and_discussion_spans()
    {
        var gold = BratAttributions.Parse(TwoAttributions);
        Assert.Equal(2, gold.Count);
        Assert.Equal([new CharRange(20, 38)], gold[0].Content);
        Assert.Equal([new CharRange(6, 14)], gold[0].Source);
        Assert.Equal([new CharRange(63, 66)], gold[1].Source);
        Assert.True(ClaimScorer.IsDirect(Text, gold[1].Content));
        Assert.False(ClaimScorer.IsDirect(Text, gold[0].Content));
    }

    [Fact]
    public void Reads_discontinuous_spans_text_over_several_lines_and_a_second_content()
    {
        var ann = Ann(
            "T1\tContent 0 5;10 20\tfirst\nsecond line of the text",
            "T2\tCue 6 9\tsaid",
            "T3\tContent 30 35\tmore",
            "T4\tAttribution 6 9\tsaid",
            "E1\tAttribution-no-source:T4 Cue:T2 Content:T1 Content2:T3");
        var a = Assert.Single(BratAttributions.Parse(ann));
        Assert.False(a.HasSource);
        Assert.Equal([new CharRange(0, 5), new CharRange(10, 20), new CharRange(30, 35)], a.Content);
    }

    [Fact]
    public void Discard_entries_are_not_attributions()
    {
        var ann = Ann("T1\tDiscard 0 10\tMayor Ana", "T2\tDiscuss 11 20\tLind said");
        Assert.Empty(BratAttributions.Parse(ann));
    }

    [Fact]
    public void Dice_counts_characters_of_all_pieces()
    {
        Assert.Equal(1.0, ClaimScorer.Dice([new CharRange(0, 10)], [new CharRange(0, 4), new CharRange(4, 10)]));
        Assert.Equal(0.5, ClaimScorer.Dice([new CharRange(0, 10)], [new CharRange(5, 15)]));
        Assert.Equal(0.0, ClaimScorer.Dice([new CharRange(0, 10)], [new CharRange(10, 20)]));
        // A content split around a cue: the predicted span covering both pieces and the cue between still matches.
        Assert.True(ClaimScorer.Dice([new CharRange(0, 60)], [new CharRange(0, 25), new CharRange(40, 60)]) > 0.8);
    }

    [Fact]
    public void Right_content_and_speaker_is_correct_and_wrong_speaker_is_only_content()
    {
        var gold = BratAttributions.Parse(TwoAttributions);
        var claims = new[] { ClaimOf("the bridge is safe", "Ana Lind"), ClaimOf("\"We checked it twice,\"", "Mayor") };
        var result = ClaimScorer.Score(Text, gold, claims, []);
        Assert.Equal(2, result.Score.Content.CorrectGold);
        Assert.Equal(1, result.Score.WhoSaidWhat.CorrectGold);
        Assert.Equal(0.5, result.Score.WhoSaidWhat.Precision);
        Assert.Equal(0.5, result.Score.SpeakerAccuracy);
        var wrong = Assert.Single(result.Mismatches);
        Assert.Equal(ClaimMismatchKind.WrongSpeaker, wrong.Kind);
    }

    [Fact]
    public void Any_mention_of_the_speaker_entity_over_the_source_counts()
    {
        var gold = BratAttributions.Parse(TwoAttributions);
        // The claim names "Ana Lind" as its speaker mention, but the gold source is "she": the entity's pronoun mention covers it.
        var ana = new Entity
        {
            Id = "person:ana-lind", Type = EntityType.Person, Name = "Ana Lind",
            Mentions = [new Mention(6, 14, "Ana Lind", MentionKind.Name), new Mention(63, 66, "she", MentionKind.Pronoun)],
        };
        var claims = new[] { ClaimOf("\"We checked it twice,\"", "Ana Lind", ana.Id) };
        var result = ClaimScorer.Score(Text, gold, claims, [ana]);
        Assert.Equal(1, result.Score.WhoSaidWhat.CorrectGold);
        Assert.Equal(1, result.Score.Direct.CorrectGold);
        Assert.Equal(1.0, result.Score.DirectFoundWithRightSpeaker);
    }

    [Fact]
    public void Gold_without_source_is_right_only_for_a_claim_without_speaker()
    {
        var ann = Ann(
            "T1\tCue 71 76\tadded",
            "T2\tContent 74 85\tTolls rise.",
            "E1\tAttribution-no-source:T1 Cue:T1 Content:T2");
        var gold = BratAttributions.Parse(ann);
        var none = ClaimScorer.Score(Text, gold, [ClaimOf("Tolls rise", null)], []);
        Assert.Equal(1, none.Score.WhoSaidWhat.CorrectGold);
        var named = ClaimScorer.Score(Text, gold, [ClaimOf("Tolls rise", "Ana Lind")], []);
        Assert.Equal(0, named.Score.WhoSaidWhat.CorrectGold);
        Assert.Equal(1, named.Score.Content.CorrectGold);
    }

    [Fact]
    public void Each_gold_is_matched_once_and_the_best_dice_wins()
    {
        var gold = BratAttributions.Parse(TwoAttributions);
        // Two claims over the first attribution: the exact one is matched, the longer one is spurious.
        var claims = new[] { ClaimOf("Ana Lind said the bridge is safe", "Mayor"), ClaimOf("the bridge is safe", "Ana Lind") };
        var result = ClaimScorer.Score(Text, gold, claims, []);
        Assert.Equal(1, result.Score.Content.CorrectGold);
        Assert.Equal(1, result.Score.WhoSaidWhat.CorrectGold);
        Assert.Contains(result.Mismatches, m => m.Kind == ClaimMismatchKind.Spurious && m.Predicted == claims[0]);
        Assert.Contains(result.Mismatches, m => m.Kind == ClaimMismatchKind.Missed && m.Gold == gold[1]);
    }

    [Fact]
    public void Under_half_dice_is_no_match()
    {
        var gold = BratAttributions.Parse(TwoAttributions);
        var result = ClaimScorer.Score(Text, gold, [ClaimOf("Mayor Ana Lind said the", "Ana Lind")], []);
        Assert.Equal(0, result.Score.Content.CorrectGold);
        Assert.Equal(0, result.Score.WhoSaidWhat.Precision);
    }

    [Fact]
    public void Scores_add_up_and_the_report_names_every_figure()
    {
        var gold = BratAttributions.Parse(TwoAttributions);
        var one = ClaimScorer.Score(Text, gold, [ClaimOf("the bridge is safe", "Ana Lind")], []).Score;
        var total = one + one;
        Assert.Equal(2, total.Articles);
        Assert.Equal(4, total.WhoSaidWhat.Gold);
        Assert.Equal(2, total.WhoSaidWhat.CorrectGold);
        var report = total.Report();
        foreach (var figure in new[] { "content", "who said what", "direct quotes", "speaker accuracy", "by confidence" })
            Assert.Contains(figure, report);
        // Each claim counts in its tenth of confidence, right or not; sums are values, whatever they started from.
        var right = Assert.Single(ClaimScorer.Score(Text, gold, [ClaimOf("the bridge is safe", "Ana Lind")], []).Right);
        Assert.True(right);
        Assert.Equal(2, total.ByConfidence.Sum());
        Assert.Equal(2, total.RightByConfidence.Sum());
        Assert.Equal(total, new ClaimScore() + one + one);
        Assert.NotEqual(total, one);
    }

    [Fact]
    public void Claims_are_counted_by_kind_right_or_not()
    {
        var gold = BratAttributions.Parse(TwoAttributions);
        var said = ClaimOf("the bridge is safe", "Ana Lind");
        var belief = ClaimOf("Tolls rise", null) with { Kind = ClaimKinds.Belief };
        var score = ClaimScorer.Score(Text, gold, [said, belief], []).Score;
        Assert.Equal([1, 1, 0], score.ByKind.ToArray());
        Assert.Equal([1, 0, 0], score.RightByKind.ToArray());
        var total = score + score;
        Assert.Equal([2, 2, 0], total.ByKind.ToArray());
        Assert.NotEqual(total, score + ClaimScorer.Score(Text, gold, [said, belief with { Kind = ClaimKinds.Other }], []).Score);
        Assert.Contains("claims right by kind: statement 100% of 2; belief 0% of 2;", total.Report());
    }

    [Fact]
    public void Error_lines_are_one_per_mismatch_without_line_breaks()
    {
        var gold = BratAttributions.Parse(TwoAttributions);
        var result = ClaimScorer.Score(Text, gold, [], []);
        var lines = ClaimScorer.ErrorLines("a", Text, result.Mismatches).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.DoesNotContain('\n', l));
        Assert.All(lines, l => Assert.Equal(ClaimScorer.ErrorHeader.Split('\t').Length, l.Split('\t').Length));
    }

    [Fact]
    public void Loads_the_polnear_layout_taking_the_first_listed_annotator()
    {
        var root = Path.Combine(Path.GetTempPath(), "claimscorer-" + Guid.NewGuid().ToString("N"));
        try
        {
            var dir = Path.Combine(root, "dev");
            Directory.CreateDirectory(Path.Combine(dir, "text"));
            Directory.CreateDirectory(Path.Combine(dir, "attributions"));
            File.WriteAllText(Path.Combine(root, "metadata.tsv"), "compartment\tfilename\tlevel\tannotators\ndev\tbridge\t1\tbb22|aa11\n");
            File.WriteAllText(Path.Combine(dir, "text", "bridge.txt"), "\uFEFF" + Text);
            File.WriteAllText(Path.Combine(dir, "attributions", "bridge_aa11.ann"), "");
            File.WriteAllText(Path.Combine(dir, "attributions", "bridge_bb22.ann"), TwoAttributions);
            var article = Assert.Single(BratAttributions.LoadCorpus(dir));
            Assert.Equal("bridge", article.Name);
            Assert.Equal(Text, article.Text);
            Assert.Equal(2, article.Attributions.Count);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
