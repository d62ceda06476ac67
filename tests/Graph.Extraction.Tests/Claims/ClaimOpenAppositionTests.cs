namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Anna Kovac, chief economist at Dalmark Bank said ...": an apposition whose closing comma the writer left out
/// still describes the person named before it, who is the speaker. Not a parenthetical frame ("Kovac, a top aide
/// said, ...") nor a phrase that only ends in a name ("Echoing Tom Beck, the minister said ...").
/// </summary>
public sealed class ClaimOpenAppositionTests
{
    [Fact]
    public void The_person_before_the_apposition_is_the_speaker()
    {
        var g = Extract.From("Rates\n\nAnna Kovac, chief economist at Dalmark Bank said the rate was too high.");
        Assert.Equal(g.PersonId("Anna Kovac"), g.ClaimWith("the rate was too high").Speaker);
    }

    [Fact]
    public void A_phrase_ending_in_a_name_is_not_the_speaker()
    {
        var g = Extract.From("Rates\n\nEchoing the banker Tom Beck, the finance minister said the rate was too high.");
        Assert.NotEqual(g.PersonId("Tom Beck"), g.ClaimWith("the rate was too high").Speaker);
    }
}
