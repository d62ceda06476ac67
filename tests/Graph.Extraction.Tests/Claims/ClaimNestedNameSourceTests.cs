namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A name inside a longer name is a modifier of it: the demonym in "the Norwegian Ministry of Foreign Affairs" is not
/// the source or the audience, the ministry is.
/// </summary>
public sealed class ClaimNestedNameSourceTests
{
    [Fact]
    public void A_statement_by_a_national_ministry_is_the_ministry_s_not_the_country_s()
    {
        var g = Extract.From("Ferry talks\n\nAccording to a statement issued by the Norwegian Ministry of Foreign Affairs, both sides want a new ferry schedule.");
        var claim = g.ClaimWith("want a new ferry schedule");
        Assert.Equal("institution:ministry-of-foreign-affairs-no", claim.Speaker);
    }

    [Fact]
    public void An_audience_named_with_a_demonym_is_the_body_told()
    {
        var g = Extract.From("Ferry talks\n\nLena Brekke told the Norwegian Ministry of Foreign Affairs that the ferry fares were too high.");
        var claim = g.ClaimWith("ferry fares were too high");
        Assert.Equal("person:lena-brekke", claim.Speaker);
        Assert.Equal("institution:ministry-of-foreign-affairs-no", claim.Audience);
    }
}
