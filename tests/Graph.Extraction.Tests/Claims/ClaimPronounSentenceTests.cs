namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "He" and "she" after someone else's quote: a person named earlier in the pronoun's own sentence, and not the
/// last speaker, is who the pronoun means; not one named in a participle phrase opening the sentence, whose subject
/// the pronoun is ("After meeting Ruiz, he said ..."). Passages are written for these tests.
/// </summary>
public sealed class ClaimPronounSentenceTests
{
    [Fact]
    public void A_person_named_in_the_sentence_outranks_the_last_speaker()
    {
        var g = Extract.From("Harbour vote\n\n\u201CThe vote is a disgrace,\u201D said Tomas Berg, who leads the dock union. Later that day Karl Lind was quick to praise the mayor and said he expects the council to \u201Cdrop the whole plan by spring.\u201D");
        var claim = g.ClaimWith("drop the whole plan");
        Assert.Equal(g.PersonId("Karl Lind"), claim.Speaker);
    }

    [Fact]
    public void A_person_named_in_what_was_said_is_not_the_he_of_its_frame()
    {
        var g = Extract.From("Harbour vote\n\nIlse Brandt attacked the harbour board at a rally in Nordby on Monday.\n\n"
            + "These are the fares Tomas Berg must answer for before the spring, he said. The plans of Karl Lind were far too costly, he told the crowd.");
        Assert.Equal(g.PersonId("Ilse Brandt"), g.ClaimWith("must answer for before the spring").Speaker);
        Assert.Equal(g.PersonId("Ilse Brandt"), g.ClaimWith("far too costly").Speaker);
    }

    [Fact]
    public void The_last_speaker_named_again_in_the_sentence_keeps_the_pronoun()
    {
        var g = Extract.From("Harbour vote\n\n\u201CThe vote is a disgrace,\u201D said Tomas Berg, who leads the dock union. When Karl Lind praised the plan, Berg answered that Lind was wrong because, he said, the plan \u201Cwill empty the docks.\u201D");
        var claim = g.ClaimWith("empty the docks");
        Assert.Equal(g.PersonId("Tomas Berg"), claim.Speaker);
    }

    [Theory]
    [InlineData("And replying to attacks by pundit and former captain Jonas Brekke,")]
    [InlineData("After meeting the harbour pilot Jonas Brekke,")]
    public void A_person_named_in_an_opening_participle_phrase_is_not_its_subject(string opening)
    {
        var g = Extract.From("Harbour plan\n\nTom Beck, the harbour chief, said the club would explore a deal for its new stadium. " + opening + " he maintained that the search for new funds was going well.");
        Assert.Equal(g.PersonId("Tom Beck"), g.ClaimWith("search for new funds").Speaker);
    }
}
