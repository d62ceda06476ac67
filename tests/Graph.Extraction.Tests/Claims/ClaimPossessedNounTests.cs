namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A possessed noun of saying with adjectives before it, or its content after "is", or an answer given before a colon
/// and a quote ("Lund's response was blunt: “...”"): the possessor is the source. Passages are written for these tests.
/// </summary>
public sealed class ClaimPossessedNounTests
{
    [Fact]
    public void Adjectives_between_the_possessor_and_the_noun_keep_the_noun_a_noun()
    {
        var g = Extract.From("Harbour\n\nTom Berg spoke to the board on Monday. But Berg's most radical claim is that the harbour board hid the accounts for years.");
        var claim = g.ClaimWith("hid the accounts");
        Assert.Equal("Berg", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void An_adjective_before_a_pledge_leaves_its_owner_the_source()
    {
        var g = Extract.From("Harbour\n\nThe dockers met on Monday. Much of the unease in the hall comes from Ana Ruiz's controversial pledge to stay \"neutral\" in the dispute.");
        var claim = g.ClaimWith("neutral");
        Assert.Equal("Ana Ruiz", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_possessed_noun_reports_what_follows_is_that()
    {
        var g = Extract.From("Harbour\n\nThe dockers met in the hall on Monday night. Their fear is that the ferry will stop running before the summer.");
        var claim = g.ClaimWith("the ferry will stop running");
        Assert.Equal("Their", claim.SpeakerMention!.Text);
    }

    [Theory]
    [InlineData("Karen Lund\u2019s response was blunt: \u201CRead the contract before you sign it.\u201D")]
    [InlineData("Karen Lund\u2019s verdict on the plan was short: \u201CRead the contract before you sign it.\u201D")]
    public void An_owner_s_answer_before_a_colon_and_a_quote_is_the_owner_s_words(string sentence)
    {
        var g = Extract.From("Harbour\n\nThe ferry board met on Monday. " + sentence);
        Assert.Equal(g.PersonId("Karen Lund"), g.ClaimWith("Read the contract").Speaker);
    }
}
