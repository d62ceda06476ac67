using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Direct quotes whose extent or speaker depends on the frame around them: a sentence interrupted by its cue, a
/// quote split by a frame that describes its speaker, a comma inside a closing quote, a quote signed on the line
/// below, a quote opened with a closing mark, a reported clause interrupted between its subject and its verb.
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimDirectQuoteTests
{
    [Fact]
    public void A_sentence_interrupted_by_its_cue_goes_on_into_a_quote()
    {
        var g = Extract.From("Harbour accounts\n\nTreasurer Ilse Brandt spoke after the vote.\n\nThe harbour fund, she said, has \u201Cnever been in better shape.\u201D");
        var claim = g.ClaimWith("The harbour fund");
        Assert.Contains("never been in better shape", claim.Content.Text);
        Assert.Equal("she", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_participle_describing_the_speaker_does_not_end_the_frame_of_a_split_quote()
    {
        var g = Extract.From("Budget week\n\n\u201CTaxes will rise,\u201D said Hendrik Vos, an economist, referring to the spring budget. \u201CNobody in the cabinet wants to say it.\u201D");
        var claim = g.ClaimWith("Taxes will rise");
        Assert.Contains("Nobody in the cabinet", claim.Content.Text);
        Assert.Equal(g.PersonId("Hendrik Vos"), claim.Speaker);
        // The participle's own reading stays, inside the frame between the two halves.
        Assert.Equal("to the spring budget", g.Claims.Single(c => c.Cue.Text == "referring").Content.Text);
    }

    [Fact]
    public void A_relative_clause_describing_the_speaker_does_not_end_the_frame_of_a_split_quote()
    {
        var g = Extract.From("Budget week\n\n\u201CTaxes will rise,\u201D said Hendrik Vos, who criticized the finance committee last year. \u201CNobody in the cabinet wants to say it.\u201D");
        var claim = g.ClaimWith("Taxes will rise");
        Assert.Contains("Nobody in the cabinet", claim.Content.Text);
        Assert.Equal(g.PersonId("Hendrik Vos"), claim.Speaker);
    }

    [Fact]
    public void A_speech_participle_in_the_frame_still_ends_it()
    {
        var g = Extract.From("Budget week\n\n\u201CTaxes will rise,\u201D said Hendrik Vos, adding that the cabinet knew it. \u201CNobody wants to say it.\u201D");
        Assert.DoesNotContain("Nobody wants", g.ClaimWith("Taxes will rise").Content.Text);
    }

    [Fact]
    public void A_comma_inside_a_closing_quote_ends_the_clause_before_a_relative_clause()
    {
        var g = Extract.From("Ferry rules\n\nMayor Tilda Brask said the council had adopted the \u201Charbour clause,\u201D which keeps the night ferries running through the winter.");
        var claim = g.ClaimWith("harbour clause");
        Assert.EndsWith("clause,\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Tilda Brask"), claim.Speaker);
    }

    [Fact]
    public void A_quote_paragraph_signed_with_a_dash_on_the_line_below_is_the_signers()
    {
        var g = Extract.From("Debate checks\n\nThe claims below were checked by our desk.\n\n\u201CEvery harbour in the province has lost money for ten straight years.\u201D\n\n- Ana Ruiz.\n\nThe figures show otherwise.\n");
        var claim = g.ClaimWith("Every harbour in the province");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
        Assert.Equal("-", claim.Cue.Text);
    }

    [Fact]
    public void A_dash_glued_to_the_name_below_a_quote_paragraph_signs_it()
    {
        var g = Extract.From("Reader mail\n\nWe asked readers about the ferry fares.\n\n\"Nobody I know can pay forty crowns for a crossing of ten minutes.\"\n\n-Karl Moen, Tromsdal.\n\nMore letters follow next week.\n");
        var claim = g.ClaimWith("forty crowns for a crossing");
        Assert.Equal("Karl Moen", claim.SpeakerMention!.Text);
        Assert.True(claim.Direct);
    }

    [Fact]
    public void A_closing_mark_that_opens_a_paragraph_opens_the_quote()
    {
        var g = Extract.From("Port history\n\nThe old quay was closed in March.\n\n\u201D \u2026 the harbour will never be the same again,\u201D wrote Petra Holm, the port historian.");
        var claim = g.ClaimWith("never be the same again");
        Assert.Equal(g.PersonId("Petra Holm"), claim.Speaker);
    }

    [Fact]
    public void A_relative_clause_between_the_subject_and_the_verb_of_a_reported_clause_does_not_end_it()
    {
        var g = Extract.From("Harbour vote\n\nMayor Ilse Brandt said the harbour plan, which the council approved in May, was \u201Ca gift to the shipping companies.\u201D");
        var claim = g.ClaimWith("the harbour plan");
        Assert.Contains("a gift to the shipping companies", claim.Content.Text);
        Assert.Equal(g.PersonId("Ilse Brandt"), claim.Speaker);
    }

    [Fact]
    public void An_apposition_between_the_subject_and_the_verb_of_a_reported_clause_does_not_end_it()
    {
        var g = Extract.From("Harbour vote\n\nMayor Ilse Brandt said the council\u2019s decision on the cranes, a matter of some urgency, remained \u201Cthe best chance we have.\u201D");
        var claim = g.ClaimWith("decision on the cranes");
        Assert.Contains("the best chance we have", claim.Content.Text);
    }
    [Fact]
    public void A_name_after_a_comma_inside_a_closing_quote_ends_the_reported_clause()
    {
        var g = Extract.From("Harbour vote\n\nMayor Ilse Brandt said the council had finally chosen the \u201Cnorth quay plan,\u201D Berg\u2019s proposal from last spring.");
        var claim = g.ClaimWith("north quay plan");
        Assert.EndsWith("plan,\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Ilse Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_time_phrase_opening_the_sentence_is_not_the_subject_whose_verb_takes_the_quote()
    {
        var g = Extract.From("Harbour vote\n\nMayor Ilse Brandt opened the season.\n\nLast week she waved away the dock strike as \u201Ca storm in a teacup.\u201D");
        var claim = g.ClaimWith("a storm in a teacup");
        Assert.Equal("she", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_time_phrase_between_a_relative_pronoun_and_its_verb_is_not_the_speaker()
    {
        var g = Extract.From("Harbour vote\n\nMayor Ilse Brandt opened the season.\n\nTomas Berg, who has in the past described the mayor as \u201Ca danger to the port,\u201D left early.");
        var claim = g.ClaimWith("a danger to the port");
        Assert.NotEqual("the past", claim.SpeakerMention?.Text);
        Assert.Equal(g.PersonId("Tomas Berg"), claim.Speaker);
    }
    [Fact]
    public void A_quote_after_the_adjuncts_of_the_telling_is_what_was_said()
    {
        var g = Extract.From("Harbour vote\n\nTomas Berg said on the radio in April, when the strike began, \u201CNobody on the board signed the order to close the quay.\u201D");
        var claim = g.ClaimWith("Nobody on the board");
        Assert.StartsWith("\u201CNobody on the board", claim.Content.Text);
        Assert.Equal(g.PersonId("Tomas Berg"), claim.Speaker);
    }
    [Fact]
    public void A_quote_ending_the_clause_it_began_inside_takes_the_whole_clause()
    {
        var g = Extract.From("Harbour vote\n\nThe harbour board, in her view, must \u201Cfind a new course by the spring,\u201D Ida Rowe said.");
        var claim = g.ClaimWith("find a new course");
        Assert.StartsWith("The harbour board, in her view,", claim.Content.Text);
        Assert.Equal(g.PersonId("Ida Rowe"), claim.Speaker);
    }

    [Fact]
    public void A_quote_after_a_preposition_is_what_was_said_when_the_frame_ends_the_sentence()
    {
        var g = Extract.From("Harbour vote\n\nMost of the ferry crews still listen to \u201CNight Shift,\u201D Tomas Berg said.");
        var claim = g.ClaimWith("Night Shift");
        Assert.StartsWith("Most of the ferry crews", claim.Content.Text);
        Assert.Equal(g.PersonId("Tomas Berg"), claim.Speaker);
    }
    [Fact]
    public void As_someone_put_it_names_the_speaker_of_the_quote_after_it()
    {
        var g = Extract.From("Harbour vote\n\nThe old quay had its critics. As the port inspector Mara Lind put it in her report, \u201Cthe cranes were older than the harbour master.\u201D");
        var claim = g.ClaimWith("the cranes were older");
        Assert.Equal("put it", claim.Cue.Text);
        Assert.Equal(g.PersonId("Mara Lind"), claim.Speaker);
    }
    [Fact]
    public void A_relative_pronoun_after_a_document_is_the_source_as_written()
    {
        var g = Extract.From("Harbour vote\n\nThe mayor cited the harbour audit, which notes, \u201CNine of the twelve cranes have not been inspected since the flood.\u201D");
        var claim = g.ClaimWith("Nine of the twelve cranes");
        Assert.Equal("which", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void Asked_by_someone_names_the_one_who_asked()
    {
        var g = Extract.From("Harbour vote\n\nAsked by the host Ivo Kask whether the quay would reopen, Mayor Ida Rowe said she did not know.");
        var claim = g.ClaimWith("whether the quay would reopen");
        Assert.StartsWith("whether", claim.Content.Text);
        Assert.Equal(g.PersonId("Ivo Kask"), claim.Speaker);
    }
    [Fact]
    public void A_relative_clause_without_a_comma_describing_the_speaker_does_not_end_the_frame_of_a_split_quote()
    {
        var g = Extract.From("Budget week\n\n\u201CTaxes will rise,\u201D said Hendrik Vos, an economist who criticized the finance committee last year. \u201CNobody in the cabinet wants to say it.\u201D");
        var claim = g.ClaimWith("Taxes will rise");
        Assert.Contains("Nobody in the cabinet", claim.Content.Text);
    }

    [Fact]
    public void A_quote_with_a_speaker_and_a_verb_that_is_no_cue_after_it_is_theirs()
    {
        var g = Extract.From("Harbour vote\n\nThe board met on Monday.\n\n\u201CEvery crew on the quay deserves a day off,\u201D the harbour master exclaimed.");
        var claim = g.ClaimWith("Every crew on the quay");
        Assert.Equal("the harbour master", claim.SpeakerMention!.Text);
        Assert.Equal("exclaimed", claim.Cue.Text);
    }
}
