using Graph.Core.Model;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "Nordbank's board ... The board rejected the offer": with no body named "Board", the board is the one company the
/// article names as having one. Passages are written for these tests; the companies are tagged as a model might.
/// </summary>
public sealed class BoardOwnerTests
{
    [Fact]
    public void The_board_is_the_company_named_with_its_board()
    {
        var g = FixedLabels.Extract(
            "Bid for Nordbank\n\nNordbank's board met on Monday to weigh an offer from Westhaven Capital. Late in the evening, Tom Beck left the meeting early. The board rejected the offer, saying it undervalued the bank.",
            ("Nordbank", NerLabels.Organisation), ("Westhaven Capital", NerLabels.Organisation), ("Tom Beck", NerLabels.Person));
        var claim = g.ClaimWith("undervalued the bank");
        Assert.Equal(g.Named(EntityType.Institution, "Nordbank").Id, claim.Speaker);
    }

    [Fact]
    public void Not_when_two_companies_are_named_with_boards()
    {
        var g = FixedLabels.Extract(
            "Bid for Nordbank\n\nNordbank's board and the Westhaven Capital board met on Monday. Late in the evening, Tom Beck left the meeting early. The board rejected the offer, saying it undervalued the bank.",
            ("Nordbank", NerLabels.Organisation), ("Westhaven Capital", NerLabels.Organisation), ("Tom Beck", NerLabels.Person));
        Assert.Null(g.ClaimWith("undervalued the bank").Speaker);
    }

    [Fact]
    public void A_description_in_the_sentence_before_does_not_hide_the_company_the_sentences_open_on()
    {
        var g = FixedLabels.Extract(
            "Bid for Nordbank\n\nNordbank's board has agreed to open its books to Tom Beck. Earlier this month, Tom Beck sent the board his proposals. Replying on Friday, the club promised him a week with the accounts.",
            ("Nordbank", NerLabels.Organisation), ("Tom Beck", NerLabels.Person));
        Assert.Equal(g.Named(EntityType.Institution, "Nordbank").Id, g.ClaimWith("a week with the accounts").Speaker);
    }
}
