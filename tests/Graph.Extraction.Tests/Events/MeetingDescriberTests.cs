using Graph.Core.Model;

namespace Graph.Extraction.Tests.Events;

/// <summary>
/// An institution or country that only describes the named actor after it ("LSE chief executive Ann Berg", "Swiss
/// cement firm Holcim") is not a participant: the named one is. A nationality standing for an unnamed person ("The
/// Swede could meet ...") is nobody to meet.
/// </summary>
public sealed class MeetingDescriberTests
{
    [Fact]
    public void An_institution_in_a_title_is_not_a_participant()
    {
        var g = Extract.From("Harbour news\n\nTom Beck met Dalmark Ports chief executive Anna Kovac in Oslo.");
        Assert.Equal(new[] { g.PersonId("Tom Beck"), g.PersonId("Anna Kovac") }.Order(), Assert.Single(g.Events).Participants.Order());
    }

    [Fact]
    public void A_country_before_a_firm_is_not_a_participant()
    {
        var g = Extract.From("Harbour news\n\nNorland Bank held merger talks with Swedish shipping firm Baltic Ferries Ltd.");
        Assert.DoesNotContain("country:se", Assert.Single(g.Events).Participants);
    }

    [Fact]
    public void A_nationality_for_an_unnamed_person_is_not_a_participant()
    {
        var g = Extract.From("Harbour news\n\nThe Swede could meet Tom Beck and Lars Ove in Oslo next month.");
        Assert.DoesNotContain(g.Events, e => e.Participants.Contains("country:se"));
    }

    [Theory]
    [InlineData("Norland Bank held two rounds of talks with US lender Dalmark Trust.", "country:us")]
    [InlineData("Tom Beck met Anna Kovac on Monday as the German group weighed a bid.", "country:de")]
    [InlineData("Tom Beck will meet his Danish counterpart, Anna Kovac, in Oslo.", "country:dk")]
    public void A_country_describing_a_noun_is_not_a_participant(string sentence, string country)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        var meeting = Assert.Single(g.Events);
        Assert.DoesNotContain(country, meeting.Participants);
        Assert.True(meeting.Participants.Count >= 2);
    }

    [Fact]
    public void Officials_of_a_country_are_the_country()
    {
        var g = Extract.From("Harbour news\n\nTom Beck met Danish officials in Oslo on Monday.");
        Assert.Contains("country:dk", Assert.Single(g.Events).Participants);
    }

    [Fact]
    public void The_owner_of_another_ones_description_is_not_a_participant()
    {
        var g = Extract.From("Harbour news\n\nDalmark Ports held talks with Norland Bank's rival Baltic Trust on Monday.");
        var meeting = Assert.Single(g.Events);
        Assert.DoesNotContain(g.Named(EntityType.Institution, "Norland Bank").Id, meeting.Participants);
        Assert.Contains(g.Named(EntityType.Institution, "Baltic Trust").Id, meeting.Participants);
    }

    [Fact]
    public void A_country_whose_unnamed_minister_was_met_stays()
    {
        var g = Extract.From("Harbour news\n\nTom Beck met Norway's foreign minister in Oslo on Monday.");
        Assert.Contains("country:no", Assert.Single(g.Events).Participants);
    }

    [Fact]
    public void Bodies_before_the_subject_s_title_are_not_participants()
    {
        var g = FixedLabels.Extract("Transfer news\n\nWesthaven and Kelmarsh defender Tom Beck met Anna Kovac in a hotel last week.",
            ("Westhaven", Entities.NerLabels.Organisation), ("Kelmarsh", Entities.NerLabels.Location), ("Tom Beck", Entities.NerLabels.Person),
            ("Anna Kovac", Entities.NerLabels.Person));
        Assert.Equal(new[] { g.PersonId("Tom Beck"), g.PersonId("Anna Kovac") }.Order(), Assert.Single(g.Events).Participants.Order());
    }

    [Fact]
    public void Two_bodies_joined_as_the_subject_both_meet()
    {
        var g = FixedLabels.Extract("Transfer news\n\nWesthaven and Nordbank met Anna Kovac in a hotel last week.",
            ("Westhaven", Entities.NerLabels.Organisation), ("Nordbank", Entities.NerLabels.Organisation), ("Anna Kovac", Entities.NerLabels.Person));
        Assert.Equal(3, Assert.Single(g.Events).Participants.Count);
    }
}
