using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// The title of a film, show, album or song ("the comedy Harbour Lights", "Harbour Lights star Tom Beck") names no actor,
/// whatever the model typed it, here or elsewhere in the article; unless the same words speak, or are a country, city or
/// body the gazetteers know.
/// The candidates are given as a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class WorkTitleTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Theory]
    [InlineData("The comedy Harbour Lights won the top prize. Harbour Lights beat two dramas.", "Harbour Lights", NerLabels.Person)]
    [InlineData("Her third album 'Blue Fjord' sold well in Japan. Blue Fjord was recorded in a week.", "Blue Fjord", NerLabels.Organisation)]
    [InlineData("The BBC series Westhaven Nights returns in May. Westhaven Nights drew six million viewers.", "Westhaven Nights", NerLabels.Location)]
    public void A_title_after_a_noun_for_a_work_is_no_entity(string text, string title, string label)
    {
        var g = Resolve(text, (title, label, 0), (title, label, 1));
        Assert.DoesNotContain(g.Entities, e => e.Name == title);
    }

    [Fact]
    public void A_name_after_film_that_speaks_is_a_person()
    {
        const string text = "In the film Ola Brandt plays a pilot. Ola Brandt said the role was hard.";
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), ("Ola Brandt", NerLabels.Person, 1));
        Assert.Contains(g.Entities, e => e.Name == "Ola Brandt" && e.Type == EntityType.Person);
    }

    [Fact]
    public void A_country_that_is_also_an_albums_title_stays_the_country()
    {
        const string text = "His album Norway sold well. Norway has since cut taxes on music.";
        var g = Resolve(text, ("Norway", NerLabels.Location, 0), ("Norway", NerLabels.Location, 1));
        Assert.Contains(g.Entities, e => e.Name == "Norway" && e.Type == EntityType.Country);
    }

    [Fact]
    public void A_book_can_be_a_source_and_stays()
    {
        const string text = "The book Harbour Secrets alleges that the port was sold cheaply.";
        var g = Resolve(text, ("Harbour Secrets", NerLabels.Organisation, 0));
        Assert.Contains(g.Entities, e => e.Name == "Harbour Secrets");
    }

    [Theory]
    [InlineData("Harbour Lights star Tom Beck said the second series was darker.", NerLabels.Person)]
    [InlineData("Harbour Lights actress Anna Kovac said the second series was darker.", NerLabels.Organisation)]
    public void A_name_with_a_star_or_actor_after_it_is_a_show(string text, string label)
    {
        var person = text.Contains("Tom Beck", StringComparison.Ordinal) ? "Tom Beck" : "Anna Kovac";
        var g = Resolve(text, ("Harbour Lights", label, 0), (person, NerLabels.Person, 0));
        Assert.DoesNotContain(g.Entities, e => e.Name == "Harbour Lights");
        Assert.Contains(g.Entities, e => e.Name == person && e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Westhaven Rovers star Tom Beck scored twice.")]
    [InlineData("Radio Westhaven director Tom Beck resigned.")]
    public void A_club_with_a_star_or_a_body_with_a_director_stays(string text)
    {
        var body = text.StartsWith("Westhaven", StringComparison.Ordinal) ? "Westhaven Rovers" : "Radio Westhaven";
        var g = Resolve(text, (body, NerLabels.Organisation, 0), ("Tom Beck", NerLabels.Person, 0));
        Assert.Contains(g.Entities, e => e.Name == body && e.Type == EntityType.Institution);
    }

    [Theory]
    [InlineData("The Westhaven Motor Show opened on Monday.", "Westhaven Motor Show")]
    [InlineData("She won the Westhaven Marathon in May.", "Westhaven Marathon")]
    [InlineData("He ran at the Oslo Games in May.", "Oslo Games")]
    [InlineData("The Fjord Film Awards were held in May.", "Fjord Film Awards")]
    [InlineData("Norway lost their Six Nations opener.", "Six Nations")]
    public void An_events_name_is_no_entity(string text, string name)
    {
        var g = Resolve(text, (name, NerLabels.Organisation, 0));
        Assert.DoesNotContain(g.Entities, e => e.Name == name);
    }

    [Theory]
    [InlineData("Fjord Games said sales of its new title were strong.", "Fjord Games")]
    [InlineData("Harbour Open said its fees would rise.", "Harbour Open")]
    public void A_firm_named_like_an_event_stays(string text, string name)
    {
        var g = Resolve(text, (name, NerLabels.Organisation, 0));
        Assert.Contains(g.Entities, e => e.Name == name && e.Type == EntityType.Institution);
    }
}
