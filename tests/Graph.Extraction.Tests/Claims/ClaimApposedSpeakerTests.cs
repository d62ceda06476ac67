namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Speakers set off by appositions with abbreviations or dashes, an inverted-looking cue followed by a "that"
/// clause, a paraphrase continued by a quote, a participle clause after what was said, a participle taking a
/// "that" clause, and the horizontal bar used as a dash; in a chain of appositions after a name that opens the
/// sentence ("Tom Lund, the editor of the weekly, the Harbour Times, said"), the name, not the paper named last, but
/// not an opening adverb ("Separately, the board, the Harbour Trust, said"); the agent of "seen by", "obtained by"
/// after the subject is not its speaker, the agent of "released by" does; "Ana Ruiz, spokeswoman for the Harbour Board
/// said" is Ruiz's though the writer left out the comma after the body; a "think tank" is no verb of thinking; a
/// spokesman named in an apposition after whose he is ("Lind's spokesman, Per Dahl, said") is the speaker, and so is
/// anyone named after a role or a noun for a person ("the union's general secretary, Ana Ruiz", "said Lund's deputy,
/// Ivar Dahl", "its chairman, Sir Ivar Dahl", "one resident, Ivar Dahl, 67,"), before or after the cue. Passages are written for these tests.
/// </summary>
public sealed class ClaimApposedSpeakerTests
{
    [Fact]
    public void A_speaker_told_an_audience_that_is_not_read_as_said_by_the_audience()
    {
        var g = Extract.From("Book fair\n\nThe novelist Ana Ortiz, one of the signers, told a crowd at a book fair in Austin last week that the governor's remarks were \"shameful.\"");
        var claim = g.ClaimWith("shameful");
        Assert.Equal(g.PersonId("Ana Ortiz"), claim.Speaker);
        Assert.DoesNotContain("novelist", claim.Content.Text);
    }

    [Fact]
    public void A_party_and_state_label_with_a_period_is_part_of_the_apposition()
    {
        var g = Extract.From("Senate bill\n\nSen. Pat Greeley, R-Ore., told a radio host that the bill was \"dead on arrival\" in its current form.");
        var claim = g.ClaimWith("dead on arrival");
        Assert.Equal(g.PersonId("Pat Greeley"), claim.Speaker);
    }

