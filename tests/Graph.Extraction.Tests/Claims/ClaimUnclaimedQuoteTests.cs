namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Quotations no cue of the lexicon claims, given a speaker by the fallback: a verb and its speaker after the quote
/// (also after a quote of a word or two), a quote of several sentences after its verb, a name given in a relative clause with its own subject, a name given
/// without saying by whom, a quote after a verb of saying and a comma (its speaker the subject, or the nearest name
/// before the verb), a subject set off by an aside before its verb, a quote kept on its own when the clause around it
/// clashes with another claim, and a quote after a sentence that is only a speaker and a verb of saying; not a noun
/// after a one-word name taken for its verb ("Harbour critics were ..."). Passages are written for these tests.
/// </summary>
public sealed class ClaimUnclaimedQuoteTests
{
    [Fact]
    public void A_quote_running_past_its_sentence_is_still_the_verb_s_object()
    {
        var g = Extract.From("Port levy\n\nThe council met on Monday. Vera Holm continues, \u201CThe levy is wrong. It hurts every crew on the quay.\u201D");
        var claim = g.ClaimWith("The levy is wrong");
        Assert.Equal("Vera Holm", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Fact]
    public void A_relative_clause_that_names_has_its_own_speaker()
    {
        var g = Extract.From("Harbour levy\n\nVera Holm spoke at the quay on Friday. Holm met the harbour master, whom she described as \"tireless and fair.\"");
        var claim = g.ClaimWith("tireless and fair");
        Assert.Equal("she", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Fact]
    public void A_name_given_by_nobody_in_particular_has_no_speaker()
    {
        var g = Extract.From("Ferry service\n\nThe old ferry, long known as \"the Grey Lady of the Sound,\" will sail again on Monday after repairs.");
        var claim = g.ClaimWith("Grey Lady");
        Assert.Equal("known", claim.Cue.Text);
        Assert.Null(claim.SpeakerMention);
        Assert.Empty(claim.Speakers);
    }

    [Fact]
    public void A_quote_after_saying_and_a_comma_is_the_subject_s()
    {
        var g = Extract.From("Port vote\n\nLena Brandt, a welder from the east quay, drew a round of boos upon saying, \"The port belongs to the crews.\"");
        var claim = g.ClaimWith("The port belongs");
        Assert.Equal("saying", claim.Cue.Text);
        Assert.Equal(g.PersonId("Lena Brandt"), claim.Speaker);
    }

    [Fact]
    public void An_aside_between_the_subject_and_its_verb_is_passed_over()
    {
        var g = Extract.From("Harbour levy\n\nThe council met on Friday. Mayor Lena Brandt, for her part, is labeling the new levy \"a tax on every fishing crew.\"");
        var claim = g.ClaimWith("a tax on every fishing crew");
        Assert.Equal("labeling", claim.Cue.Text);
        Assert.Equal(g.PersonId("Lena Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_clause_ends_at_the_dash_before_a_quote_with_its_own_tag()
    {
        // "praised the crew's “...” - “...,” he said - ...": the second quote is a claim of its own.
        var g = Extract.From("Harbour levy\n\nTomas Berg also praised the harbour crew's \"steady and patient work\" - \"work that keeps every ferry running,\" he said - and asked the board for more money.");
        var claim = g.ClaimWith("steady and patient work");
        Assert.EndsWith("\"steady and patient work\"", claim.Content.Text);
        Assert.DoesNotContain("keeps every ferry", claim.Content.Text);
        Assert.Equal(g.PersonId("Tomas Berg"), claim.Speaker);
        Assert.Equal(g.PersonId("Tomas Berg"), g.ClaimWith("keeps every ferry running").Speaker);
    }

    [Fact]
    public void Saying_after_a_subordinate_clause_is_the_nearest_name_s()
    {
        var g = Extract.From("Harbour levy\n\nThe board met again on Friday. When the vote ended Tomas Berg began by saying, \"The levy is a mistake and we will fight it.\"");
        var claim = g.ClaimWith("The levy is a mistake");
        Assert.Equal(g.PersonId("Tomas Berg"), claim.Speaker);
    }

    [Fact]
    public void A_verb_and_then_its_speaker_after_a_quote()
    {
        var g = Extract.From("Ferry service\n\nThe crowd cheered as the old ferry left the quay. \"This is a great day for the whole harbour!\" beamed Vera Holm, a welder from the east quay.");
        var claim = g.ClaimWith("a great day");
        Assert.Equal("beamed", claim.Cue.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Fact]
    public void A_short_quote_with_its_speaker_after_it()
    {
        var g = Extract.From("Ferry service\n\nThe mayor asked who should pay for the new pier. \"The province!\" the crowd roared back.");
        var claim = g.ClaimWith("The province!");
        Assert.Equal("the crowd", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_bare_frame_sentence_introduces_the_next_quote()
    {
        var g = Extract.From("Harbour levy\n\nThe council debated the levy for three hours on Monday. Harbour historian Vera Holm agreed.\n\n\"Nobody on the quay was asked, and every crew will pay for it for years to come.\"");
        var claim = g.ClaimWith("Nobody on the quay");
        Assert.Equal("agreed", claim.Cue.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Fact]
    public void A_report_ending_the_paragraph_before_is_no_bare_frame_its_speaker_goes_on()
    {
        var g = Extract.From("Ferry row\n\nKaren Lund spoke to the crews on Monday.\n\nThe gale had torn the moorings loose and the yard could not mend them, Ms Lund said.\n\n\"We watched the hulls drift out past the breakwater. Nobody could reach them.\"");
        var claim = g.ClaimWith("We watched the hulls");
        Assert.Equal("Lund", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }

    [Theory]
    [InlineData("On Tuesday, harbour historian Vera Holm agreed.")]
    [InlineData("Vera Holm, who has long run the harbour museum, agreed.")]
    public void A_bare_frame_may_open_with_a_phrase_or_hold_a_relative_clause(string frame)
    {
        var g = Extract.From("Harbour levy\n\nThe council debated the levy for three hours. " + frame + "\n\n\"Nobody on the quay was asked, and every crew will pay for it for years to come.\"");
        var claim = g.ClaimWith("Nobody on the quay");
        Assert.Equal("agreed", claim.Cue.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Theory]
    [InlineData("Harbour critics were less kind about the \"grand harbour epic\" when it opened on Sunday.", "critics")]
    [InlineData("Foreign exchange reserves may run dry as \"the port cannot pay for fuel\" after May.", "exchange")]
    public void A_noun_after_a_one_word_name_is_no_verb_of_saying(string sentence, string noun)
    {
        var g = Extract.From("Harbour week\n\n" + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == noun);
    }

    [Fact]
    public void After_a_plural_name_a_verb_without_an_ending_still_is_one()
    {
        var g = Extract.From("Harbour week\n\nDockers hail the deal as \"the best the port has had in years\" at every meeting.");
        Assert.Equal("hail", g.ClaimWith("the best the port has had").Cue.Text);
    }
}
