namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "he" or "she" whose nearest fitting name stands after the subject of its sentence goes to that subject, when it
/// fits too, in the pronoun's sentence or the one before: "Peter Lund faces John Holm and David Vik in the final. “...,”
/// he said" is Peter Lund.
/// Not a passive subject, to whom something was done, nor, within one sentence, a subject of unknown gender over a
/// nearer person of known gender; a pronoun in the next sentence goes on with the subject even then, also past a
/// relative clause after it ("Lund, who won ..., thanked ..."). Passages are written for these tests.
/// </summary>
public sealed class ClaimSubjectAntecedentTests
{
    [Fact]
    public void He_goes_to_the_subject_before_the_names_after_it()
    {
        var g = Extract.From("Chess final\n\nAnna Berg won the women's title on Friday. Peter Lund faces John Holm and David Vik in the men's final. "
                             + "\"I have never felt so nervous,\" he told reporters.");
        Assert.Equal(g.PersonId("Peter Lund"), g.ClaimWith("never felt so nervous").Speaker);
    }

    [Fact]
    public void A_passive_subject_does_not_take_the_pronoun()
    {
        var g = Extract.From("Chess club\n\nMark Berg was dropped by Tromsdal on Friday after missing two training sessions - a step Peter Lund has backed. "
                             + "But he said: \"The door is open for next season.\"");
        Assert.Equal(g.PersonId("Peter Lund"), g.ClaimWith("door is open").Speaker);
    }

    [Theory]
    [InlineData("Sam Ward replaced Jack Reid as captain after Reid injured his knee.", "Jack Reid")]
    [InlineData("Erik Sand succeeds Ola Dahl, who retired after twelve years in the job.", "Ola Dahl")]
    public void A_nearer_name_that_is_itself_a_subject_keeps_the_pronoun(string sentence, string speaker)
    {
        var g = Extract.From("Club news\n\n" + sentence + " \"I will miss the dressing room,\" he said.");
        Assert.Equal(g.PersonId(speaker), g.ClaimWith("miss the dressing room").Speaker);
    }

    [Fact]
    public void The_next_sentence_s_pronoun_goes_on_with_a_subject_of_unknown_gender()
    {
        var g = Extract.From("Film prizes\n\nMorgan Dahl beat Alan Berg, Jamie Holt and Tom Vik to the award for the second year running. "
                             + "He thanked the director and said the film was \"a long journey\".");
        Assert.Equal(g.PersonId("Morgan Dahl"), g.ClaimWith("a long journey").Speaker);
    }

    [Fact]
    public void Within_its_sentence_the_pronoun_keeps_the_nearer_person_of_known_gender()
    {
        var g = Extract.From("Chess final\n\nSasha Berg beat Peter Lund in the final on Friday, and he said the result was fair.");
        Assert.Equal(g.PersonId("Peter Lund"), g.ClaimWith("the result was fair").Speaker);
    }

    [Fact]
    public void The_subject_is_found_past_a_relative_clause_set_off_by_commas()
    {
        var g = Extract.From("Harbour film prizes\n\nThe veteran Alan Berg took the director prize for Harbour Baby while its star Karen Lund was best actress.\n\n"
                             + "Annette Dahl won the comedy prize for Being Frida. Lund, who once won the award for Boys Don't Cry Here, paid tribute to "
                             + "director and co-star Alan Berg. \"You steered us so well, and this is your best work,\" she said.");
        Assert.Equal(g.PersonId("Karen Lund"), g.ClaimWith("steered us so well").Speaker);
    }
}
