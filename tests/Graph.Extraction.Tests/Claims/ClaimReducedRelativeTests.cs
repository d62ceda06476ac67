namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A participle right after the noun it describes is a passive relative clause: "skippers accused of dumping nets" are
/// the accused, not a source, and "three divers believed to be behind the thefts" is believed by nobody named. The active
/// verbs stay as they were ("The board accused the skippers of ...", "The mayor said to the crowd that ..."). Passages
/// are written for these tests.
/// </summary>
public sealed class ClaimReducedRelativeTests
{
    [Fact]
    public void The_accused_are_no_source()
    {
        var g = Extract.From("Harbour fines\n\nThe harbour police fined four skippers accused of dumping nets in the bay.");
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text is "four skippers");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("accused", StringComparison.Ordinal));
    }

    [Fact]
    public void What_is_believed_of_people_named_by_a_noun_has_no_source()
    {
        var g = Extract.From("Pier thefts\n\nPolice arrested three divers believed to be behind the thefts at the pier.");
        var claim = g.ClaimWith("behind the thefts");
        Assert.Equal("three divers believed to be behind the thefts at the pier", claim.Content.Text);
        Assert.Null(claim.SpeakerMention);
    }

    [Fact]
    public void Active_verbs_keep_their_subjects()
    {
        var g = Extract.From("Harbour fines\n\nThe harbour board accused the skippers of dumping nets in the bay. Mayor Ana Ruiz said to the crowd that the ferry would stay.");
        Assert.Equal("The harbour board", g.ClaimWith("dumping nets").SpeakerMention?.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), g.ClaimWith("ferry would stay").Speaker);
    }

    [Fact]
    public void A_relative_clause_without_that_keeps_its_subject()
    {
        var g = Extract.From("Pier thefts\n\nThe man the police believed to be the thief was released on Monday.");
        Assert.Equal("the police", g.ClaimWith("the thief").SpeakerMention?.Text);
    }
}
