namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A report of speech that ends its sentence, followed in the same paragraph by a quote no cue claims: the quote goes
/// on with what was reported (PolNeAR annotates the report and the quote as one content). Not after an urging or a
/// pledge ("He urged the board to ...", "She pledged ..."): the quote is a second thing said, a claim of its own. A
/// view held ("Karen Lund believes ...") takes the quote after it; a want does not.
/// The report may have a title or an opening adjunct before its speaker, or follow "but"; a report inside another
/// subject's clause does not take the quote. A quote right after another's quote in the same paragraph is the same
/// speaker's, but a question after a statement told to someone who may answer is not, nor the answer to a question
/// asked of someone ("asked the minister: “...?” “...”"); a question put to nobody the speaker may answer.
/// </summary>
public sealed class ClaimReportThenQuoteTests
{
    [Fact]
    public void A_quote_after_a_report_in_the_same_paragraph_goes_on_with_it()
    {
        var g = Extract.From("Harbour\n\nAna Ruiz argues that the ferry levy should be scrapped. \u201CIt hurts every crew on the harbour and nobody asked us.\u201D");
        var claim = g.ClaimWith("the ferry levy should be scrapped");
        Assert.Contains("nobody asked us", claim.Content.Text);
        Assert.Equal("Ana Ruiz", claim.SpeakerMention!.Text);
    }

    [Theory]
    [InlineData("urged")]
    [InlineData("pledged")]
    public void A_quote_after_an_urging_or_a_pledge_is_a_claim_of_its_own(string cue)
    {
        var g = Extract.From("Harbour\n\nTom Berg runs the ferry. He " + cue + " the board to cut the levy before the winter. "
            + "\u201CIt is ruining the crews on the pier.\u201D");
        var act = g.Claims.Single(c => c.Cue.Text == cue);
        Assert.DoesNotContain("crews on the pier", act.Content.Text);
        var quote = g.ClaimWith("crews on the pier");
        Assert.True(quote.Direct);
        Assert.Equal(g.PersonId("Tom Berg"), quote.Speaker);
    }

    [Fact]
    public void A_report_by_a_pronoun_goes_on_into_the_quote_after_it()
    {
        var g = Extract.From("Harbour\n\nTom Berg runs the ferry. He touted his record as the first chair of the pier board. "
            + "\u201CWe have to look after the crews somehow, and the levy does not.\u201D");
        var claim = g.ClaimWith("his record as the first chair");
        Assert.Contains("the levy does not", claim.Content.Text);
    }

    [Fact]
    public void A_participle_describing_an_earlier_quote_does_not_take_the_next_one()
    {
        // "..., noting that ..." reports along the way; the quote after it is more of the first quote's speech.
        var g = Extract.From("Harbour\n\n\u201CWe lost the vote,\u201D Ana Ruiz said, noting that the board had met in secret. "
            + "\u201CWe will try again next spring with the crews.\u201D");
        var comment = g.Claims.Single(c => c.Cue.Text == "noting");
        Assert.DoesNotContain("try again", comment.Content.Text);
    }

    [Fact]
    public void A_report_in_the_frame_of_a_quote_does_not_take_the_next_one()
    {
        var g = Extract.From("Harbour\n\n\u201CWe will win this,\u201D Ana Ruiz said after Tom Berg announced that the vote was delayed. "
            + "\u201CNobody on the harbour can stop us now.\u201D");
        Assert.DoesNotContain("stop us now", g.ClaimWith("the vote was delayed").Content.Text);
    }

    [Theory]
    [InlineData("Harbour master Ola Brandt said")]
    [InlineData("On Wednesday, Ola Brandt said")]
    [InlineData("The ferry board's chair, Ola Brandt, said")]
    [InlineData("Chair of the ferry board, Ola Brandt, said")]
    [InlineData("Pressed on the fares, Ola Brandt said")]
    [InlineData("However, Ola Brandt said")]
    [InlineData("As for the pier, Ola Brandt said")]
    [InlineData("Ola Brandt said on Friday")]
    [InlineData("Unlike her rival, Ola Brandt said")]
    [InlineData("Hours after the vote, Ola Brandt said")]
    [InlineData("Asked whether the pier would close, Ola Brandt said")]
    [InlineData("The fares rose again in March but Ola Brandt said")]
    [InlineData("Fast boats (the new hydrofoils) could bring more riders, but Ola Brandt said")]
    [InlineData("But the chair of the ferry board, Ola Brandt, said")]
    public void A_title_or_an_opening_adjunct_before_the_speaker_still_makes_the_report_the_main_clause(string frame)
    {
        // Straight marks, as many pages print them.
        var g = Extract.From("Harbour\n\n" + frame + " the new fares would pay for the repairs. \"The boats are old and the pier is falling apart.\"");
        var claim = g.ClaimWith("the new fares would pay for the repairs");
        Assert.Contains("the pier is falling apart", claim.Content.Text);
        Assert.Equal(g.PersonId("Ola Brandt"), claim.Speaker);
    }

