using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "Bridgeport, Conn.": US news gives a place's state by its short form after a comma. The state is the place named
/// in full, in the United States. Candidates are given as the model tags such text (the short form without its full
/// stop, which the tokenizer leaves apart), so the tests do not depend on the trained model.
/// </summary>
public sealed class UsStateTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Fact]
    public void A_short_form_after_a_place_and_a_comma_is_the_state()
    {
        const string text = "Ola Brandt grew up in Bridgeport, Conn., and moved away at twenty.";
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), ("Bridgeport", NerLabels.Location, 0), ("Conn", NerLabels.Location, 0));

        var state = Assert.Single(g.Entities, e => e.Name == "Connecticut");
        Assert.Equal(EntityType.Location, state.Type);
        Assert.Equal("us", state.Properties!["country"]);
        Assert.Equal("Conn.", Assert.Single(state.Mentions).Text);
    }

    [Fact]
    public void A_state_named_like_a_known_city_is_not_that_city()
    {
        const string text = "Ana Ruiz left Buffalo, N.Y., for New York last year.";
        var g = Resolve(text, ("Ana Ruiz", NerLabels.Person, 0), ("Buffalo", NerLabels.Location, 0), ("N.Y.", NerLabels.Location, 0),
            ("New York", NerLabels.Location, 0));

        Assert.Equal("N.Y.", Assert.Single(g.Entities, e => e.Name == "New York State").Mentions.Single().Text);
        Assert.Equal("New York", Assert.Single(g.Entities, e => e.Name == "New York").Mentions.Single().Text);
    }

    [Fact]
    public void A_short_form_elsewhere_is_left_as_the_model_read_it()
    {
        // Not after a place and a comma: "Mass" here is no state.
        const string text = "Ana Ruiz went to Mass. on Sunday with Tom Beck.";
        var g = Resolve(text, ("Ana Ruiz", NerLabels.Person, 0), ("Mass", NerLabels.Location, 0), ("Tom Beck", NerLabels.Person, 0));

        Assert.DoesNotContain(g.Entities, e => e.Name == "Massachusetts");
    }

    [Fact]
    public void A_place_first_named_in_a_capitals_dateline_goes_by_its_usual_spelling()
    {
        const string text = "KELMARSH \u2014 The council of Kelmarsh voted on Monday to close the harbour.";
        var g = Resolve(text, ("KELMARSH", NerLabels.Location, 0), ("Kelmarsh", NerLabels.Location, 0));

        var place = Assert.Single(g.Entities);
        Assert.Equal("Kelmarsh", place.Name);
        Assert.Contains("KELMARSH", place.Aliases);
        Assert.Equal(2, place.Mentions.Count);
    }
}
