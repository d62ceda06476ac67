using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// An impersonal "it" with a passive of saying or believing attributes what the sentence says to nobody named: "It is
/// understood that ..." (all that follows in the sentence, or in the clause it stands in) and "..., it was alleged at the
/// hearing" (the sentence before the comma). Passages are written for these tests.
/// </summary>
public sealed class ClaimImpersonalPassiveTests
{
    [Fact]
    public void It_is_understood_that_attributes_the_rest_of_the_sentence_to_nobody_named()
    {
        var g = Extract.From("Harbour board\n\nIt is understood that both harbour pilots will step down next month and hand the keys to their deputies.");
        var claim = g.ClaimWith("step down");
        Assert.Equal("both harbour pilots will step down next month and hand the keys to their deputies", claim.Content.Text);
        Assert.Null(claim.Speaker);
        Assert.Null(claim.SpeakerMention);
        Assert.Equal("understood", claim.Cue.Text);
        Assert.Equal(ClaimKinds.Belief, claim.Kind);
    }

    [Theory]
    [InlineData("The Harbour Board met on Monday. It's reported that the board will raise the mooring fees.")]
    [InlineData("The Harbour Board met on Monday. It\u2019s reported that the board will raise the mooring fees.")]
    [InlineData("The Harbour Board met on Monday. It was reported recently that the board will raise the mooring fees.")]
    [InlineData("The Harbour Board met on Monday. It is widely reported that the board will raise the mooring fees.")]
    public void A_contracted_or_adverbed_impersonal_report_names_nobody(string body)
    {
        // "It's reported" is the impersonal "it is": the "it" is no pronoun for the board named before.
        var claim = Extract.From("Mooring fees\n\n" + body).ClaimWith("raise the mooring fees");
        Assert.Equal("the board will raise the mooring fees", claim.Content.Text);
        Assert.Equal("reported", claim.Cue.Text);
        Assert.Null(claim.Speaker);
        Assert.Null(claim.SpeakerMention);
    }

    [Fact]
    public void An_allegation_after_the_comma_attributes_the_sentence_before_it()
    {
        var g = Extract.From("Ferry hearing\n\nTwo boat inspectors took cash to pass the old ferries as safe, it was alleged at the hearing.");
        var claim = g.ClaimWith("took cash");
        Assert.Equal("Two boat inspectors took cash to pass the old ferries as safe", claim.Content.Text);
        Assert.Equal("alleged", claim.Cue.Text);
        Assert.Null(claim.Speaker);
        Assert.Equal(ClaimKinds.Statement, claim.Kind);
    }

    [Fact]
    public void Inside_a_subordinate_clause_only_that_clause_is_attributed()
    {
        var g = Extract.From("Ferry timetable\n\nAlthough it was widely predicted that the new ferry would be late, the first crossing took only an hour.");
        Assert.Equal("the new ferry would be late", g.ClaimWith("would be late").Content.Text);
    }

    [Fact]
    public void An_adjunct_before_the_comma_is_not_what_was_said()
    {
        var g = Extract.From("Island musical\n\nDespite its long run on the mainland, it is barely known on the island.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.StartsWith("Despite", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trailing_report_leaves_a_claim_that_names_its_speaker()
    {
        var g = Extract.From("Ferry fares\n\nThe mayor warned that fares would rise, it was reported.");
        Assert.Equal("The mayor", g.ClaimWith("fares would rise").SpeakerMention?.Text);
    }

    [Fact]
    public void An_opening_adjunct_does_not_cut_the_clause_at_its_commas()
    {
        var g = Extract.From("Ferry sale\n\nIn March it was confirmed that the old ferry, built in 1990, would be sold.");
        Assert.Equal("the old ferry, built in 1990, would be sold", g.ClaimWith("would be sold").Content.Text);
    }

    [Fact]
    public void An_adverb_between_has_and_been_is_passed_over()
    {
        var g = Extract.From("Pier safety\n\nIt has long been thought that the old pier is unsafe in storms.");
        Assert.Equal("the old pier is unsafe in storms", g.ClaimWith("unsafe in storms").Content.Text);
    }
}
