using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Graph.Core.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// Precision, recall and F1 from counts. Correct predictions and correct gold items are counted apart because
/// restricted figures (direct quotes only) may pair a direct prediction with a gold item that is not direct.
/// </summary>
public sealed record ClaimFigures(int Predicted, int Gold, int CorrectPredicted, int CorrectGold)
{
    /// <summary>Correct predictions / predictions (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)CorrectPredicted / Predicted;

    /// <summary>Gold items found correctly / gold items (0 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 0 : (double)CorrectGold / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static ClaimFigures operator +(ClaimFigures a, ClaimFigures b) =>
        new(a.Predicted + b.Predicted, a.Gold + b.Gold, a.CorrectPredicted + b.CorrectPredicted, a.CorrectGold + b.CorrectGold);

    public static readonly ClaimFigures Zero = new(0, 0, 0, 0);
}

/// <summary>What went wrong with one claim or attribution, for error analysis.</summary>
public enum ClaimMismatchKind
{
    /// <summary>A gold attribution no predicted claim matched by content.</summary>
    Missed,
    /// <summary>A predicted claim that matched no gold attribution.</summary>
    Spurious,
    /// <summary>Matched by content, but the speaker is not the gold source.</summary>
    WrongSpeaker,
}

/// <summary>One mismatch: the gold attribution and/or the predicted claim involved, and the Dice of their contents.</summary>
public sealed record ClaimMismatch(ClaimMismatchKind Kind, GoldAttribution? Gold, Claim? Predicted, double Dice);

/// <summary>The counts for one article (or a whole corpus when summed) and, per article, its mismatches.</summary>
public sealed record ClaimScore
{
    public int Articles { get; init; }
    /// <summary>Content-only: a claim is right when it matches a gold attribution (Dice &gt;= 0.5), whoever it names.</summary>
    public ClaimFigures Content { get; init; } = ClaimFigures.Zero;
    /// <summary>Who said what: matched by content and the speaker is the gold source.</summary>
    public ClaimFigures WhoSaidWhat { get; init; } = ClaimFigures.Zero;
    /// <summary>Who said what restricted to direct quotes (content containing a double quotation mark, gold and predicted alike).</summary>
    public ClaimFigures Direct { get; init; } = ClaimFigures.Zero;
    /// <summary>Who said what restricted to everything else.</summary>
    public ClaimFigures Indirect { get; init; } = ClaimFigures.Zero;
    /// <summary>Gold direct quotes matched by content, whoever the claim names.</summary>
    public int DirectContentMatched { get; init; }
    /// <summary>Claims by confidence, in tenths (0.0-0.1 ... 0.9-1.0): how many there are.</summary>
    public ImmutableArray<int> ByConfidence { get; init; } = ImmutableArray.Create(new int[ConfidenceBins]);
    /// <summary>Claims by confidence, in tenths: how many are right (who said what).</summary>
    public ImmutableArray<int> RightByConfidence { get; init; } = ImmutableArray.Create(new int[ConfidenceBins]);

    /// <summary>Claims by kind, in the order of <see cref="ClaimKinds.All"/>: how many there are.</summary>
    public ImmutableArray<int> ByKind { get; init; } = ImmutableArray.Create(new int[ClaimKinds.All.Count]);
    /// <summary>Claims by kind: how many are right (who said what).</summary>
    public ImmutableArray<int> RightByKind { get; init; } = ImmutableArray.Create(new int[ClaimKinds.All.Count]);

    public const int ConfidenceBins = 10;

    /// <summary>The tenth a confidence falls in (1.0 in the last).</summary>
    public static int ConfidenceBin(double confidence) => Math.Clamp((int)Math.Floor(confidence * ConfidenceBins), 0, ConfidenceBins - 1);

