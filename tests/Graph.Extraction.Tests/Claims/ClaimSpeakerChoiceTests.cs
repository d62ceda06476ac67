namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Which speaker a quote gets when the sentence offers more than one: a person quoted inside someone else's words does
/// not become the "she" of what follows; an "according to" outside a "said" that holds a belief is the outer reading; a
/// participle opening the sentence is not a speaker; a share of people polled speaks through the poll (one opening the
/// sentence, or one that "found" it); an adverb before a participle ("..., recently telling") does not stop it going
/// with the subject, nor does an aside opened by an adverb or a hyphen standing for a dash; a span of time counted back
/// between the speaker and the cue is passed over ("three days ago"); a relative clause, between commas or not, ends
/// before the main verb; a verb and its object before a participle ("carrying banners saying") are not its speaker, nor
/// is a common noun before "labeled"; an outlet that "reported" (or a writer who "wrote") what someone said reports the
/// whole sentence; before "said yes" or "said no" stands the question, not what was said; a state abbreviation such as
/// "(D-N.Y.)" after a name does not end the sentence; a reading too weak to keep does not speak for a participle after
/// it. Passages are written for these tests.
/// </summary>
public sealed class ClaimSpeakerChoiceTests
{
    [Fact]
    public void A_person_quoted_inside_a_claim_is_not_the_next_pronoun()
    {
        var g = Extract.From("Harbour debate\n\nAt the town hall, Mrs. Ruth Alder replied calmly that she was glad Ms. Vera Lind had said so because, she said, the remark showed \"how little the other side listens to the harbour crews.\"");
        var claim = g.ClaimWith("how little the other side listens");
        Assert.Equal("she", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Ruth Alder"), claim.Speaker);
    }

    [Fact]
    public void According_to_outranks_a_said_that_holds_a_belief()
    {
        var g = Extract.From("Harbour poll\n\nNearly 60 percent of dock workers said they believe that Mayor Ivo Brandt \"has never understood the harbour,\" according to a Harbour Times poll released in May.");
        var claim = g.ClaimWith("never understood the harbour");
        Assert.Equal("according to", claim.Cue.Text);
        Assert.Equal("a Harbour Times poll released in May", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_participle_opening_the_sentence_is_not_a_speaker()
    {
        var g = Extract.From("Dock strike\n\nFacing mounting anger from the dock crews, Mayor Ivo Brandt issued a short statement on Friday, describing the strike as \"a lesson for the whole town.\"");
        var claim = g.ClaimWith("a lesson for the whole town");
        Assert.Equal("describing", claim.Cue.Text);
        Assert.Equal(g.PersonId("Ivo Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_share_of_people_polled_speaks_through_the_poll_that_opens_the_sentence()
    {
        var g = Extract.From("Dock strike\n\nIn a Harbour Times survey published Tuesday, 31% of dock workers said they were \"ready to walk out again\" before the winter.");
        var claim = g.ClaimWith("ready to walk out again");
        Assert.Equal("a Harbour Times survey published Tuesday", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void An_adverb_between_the_comma_and_the_participle_keeps_it_the_subject_s()
    {
        var g = Extract.From("Ferry vote\n\nMayor Ivo Brandt has voiced impatience, and even a little worry, about the ferry vote next month, recently telling one aide that he is unsure \"which council will turn up.\"");
        var claim = g.ClaimWith("which council will turn up");
        Assert.Equal("telling", claim.Cue.Text);
        Assert.Equal(g.PersonId("Ivo Brandt"), claim.Speaker);
    }

    [Fact]
    public void An_aside_opened_by_an_adverb_is_not_the_subject()
    {
        var g = Extract.From("Ferry vote\n\nMayor Ivo Brandt, plainly irritated, answered by tapping the table, saying the ferry was \"never up for sale.\"");
        var claim = g.ClaimWith("never up for sale");
        Assert.Equal(g.PersonId("Ivo Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_hyphen_set_off_by_spaces_is_a_dash_before_a_participle()
    {
        var g = Extract.From("Ferry vote\n\nMr. Ivo Brandt spoke at the pier on Monday. He has trouble with a hard task in politics - fundraising - admitting that, when he does it, he hears \"the voice of his grandfather.\"");
        var claim = g.ClaimWith("the voice of his grandfather");
        Assert.Equal(g.PersonId("Ivo Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_span_of_time_counted_back_between_speaker_and_cue_is_passed_over()
    {
        var g = Extract.From("Ferry budget\n\nThe Nordby Harbour Board barely three days ago admitted publicly that the ferry was \"running at a loss.\"");
        var claim = g.ClaimWith("running at a loss");
        Assert.Equal("Nordby Harbour Board", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_relative_clause_set_off_by_commas_ends_before_the_main_verb()
    {
        var g = Extract.From("Ferry plan\n\nCouncillor Mara Voss, who has endorsed Ana Ruiz, said the harbour plan is \"ready for a second route.\"");
        var claim = g.ClaimWith("ready for a second route");
        Assert.Equal("said", claim.Cue.Text);
        Assert.Equal(g.PersonId("Mara Voss"), claim.Speaker);
    }

    [Fact]
    public void A_restrictive_relative_clause_ends_before_the_main_verb()
    {
        var g = Extract.From("Port upkeep\n\nA harbour pilot who has accused Mayor Ivo Brandt of neglect said on Sunday that the port was \"in a shameful state.\"");
        var claim = g.ClaimWith("in a shameful state");
        Assert.StartsWith("said", claim.Cue.Text);
        Assert.Equal("A harbour pilot", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_verb_and_its_object_before_a_participle_are_not_its_speaker()
    {
        var g = Extract.From("Ferry cuts\n\nBut that morning, an angry crowd of dock workers had gathered at the pier, calling for the mayor to resign and carrying banners saying, \"Ferries today, debts tomorrow.\"");
        var claim = g.ClaimWith("Ferries today, debts tomorrow");
        Assert.Equal("an angry crowd of dock workers", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_share_after_a_survey_that_found_it_speaks_through_the_survey()
    {
        var g = Extract.From("Ferry race\n\nAna Ruiz leads the race. A Harbour Times survey released on Friday found that 31 percent of dock workers backed her, while 22 percent said the mayor was \"doing a fine job.\"");
        var claim = g.ClaimWith("doing a fine job");
        Assert.Contains("Harbour Times survey", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_common_noun_before_labeled_is_what_bears_the_label_not_its_speaker()
    {
        var g = Extract.From("Ferry news\n\nThe old ferry labeled \"the slowest boat in the north\" still crosses the bay twice a day.");
        var claim = g.ClaimWith("the slowest boat in the north");
        Assert.Null(claim.SpeakerMention);
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void An_outlet_that_reported_what_someone_said_reports_the_whole_sentence()
    {
        var g = Extract.From("Ferry tolls\n\nIvo Brandt said at the pier that the toll was \"far too high for the crews,\" the Harbour Times reported.");
        var claim = g.ClaimWith("far too high for the crews");
        Assert.Equal("reported", claim.Cue.Text);
        Assert.StartsWith("Ivo Brandt said", claim.Content.Text);
        Assert.Contains("Harbour Times", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_writer_who_wrote_what_someone_told_them_reports_the_whole_sentence()
    {
        var g = Extract.From("Harbour memoir\n\nHer uncle, a ferry captain, told Lena Holt stories of the old port so that \"I would never forget where we came from,\" Lena Holt wrote.");
        var claim = g.ClaimWith("never forget where we came from");
        Assert.Equal("wrote", claim.Cue.Text);
        Assert.Equal(g.PersonId("Lena Holt"), claim.Speaker);
    }

    [Fact]
    public void A_question_before_said_yes_or_no_is_asked_not_said()
    {
        var g = Extract.From("Ferry poll\n\nAsked whether the ferry plan \"will ever pay for itself,\" 60 percent of dock workers said no, but 30 percent said it would.");
        var question = g.ClaimWith("will ever pay for itself");
        Assert.Equal("Asked", question.Cue.Text);
        Assert.Null(question.SpeakerMention);
        Assert.Contains(g.Claims, c => c.Content.Text == "no" && c.SpeakerMention?.Text == "60 percent of dock workers");
    }

    [Fact]
    public void A_state_abbreviation_with_periods_in_brackets_does_not_end_the_sentence()
    {
        var g = Extract.From("Ferry vote\n\nSen. Ivo Brandt (D-N.Y.) said the vote was \"a disgrace for the whole coast.\"");
        var claim = g.ClaimWith("a disgrace for the whole coast");
        Assert.Equal(g.PersonId("Ivo Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_reading_too_weak_to_keep_names_nobody_for_a_later_participle()
    {
        var g = Extract.From("Ferry cuts\n\nIn a note released Friday, Rep. Ivo Brandt (D-Ohio) responded to the ruling, saying: \"The ferry cuts should worry every voter on the coast.\"");
        var claim = g.ClaimWith("should worry every voter");
        Assert.Equal(g.PersonId("Ivo Brandt"), claim.Speaker);
    }
}
