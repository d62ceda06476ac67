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

    [Theory]
    [InlineData("According to a list compiled by Norway's Harbour Gazette newspaper, the ferry fares rose by a fifth last year.")]
    [InlineData("According to the Harbour Gazette's Norway correspondent, the ferry fares rose by a fifth last year.")]
    [InlineData("According to a study by UK weekly Harbour Gazette, the ferry fares rose by a fifth last year.")]
    public void A_country_that_says_where_a_named_source_is_from_is_not_the_source(string sentence)
    {
        var g = Extract.From("Ferry fares\n\n" + sentence);
        var claim = g.ClaimWith("ferry fares rose by a fifth");
        Assert.Equal("Harbour Gazette", g.Entities.Single(e => e.Id == claim.Speaker).Name);
    }

    [Fact]
    public void A_country_is_the_source_when_the_phrase_names_no_other()
    {
        var g = Extract.From("Ferry fares\n\nAccording to a Norwegian government report, the ferry fares rose by a fifth last year.");
        var claim = g.ClaimWith("ferry fares rose by a fifth");
        Assert.Equal("country:no", claim.Speaker);
    }
}
