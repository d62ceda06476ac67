using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>Layouts that attribute by position rather than by a verb: transcript turns and headline labels.</summary>
public sealed class ClaimTranscriptLayoutTests
{
    // A page quoting a whole transcript opens every paragraph with a quotation mark and closes only the last one.
    private const string QuotedTranscript =
        "Senator Tom Walsh spoke with host Anna Reyes on Sunday. A partial transcript follows.\n\n"
        + "\"REYES: Will the harbour bill pass before the recess, and who will vote for it?\n\n"
        + "\"WALSH: I believe it will pass with votes from both parties next week.\n\n"
        + "\"REYES: And the fishing quotas?\n\n"
        + "\"WALSH: The quotas stay where they are this year.\n\n"
        + "\"Nobody on the coast wants a fight over them before the season opens.\"\n\n"
        + "Follow Anna Reyes on the radio.";

    [Fact]
    public void A_transcript_turn_after_an_opening_quotation_mark_is_its_speakers()
    {
        var g = Extract.From(QuotedTranscript);
        var claim = g.ClaimWith("it will pass with votes from both parties");
        Assert.Equal("WALSH", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Tom Walsh"), claim.Speaker);
        Assert.Equal(":", claim.Cue.Text);
        Assert.Equal("REYES", g.ClaimWith("And the fishing quotas?").SpeakerMention!.Text);
    }

    [Fact]
    public void A_turn_runs_on_over_unlabelled_paragraphs_up_to_the_next_turn_only()
    {
        var g = Extract.From(QuotedTranscript);
        var claim = g.ClaimWith("The quotas stay where they are this year.");
        Assert.Equal("WALSH", claim.SpeakerMention!.Text);
        // The last turn keeps to its own paragraph: the closing paragraph is the page's text again, so the
        // unlabelled paragraph after it is not taken in...
        Assert.DoesNotContain("Nobody on the coast", claim.Content.Text);

        var longer = Extract.From(QuotedTranscript.Replace("Follow Anna Reyes on the radio.", "\"REYES: Thank you, Senator.\""));
        // ...but with a turn after it, the answer's second paragraph belongs to the answer.
        var answer = longer.ClaimWith("The quotas stay where they are this year.");
        Assert.Contains("before the season opens", answer.Content.Text);
        Assert.Equal("WALSH", answer.SpeakerMention!.Text);
    }

    [Fact]
    public void An_archive_field_label_is_no_speaker()
    {
        var g = Extract.From("Harbour bill stalls\n\nBYLINE: Anna Reyes and Tom Lindqvist.\n\nThe harbour bill stalled in committee on Tuesday after a long debate.");
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text == "BYLINE");
    }

    [Fact]
    public void A_headline_names_an_unnamed_kind_of_source()
    {
        var g = Extract.From("Poll: Coastal voters turn against the harbour bill\n\nA new survey of 800 voters was released on Monday by the Coast Institute.");
        var claim = g.ClaimWith("Coastal voters turn against the harbour bill");
        Assert.Equal("Poll", claim.SpeakerMention!.Text);
        Assert.Equal(":", claim.Cue.Text);
    }

    [Fact]
    public void A_quote_continues_into_a_paragraph_only_under_the_same_kind_of_mark()
    {
        // A paragraph quoted from another paper, opened with a straight mark and never closed, then the page's own
        // curly quote: the curly one is a quote of its own, not more of the block.
        var g = Extract.From("The Coast Ledger profiled Ana Ruiz last spring.\n\n"
            + "\"Ana thought the plan was reckless. She had fished the bay for twenty years and knew its moods.\n\n"
            + "\u201CNobody asked the people who work the water,\u201D she said after the hearing, and the council later agreed.");
        var claim = g.ClaimWith("Nobody asked the people who work the water");
        Assert.Equal("she", claim.SpeakerMention!.Text);
        Assert.StartsWith("\u201CNobody", claim.Content.Text);
    }

    [Fact]
    public void A_relative_clause_opened_by_that_names_with_its_own_speaker()
    {
        // "that" opens a relative clause as often as "which": its subject, not the sentence's, gave the name.
        var g = Extract.From("Quay fire\n\nEleven crew members were hurt on Sunday in a crowded dock by a fire that Mayor Ana Ruiz described as \"a deliberate act of sabotage.\"");
        var claim = g.ClaimWith("a deliberate act of sabotage");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
        Assert.Equal("described", claim.Cue.Text);
    }

    [Fact]
    public void A_participle_and_its_place_after_the_subject_leave_the_subject_speaking()
    {
        var g = Extract.From("Dock strike\n\nDock workers marching through the harbour district chanted \"Fair wages now!\" until dawn on Friday.");
        Assert.Equal("Dock workers", g.ClaimWith("Fair wages now").SpeakerMention!.Text);
    }

    [Fact]
    public void A_participle_after_a_restrictive_who_clause_goes_with_the_sentence_subject()
    {
        var g = Extract.From("Pier repairs\n\nMayor Ana Ruiz was just as curt when pressed about not paying a contractor who said he was cheated after he rebuilt a pier at one of her marinas, saying, \"The work was late and full of faults.\"");
        var claim = g.ClaimWith("The work was late and full of faults");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void A_dash_signature_signs_the_whole_paragraph_it_ends()
    {
        // Reader responses printed one per paragraph, each signed with a bar; in the second the writer closed the
        // quote early and quoted a proverb at the end, so the signature follows a second, short quote.
        var g = Extract.From("What readers told us\n\nWe asked readers about the harbour plan.\n\n"
            + "\u201CThe plan ignores the crews who keep this town alive.\u201D \u2015 Marta Lindqvist\n\n"
            + "\u201CNobody on the council has worked a boat in winter, not one of them.\u201D As my grandfather put it \u201Cthe sea keeps its own books.\u201D \u2015 Jonas Berg");
        var claim = g.ClaimWith("Nobody on the council has worked a boat");
        Assert.Equal("Jonas Berg", claim.SpeakerMention!.Text);
        Assert.Contains("the sea keeps its own books", claim.Content.Text);
    }

    [Fact]
    public void A_pull_quote_signed_on_its_last_line_inside_the_marks_is_the_signers()
    {
        // A page's highlighted quote, printed between paragraphs of the story: the words, a line break, then the
        // speaker and what they stand for, and only then the closing mark.
        var g = Extract.From("Ferry fund cut\n\nThe council cut the ferry fund on Monday, and the harbour board objected.\n\n"
            + "\"We will not sell the ferries to pay for a budget that nobody on the coast asked for.\nKaren Lund, Westhaven Harbour Trust.\"\n\n"
            + "The council will vote again in March.");
        var claim = g.ClaimWith("We will not sell the ferries");
        Assert.Equal("Karen Lund", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.True(claim.Direct);
        Assert.DoesNotContain("Westhaven Harbour Trust", claim.Content.Text);
    }

    [Fact]
    public void A_last_line_that_is_a_sentence_is_not_a_signature()
    {
        var g = Extract.From("Ferry fund cut\n\nThe harbour board objected on Monday.\n\n"
            + "\"We will not sell the ferries to pay for a budget that nobody on the coast asked for.\nKaren Lund runs the trust.\"\n\n"
            + "The council will vote again in March.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("We will not sell") && c.Cue.Text == "\"");
    }
}
