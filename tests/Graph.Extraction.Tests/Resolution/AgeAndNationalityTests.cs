namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// News names someone, then calls them by age or nationality: "The 55-year-old told ...", "The 61-year-old designer
/// said ...", "The Swede said ...", "“...,” said the 29-year-old". A sentence that opens so (or right after a quote it
/// closes, or after the verb following that quote) goes on about the person who opened the sentence before, or who was
/// named right after the quote that sentence opened with; not about someone named later in it, nor after a sentence
/// that opens on a pronoun, nor about a whole people ("The Danes"), nor after an age, about a noun for someone else
/// or for no person ("the 23-year-old passenger", "the 40-year-old shipyard"). Inside a quote of several sentences
/// ("“...¶It was ...,” the Dutchman said"), the sentence before the quote is the one meant; nationality nouns in "-man"
/// ("Dutchman", "Irishman", "Welshman") count. Sentences between that go on about that person as "he" or "she", or
/// name nobody, leave the person the same (up to three back, not past a fragment in lower case); a nationality before
/// a plural owner ("the Chilean families' lawyer") is no person.
/// </summary>
public sealed class AgeAndNationalityTests
{
    [Fact]
    public void An_age_stands_for_the_person_just_named()
    {
        var g = Extract.From("Coach stays on\n\nArne Duval has agreed two more years at the harbour club. The 55-year-old told the club website: \"I love this club.\"");
        Assert.Equal(g.PersonId("Arne Duval"), g.ClaimWith("I love this club").Speaker);
    }

    [Fact]
    public void An_age_and_a_noun_for_what_the_person_does_stand_for_the_person_just_named()
    {
        var g = Extract.From("Terminal opens\n\nTom Beck drew the new ferry terminal. The 61-year-old designer told reporters it had cost too much.");
        Assert.Equal(g.PersonId("Tom Beck"), g.ClaimWith("it had cost too much").Speaker);
    }

    [Theory]
    [InlineData("Tom Beck drove the ferry bus on Monday. The 23-year-old passenger told reporters it had been a shock.")]
    [InlineData("Tom Beck sold the ferry line on Monday. The 40-year-old shipyard told reporters it had been a shock.")]
    public void An_age_before_a_noun_for_someone_else_or_for_no_person_is_not_the_one_just_named(string passage)
    {
        var g = Extract.From("Terminal opens\n\n" + passage);
        Assert.NotEqual(g.PersonId("Tom Beck"), g.ClaimWith("it had been a shock").Speaker);
    }

    [Fact]
    public void A_nationality_noun_stands_for_the_person_not_the_country()
    {
        var g = Extract.From("Final\n\nLena Berg took the harbour cup in Oslo on Sunday. The Swede said the win was the best of her life.");
        Assert.Equal(g.PersonId("Lena Berg"), g.ClaimWith("the best of her life").Speaker);
    }

    [Theory]
    [InlineData("Dutchman")]
    [InlineData("Irishman")]
    [InlineData("Welshman")]
    public void A_nationality_after_a_quote_of_several_sentences_is_the_person_named_before_it(string noun)
    {
        var g = Extract.From("Cup win\n\nHarbour United manager Tom Beck praised his players after the win over Westhaven.\n\n"
            + "\u201CWe had the ball but it was not easy. It was a patient sort of game,\u201D the " + noun + " said.");
        Assert.Equal(g.PersonId("Tom Beck"), g.ClaimWith("patient sort of game").Speaker);
    }

    [Fact]
    public void Someone_named_late_in_the_sentence_before_is_not_the_one_meant()
    {
        var g = Extract.From("Final\n\nShe served well all day and gave Lena Berg three break points. The 25-year-old said the wind had been hard.");
        Assert.NotEqual(g.PersonId("Lena Berg"), g.ClaimWith("the wind had been hard").Speaker);
    }

    [Fact]
    public void A_people_is_not_one_person()
    {
        var g = Extract.From("Talks\n\nLena Berg met the fishers in Oslo. The Danes said the quota was too small.");
        Assert.NotEqual(g.PersonId("Lena Berg"), g.ClaimWith("the quota was too small").Speaker);
    }

    [Fact]
    public void An_age_after_the_verb_that_follows_a_quote_is_the_person_just_named()
    {
        var g = Extract.From("Harbour race\n\nNora Vik won the harbour sprint in record time on Sunday. \"The wind was behind me all the way,\" said the 29-year-old. \"Next year I want the long course.\"");
        Assert.Equal(g.PersonId("Nora Vik"), g.ClaimWith("The wind was behind me").Speaker);
    }

    [Fact]
    public void An_age_right_after_a_quote_is_the_person_just_named()
    {
        var g = Extract.From("Harbour race\n\nFormer champion Nora Vik, who now coaches in Bergen, says the young crews are faster than ever. \"They train twice a day,\" the 41-year-old said.");
        Assert.Equal(g.PersonId("Nora Vik"), g.ClaimWith("They train twice a day").Speaker);
    }

    [Fact]
    public void An_age_after_a_sentence_that_opens_with_a_quote_is_its_speaker()
    {
        var g = Extract.From("Harbour race\n\n\"We will see who is fit in the spring,\" Nora Vik said. The 41-year-old added that two of her crews were injured.");
        Assert.Equal(g.PersonId("Nora Vik"), g.ClaimWith("two of her crews were injured").Speaker);
    }

