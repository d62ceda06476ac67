namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A relative clause opened by a preposition after a comma (", under which ...", ", in which ...") ends what was
/// said, the way ", which ..." does (a "that" clause keeps it), and so does an apposition opened by "another".
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimPrepositionRelativeTests
{
    [Fact]
    public void A_preposition_and_which_after_a_comma_end_the_content()
    {
        var g = Extract.From("Ferry levy\n\nMayor Elsa Ruiz criticized the \"crossing surcharge,\" under which every island resident pays twice for the same ferry ride.");
        var claim = g.ClaimWith("crossing surcharge");
        Assert.DoesNotContain("under which", claim.Content.Text);
        Assert.Equal(g.PersonId("Elsa Ruiz"), claim.Speaker);
    }

    [Fact]
    public void A_that_clause_keeps_its_preposition_relative()
    {
        var g = Extract.From("Ferry levy\n\nMayor Elsa Ruiz said that the board approved a new surcharge, under which every island resident pays twice for the same ferry ride.");
        var claim = g.ClaimWith("the board approved");
        Assert.Contains("under which every island resident", claim.Content.Text);
    }

    [Fact]
    public void An_apposition_opened_by_another_ends_the_content()
    {
        var g = Extract.From("Ferry levy\n\nMayor Elsa Ruiz criticized the new \"crossing surcharge\" on ferry tickets, another burden for island families who ride every day.");
        var claim = g.ClaimWith("crossing surcharge");
        Assert.DoesNotContain("another burden", claim.Content.Text);
    }
}
