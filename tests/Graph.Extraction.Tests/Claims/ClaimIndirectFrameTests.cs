namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Indirect attributions, often holding a quotation without starting with one: "Analysts note that the “harbour
/// levy” ...", "casts the levy as a “tax on the islands”" (a quote there is found anyway; the frame finds the plain
/// ones). Passages are written for these tests.
/// </summary>
public sealed class ClaimIndirectFrameTests
{
    [Fact]
    public void Note_after_a_plural_subject_is_a_reporting_verb()
    {
        var g = Extract.From("Ferry fares\n\nThe port board raised fares again in May. Local analysts note that the “harbour levy” was never meant to last beyond the winter.");
        var claim = g.ClaimWith("was never meant to last");
        Assert.Equal("note", claim.Cue.Text);
        Assert.Equal("Local analysts", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void Note_as_a_noun_reports_nothing()
    {
        var g = Extract.From("Ferry fares\n\nEditor’s note: Ivo Brandt sits on the port board. A handwritten note from the board was pinned to the harbour gate.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "note");
    }

    [Fact]
    public void A_depicting_verb_with_an_object_and_as_presents_a_view()
    {
        var g = Extract.From("Ferry fares\n\nThe port board raised fares again in May. Councillor Ivo Brandt casts the new levy as a tax on the islands that few families can afford.");
        var claim = g.ClaimWith("tax on the islands");
        Assert.Equal("casts", claim.Cue.Text);
        Assert.Contains("Ivo Brandt", claim.SpeakerMention!.Text);
        Assert.StartsWith("the new levy as", claim.Content.Text);
        var ranked = Extract.From("Ferry fares\n\nAna Ruiz ranks the winter timetable as the worst the islands have had in a decade.").ClaimWith("the worst the islands");
        Assert.Equal("ranks", ranked.Cue.Text);
        Assert.Equal("Ana Ruiz", ranked.SpeakerMention!.Text);
    }

    [Fact]
    public void A_depicting_verb_without_a_description_reports_nothing()
    {
        var g = Extract.From("Ferry fares\n\nThe crew will position the ferries by the pier as soon as the storm passes. Ana Ruiz painted the hull as she waited for the tide.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text is "position" or "painted");
    }

    [Fact]
    public void Who_tries_to_depict_is_the_speaker()
    {
        var g = Extract.From("Ferry fares\n\nThe port board raised fares again in May. Councillor Ivo Brandt is again trying to cast the new levy as a tax on the islands that few families can afford.");
        var claim = g.ClaimWith("tax on the islands");
        Assert.Equal("cast", claim.Cue.Text);
        Assert.Contains("Ivo Brandt", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void Present_forms_of_listed_reporting_verbs_are_cues()
    {
        var g = Extract.From("Ferry fares\n\nAs Ivo Brandt laments the “lost summer” of the islands, Ana Ruiz looks ahead to the spring timetable.");
        var claim = g.ClaimWith("lost summer");
        Assert.Equal("laments", claim.Cue.Text);
        Assert.Equal("Ivo Brandt", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_short_object_of_called_for_is_what_was_called_for()
    {
        var g = Extract.From("Ferry fares\n\nThe port board raised fares again in May. Harbour pilots called for her resignation, saying the board ignored the islands.");
        var claim = g.ClaimWith("her resignation");
        Assert.Equal("called for", claim.Cue.Text);
        Assert.Equal("Harbour pilots", claim.SpeakerMention!.Text);
    }
}
