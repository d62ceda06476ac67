using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A place the speakers are spread over ("voters across the country", "fishers throughout the islands", "fans
/// around the world") describes them and does not speak: the claim is the people's, not the country's or the
/// place's, as "officials in Iowa said" already was. So for people named by where they come from or stand ("crews
/// from Kirkwall", "protesters outside the parliament", "a woman from Norway"). Passages are written for these tests.
/// </summary>
public sealed class ClaimSpreadPlaceTests
{
    private const string Lead = "The harbour board met on Monday.\n\n";

    [Theory]
    [InlineData("Voters across Britain said the new ferry levy was unfair.", "Voters", "Britain")]
    [InlineData("Fishers throughout Norway complained that the quotas were too low.", "Fishers", "Norway")]
    [InlineData("Sailors around Denmark say the new rules will empty the harbours.", "Sailors", "Denmark")]
    public void The_people_spread_over_a_country_speak_not_the_country(string sentence, string speaker, string place)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal(speaker, claim.SpeakerMention?.Text);
        var country = g.Entities.SingleOrDefault(e => e.Name == place || e.Aliases.Contains(place));
        if (country is not null) Assert.DoesNotContain(country.Id, claim.Speakers);
    }

    [Fact]
    public void A_country_that_is_the_subject_still_speaks()
    {
        var g = Extract.From(Lead + "Across the region, Norway said the quotas would stay.");
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal("Norway", claim.SpeakerMention?.Text);
    }

    [Theory]
    [InlineData("Ferry crews from Kirkwall said the new timetable would cost them their evening trade.", "Ferry crews from Kirkwall", "Kirkwall")]
    [InlineData("Protesters outside the Scottish Parliament said the bill went too far.", "Protesters outside the Scottish Parliament", "Scottish Parliament")]
    [InlineData("Fishermen from Orkney said the quota was unfair.", "Fishermen from Orkney", "Orkney")]
    [InlineData("Lecturers from Hull University fear the cuts will close two departments.", "Lecturers from Hull University", "Hull University")]
    [InlineData("A woman from Norway says the ferry firm kept her deposit.", "A woman from Norway", "Norway")]
    [InlineData("The senator from Maine said the harbour bill would pass.", "The senator from Maine", "Maine")]
    public void People_from_or_outside_a_place_speak_not_the_place(string sentence, string speaker, string place)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        Assert.Equal(speaker, claim.SpeakerMention?.Text);
        foreach (var e in g.Entities.Where(e => e.Name == place || e.Aliases.Contains(place)))
            Assert.DoesNotContain(e.Id, claim.Speakers);
    }

    [Fact]
    public void One_person_from_a_place_after_a_name_describes_the_name()
    {
        // (Also in a sentence run together from two: "... said Tom Beck, a farmer from Westhaven told the paper.")
        var g = Extract.From(Lead + "\"The fees are too high,\" said Tom Beck, a farmer from Westhaven told the Harbour Gazette.");
        Assert.Equal(g.PersonId("Tom Beck"), g.OnlyClaimAfter(Lead).Speaker);
    }

    [Theory]
    [InlineData("A letter from the Treasury said the levy would stay.", "Treasury")]
    [InlineData("Officials from the Treasury said the levy would stay.", "Treasury")]
    [InlineData("Assessments from the Treasury suggest the levy will stay.", "Treasury")]
    [InlineData("The Treasury's outside lawyers said the levy would stay.", "Treasury")]
    [InlineData("A spokeswoman for Barclays said the bank would appeal.", "Barclays")]
    public void A_document_from_a_body_or_its_spokeswoman_still_speaks_for_it(string sentence, string body)
    {
        var g = Extract.From(Lead + sentence);
        var claim = g.OnlyClaimAfter(Lead);
        var entity = Assert.Single(g.Entities, e => e.Type != EntityType.Person && (e.Name.Contains(body) || e.Aliases.Contains(body)));
        Assert.True(claim.Speakers.Contains(entity.Id) || g.Relations.Any(r => claim.Speakers.Contains(r.From) && r.To == entity.Id),
            $"speaker {string.Join(",", claim.Speakers)} ({claim.SpeakerMention?.Text})");
    }

    [Theory]
    [InlineData("Nordoil builds rigs in Bergen. Nordoil's US lawyers argue that the sale broke the law.", "Nordoil")]
    [InlineData("Nordland Ports runs the quays in Bodo. Nordland Ports' US lawyers said the sale broke the law.", "Nordland Ports")]
    public void A_firm_s_lawyers_in_a_country_speak_for_the_firm(string text, string firm)
    {
        var g = Extract.From(Lead + text);
        var claim = g.ClaimWith("the sale broke the law");
        Assert.Equal(g.Entities.Single(e => e.Name == firm).Id, claim.Speaker);
    }

    [Theory]
    [InlineData("Campaign groups such as War on Waste said the levy was unfair. War on Waste's Karen Lund said: \"The levy falls on the crews.\"")]
    [InlineData("War on Waste's Karen Lund said the levy falls on the crews.")]
    public void A_person_named_after_a_possessive_speaks_whatever_preposition_the_owner_s_name_holds(string text)
    {
        // "on" inside a group's name is not a place the speaker is in ("officials in Iowa").
        var g = Extract.From(Lead + text);
        var claim = g.ClaimWith("falls on the crews");
        Assert.Equal("Karen Lund", claim.SpeakerMention?.Text);
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }

    [Fact]
    public void A_day_s_possessive_is_no_owner_with_a_name()
    {
        var g = Extract.From(Lead + "Volunteers at Saturday's Harbour Fair Day said the levy would stay.");
        Assert.Equal("Volunteers", g.ClaimWith("the levy would stay").SpeakerMention?.Text);
    }
}