    public int Matched => Content.CorrectGold;
    /// <summary>Of the claims matched by content, the share whose speaker is right.</summary>
    public double SpeakerAccuracy => Matched == 0 ? 0 : (double)WhoSaidWhat.CorrectGold / Matched;
    /// <summary>The goal figure for quotes: gold direct quotes found with the right speaker.</summary>
    public double DirectFoundWithRightSpeaker => Direct.Recall;

    public static ClaimScore operator +(ClaimScore a, ClaimScore b) => new()
    {
        Articles = a.Articles + b.Articles,
        Content = a.Content + b.Content,
        WhoSaidWhat = a.WhoSaidWhat + b.WhoSaidWhat,
        Direct = a.Direct + b.Direct,
        Indirect = a.Indirect + b.Indirect,
        DirectContentMatched = a.DirectContentMatched + b.DirectContentMatched,
        ByConfidence = Add(a.ByConfidence, b.ByConfidence),
        RightByConfidence = Add(a.RightByConfidence, b.RightByConfidence),
        ByKind = Add(a.ByKind, b.ByKind),
        RightByKind = Add(a.RightByKind, b.RightByKind),
    };

    private static ImmutableArray<int> Add(ImmutableArray<int> a, ImmutableArray<int> b) =>
        a.IsDefaultOrEmpty ? b : b.IsDefaultOrEmpty ? a : a.Zip(b, (x, y) => x + y).ToImmutableArray();

    /// <summary>Scores are values: equal when every count is (the confidence bins compared element by element).</summary>
    public bool Equals(ClaimScore? other) =>
        other is not null && Articles == other.Articles && Content == other.Content && WhoSaidWhat == other.WhoSaidWhat
        && Direct == other.Direct && Indirect == other.Indirect && DirectContentMatched == other.DirectContentMatched
        && ByConfidence.SequenceEqual(other.ByConfidence) && RightByConfidence.SequenceEqual(other.RightByConfidence)
        && ByKind.SequenceEqual(other.ByKind) && RightByKind.SequenceEqual(other.RightByKind);

    public override int GetHashCode() => HashCode.Combine(Articles, Content, WhoSaidWhat, Direct, Indirect, DirectContentMatched);

    /// <summary>The figures as a short table.</summary>
    public string Report()
    {
        var b = new StringBuilder();
        b.AppendLine(Invariant($"articles {Articles}, gold attributions {Content.Gold}, predicted claims {Content.Predicted}, matched by content {Matched}"));
        b.AppendLine("                      pred    gold  correct  precision  recall      F1");
        Row(b, "content", Content);
        Row(b, "who said what", WhoSaidWhat);
        Row(b, "  direct quotes", Direct);
        Row(b, "  other", Indirect);
        b.AppendLine(Invariant($"speaker accuracy on matched claims: {SpeakerAccuracy * 100:F2}% ({WhoSaidWhat.CorrectGold}/{Matched})"));
        b.AppendLine(Invariant($"direct quotes found: {(Direct.Gold == 0 ? 0 : 100.0 * DirectContentMatched / Direct.Gold):F2}% ({DirectContentMatched}/{Direct.Gold}); with the right speaker: {DirectFoundWithRightSpeaker * 100:F2}% ({Direct.CorrectGold}/{Direct.Gold})"));
        b.Append("claims right by confidence:");
        for (var i = 0; i < ConfidenceBins; i++)
            if (i < ByConfidence.Length && ByConfidence[i] > 0)
                b.Append(Invariant($" {i / 10.0:0.0}-{(i + 1) / 10.0:0.0} {100.0 * RightByConfidence[i] / ByConfidence[i]:F0}% of {ByConfidence[i]};"));
        b.AppendLine();
        b.Append("claims right by kind:");
        for (var i = 0; i < ClaimKinds.All.Count; i++)
            if (i < ByKind.Length && ByKind[i] > 0)
                b.Append(Invariant($" {ClaimKinds.All[i]} {100.0 * RightByKind[i] / ByKind[i]:F0}% of {ByKind[i]};"));
        b.AppendLine();
        return b.ToString();
    }

