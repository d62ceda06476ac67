namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Karen Lund of the Harbour Trust said ...", "Matthias Berner from EduNet told ...": a named person before "of",
/// "from" or "at" and the body they belong to is the speaker, not the body; and a later "he" or "she" is that person.
/// A name standing as the object of a verb before it does not count, nor one before "for" ("backed Tom Berg for the post").
/// A relative clause after a name and a reflexive ("Mayor Karen Lund herself, who told ...") is the named person's.
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimNamedMemberTests
{
    [Theory]
    [InlineData("Karen Lund of the Harbour Trust said", "Karen Lund")]
    [InlineData("Matthias Berner from EduNet told the radio show", "Matthias Berner")]
    [InlineData("But Dr Karen Lund of the Harbour Trust said", "Karen Lund")]
    public void A_person_named_before_their_body_is_the_speaker(string frame, string person)
    {
        var g = Extract.From("Harbour\n\n" + frame + " the pier would reopen in May.");
        Assert.Equal(g.PersonId(person), g.ClaimWith("the pier would reopen").Speaker);
    }

    [Fact]
    public void A_later_pronoun_is_the_named_member()
    {
        var g = Extract.From("Harbour\n\n\"The fees are fair,\" Tom Vik told the council.\n\nBut Mr Lund from the Harbour Trust said the fees were too high. "
            + "\"The crews cannot pay them,\" he said.");
        Assert.Equal(g.Claims.Single(c => c.Content.Text.Contains("too high")).Speaker, g.ClaimWith("The crews cannot pay them").Speaker);
        Assert.NotEqual(g.PersonId("Tom Vik"), g.ClaimWith("The crews cannot pay them").Speaker);
    }

    [Fact]
    public void A_name_that_is_the_object_of_a_verb_is_not_the_speaker()
    {
        var g = Extract.From("Harbour\n\nThe board backed Karen Lund for the post. The Harbour Trust said the vote was fair.");
        Assert.NotEqual(g.PersonId("Karen Lund"), g.ClaimWith("the vote was fair").Speaker);
    }

    [Fact]
    public void A_relative_clause_after_a_name_and_a_reflexive_is_the_named_person()
    {
        var g = Extract.From("Harbour\n\nThe latest to speak up has been Mayor Karen Lund herself, who told the council the pier would reopen in May.");
        Assert.Equal(g.PersonId("Karen Lund"), g.ClaimWith("the pier would reopen").Speaker);
    }

    [Theory]
    [InlineData("A friend of Karen Lund said")]
    [InlineData("The motion against Mayor Karen Lund from the Harbour Trust said")]
    public void A_friend_of_a_person_or_a_name_after_a_preposition_is_not_that_person(string frame)
    {
        var g = Extract.From("Harbour\n\n" + frame + " the pier would reopen in May.");
        Assert.NotEqual(g.PersonId("Karen Lund"), g.ClaimWith("the pier would reopen").Speaker);
    }

    [Fact]
    public void Two_named_people_of_one_body_are_not_cut_to_the_second()
    {
        var g = Extract.From("Harbour\n\nTom Vik and Karen Lund of the Harbour Trust said the pier would reopen in May.");
        Assert.NotEqual(g.PersonId("Karen Lund"), g.ClaimWith("the pier would reopen").Speaker);
    }
}