    [Fact]
    public void A_nationality_after_but_is_the_person_just_named()
    {
        var g = Extract.From("Harbour race\n\nPaolo Serra has entered the winter regatta at Bergen. But the Italian, who has not sailed in the north before, said he would decide on the day.");
        Assert.Equal(g.PersonId("Paolo Serra"), g.ClaimWith("he would decide on the day").Speaker);
    }

    [Fact]
    public void Not_after_a_sentence_that_opens_on_a_pronoun()
    {
        var g = Extract.From("Harbour race\n\nShe won the first heat easily. She will now race Nora Vik in the final. \"Let her come,\" said the 19-year-old.");
        Assert.NotEqual(g.PersonId("Nora Vik"), g.ClaimWith("Let her come").Speaker);
    }

    [Fact]
    public void Not_the_one_a_pronoun_spoke_to_after_a_quote()
    {
        var g = Extract.From("Harbour race\n\nLena Berg crossed the line first. \"You sailed well,\" she told Nora Vik at the pier. The 31-year-old then went home.");
        Assert.DoesNotContain(g.Entities.Single(e => e.Id == g.PersonId("Nora Vik")).Mentions, m => m.Text == "The 31-year-old");
    }

    [Fact]
    public void Not_after_a_phrase_quoted_inside_the_sentence()
    {
        var g = Extract.From("Harbour race\n\nNora Vik beat Lena Berg in the final heat. Berg called it \"the roughest race\" the 27-year-old had sailed all year.");
        Assert.DoesNotContain(g.Entities.Single(e => e.Id == g.PersonId("Nora Vik")).Mentions, m => m.Text == "the 27-year-old");
    }

    [Fact]
    public void An_age_given_beside_a_name_decides_who_it_is()
    {
        var g = Extract.From("Harbour race\n\nLena Berg, 27, beat Nora Vik, 41, by a boat length on Sunday. \"The wind turned on me at the buoy,\" said the 41-year-old.");
        Assert.Equal(g.PersonId("Nora Vik"), g.ClaimWith("The wind turned on me").Speaker);
    }

    [Fact]
    public void The_name_that_heads_a_speaker_tag_not_its_owner()
    {
        var g = Extract.From("Harbour race\n\n\"We lost the race at the start,\" said Berg's coach Tom Holm. The 52-year-old blamed the crew.");
        Assert.Contains(g.Entities.Single(e => e.Id == g.PersonId("Tom Holm")).Mentions, m => m.Text == "The 52-year-old");
    }

    [Theory]
    [InlineData("His coach, Tom Holm, was furious.")]
    [InlineData("But she beat Tom Holm in the last heat.")]
    public void Not_after_a_sentence_that_opens_on_someone_it_does_not_name(string before)
    {
        var g = Extract.From("Harbour race\n\nPer Lind lost ten minutes at the second buoy. " + before + " \"I had nothing left,\" said the 43-year-old.");
        Assert.NotEqual(g.PersonId("Tom Holm"), g.ClaimWith("I had nothing left").Speaker);
    }

    [Fact]
    public void A_nationality_after_a_courtesy_title_is_a_surname()
    {
        var g = Extract.From("Gadget season\n\nSmart watches will sell well, predicts Tom French, editor of the Harbour Gazette. \"Everyone wants one,\" said Mr French.");
        var claim = g.ClaimWith("Everyone wants one");
        Assert.Equal(g.PersonId("Tom French"), claim.Speaker);
        Assert.DoesNotContain(g.Entities, e => e.Type == Graph.Core.Model.EntityType.Country);
    }

    [Fact]
    public void An_age_after_a_sentence_that_goes_on_about_the_person_as_she_is_that_person()
    {
        var g = Extract.From("Harbour open\n\nAna Ruiz won her first match in straight sets. She now meets Vera Holm in the quarter-finals. "
                             + "\"I served better than last week,\" said the 23-year-old.");
        Assert.Equal(g.PersonId("Ana Ruiz"), g.ClaimWith("I served better").Speaker);
    }

    [Fact]
    public void An_age_after_a_sentence_that_names_nobody_is_the_person_named_before_it()
    {
        var g = Extract.From("Harbour marathon\n\nOla Brandt won the harbour marathon on Sunday.\n\nThe former champion's time was his best for years. "
                             + "\"My legs felt fresh all the way,\" the 34-year-old told reporters.");
        Assert.Equal(g.PersonId("Ola Brandt"), g.ClaimWith("My legs felt fresh").Speaker);
    }

    [Fact]
    public void Not_past_a_fragment_that_lost_its_subject()
    {
        var g = Extract.From("Harbour trials\n\nOla Brandt won the men's sprint in a new record.\n\ndelivered a strong run to take the women's title. "
                             + "\"There is more to come,\" said the 22-year-old.");
        Assert.NotEqual(g.PersonId("Ola Brandt"), g.ClaimWith("There is more to come").Speaker);
    }

    [Fact]
    public void A_nationality_before_a_plural_owner_is_no_person()
    {
        var g = Extract.From("Inquiry ordered\n\nJonas Meyer was held at a port in 2019. He later died in custody. "
                             + "The Chilean families' lawyer argued that the first inquiry had failed them.");
        Assert.NotEqual(g.PersonId("Jonas Meyer"), g.ClaimWith("the first inquiry had failed").Speaker);
    }
}
