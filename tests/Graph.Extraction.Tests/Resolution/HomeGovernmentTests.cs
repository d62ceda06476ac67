using Graph.Core.Model;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A national paper writing about home often never names the country: where every party the article names is one
/// country's and no other country's government is named, "the government" is that country's. Passages are written
/// for these tests.
/// </summary>
public sealed class HomeGovernmentTests
{
    private const string Lead = "Ferry fares row\n\nLabour and the Tories clashed over ferry fares in a Commons debate late last night. ";

    [Fact]
    public void The_government_is_the_country_of_the_parties_named()
    {
        var g = Extract.From(Lead + "The government said the new fares would be fair to island families.");
        var claim = g.ClaimWith("fair to island families");
        Assert.Equal("country:gb", Assert.Single(claim.Speakers));
        Assert.Equal("the government", Assert.Single(g.Entities.Single(e => e.Id == "country:gb").Mentions).Text, ignoreCase: true);
    }

    [Theory]
    [InlineData("The Danish government wrote to the ferry firm. ")]
    [InlineData("Norway's ministers wrote to the ferry firm. ")]
    public void Not_when_another_country_s_government_is_named(string other)
    {
        var g = Extract.From(Lead + other + "The government said the new fares would be fair to island families.");
        Assert.DoesNotContain(g.Entities, e => e.Id == "country:gb");
    }

    [Fact]
    public void Not_when_the_parties_are_of_two_countries()
    {
        var g = Extract.From("Ferry fares row\n\nLabour and the Republicans both wrote about ferry fares last week. The government said the new fares would be fair to island families.");
        Assert.DoesNotContain(g.Entities, e => e.Id is "country:gb" or "country:us" && e.Mentions.Any(m => m.Text.EndsWith("government")));
    }

    [Fact]
    public void Not_a_government_named_after_it()
    {
        var g = Extract.From(Lead + "The government of Chad said the new fares would be fair to island families.");
        Assert.DoesNotContain(g.Entities, e => e.Id == "country:gb");
    }
}
