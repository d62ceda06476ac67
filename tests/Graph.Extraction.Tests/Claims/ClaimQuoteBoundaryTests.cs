using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Where a direct quote starts and ends and whose it is when the frame around it is unusual: a signature after a
/// non-breaking space, a one-word answer, a long frame splitting a quote, a participle after a nominal speaker,
/// a cue inside another claim's content. Passages are written for these tests.
/// </summary>
public sealed class ClaimQuoteBoundaryTests
{
    [Fact]
    public void A_signature_dash_after_a_non_breaking_space_names_the_speaker()
    {
        var g = Extract.From("Market day\n\n\u201CThe market hall must stay open for the farmers who come every week.\u201D\u00A0\u2015\u00A0Greta Holm\n");
        var claim = g.ClaimWith("market hall must stay open");
        Assert.True(claim.Direct);
        Assert.Equal("Greta Holm", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_one_word_quote_with_its_own_cue_is_a_claim()
    {
        var g = Extract.From("The cup final is on Saturday.\n\nCoach Ilse Marten was asked which team would win. \u201CNorthfield,\u201D she answered.");
        var claim = g.ClaimWith("Northfield");
        Assert.Equal("answered", claim.Cue.Text);
        Assert.Equal(g.PersonId("Ilse Marten"), claim.Speaker);
    }

    [Fact]
    public void A_frame_much_longer_than_the_quotes_it_splits_makes_two_claims()
    {
        var g = Extract.From("Budget week\n\n\u201CTaxes will rise,\u201D said Hendrik Vos, an economist who spent two decades at the central bank and now runs a research institute in the capital that advises several ministries. \u201CNobody wants to say it.\u201D");
        var first = g.ClaimWith("Taxes will rise");
        var second = g.ClaimWith("Nobody wants to say it");
        Assert.NotSame(first, second);
        Assert.DoesNotContain("economist", first.Content.Text);
        Assert.Equal(g.PersonId("Hendrik Vos"), first.Speaker);
        Assert.Equal(g.PersonId("Hendrik Vos"), second.Speaker);
    }

    [Fact]
    public void A_short_frame_still_joins_the_two_halves_of_a_quote()
    {
        var g = Extract.From("Budget week\n\n\u201CTaxes will rise,\u201D Hendrik Vos said. \u201CNobody wants to say it.\u201D");
        var claim = g.ClaimWith("Taxes will rise");
        Assert.Contains("Nobody wants to say it", claim.Content.Text);
    }

    [Fact]
    public void A_participle_after_a_nominal_speaker_is_that_speakers()
    {
        var g = Extract.From("Storm damage\n\n\u201CWe see no link to the storm,\u201D the mayor said, adding that repairs would take \u201Cseveral more days.\u201D");
        var claim = g.ClaimWith("repairs would take");
        Assert.Equal("the mayor", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_cue_inside_reported_speech_does_not_take_over_the_sentence_speaker()
    {
        var g = Extract.From("Harbour debate\n\nSenator Alma Rietveld told the audience that Governor Piet Dekker believes the harbour must be dredged, saying that \u201Cthe channel is too shallow for ferries.\u201D");
        Assert.Equal(g.PersonId("Alma Rietveld"), g.ClaimWith("too shallow for ferries").Speaker);
    }

    [Fact]
    public void A_participle_after_a_comma_and_a_closing_quote_is_not_part_of_the_content()
    {
        var g = Extract.From("Harbour vote\n\nMayor Tilda Brask said the harbour plan was \u201Ca gift to nobody\u201D, sparking a long silence in the council chamber.");
        var claim = g.ClaimWith("gift to nobody");
        Assert.DoesNotContain("silence", claim.Content.Text);
        Assert.Equal(g.PersonId("Tilda Brask"), claim.Speaker);
    }

    [Fact]
    public void A_source_after_a_dash_in_a_heading_line_speaks_the_quote_after_its_colon()
    {
        var g = Extract.From("Weekly survey notes\n\nTURNOUT FELL IN THE VALLEY TOWNS - Ansel Ruud and Mira Dahl: \u201CFewer voters came out in the valley towns than in any spring election we have tracked.\u201D");
        var claim = g.ClaimWith("Fewer voters came out");
        Assert.Equal("Ansel Ruud and Mira Dahl", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_name_given_in_quotes_ends_at_the_closing_quote_when_a_comma_follows()
    {
        var g = Extract.From("Bridge tolls\n\nSenator Oskar Lind called the toll plan a \u201Cpocket tax,\u201D a jab at the transport minister who drafted it.");
        var claim = g.ClaimWith("pocket tax");
        Assert.DoesNotContain("jab", claim.Content.Text);
        Assert.Equal(g.PersonId("Oskar Lind"), claim.Speaker);
    }

    [Fact]
    public void A_short_quote_after_as_is_the_words_of_the_subject_whose_verb_takes_it()
    {
        var g = Extract.From("Ferry service\n\nCouncillor Ruth Amsel openly admires the harbour master as a \u201Ctrue steward.\u201D");
        var claim = g.ClaimWith("true steward");
        Assert.Equal(g.PersonId("Ruth Amsel"), claim.Speaker);
    }
}