    [Fact]
    public void An_age_and_a_town_with_an_abbreviated_state_are_passed_over()
    {
        var g = Extract.From("Convention week\n\nTom Reyes, 22, of Dayton, Tenn., said he still expected a late \"upset\" once the delegates vote.");
        var claim = g.ClaimWith("upset");
        Assert.Equal("said", claim.Cue.Text);
        Assert.Equal("Tom Reyes", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void An_apposition_between_dashes_is_passed_over()
    {
        var g = Extract.From("Primary day\n\nMara Voss \u2014 a nurse from Akron \u2014 says she made a late choice to back Lee, and that the mayor's support was \"a big help.\"");
        var claim = g.ClaimWith("a big help");
        Assert.Equal(g.PersonId("Mara Voss"), claim.Speaker);
        Assert.Equal("says", claim.Cue.Text);
    }

    [Fact]
    public void A_paraphrase_framed_at_the_sentence_end_goes_on_into_the_next_sentence_quote()
    {
        var g = Extract.From("Fares\n\nAna Ruiz runs the riders' union. The fare rise is a burden for families, Ruiz said. \u201CNobody asked the riders.\u201D");
        var claim = g.ClaimWith("fare rise is a burden");
        Assert.Contains("Nobody asked the riders", claim.Content.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void A_participle_clause_after_reported_speech_is_not_part_of_it()
    {
        var g = Extract.From("Turnout\n\nThe president told voters this weekend he would view it as a \"personal slight\" if they stayed home, implicitly staking his name on the outcome.");
        var claim = g.ClaimWith("personal slight");
        Assert.DoesNotContain("staking", claim.Content.Text);
        Assert.EndsWith("if they stayed home", claim.Content.Text);
    }

    [Fact]
    public void A_participle_with_a_that_clause_after_a_comma_reports_what_was_said()
    {
        var g = Extract.From("Town hall\n\nLee barely touched on his agenda in the first minutes of his remarks, joking that it is dull to discuss policy all day.");
        var claim = g.ClaimWith("dull to discuss policy");
        Assert.Equal("joking", claim.Cue.Text);
        Assert.Equal(g.PersonId("Lee"), claim.Speaker);
    }

    [Fact]
    public void A_horizontal_bar_ends_a_fronted_clause_like_a_dash()
    {
        var g = Extract.From("Tax night\n\nWhen Ortega pointed out that Bell had some years paid no state tax at all \u2015 which his own filings later confirmed \u2015 Bell boasted, \u201CThat just shows I am clever.\u201D The hall went quiet.");
        var claim = g.ClaimWith("I am clever");
        Assert.Equal("boasted", claim.Cue.Text);
        Assert.Equal(g.PersonId("Bell"), claim.Speaker);
    }

    [Fact]
    public void The_name_opening_a_chain_of_appositions_is_the_speaker()
    {
        var g = Extract.From("Harbour vote\n\nTom Lund, the editor of the island's weekly paper, the Harbour Times, said the vote was \u201Ca fair one.\u201D\n\nVera Holm, a retired pilot, and Ana Ruiz, a teacher, watched the count.");
        var claim = g.ClaimWith("a fair one");
        Assert.Equal("Tom Lund", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Tom Lund"), claim.Speaker);
    }

    [Fact]
    public void An_opening_adverb_is_no_name_before_a_chain_of_appositions()
    {
        var g = Extract.From("Harbour vote\n\nSeparately, the island's oldest charity, the Harbour Trust, said the vote was \u201Ca fair one.\u201D");
        Assert.Equal("Harbour Trust", g.ClaimWith("a fair one").SpeakerMention!.Text);
    }

    [Fact]
    public void The_agent_of_obtained_by_is_not_the_speaker()
    {
        var g = Extract.From("Harbour strike\n\nA March letter from the dock union obtained by the Harbour Times warns that \u201Cany further delay will end in a strike.\u201D\n\nFigures released by the Harbour Trust showed that ferry traffic fell by a third.");
        Assert.Equal("the dock union", g.ClaimWith("any further delay").SpeakerMention!.Text);
        Assert.Equal("Harbour Trust", g.ClaimWith("ferry traffic fell").SpeakerMention!.Text);
    }

    [Fact]
    public void A_list_of_names_with_appositions_is_no_chain()
    {
        var g = Extract.From("Harbour rowing\n\nVera Holm, the coach, and Tom Lund, the captain, said the season was over.");
        Assert.NotEqual("Vera Holm", g.ClaimWith("season was over").SpeakerMention!.Text);
    }

    [Fact]
    public void A_role_at_a_body_with_no_closing_comma_describes_the_name_before_it()
    {
        var g = Extract.From("Rowing club\n\nOla Berg, treasurer of the Pier Rowing Club said the members would buy two new boats in spring.");
        Assert.Equal(g.PersonId("Ola Berg"), g.ClaimWith("two new boats").Speaker);
    }

    [Fact]
    public void A_think_tank_is_no_cue()
    {
        var g = Extract.From("Ferry study\n\nThe island's transport think tank studied ferry fares for a year.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text is "think");
    }

    [Theory]
    [InlineData("\"It was a good meeting,\" Lind's spokesman, Per Dahl, said afterwards.")]
    [InlineData("Lind's spokesman, Per Dahl, said the meeting had gone well.")]
    public void A_spokesman_named_after_whose_he_is_is_the_speaker(string sentence)
    {
        var g = Extract.From("Harbour talks\n\nThe fisheries minister, Tom Lind, met the mayor on Monday. " + sentence);
        var claim = g.Claims.Single(c => c.Content.Text.Contains("meeting", StringComparison.Ordinal) && c.Cue.Text == "said");
        Assert.Equal(g.PersonId("Per Dahl"), claim.Speaker);
    }

    [Theory]
    [InlineData("\u201CThe yard gets no loan,\u201D the union\u2019s general secretary, Ivar Dahl, told reporters.")]
    [InlineData("\u201CThe yard gets no loan,\u201D the Nordbank chief executive, Ivar Dahl, said in an interview.")]
    [InlineData("\u201CThe yard gets no loan,\u201D said the bank\u2019s chief executive, Ivar Dahl.")]
    [InlineData("\u201CThe yard gets no loan,\u201D said Lund\u2019s deputy, Ivar Dahl, on Monday.")]
    [InlineData("\u201CThe yard gets no loan,\u201D its chairman, Sir Ivar Dahl, said.")]
    [InlineData("\u201CThe yard gets no loan,\u201D one resident, Ivar Dahl, 67, said.")]
    public void A_name_after_a_role_and_a_comma_is_the_speaker_around_a_quote(string sentence)
    {
        var g = Extract.From("Yard loans\n\nKaren Lund chairs the Nordbank board. " + sentence);
        var claim = g.ClaimWith("gets no loan");
        Assert.Equal(g.PersonId("Ivar Dahl"), claim.Speaker);
        Assert.Equal("Ivar Dahl", claim.SpeakerMention!.Text);
    }

    [Theory]
    [InlineData("The chairman of Nordbank, Karen Lund, told reporters the bank would not lend to the yard.")]
    [InlineData("Nordbank's Chairman, Karen Lund, told reporters the bank would not lend to the yard.")]
    [InlineData("The Harbour Minister, Karen Lund, told reporters the bank would not lend to the yard.")]
    [InlineData("Westhaven Finance Minister, Karen Lund, told reporters the bank would not lend to the yard.")]
    public void A_name_after_a_capitalised_role_description_is_the_speaker(string sentence)
    {
        var g = Extract.From("Yard loans\n\n" + sentence);
        var claim = g.ClaimWith("would not lend");
        Assert.Equal("Karen Lund", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }

    [Fact]
    public void A_place_in_apposition_after_a_name_of_somewhere_is_not_the_speaker()
    {
        var g = Extract.From("Yard loans\n\nKaren Lund of Brekke County, Norland, said the bank would not lend to the yard.");
        var claim = g.ClaimWith("would not lend");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        // (Nor after a role and a surname: the place is where the pilot is from, not another title.)
        var pilot = Extract.From("Yard loans\n\nVeteran harbour pilot Lund of Brekke, Norland, said the bank would not lend to the yard.").ClaimWith("would not lend");
        Assert.NotEqual("Norland", pilot.SpeakerMention?.Text);
    }

    [Fact]
    public void A_role_in_apposition_after_the_name_leaves_the_name_the_speaker()
    {
        var g = Extract.From("Yard loans\n\nAt the time Per Lund, the Lord Chief Harbourmaster, had said the bank would not lend to the yard.");
        var claim = g.ClaimWith("would not lend");
        Assert.Equal(g.PersonId("Per Lund"), claim.Speaker);
    }

    [Fact]
    public void A_list_of_places_before_an_inverted_report_is_not_its_speaker()
    {
        var g = Extract.From("Storm damage\n\nThe storm hit hardest where the coast was low, in particular the Faroes, Tromsdal and Vikna, said the report.");
        var claim = g.ClaimWith("The storm hit hardest");
        Assert.Equal("the report", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_one_word_place_in_apposition_after_a_role_is_not_the_speaker()
    {
        var g = Extract.From("Port news\n\nThe mayor of Westhaven, Norland, said the port would reopen next week.");
        Assert.NotEqual("Norland", g.ClaimWith("the port would reopen").SpeakerMention?.Text);
    }
}