    [Theory]
    [InlineData("Tom Berg was angry after Ola Brandt said")]
    [InlineData("When Ola Brandt said")]
    [InlineData("Tom Berg hit back at Ola Brandt, who said")]
    [InlineData("Residents cheered the moment Ola Brandt said")]
    public void A_report_inside_a_clause_of_another_subject_does_not_take_the_quote(string frame)
    {
        var g = Extract.From("Harbour\n\n" + frame + " the new fares would pay for the repairs. \"The boats are old and the pier is falling apart.\"");
        Assert.DoesNotContain("falling apart", g.ClaimWith("the new fares would pay for the repairs").Content.Text);
    }

    [Fact]
    public void A_short_report_with_a_verb_of_its_own_is_not_a_bare_frame_for_the_quote()
    {
        // "said the strike would go ahead" reports a clause; the quote after it goes on with it, from the named
        // speaker, not from the description before the name.
        var g = Extract.From("Harbour\n\nThe union's leader, Tom Beck, said the strike would go ahead. \"We have no choice left.\"");
        var claim = g.ClaimWith("no choice left");
        Assert.Equal(g.PersonId("Tom Beck"), claim.Speaker);
        Assert.Contains("the strike would go ahead", claim.Content.Text);
    }

    [Fact]
    public void A_participle_report_of_the_subject_takes_the_quote_after_it()
    {
        var g = Extract.From("Harbour\n\nOla Brandt made light of the figures, saying the fall was a sign of a busy summer. "
            + "\"The crews have more work than they can handle and the boats are full.\"");
        var claim = g.ClaimWith("a sign of a busy summer");
        Assert.Contains("the boats are full", claim.Content.Text);
        Assert.Equal(g.PersonId("Ola Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_report_after_but_opens_a_clause_of_its_own_and_takes_the_quote()
    {
        var g = Extract.From("Harbour\n\nThe new fares were steep for most riders but Ola Brandt said they were not keeping people away. "
            + "\"I have sold more tickets this week than in all of May.\"");
        var claim = g.ClaimWith("not keeping people away");
        Assert.Contains("all of May", claim.Content.Text);
    }

    [Fact]
    public void A_third_quote_after_a_framed_pair_in_the_same_paragraph_is_the_same_speaker()
    {
        var g = Extract.From("Harbour\n\n\"The levy was a mistake,\" said Ola Brandt. \"We did not ask the crews first.\" "
            + "\"Our aim now is to win their trust back before the winter.\"");
        var third = g.ClaimWith("win their trust back");
        Assert.Equal(g.PersonId("Ola Brandt"), third.Speaker);
        Assert.True(third.Direct);
    }

    [Fact]
    public void A_quote_after_a_question_whose_closing_mark_went_missing_is_the_same_speaker()
    {
        // Pages that drop line breaks keep each paragraph's opening mark and lose the closing ones in between.
        var g = Extract.From("Harbour\n\nOla Brandt said: \"The crews have been patient all year. \"The board has to see that. "
            + "Why are the crews angry? \"Why did nobody on the board ask them first?\"\n\nThe board meets on Monday.");
        var last = g.ClaimWith("Why did nobody on the board");
        Assert.Equal(g.PersonId("Ola Brandt"), last.Speaker);
    }

    [Theory]
    [InlineData("\"We are closing the office,\" Ola Brandt told her staff. \"Thank you for everything.\" \"What happens to our pensions?\"")]
    [InlineData("\"Is the water safe?\" asked Tom Berg. \"Yes,\" Ola Brandt replied. \"Every sample has been clean.\" \"Then why are the children sick?\"")]
    public void A_question_after_a_statement_to_someone_who_may_answer_is_not_the_same_speaker(string paragraph)
    {
        var g = Extract.From("Harbour\n\n" + paragraph + "\n\nThe board meets on Monday.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("pensions?") || c.Content.Text.Contains("children sick?") && c.Speaker == g.PersonId("Ola Brandt"));
    }
    [Theory]
    [InlineData("Tom Berg asked the minister: \u201CWho will pay for the new pier?\u201D \u201CThe taxpayer, as always.\u201D")]
    [InlineData("\u201CWho will pay for the new pier?\u201D Tom Berg asked the minister. \u201CThe taxpayer, as always.\u201D")]
    public void The_answer_to_a_question_asked_is_not_the_asker_s(string paragraph)
    {
        var g = Extract.From("Harbour\n\n" + paragraph + "\n\nThe board meets on Monday.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("taxpayer") && c.Speaker == g.PersonId("Tom Berg"));
    }
    [Fact]
    public void A_question_put_to_nobody_may_be_answered_by_the_speaker()
    {
        var g = Extract.From("Harbour\n\nTom Berg runs the ferry. \u201CWho will pay for the new pier?\u201D he asked. \u201CThe taxpayer, as always.\u201D\n\nThe board meets on Monday.");
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("The taxpayer").Speaker);
    }

    [Theory]
    [InlineData("believes")]
    [InlineData("thinks")]
    [InlineData("feels")]
    public void A_quote_after_a_view_held_goes_on_with_it(string verb)
    {
        var g = Extract.From("Timetable\n\nThe winter timetable starts next week. Karen Lund " + verb + " the late sailings will leave the night crews idle. \u201CNobody asked the people who sail at two in the morning.\u201D");
        var claim = g.ClaimWith("the late sailings will leave");
        Assert.Contains("sail at two in the morning", claim.Content.Text);
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }
}
