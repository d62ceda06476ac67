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
}
