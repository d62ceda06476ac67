namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// What was said is about the people its pronouns stand for, as it is about those it names: "Lund said he was wrong"
/// is about the "he"; a pronoun for the speaker is not. Passages are written for these tests.
/// </summary>
public sealed class ClaimPronounAboutTests
{
    [Fact]
    public void A_pronoun_in_what_was_said_makes_it_about_its_person()
    {
        var g = Extract.From("Harbour fees\n\nTom Beck, the mayor, raised the harbour fees on Monday. Karen Lund said he was wrong to do it.");
        var claim = g.ClaimWith("he was wrong to do it");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.Contains(g.PersonId("Tom Beck"), claim.About);
    }

    [Fact]
    public void A_pronoun_for_the_speaker_does_not_make_it_about_the_speaker()
    {
        var g = Extract.From("Harbour fees\n\nKaren Lund said on Tuesday that she planned to oppose the new fees in the council.");
        Assert.DoesNotContain(g.PersonId("Karen Lund"), g.ClaimWith("oppose the new fees").About);
    }
}
