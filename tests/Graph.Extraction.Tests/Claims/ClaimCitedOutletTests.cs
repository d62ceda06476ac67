namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "According to the Harbour Gazette, ... . The newspaper said ...": "the newspaper", "the paper" or "the daily" is the
/// outlet the text cites before as where news came from ("according to X", "an interview with X", "X newspaper", "daily
/// X") or a body whose name is a newspaper's ("the Harbour Gazette was sued"), not a body that merely said something. A report cited after a quote and its frame ("“...?” Beck said, according to
/// X") holds the quote, opening mark and all. A body named before the kind of body it is ("the Westhaven Courier
/// newspaper", "Reuters news agency") is the speaker. Passages are written for these tests.
/// </summary>
public sealed class ClaimCitedOutletTests
{
    [Theory]
    [InlineData("The island ferry will be sold to a firm from Bergen, according to the Harbour Gazette.")]
    [InlineData("The Harbour Gazette newspaper reported that the island ferry will be sold to a firm from Bergen.")]
    public void The_newspaper_is_the_outlet_cited_before(string first)
    {
        var g = Extract.From("Ferry sale\n\n" + first + " The newspaper said the price had not been agreed.");
        var claim = g.ClaimWith("the price had not been agreed");
        Assert.Equal("institution:harbour-gazette", claim.Speaker);
    }

    [Fact]
    public void A_body_that_only_spoke_is_not_the_newspaper()
    {
        var g = Extract.From("Ferry sale\n\nNordbank has said it will bid for the island ferry. The newspaper said the price had not been agreed.");
        var claim = g.ClaimWith("the price had not been agreed");
        Assert.Null(claim.Speaker);
        Assert.Equal("The newspaper", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_body_whose_name_is_a_newspaper_s_is_the_newspaper()
    {
        var g = Extract.From("Ferry row\n\nThe Harbour Gazette was sued by the ferry firm's owner on Monday. The newspaper said it would defend its story.");
        Assert.Equal("institution:harbour-gazette", g.ClaimWith("defend its story").Speaker);
    }

    [Fact]
    public void A_paper_known_by_its_initials_is_the_paper()
    {
        var g = Extract.From("Ferry sale\n\nThe island ferry will be sold to a firm from Bergen, according to the FT on Monday. The newspaper said the price had not been agreed.");
        Assert.Equal("institution:financial-times-gb", g.ClaimWith("island ferry will be sold").Speaker);
        Assert.Equal("institution:financial-times-gb", g.ClaimWith("the price had not been agreed").Speaker);
    }

    [Fact]
    public void A_report_after_a_question_and_its_frame_holds_the_question()
    {
        // The question mark ends the sentence before the frame; the report still holds the quote, as it does after a comma.
        var g = Extract.From("Ferry row\n\nTom Beck spoke at the harbour forum on Sunday.\n\n"
            + "\u201CWho will pay for the new quay, the crews or the town?\u201D Beck said on the quay, according to the Westhaven Courier.");
        var report = g.Claims.Single(c => c.Cue.Text == "according to");
        Assert.StartsWith("\u201CWho will pay", report.Content.Text);
        Assert.Equal("the Westhaven Courier", report.SpeakerMention!.Text);
    }

    [Fact]
    public void A_sentence_whose_cue_has_words_of_its_own_is_no_frame_for_the_quote_before()
    {
        var g = Extract.From("Ferry row\n\nTom Beck spoke at the harbour forum on Sunday.\n\n"
            + "\u201CWho pays for the ferries?\u201D Ana Ruiz said she would cut the fares, according to the Westhaven Courier.");
        var report = g.Claims.Single(c => c.Cue.Text == "according to");
        Assert.DoesNotContain("Who pays", report.Content.Text);
    }

    [Theory]
    [InlineData("The Westhaven Courier newspaper reported that the ferry would be sold.", "Westhaven Courier", true)]
    [InlineData("The Nordbank group said that the ferry would be sold.", "Nordbank", true)]
    [InlineData("A Westhaven newspaper reported that the ferry would be sold.", "Westhaven", false)]
    public void A_body_s_name_before_the_kind_of_body_it_is_speaks(string sentence, string name, bool speaks)
    {
        var g = FixedLabels.Extract("Ferry sale\n\n" + sentence, (name, Entities.NerLabels.Organisation));
        var claim = g.ClaimWith("the ferry would be sold");
        var body = g.Entities.Single(e => e.Name == name);
        Assert.Equal(speaks, claim.Speaker == body.Id);
    }
}
