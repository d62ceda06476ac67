using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Where what was said ends when the sentence goes on after it: a second reporting participle after "and", a
/// second participle of a participle cue, a second predicate in an irregular past tense, a second speaker with a
/// participle of their own. Passages are written for these tests.
/// </summary>
public sealed class ClaimClauseEndTests
{
    private const string Lead = "The harbour board met on Monday.\n\n";

    [Fact]
    public void A_reporting_participle_after_and_starts_a_second_claim()
    {
        var g = Extract.From(Lead + "Harbour director Lars Eklund spoke to the crews on Friday, saying the winter timetable was the best the office could manage for now and calling the summer one \u201Ca puzzle for every islander.\u201D");
        var first = g.ClaimWith("the best the office could manage");
        Assert.DoesNotContain("puzzle", first.Content.Text);
        Assert.Equal("calling", g.ClaimWith("a puzzle for every islander").Cue.Text);
    }

    [Fact]
    public void A_participle_cue_ends_before_a_second_participle_after_and()
    {
        var g = Extract.From(Lead + "Harbour director Lars Eklund toured the docks on Friday, calling the old cranes \u201Ca danger to every crew\u201D on the quay and waving at the rusted hooks above the boats.");
        var claim = g.ClaimWith("a danger to every crew");
        Assert.Equal("calling", claim.Cue.Text);
        Assert.DoesNotContain("waving", claim.Content.Text);
    }

    [Fact]
    public void A_second_predicate_in_an_irregular_past_tense_ends_what_was_said()
    {
        var g = Extract.From(Lead + "Mayor Ilse Brandt pledged to make the ferry \u201Cthe pride of the northern islands\u201D and cast scorn over every cost figure the harbour office sent.");
        var claim = g.ClaimWith("the pride of the northern islands");
        Assert.DoesNotContain("cost figure", claim.Content.Text);
    }

    [Fact]
    public void A_second_speaker_with_a_participle_after_and_has_a_claim_of_their_own()
    {
        var g = Extract.From(Lead + "The two rivals met at the quay for an hour, Ana Ruiz saying the talks had been cordial and Lars Eklund calling them \u201Ca waste of a fine afternoon.\u201D");
        Assert.DoesNotContain("waste", g.ClaimWith("the talks had been cordial").Content.Text);
        Assert.Equal(g.Named(EntityType.Person, "Lars Eklund").Id, g.ClaimWith("a waste of a fine afternoon").Speaker);
    }

    [Fact]
    public void A_noun_that_looks_like_a_cue_after_an_aside_does_not_end_what_was_said()
    {
        var g = Extract.From("Harbour notes\n\nOla Brandt says nine harbours cut their fees last spring and, on the whole, the number of reports from the crews has grown.");
        var claim = g.ClaimWith("nine harbours cut their fees");
        Assert.EndsWith("the number of reports from the crews has grown", claim.Content.Text);
    }
}