    private static void Row(StringBuilder b, string name, ClaimFigures f) =>
        b.AppendLine(Invariant($"{name,-18} {f.Predicted,8} {f.Gold,7} {f.CorrectGold,8} {f.Precision * 100,10:F2} {f.Recall * 100,7:F2} {f.F1 * 100,7:F2}"));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An article's score and the mismatches behind it.</summary>
/// <param name="Right">Per predicted claim, in order: whether it is right (matched by content, right speaker).</param>
public sealed record ArticleClaimScore(ClaimScore Score, IReadOnlyList<ClaimMismatch> Mismatches, IReadOnlyList<bool> Right);

/// <summary>
/// Scores predicted claims against gold attributions the way ../shared/data/README.md defines "who said what".
/// <list type="bullet">
/// <item>Content match: character-set Dice of the predicted content span and the gold content (all its
/// discontinuous pieces) of at least 0.5. Matching is one-to-one and greedy: all pairs at or over the threshold
/// are taken in order of Dice (highest first; on a tie a pair with the right speaker first, then text order),
/// and a pair is kept when neither its claim nor its gold attribution is already matched. Greedy by Dice is what
/// a human would pair up and, unlike an optimal assignment, never trades a clear match for two weak ones.</item>
/// <item>Right speaker: the claim's speaker mention, or any mention of any of its speaker entities, overlaps the
/// gold source by at least one character. A gold attribution without a source is right only for a claim with
/// neither a speaker entity nor a speaker mention.</item>
/// <item>P = correct / predicted claims, R = correct / gold attributions (gold without content counts and
/// can never be found). Direct quotes: content (gold or predicted) containing a double quotation mark
/// (<c>"</c>, <c>“</c>, <c>”</c>, <c>„</c>, <c>«</c>, <c>»</c>, or <c>''</c>).</item>
/// </list>
/// Stateless: scores are values that add up.
/// </summary>
public static class ClaimScorer
{
    private static readonly IReadOnlyDictionary<string, int> KindIndex =
        ClaimKinds.All.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);

    public const double MinDice = 0.5;

    /// <summary>Double quotation marks only: the single curly quote is also the apostrophe. Two apostrophes (<c>''</c>, one newspaper's house style) count as one double mark.</summary>
    private static readonly char[] QuotationMarks = ['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB'];

    /// <summary>Whether <paramref name="s"/> contains a double quotation mark.</summary>
    public static bool HasQuotationMark(ReadOnlySpan<char> s) =>
        s.IndexOfAny(QuotationMarks) >= 0 || s.IndexOf("''", StringComparison.Ordinal) >= 0;

