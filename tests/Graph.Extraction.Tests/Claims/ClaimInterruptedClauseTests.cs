namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A frame ("she said,") that interrupts the clause a quote began: what follows the frame goes on with what was
/// said, when it is a verb without a subject of its own, or, after a quote standing inside a clause begun before
/// it, a word that opens no adjunct of the telling. Passages are written for these tests.
/// </summary>
public sealed class ClaimInterruptedClauseTests
{
    [Fact]
    public void A_modal_after_the_frame_goes_on_with_the_quote()
    {
        var g = Extract.From("Ferry toll\n\nThe harbour board met on Monday. \u201COnly the night crews,\u201D Marta Lindqvist said, would end up paying the new toll twice a week.");
        var claim = g.ClaimWith("Only the night crews");
        Assert.Contains("paying the new toll twice a week", claim.Content.Text);
        Assert.Equal(g.PersonId("Marta Lindqvist"), claim.Speaker);
    }

    [Fact]
    public void A_clause_holding_quotes_goes_on_past_the_frame()
    {
        var g = Extract.From("Radio talk\n\nPundit Oskar Brandvold spoke at the library on Friday.\n\nListeners who spend whole evenings ''phoning the late shows'' and trading rumours about ''the harbour plot,'' he said, drift into a world that is ''sealed off from the facts.''");
        var claim = g.ClaimWith("sealed off from the facts");
        Assert.StartsWith("Listeners who spend", claim.Content.Text);
        Assert.Equal(g.PersonId("Oskar Brandvold"), claim.Speaker);
    }

    [Fact]
    public void A_telling_adjunct_in_the_frame_still_leaves_the_rest_of_the_sentence_in_the_content()
    {
        var g = Extract.From("Ferry service\n\nThe harbour office posted its winter timetable.\n\nIf the fog lifts by noon, Captain Nils Arvidsson wrote on Facebook, the morning ferries will sail again on Sunday.");
        var claim = g.ClaimWith("If the fog lifts");
        Assert.Contains("the morning ferries will sail again", claim.Content.Text);
        Assert.Equal(g.PersonId("Nils Arvidsson"), claim.Speaker);
    }

    [Fact]
    public void A_relative_clause_after_the_subject_of_an_inner_clause_goes_on_with_it()
    {
        var g = Extract.From("Pier opens\n\nKaren Lund said she hoped the new pier, which took three years to build, was worth the wait.");
        var claim = g.ClaimWith("she hoped");
        Assert.Equal("she hoped the new pier, which took three years to build, was worth the wait", claim.Content.Text);
    }
}
