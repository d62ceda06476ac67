namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Ruiz's campaign raised $2m ... The campaign said ...": "the campaign" is the one the text last named with its
/// candidate, and speaks for them, as "Ruiz's campaign said" does. With no campaign named with someone, no one. So
/// does a spokesman for a person ("a spokeswoman for Tom Beck said").
/// </summary>
public sealed class ClaimCampaignSpeakerTests
{
    [Theory]
    [InlineData("Ana Ruiz's campaign raised two million dollars in May, and Tom Beck spoke in Dunmore. The campaign said most gifts were small.")]
    [InlineData("The Ana Ruiz campaign raised two million dollars in May, and Tom Beck spoke in Dunmore. The campaign said most gifts were small.")]
    public void The_campaign_is_the_one_last_named_with_its_candidate(string passage)
    {
        var g = Extract.From("Harbour race\n\n" + passage);
        Assert.Equal(g.PersonId("Ana Ruiz"), g.ClaimWith("most gifts were small").Speaker);
    }

    [Theory]
    [InlineData("Ana Ruiz spoke in Dunmore on Monday. The campaign said most gifts were small.")]
    [InlineData("\"Tom Beck's campaign is broke,\" Ana Ruiz told a crowd in Dunmore on Monday. The campaign said most gifts were small.")]
    public void No_campaign_named_with_a_candidate_is_no_one(string passage)
    {
        var g = Extract.From("Harbour race\n\n" + passage);
        Assert.Null(g.ClaimWith("most gifts were small").Speaker);
    }
    [Theory]
    [InlineData("“We have nothing to add,” a spokeswoman for Tom Beck said later.", "person:tom-beck")]
    [InlineData("“We have nothing to add,” Tom Beck's spokeswoman said later.", "person:tom-beck")]
    [InlineData("A spokesman for Tom Beck said later that there was nothing to add.", "person:tom-beck")]
    public void A_spokesman_for_a_person_speaks_for_the_person(string sentence, string speaker)
    {
        var g = Extract.From("Harbour race\n\nTom Beck chairs the harbour committee. " + sentence);
        Assert.Equal(speaker, g.ClaimWith("nothing to add").Speaker);
    }
}
