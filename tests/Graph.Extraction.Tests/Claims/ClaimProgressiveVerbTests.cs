namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// An auxiliary before an "-ing" word after a comma ("..., were closing ...") makes it the reported clause's own
/// verb, not a participle clause commenting on the telling. Passages are written for these tests.
/// </summary>
public sealed class ClaimProgressiveVerbTests
{
    [Fact]
    public void An_auxiliary_and_a_participle_after_an_apposition_go_on_with_the_content()
    {
        var g = Extract.From("Ferry strike\n\nMayor Elsa Ruiz spoke on Monday. She said members of the harbour crews union, the biggest in the port, were closing the ferry terminal for a week.");
        var claim = g.ClaimWith("members of the harbour crews union");
        Assert.Contains("were closing the ferry terminal", claim.Content.Text);
        Assert.Equal(g.PersonId("Elsa Ruiz"), claim.Speaker);
    }
}
