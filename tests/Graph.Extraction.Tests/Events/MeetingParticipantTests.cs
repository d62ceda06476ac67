using Graph.Core.Model;

namespace Graph.Extraction.Tests.Events;

/// <summary>
/// A country that only modifies a named person's title ("Italian Prime Minister Marco Bellini") is not a participant
/// of the meeting nor the one met: the person is.
/// </summary>
public sealed class MeetingParticipantTests
{
    private const string Talks = "Talks\n\nMayor Ana Ruiz met Italian Prime Minister Marco Bellini and German Chancellor Greta Vogel in Rome.";

    [Fact]
    public void The_people_titled_by_a_country_take_part_not_the_countries()
    {
        var g = Extract.From(Talks);
        var meeting = Assert.Single(g.Events);
        Assert.Equal(
            new[] { g.PersonId("Ana Ruiz"), g.PersonId("Marco Bellini"), g.PersonId("Greta Vogel") }.Order(),
            meeting.Participants.Order());
    }

    [Fact]
    public void The_one_met_is_the_person_not_the_country_of_their_title()
    {
        var g = Extract.From(Talks);
        var met = Assert.Single(g.Relations, r => r.Type == RelationTypes.MetWith);
        Assert.Equal(g.PersonId("Marco Bellini"), met.To);
        // The title still says which country each serves.
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == g.PersonId("Marco Bellini") && r.To == "country:it");
    }

    [Fact]
    public void Countries_that_meet_in_their_own_right_stay()
    {
        var g = Extract.From("Talks\n\nItaly and Germany met in Rome on Monday, and Marco Bellini spoke for both.");
        Assert.Contains("country:it", Assert.Single(g.Events).Participants);
    }
}
