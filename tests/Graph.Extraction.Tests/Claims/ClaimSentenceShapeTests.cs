namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Shapes of sentence that cut what was said short or lost it: a sentence set in brackets ("(The visitors ... , Mr.
/// Lund said.)") is read as one without them; a "that" after a clause of its own ("said there were clear signs that
/// ...") belongs to that clause, which is all of what was said; a comparison ("the same thing as the mayor calling
/// himself ...") does not end the clause at "as"; what was said keeps a per cent sign and a bracket it opened ("growth
/// of 2.1%", "6.4m euros ($7.1m; £5.3m)"), and a semicolon inside brackets ends nothing; "called off", "saw off" and
/// "showed off" report nothing said, nor do "looking at", "knocked out", "passed away", "charged down"; a frame inside
/// a sentence past its adjuncts ("The fares, she said on Monday, will rise", "..., according to the harbour board, with
/// ...") is the claim's frame, not what was said; after "said of the vote:", "told the crowd:" the quote is what was
/// said (a direct quote), but not after a clause ("said the plan remained sound:"); "The board is hoping ..." has the
/// speaker "The board", not "The", and so a nationality or a word capitalised to open the sentence keeps its noun ("The
/// Danish shipyard is aiming ...", "Norwegian hackers backing ..." are no country; "The Norwegian government is
/// planning ..." is Norway); a "that" after the cue's object ("is offering the treatments that ...") opens a relative
/// clause, not what was said, except after a verb taking a person ("told its members that ..."); a dateline's bracket
/// is not the sentence's. Passages are written for these tests.
/// </summary>
public sealed class ClaimSentenceShapeTests
{
    [Fact]
    public void A_sentence_in_brackets_keeps_its_clause_before_a_quoted_title()
    {
        var g = Extract.From("Island tourism\n\nTourism brings money to the island. (The visitors are big fans of \u201CHarbour Nights,\u201D Mr. Lund said.) But the ferry is slow.\n\nTom Lund runs the museum.");
        var claim = g.ClaimWith("big fans of");
        Assert.Equal("The visitors are big fans of \u201CHarbour Nights,\u201D", claim.Content.Text);
        Assert.Equal("said", claim.Cue.Text);
        Assert.Equal(g.PersonId("Tom Lund"), claim.Speaker);
    }

    [Fact]
    public void A_sentence_in_brackets_leaves_its_brackets_out_of_what_was_said()
    {
        var g = Extract.From("Island tourism\n\nTourism brings money to the island. (Tom Lund said the visitors are big fans of the night market.) But the ferry is slow.");
        var claim = g.ClaimWith("night market");
        Assert.Equal("the visitors are big fans of the night market", claim.Content.Text);
    }

    [Fact]
    public void A_that_after_a_clause_of_its_own_stays_inside_what_was_said()
    {
        var g = Extract.From("Ferry inquiry\n\nWhile Ana Ruiz said there were clear signs that the board ignored the safety rules, she saw no grounds to close the port.");
        var claim = g.ClaimWith("clear signs");
        Assert.Equal("there were clear signs that the board ignored the safety rules", claim.Content.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void A_that_after_the_time_of_telling_still_opens_what_was_said()
    {
        var g = Extract.From("Ferry inquiry\n\nAna Ruiz said on Monday that ferry crews ignored the safety rules.");
        var claim = g.ClaimWith("ignored the safety rules");
        Assert.Equal("ferry crews ignored the safety rules", claim.Content.Text);
    }

    [Fact]
    public void A_comparison_with_as_does_not_end_what_was_said()
    {
        var g = Extract.From("Ferry dispute\n\nSenator Ana Ruiz said it was much the same thing as Mayor Tom Lund referring to himself as \u201Ca humble sailor.\u201D");
        var claim = g.ClaimWith("much the same thing");
        Assert.Equal("it was much the same thing as Mayor Tom Lund referring to himself as \u201Ca humble sailor.\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "referring");
    }

    [Fact]
    public void A_clause_after_as_with_its_own_speaker_still_ends_what_was_said()
    {
        var g = Extract.From("Ferry dispute\n\nAna Ruiz said the fares would rise, as Tom Lund said last week.");
        var claim = g.ClaimWith("fares would rise");
        Assert.Equal("the fares would rise", claim.Content.Text);
    }

    [Fact]
    public void A_per_cent_sign_before_the_frame_stays_with_its_number()
    {
        var g = Extract.From("Ferry firm results\n\nAnalysts expect the ferry trade to grow by 2.1%, the harbour bank said.");
        Assert.Equal("Analysts expect the ferry trade to grow by 2.1%", g.ClaimWith("ferry trade").Content.Text);
    }

    [Fact]
    public void A_sum_in_another_currency_keeps_its_brackets_and_what_follows()
    {
        var g = Extract.From("Ferry firm results\n\nThe council said it would cut the harbour levy by 6.4m euros ($7.1m; \u00A35.3m) before the summer season.");
        Assert.Equal("it would cut the harbour levy by 6.4m euros ($7.1m; \u00A35.3m) before the summer season", g.ClaimWith("harbour levy").Content.Text);
    }

    [Fact]
    public void A_clause_cut_at_a_semicolon_keeps_its_per_cent_sign()
    {
        var g = Extract.From("Ferry firm results\n\nThe harbour bank said island growth would slow to 0.8%; ferry traffic fell again in May.");
        Assert.Equal("island growth would slow to 0.8%", g.ClaimWith("island growth").Content.Text);
    }

    [Fact]
    public void Called_off_saw_off_and_showed_off_are_no_cues()
    {
        var g = Extract.From("Harbour week\n\nThe dock union called off its strike on Monday. Ana Ruiz saw off the champion in two sets. The ferry firm showed off its new boat at the pier. The union called the pay offer \u201Ca fair start.\u201D");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("strike") || c.Content.Text.Contains("champion") || c.Content.Text.Contains("new boat"));
        Assert.Equal("called", g.ClaimWith("a fair start").Cue.Text);
    }

    [Theory]
    [InlineData("The ferry firm was looking at a loss of two million krone for the year.", "looking")]
    [InlineData("Westhaven were knocked out of the cup by Dunmore on Saturday.", "knocked")]
    [InlineData("Ivar Dahl, who ran the harbour for thirty years, passed away on Friday.", "passed")]
    [InlineData("Tom Beck's shot was charged down and Dahl scored from the rebound.", "charged")]
    public void Looking_at_knocked_out_passed_away_and_charged_down_are_no_cues(string sentence, string cue)
    {
        var g = Extract.From("Harbour week\n\n" + sentence);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == cue);
    }

    [Fact]
    public void A_frame_with_adjuncts_inside_the_sentence_is_the_claims_frame()
    {
        var g = Extract.From("Ferry fares\n\nThe fares, Ana Ruiz said on Monday, will rise in May.\n\nTicket sales rose tenfold, according to the harbour board, with two million tickets sold last year.");
        var said = g.ClaimWith("will rise in May");
        Assert.Equal("The fares, Ana Ruiz said on Monday, will rise in May", said.Content.Text);
        Assert.Equal(", Ana Ruiz said on Monday,", said.Frame?.Text);
        var according = g.ClaimWith("rose tenfold");
        Assert.Equal(", according to the harbour board,", according.Frame?.Text);
        Assert.Equal("according to", according.Cue.Text);
    }

    [Fact]
    public void A_quote_after_a_short_phrase_and_a_colon_is_what_was_said()
    {
        var g = Extract.From("Harbour vote\n\nAna Ruiz said of the vote: \u201CIt was a fair fight and we won it.\u201D\n\nTom Lund echoed those thoughts: \u201CNobody wants the ferry to stop.\u201D");
        var of = g.ClaimWith("fair fight");
        Assert.Equal("\u201CIt was a fair fight and we won it.\u201D", of.Content.Text);
        Assert.True(of.Direct);
        Assert.Equal(g.PersonId("Ana Ruiz"), of.Speaker);
        var echoed = g.ClaimWith("Nobody wants the ferry");
        Assert.Equal("\u201CNobody wants the ferry to stop.\u201D", echoed.Content.Text);
        Assert.True(echoed.Direct);
    }

    [Fact]
    public void A_clause_before_the_colon_stays_in_what_was_said()
    {
        var g = Extract.From("Harbour vote\n\nAna Ruiz said the ferry plan remained sound: \u201CWe have checked every figure twice.\u201D");
        Assert.StartsWith("the ferry plan remained sound", g.ClaimWith("checked every figure").Content.Text);
    }

    [Fact]
    public void A_capitalised_article_before_a_progressive_verb_keeps_its_noun()
    {
        var g = Extract.From("Harbour plans\n\nThe board is hoping to raise earnings from the ferry.");
        Assert.Equal("The board", g.ClaimWith("raise earnings").SpeakerMention?.Text);
    }

    [Theory]
    [InlineData("The Danish shipyard is aiming to double its orders from Asia by 2012.", "double its orders", "The Danish shipyard")]
    [InlineData("Norwegian hackers backing the harbour board took over the account of the local paper.", "the harbour board took over", "Norwegian hackers")]
    [InlineData("Local skippers are warning about fuel prices on the night shifts.", "fuel prices on the night", "Local skippers")]
    [InlineData("A Scottish firm is hoping to build two more ferries for the islands.", "build two more ferries", "A Scottish firm")]
    public void A_nationality_or_an_opening_capital_before_a_progressive_verb_keeps_its_noun(string sentence, string content, string speaker)
    {
        var claim = Extract.From("Harbour plans\n\n" + sentence).ClaimWith(content);
        Assert.Equal(speaker, claim.SpeakerMention?.Text);
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void A_state_named_by_its_nationality_and_government_before_a_progressive_verb_is_the_state()
    {
        var claim = Extract.From("Ferry sale\n\nThe Norwegian government is planning to sell one of the big ferry lines.").ClaimWith("sell one of the big");
        Assert.Equal("The Norwegian government", claim.SpeakerMention?.Text);
        Assert.Equal("country:no", claim.Speaker);
    }

    [Fact]
    public void A_that_after_the_object_opens_a_relative_clause()
    {
        var g = Extract.From("Harbour clinic\n\nAna Ruiz is offering the new treatments that researchers at the harbour clinic are testing.\n\nTom Lund told the crowd that the clinic would stay open.");
        Assert.Equal("the new treatments that researchers at the harbour clinic are testing", g.ClaimWith("new treatments").Content.Text);
        Assert.Equal("the clinic would stay open", g.ClaimWith("stay open").Content.Text);
    }

    [Fact]
    public void A_that_after_a_noun_it_completes_or_a_time_still_opens_what_was_said()
    {
        var g = Extract.From("Harbour clinic\n\nAna Ruiz voiced the hope that the clinic would stay open. Tom Lund said two days later that the clinic had closed.");
        Assert.Equal("the clinic would stay open", g.ClaimWith("would stay open").Content.Text);
        Assert.Equal("the clinic had closed", g.ClaimWith("had closed").Content.Text);
    }

    [Fact]
    public void A_that_after_the_person_told_still_opens_what_was_said()
    {
        var g = Extract.From("Harbour strike\n\nThe dock union told its members that the strike would go ahead. Ana Ruiz promised the voters that the ferry would run all winter.");
        Assert.Equal("the strike would go ahead", g.ClaimWith("strike would go ahead").Content.Text);
        Assert.Equal("the ferry would run all winter", g.ClaimWith("run all winter").Content.Text);
    }

    [Fact]
    public void A_past_participle_in_the_object_is_no_clause_before_that()
    {
        var g = Extract.From("Harbour inquiry\n\nTom Lund denied the repeated claims that he misled the harbour board.");
        Assert.Equal("he misled the harbour board", g.ClaimWith("misled the harbour board").Content.Text);
    }

    [Fact]
    public void A_dateline_bracket_does_not_take_the_sentences_last_bracket()
    {
        var g = Extract.From("Harbour levy\n\n(HTN) - The council said it would cut the harbour levy by 6.4m euros ($7.1m).");
        Assert.EndsWith("($7.1m)", g.ClaimWith("harbour levy").Content.Text);
    }

    [Fact]
    public void An_inverted_frame_between_subject_and_verb_keeps_both_halves()
    {
        var g = Extract.From("Ferry costs\n\nThe worst cost of running the island ferry, said Ola Berg, was the price of diesel in winter.");
        var claim = g.ClaimWith("price of diesel");
        Assert.Equal("The worst cost of running the island ferry, said Ola Berg, was the price of diesel in winter", claim.Content.Text);
        Assert.Equal(", said Ola Berg,", claim.Frame?.Text);
        Assert.Equal(g.PersonId("Ola Berg"), claim.Speaker);
    }

    [Theory]
    [InlineData("Ola Berg said the deckhands were, in fact, looking for work on the mainland.", "the deckhands were, in fact, looking for work on the mainland")]
    [InlineData("Ola Berg said the island was, of course, hoping for a second ferry.", "the island was, of course, hoping for a second ferry")]
    [InlineData("Ola Berg said the levy was, in her opinion, a tax on fishing.", "the levy was, in her opinion, a tax on fishing")]
    [InlineData("Ola Berg believes the crews are, at long last, close to a deal.", "the crews are, at long last, close to a deal")]
    public void A_short_aside_after_a_verb_does_not_end_what_was_said(string sentence, string content)
    {
        // (Any few words set off after an auxiliary, "be" or "that", not only the stock asides: the clause cannot end there.)
        var g = Extract.From("Ferry costs\n\n" + sentence);
        Assert.Equal(content, g.Claims.Single(c => c.Speaker == g.PersonId("Ola Berg")).Content.Text);
    }
    [Fact]
    public void A_clause_that_ends_on_an_auxiliary_is_not_an_aside()
    {
        var g = Extract.From("Ferry costs\n\nAsked whether the board would cut the levy, Ola Berg said it would, and the board did, within a week.");
        Assert.Equal("it would", g.Claims.Single(c => c.Speaker == g.PersonId("Ola Berg") && c.Cue?.Text == "said").Content.Text);
    }
}
