using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Extraction.Evaluation;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A quote split by its speaker's frame ("“...,” said X, who ... . “...”") is one claim whose content runs from the
/// first quote through the second; the frame between them is recorded, so what was said can be told from the
/// words around it, and the scorer compares only what was said. Passages are written for these tests.
/// </summary>
public sealed class ClaimSplitQuoteFrameTests
{
    private const string Lead = "The harbour board met on Monday.\n\n";

    [Fact]
    public void A_quote_ended_by_an_exclamation_and_taken_up_after_a_long_frame_records_the_frame()
    {
        var g = Extract.From(Lead + "\u201CThe ferry sails at dawn!\u201D Tomas Berglund declared, a promise he has repeated at every meeting since the storm closed the pier in March. \u201CNobody on this board will stop it.\u201D");
        var claim = g.ClaimWith("ferry sails at dawn");
        Assert.Equal(g.PersonId("Tomas Berglund"), claim.Speaker);
        Assert.EndsWith("stop it.\u201D", claim.Content.Text);
        var frame = Assert.IsType<Span>(claim.Frame);
        Assert.StartsWith("Tomas Berglund declared", frame.Text);
        Assert.EndsWith("in March.", frame.Text);
        Assert.Equal([(claim.Content.Start, frame.Start), (frame.End, claim.Content.End)], claim.SaidRanges());
    }

    [Theory]
    [InlineData("when asked about the vote")]
    [InlineData("when asked")]
    [InlineData("when pressed on the fares")]
    public void A_question_put_to_the_speaker_in_the_frame_does_not_take_the_second_quote(string question)
    {
        var g = Extract.From(Lead + "\"There is no doubt,\" Berg said " + question + ", \"that the board did the right thing.\"");
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal("said", claim.Cue.Text);
        Assert.StartsWith("\"There is no doubt,\"", claim.Content.Text);
        Assert.EndsWith("did the right thing.\"", claim.Content.Text);
    }

    [Fact]
    public void A_quote_split_by_a_short_cue_records_the_frame_and_the_graph_node_carries_it()
    {
        var g = Extract.From(Lead + "\u201CWe will not pay the new toll,\u201D said Ingrid Halvorsen, who chairs the fishers\u2019 union. \u201CNot one crown of it.\u201D");
        var claim = g.ClaimWith("pay the new toll");
        Assert.Equal(g.PersonId("Ingrid Halvorsen"), claim.Speaker);
        var frame = Assert.IsType<Span>(claim.Frame);
        Assert.StartsWith("said Ingrid Halvorsen", frame.Text);
        Assert.EndsWith("union.", frame.Text);
        Assert.DoesNotContain("crown", frame.Text);
        var node = GraphProjection.Project(g).Nodes.Single(n => n.Id == claim.Id);
        Assert.Equal((long)frame.Start, node.Properties.GetValueOrDefault("frameStart"));
        Assert.Equal((long)frame.End, node.Properties.GetValueOrDefault("frameEnd"));
    }

    [Fact]
    public void A_single_quote_has_no_frame()
    {
        var g = Extract.From(Lead + "\u201CThe pier stays shut until the engineers are done,\u201D Petra Lindqvist said.");
        var claim = g.ClaimWith("pier stays shut");
        Assert.Null(claim.Frame);
        Assert.Equal([(claim.Content.Start, claim.Content.End)], claim.SaidRanges());
        Assert.False(GraphProjection.Project(g).Nodes.Single(n => n.Id == claim.Id).Properties.ContainsKey("frameStart"));
    }

    [Fact]
    public void The_scorer_compares_what_was_said_not_the_frame_inside_the_content()
    {
        const string text = "\u201CWe sail at dawn,\u201D said Tom Beck, the harbour master who has kept the port open through every winter storm of the last thirty years. \u201CNobody stops us.\u201D";
        int At(string part) => text.IndexOf(part, StringComparison.Ordinal);
        var firstEnd = At(" said");
        var secondStart = At("\u201CNobody");
        var ann = string.Join("\n",
            $"T1\tSource {At("Tom Beck")} {At("Tom Beck") + 8}\tTom Beck",
            $"T2\tCue {At("said")} {At("said") + 4}\tsaid",
            $"T3\tContent 0 {firstEnd};{secondStart} {text.Length}\t{text[..firstEnd]} {text[secondStart..]}",
            $"E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3") + "\n";
        var gold = BratAttributions.Parse(ann);
        Claim ClaimWithFrame(Span? frame) => new()
        {
            Id = "claim:split",
            SpeakerMention = Span.Of(text, At("Tom Beck"), At("Tom Beck") + 8),
            Cue = Span.Of(text, At("said"), At("said") + 4),
            Content = Span.Of(text, 0, text.Length),
            Frame = frame,
        };
        var withFrame = ClaimScorer.Score(text, gold, [ClaimWithFrame(Span.Of(text, firstEnd, secondStart))], []);
        Assert.Equal(1, withFrame.Score.WhoSaidWhat.CorrectGold);
        // The same content without its frame is mostly words nobody said: under half its characters were quoted.
        var without = ClaimScorer.Score(text, gold, [ClaimWithFrame(null)], []);
        Assert.Equal(0, without.Score.Content.CorrectGold);
    }

    [Fact]
    public void A_sentence_split_by_its_speaker_records_the_frame_too()
    {
        var g = Extract.From(Lead + "The new ferry timetable, Tomas Berglund said, would leave the island without a morning boat.");
        var claim = g.ClaimWith("without a morning boat");
        Assert.Equal(g.PersonId("Tomas Berglund"), claim.Speaker);
        Assert.StartsWith("The new ferry timetable", claim.Content.Text);
        var frame = Assert.IsType<Span>(claim.Frame);
        Assert.Equal(", Tomas Berglund said,", frame.Text);
        Assert.Equal("The new ferry timetable \u2026 would leave the island without a morning boat", Claim.Said(claim.Content.Text, claim.Content.Start, claim.Content.End, frame.Start, frame.End));
    }
}
