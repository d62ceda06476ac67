using Graph.Core.Model;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A title given in an apposition ("Ola Brandt, Nordbank's chief executive,", "Karen Lund, the harbour board chair,")
/// lets a later "the chief executive", "the chair" stand for that person. Such a title is a post within a body, so
/// it is matched only whole ("the director" is not the "executive director"), and not for a head of state or city,
/// whom news calls by the bare title. Passages are written for these tests.
/// </summary>
public sealed class AppositionTitleTests
{
    [Theory]
    [InlineData("Ola Brandt, Nordbank's chief executive, opened the meeting at the quay. The chief executive said profits had risen.", "Ola Brandt")]
    [InlineData("Karen Lund, the harbour board chair, also spoke at the quay. The chair said profits had risen.", "Karen Lund")]
    public void A_title_from_an_apposition_is_the_one_who_holds_it(string passage, string person)
    {
        var g = Extract.From("Bank results\n\n" + passage);
        Assert.Equal(g.PersonId(person), g.ClaimWith("profits had risen").Speaker);
    }

    [Fact]
    public void The_head_of_a_title_is_not_the_whole_title()
    {
        var g = Extract.From("Harbour film\n\nAna Ruiz filmed the strike for a year. Tom Beck, executive director of the harbour trust, appears in it. " +
            "Fishers cheered at the first showing. The director said the film would tour the coast.");
        Assert.NotEqual(g.PersonId("Tom Beck"), g.ClaimWith("tour the coast").Speaker);
    }

    [Fact]
    public void A_president_of_a_body_does_not_take_the_president()
    {
        var g = Extract.From("Harbour march\n\nPresident Ruiz spoke at the quay in the morning. Luis Ortega, president of the harbour union, " +
            "joined the march later. Fishers waved flags. Critics said the president had ignored the town for years.");
        Assert.DoesNotContain(g.Entities.Single(e => e.Name == "Luis Ortega").Mentions, m => m.Text == "the president");
    }
}
