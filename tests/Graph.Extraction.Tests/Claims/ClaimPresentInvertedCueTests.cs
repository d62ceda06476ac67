namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Features report in the present tense with the verb before its speaker: "“...,” recalls Karen Lund.", "..., predicts
/// Tom Berg, editor of ...". Such a verb put before its speaker has no subject of its own: "But Lund, on the radio, also
/// admits Berg, who ..., will decide" is Lund's, the adverb ("also", "now", "still") going with her. Passages are
/// written for these tests.
/// </summary>
public sealed class ClaimPresentInvertedCueTests
{
    [Fact]
    public void A_present_tense_verb_after_a_quote_names_its_speaker()
    {
        var g = Extract.From("Pier plan\n\nThe new pier opened in March. \"We found the gates locked at dusk and had to walk back to town for the key,\" recalls Karen Lund. \"Nobody there had one.\"");
        var claim = g.ClaimWith("found the gates locked at dusk");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.Contains("Nobody there had one", claim.Content.Text);
    }

    [Fact]
    public void A_present_tense_verb_after_a_clause_names_its_speaker()
    {
        var g = Extract.From("Ferry season\n\nUnless the council buys a second boat, the late ferries will run half empty all winter, predicts Tom Berg, editor of the Harbour Gazette.");
        var claim = g.ClaimWith("the late ferries will run half empty");
        Assert.Equal(g.PersonId("Tom Berg"), claim.Speaker);
    }

    [Theory]
    [InlineData("also admits")]
    [InlineData("now admits")]
    [InlineData("still concedes")]
    public void An_adverb_before_the_verb_goes_with_the_subject_before_it(string verb)
    {
        var g = Extract.From("Pier plan\n\nBut Karen Lund, speaking on the harbour radio, " + verb + " Tom Berg, whose contract ends in May, will choose where he works next.");
        var claim = g.ClaimWith("will choose where he works next");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }

    [Fact]
    public void An_auxiliary_after_an_apposition_is_no_inverted_verb()
    {
        var g = Extract.From("Harbour bank\n\nNordbank, the harbour lender caught up in last year's loan affair, has reported a halving in its losses.");
        var claim = g.ClaimWith("a halving in its losses");
        Assert.Equal("Nordbank", claim.SpeakerMention!.Text);
    }
}
