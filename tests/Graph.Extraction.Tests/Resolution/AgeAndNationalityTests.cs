namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// News names someone, then calls them by age or nationality: "The 55-year-old told ...", "The Swede said ...". A
/// sentence that opens so goes on about the person who opened the sentence before; not about someone named later in
/// it, nor about a whole people ("The Danes").
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
    public void A_nationality_noun_stands_for_the_person_not_the_country()
    {
        var g = Extract.From("Final\n\nLena Berg took the harbour cup in Oslo on Sunday. The Swede said the win was the best of her life.");
        Assert.Equal(g.PersonId("Lena Berg"), g.ClaimWith("the best of her life").Speaker);
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
}
