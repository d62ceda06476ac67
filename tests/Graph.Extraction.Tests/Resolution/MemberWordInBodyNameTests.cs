using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// The model sometimes takes the word for one of a body's people into the body's name ("Green Harbour Party MP Tom
/// Beck", "Radio Westhaven DJ Anna Kovac", "Supreme Court Justice Lars Ove"): the body is named without it. The
/// candidates are given as a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class MemberWordInBodyNameTests
{
    [Theory]
    [InlineData("Green Harbour Party MP Tom Beck said the fees were unfair.", "Green Harbour Party MP", "Green Harbour Party")]
    [InlineData("Radio Westhaven DJ Tom Beck said the fees were unfair.", "Radio Westhaven DJ", "Radio Westhaven")]
    [InlineData("Harbour Court Justice Tom Beck said the fees were unfair.", "Harbour Court Justice", "Harbour Court")]
    public void The_body_is_named_without_the_members_word(string text, string tagged, string body)
    {
        var g = Tagged.Resolve(text, (tagged, NerLabels.Organisation, 0), ("Tom Beck", NerLabels.Person, 0));
        Assert.Contains(g.Entities, e => e.Name == body && e.Type == EntityType.Institution);
        Assert.DoesNotContain(g.Entities, e => e.Name == tagged);
    }

    [Fact]
    public void Justice_stays_in_a_name_that_is_not_a_courts()
    {
        const string text = "The Harbour Justice said the fees were unfair.";
        var g = Tagged.Resolve(text, ("Harbour Justice", NerLabels.Organisation, 0));
        Assert.Contains(g.Entities, e => e.Name == "Harbour Justice");
    }
}
