namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A participle after a subordinate clause that a main clause has followed ("..., while X did this, Y did that,
/// noting ...") goes on with the main clause's subject, as it does when the subordinate clause opens the sentence.
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimSubordinateThenMainTests
{
    [Fact]
    public void After_an_opening_adjunct_the_main_clause_subject_speaks()
    {
        var g = Extract.From("Harbour debate\n\nIn a May debate, while his rivals called for more ferries, Tom Berg took a softer line, noting that the budget is tight.");
        var claim = g.ClaimWith("the budget is tight");
        Assert.Equal("noting", claim.Cue.Text);
        Assert.Equal("Tom Berg", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_named_subject_of_the_subordinate_clause_is_not_the_speaker()
    {
        var g = Extract.From("Harbour debate\n\nAt the hearing, when Ana Ruiz asked for more ferries, Tom Berg took a softer line, noting that the budget is tight.");
        var claim = g.ClaimWith("the budget is tight");
        Assert.Equal("Tom Berg", claim.SpeakerMention!.Text);
    }
}
