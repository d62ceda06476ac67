using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "told the Northern Ledger that ...": the outlet or body told is the claim's audience, also when the tagger missed
/// its name or took it for a person, so an analyst can ask which outlets an actor talks to.
/// </summary>
public sealed class ClaimAudienceOutletTests
{
    [Theory]
    [InlineData("Ola Dahl told the Northern Ledger on Friday that the ferry board was wrong.", "institution:northern-ledger")]
    [InlineData("Ola Dahl told the Harbour Courier that the ferry board was wrong.", "institution:harbour-courier")]
    [InlineData("Ola Dahl told the Fjord Sentinel newspaper that the ferry board was wrong.", "institution:fjord-sentinel")]
    public void The_outlet_told_is_the_audience(string sentence, string audience)
    {
        var g = Extract.From("Ferry board\n\n" + sentence);
        var claim = g.ClaimWith("ferry board was wrong");
        Assert.Equal("person:ola-dahl", claim.Speaker);
        Assert.Equal(audience, claim.Audience);
        Assert.Equal(EntityType.Institution, g.Entities.Single(e => e.Id == audience).Type);
    }

    [Theory]
    [InlineData("Ola Dahl told the Prime Minister that the ferry board was wrong.")]
    [InlineData("Ola Dahl told the Americans that the ferry board was wrong.")]
    [InlineData("Ola Dahl told the Brekke inquiry that the ferry board was wrong.")]
    public void A_title_a_people_or_a_name_in_a_modifier_is_no_outlet(string sentence)
    {
        var g = Extract.From("Ferry board\n\n" + sentence);
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Institution);
    }

    [Fact]
    public void A_state_s_officials_told_are_the_state()
    {
        var g = Extract.From("Ferry board\n\nOla Dahl warned Chinese officials that the ferry board was wrong.");
        Assert.Equal("country:cn", g.ClaimWith("ferry board was wrong").Audience);
    }

    [Theory]
    [InlineData("Ola Dahl told the Dalai Lama that the ferry board was wrong.")]
    [InlineData("Ola Dahl told the Court that the ferry board was wrong.")]
    public void An_honorific_or_a_generic_body_is_no_outlet(string sentence)
    {
        var g = Extract.From("Ferry board\n\n" + sentence);
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Institution);
    }
}
