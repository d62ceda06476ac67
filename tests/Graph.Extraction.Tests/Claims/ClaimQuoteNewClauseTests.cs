namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Where an object's content ends when, after its closing quote, "and" brings in another subject: a name or a
/// possessive noun phrase with a finite verb starts a clause of its own. Passages are written for these tests.
/// </summary>
public sealed class ClaimQuoteNewClauseTests
{
    [Fact]
    public void A_possessive_subject_after_the_quote_starts_a_new_clause()
    {
        var g = Extract.From("Ferry levy\n\nMayor Lena Brandt has called the levy \"unfair to islanders,\" and her office has filed a complaint with the port board over the summer timetable.");
        var claim = g.ClaimWith("unfair to islanders");
        Assert.Equal("called", claim.Cue.Text);
        Assert.EndsWith("islanders,\"", claim.Content.Text);
    }

    [Fact]
    public void A_named_subject_after_the_quote_starts_a_new_clause()
    {
        var g = Extract.From("Harbour race\n\nVera Holm accuses the council of \"sleeping at the wheel\" and Pavel Orlov says the harbour budget is far too small for the coming winter.");
        var claim = g.ClaimWith("sleeping at the wheel");
        Assert.Equal("accuses", claim.Cue.Text);
        Assert.EndsWith("wheel\"", claim.Content.Text);
    }

    [Fact]
    public void A_quote_closing_the_adjunct_a_that_clause_opens_with_does_not_end_it()
    {
        var g = Extract.From("Harbour race\n\nVera Holm said that by calling the levy \"a small fee,\" Mayor Brandt was \"hiding a tax on every crossing.\"");
        var claim = g.ClaimWith("a small fee");
        Assert.Equal("said", claim.Cue.Text);
        Assert.EndsWith("every crossing.\"", claim.Content.Text);
    }

    [Fact]
    public void A_quote_after_a_complement_still_ends_at_its_comma_before_a_new_clause()
    {
        var g = Extract.From("Harbour race\n\nAt a rally billed as \"Boats for Berg,\" Vera Holm promised a new ferry to the islands.");
        Assert.DoesNotContain("Vera Holm promised", g.ClaimWith("Boats for Berg").Content.Text);
    }

    [Theory]
    [InlineData("Ana Ruiz said that in two years the port would be \"the busiest in the north,\" the Tromsdal Times reported.", "reported")]
    [InlineData("Ana Ruiz said that by 2030 the port would handle \"twice as many ships,\" a figure the board called unrealistic.", "unrealistic")]
    public void A_quote_inside_a_clause_that_has_begun_still_ends_it_at_its_comma(string sentence, string after)
    {
        var g = Extract.From("Port plans\n\n" + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "said" && c.Content.Text.Contains(after));
    }
}