    public static ArticleClaimScore Score(string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<Claim> claims, IReadOnlyList<Entity> entities)
    {
        var mentionsById = entities.ToDictionary(e => e.Id, e => e.Mentions);
        var pairs = new List<(int P, int G, double Dice, bool Right)>();
        for (var p = 0; p < claims.Count; p++)
        {
            var content = Said(claims[p]);
            for (var g = 0; g < gold.Count; g++)
            {
                var dice = Dice(content, gold[g].Content);
                if (dice >= MinDice) pairs.Add((p, g, dice, RightSpeaker(claims[p], gold[g], mentionsById)));
            }
        }
        pairs.Sort((a, b) =>
        {
            var c = b.Dice.CompareTo(a.Dice);
            if (c != 0) return c;
            c = b.Right.CompareTo(a.Right);
            return c != 0 ? c : a.P != b.P ? a.P.CompareTo(b.P) : a.G.CompareTo(b.G);
        });
        var goldOf = new int[claims.Count];
        var claimOf = new int[gold.Count];
        Array.Fill(goldOf, -1);
        Array.Fill(claimOf, -1);
        var right = new bool[claims.Count];
        var dices = new double[claims.Count];
        foreach (var (p, g, dice, ok) in pairs)
        {
            if (goldOf[p] >= 0 || claimOf[g] >= 0) continue;
            goldOf[p] = g;
            claimOf[g] = p;
            right[p] = ok;
            dices[p] = dice;
        }

        var goldDirect = gold.Select(g => IsDirect(text, g.Content)).ToArray();
        var predDirect = claims.Select(c => HasQuotationMark(c.Content.Text)).ToArray();
        int matched = 0, correct = 0, directGold = 0, directPred = 0, directCorrectGold = 0, directCorrectPred = 0, directMatched = 0;
        for (var g = 0; g < gold.Count; g++)
        {
            if (goldDirect[g]) directGold++;
            if (claimOf[g] < 0) continue;
            matched++;
            if (goldDirect[g]) directMatched++;
            if (!right[claimOf[g]]) continue;
            correct++;
            if (goldDirect[g]) directCorrectGold++;
        }
        for (var p = 0; p < claims.Count; p++)
        {
            if (!predDirect[p]) continue;
            directPred++;
            if (goldOf[p] >= 0 && right[p]) directCorrectPred++;
        }

        var mismatches = new List<ClaimMismatch>();
        for (var g = 0; g < gold.Count; g++)
            if (claimOf[g] < 0)
            {
                var (nearest, nearestDice) = BestOverlap(claims, gold[g]);
                mismatches.Add(new ClaimMismatch(ClaimMismatchKind.Missed, gold[g], nearest, nearestDice));
            }
            else if (!right[claimOf[g]]) mismatches.Add(new ClaimMismatch(ClaimMismatchKind.WrongSpeaker, gold[g], claims[claimOf[g]], dices[claimOf[g]]));
        for (var p = 0; p < claims.Count; p++)
            if (goldOf[p] < 0) mismatches.Add(new ClaimMismatch(ClaimMismatchKind.Spurious, null, claims[p], 0));

        var byConfidence = new int[ClaimScore.ConfidenceBins];
        var rightByConfidence = new int[ClaimScore.ConfidenceBins];
        var byKind = new int[ClaimKinds.All.Count];
        var rightByKind = new int[ClaimKinds.All.Count];
        var rightClaims = new bool[claims.Count];
        for (var p = 0; p < claims.Count; p++)
        {
            var bin = ClaimScore.ConfidenceBin(claims[p].Confidence);
            byConfidence[bin]++;
            // (A kind outside the vocabulary is counted under none.)
            var kind = KindIndex.GetValueOrDefault(claims[p].Kind, -1);
            if (kind >= 0) byKind[kind]++;
            rightClaims[p] = goldOf[p] >= 0 && right[p];
            if (rightClaims[p])
            {
                rightByConfidence[bin]++;
                if (kind >= 0) rightByKind[kind]++;
            }
        }

        var score = new ClaimScore
        {
            Articles = 1,
            Content = new ClaimFigures(claims.Count, gold.Count, matched, matched),
            WhoSaidWhat = new ClaimFigures(claims.Count, gold.Count, correct, correct),
            Direct = new ClaimFigures(directPred, directGold, directCorrectPred, directCorrectGold),
            Indirect = new ClaimFigures(claims.Count - directPred, gold.Count - directGold, correct - directCorrectPred, correct - directCorrectGold),
            DirectContentMatched = directMatched,
            ByConfidence = [.. byConfidence],
            RightByConfidence = [.. rightByConfidence],
            ByKind = [.. byKind],
            RightByKind = [.. rightByKind],
        };
        return new ArticleClaimScore(score, mismatches, rightClaims);
    }

    /// <summary>Gold content containing a double quotation mark is a direct quote.</summary>
    public static bool IsDirect(string text, IReadOnlyList<CharRange> content) =>
        content.Any(r => r.End <= text.Length && HasQuotationMark(text.AsSpan(r.Start, r.Length)));

