using Graph.Core.Model;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Democrats said", "the Tories claim": a party's plural name for its members, which the model tags as it tags a
/// people ("Americans"), speaks for the party; counted or described ("many Democrats", "three senior Tories") or picked
/// out by "who" ("Republicans who ..."), they are some of its members, and the party does not speak.
/// </summary>
public sealed class ClaimPartyMembersSpeakerTests
{
    private static ArticleGraph Extract(string passage) => FixedLabels.Extract("Harbour news\n\n" + passage,
        ("Democrats", NerLabels.Misc), ("Republicans", NerLabels.Misc), ("Tories", NerLabels.Misc),
        ("Labour", NerLabels.Organisation), ("Ola Brandt", NerLabels.Person));

    [Theory]
    [InlineData("Fares to the islands rose in May. Democrats said the bill would raise them again.", "institution:democratic-party-us")]
    [InlineData("Fares to the islands rose in May. The Republicans argued that the fares were too low.", "institution:republican-party-us")]
    [InlineData("The harbour plan was published in May. The Tories claim the plan will cost twice as much.", "institution:conservative-party-gb")]
    public void A_partys_plural_name_speaks_for_the_party(string passage, string party)
    {
        var g = Extract(passage);
        var claim = Assert.Single(g.Claims);
        Assert.Equal(party, claim.Speaker);
    }

    [Fact]
    public void Two_parties_joined_by_and_both_speak()
    {
        var g = Extract("The harbour plan was published in May. Labour and the Tories both think the plan will cost twice as much.");
        var claim = Assert.Single(g.Claims);
        Assert.Equal(["institution:labour-party-gb", "institution:conservative-party-gb"], claim.Speakers);
    }

    [Theory]
    [InlineData("Fares to the islands rose in May. Many Democrats said the bill would raise them again.")]
    [InlineData("Fares to the islands rose in May. Three senior Republicans said the bill would raise them again.")]
    [InlineData("Fares to the islands will rise in May, according to four senior Democrats.")]
    [InlineData("Fares to the islands rose in May. Republicans who said the fares were too low voted for it.")]
    [InlineData("Fares to the islands will rise in May, according to Democrats elected on the islands.")]
    [InlineData("Fares to the islands will rise in May, according to Republicans who sit on the committee.")]
    [InlineData("Fares to the islands rose in May. Democrats living on the islands said the bill would raise them again.")]
    [InlineData("Fares to the islands rose in May. Many Democrats and Republicans say the bill would raise them again.")]
    public void Some_of_a_partys_members_do_not_speak_for_it(string passage)
    {
        var g = Extract(passage);
        foreach (var claim in g.Claims)
        {
            Assert.DoesNotContain("institution:democratic-party-us", claim.Speakers);
            Assert.DoesNotContain("institution:republican-party-us", claim.Speakers);
        }
        Assert.NotEmpty(g.Claims);
    }

    [Fact]
    public void The_party_after_a_comma_is_what_who_stands_for()
    {
        var g = Extract("Fares to the islands will rise in May despite the Republicans, who said the fares were too low.");
        var claim = Assert.Single(g.Claims);
        Assert.Equal("institution:republican-party-us", claim.Speaker);
    }
}