    /// <summary>Dice over sets of characters: 2|A∩B| / (|A| + |B|); ranges are merged first, so overlapping pieces count once.</summary>
    public static double Dice(IReadOnlyList<CharRange> a, IReadOnlyList<CharRange> b)
    {
        var ma = BratAttributions.Merge(a);
        var mb = BratAttributions.Merge(b);
        var sizeA = ma.Sum(r => r.Length);
        var sizeB = mb.Sum(r => r.Length);
        if (sizeA + sizeB == 0) return 0;
        long common = 0;
        foreach (var x in ma)
            foreach (var y in mb)
                common += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
        return 2.0 * common / (sizeA + sizeB);
    }

    /// <summary>The speaker test of the README; see the type's remarks.</summary>
    public static bool RightSpeaker(Claim claim, GoldAttribution gold, IReadOnlyDictionary<string, IReadOnlyList<Mention>> mentionsById)
    {
        if (!gold.HasSource) return claim.Speaker is null && claim.Speakers.Count == 0 && claim.SpeakerMention is null;
        if (claim.SpeakerMention is { } sm && Overlaps(sm.Start, sm.End, gold.Source)) return true;
        foreach (var id in claim.Speakers.Append(claim.Speaker).OfType<string>().Distinct())
            if (mentionsById.TryGetValue(id, out var mentions) && mentions.Any(m => Overlaps(m.Start, m.End, gold.Source)))
                return true;
        return false;
    }

    /// <summary>What the claim says was said: its content without the speaker's frame inside a split quote.</summary>
    private static IReadOnlyList<CharRange> Said(Claim claim) =>
        claim.SaidRanges().Select(r => new CharRange(r.Start, r.End)).ToList();

    private static bool Overlaps(int start, int end, IReadOnlyList<CharRange> ranges) =>
        ranges.Any(r => start < r.End && r.Start < end);

    /// <summary>The claim whose content overlaps the gold content most (a near miss), if any does.</summary>
    private static (Claim?, double) BestOverlap(IReadOnlyList<Claim> claims, GoldAttribution gold) =>
        claims.Select(c => (c: (Claim?)c, d: Dice(Said(c), gold.Content)))
            .Where(x => x.d > 0).OrderByDescending(x => x.d).FirstOrDefault();

    /// <summary>The header of <see cref="ErrorLines"/>.</summary>
    public const string ErrorHeader = "article	kind	dice	gold source	gold cue	gold content	claim speaker	claim cue	claim content	gold content offsets	claim content offsets";

    /// <summary>
    /// Mismatches as tab-separated lines for analysis (newlines and tabs in the text shown as spaces), one per
    /// mismatch. A missed attribution shows the nearest claim, if one overlaps at all.
    /// </summary>
    public static IEnumerable<string> ErrorLines(string article, string text, IEnumerable<ClaimMismatch> mismatches)
    {
        foreach (var m in mismatches)
        {
            string Gold(Func<GoldAttribution, IReadOnlyList<CharRange>> part) =>
                m.Gold is null ? "" : Clean(string.Join(" … ", part(m.Gold).Where(r => r.End <= text.Length).Select(r => text[r.Start..r.End])));
            var c = m.Predicted;
            var speaker = c is null ? "" : Clean((c.SpeakerMention?.Text ?? "-") + (c.Speaker is null ? "" : $" [{string.Join(",", c.Speakers)}]"));
            var goldOffsets = m.Gold is null ? "" : string.Join(";", m.Gold.Content.Select(r => $"{r.Start}-{r.End}"));
            yield return string.Join('	', article, m.Kind.ToString(), m.Dice.ToString("F2", CultureInfo.InvariantCulture),
                m.Gold is { HasSource: false } ? "(none)" : Gold(g => g.Source), Gold(g => g.Cue), Gold(g => g.Content),
                speaker, c is null ? "" : Clean(c.Cue.Text), c is null ? "" : Clean(c.Content.Text), goldOffsets,
                c is null ? "" : $"{c.Content.Start}-{c.Content.End}");
        }
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
