using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Each attribution pattern the claim extractor reads, on passages written for these tests (people, places and
/// outlets are invented or generic): quotes, reported speech, beliefs and intentions, and the kinds of speaker.
/// </summary>
public sealed class ClaimPatternTests
{
    private static string SpeakerOf(ArticleGraph g, string contentPart) => g.ClaimWith(contentPart).Speaker
        ?? throw new Xunit.Sdk.XunitException($"claim '{contentPart}' has no speaker entity (mention: {g.ClaimWith(contentPart).SpeakerMention?.Text})");

    // ---- direct quotes ----

    [Fact]
    public void Straight_quote_before_the_cue()
    {
        var g = Extract.From("The harbour board met on Monday.\n\n\"We will dredge the channel before the autumn storms,\" Marta Kowalczyk said.");
        var claim = g.ClaimWith("dredge the channel");
        Assert.True(claim.Direct);
        Assert.Equal(g.PersonId("Marta Kowalczyk"), claim.Speaker);
        Assert.StartsWith("\"We will", claim.Content.Text);
        Assert.Equal("said", claim.Cue.Text);
    }

    [Fact]
    public void Curly_quote_after_the_cue_with_a_colon()
    {
        var g = Extract.From("Council leader Peter Haldane said: \u201CThe budget leaves no room for new roads this year.\u201D");
        var claim = g.ClaimWith("no room for new roads");
        Assert.True(claim.Direct);
        Assert.Equal(g.PersonId("Peter Haldane"), claim.Speaker);
    }

    [Fact]
    public void Inverted_cue_names_the_speaker_after_it()
    {
        var g = Extract.From("\u201CNobody expected the river to rise so fast,\u201D said Elena Varga, a hydrologist at the regional water office.");
        Assert.Equal(g.PersonId("Elena Varga"), SpeakerOf(g, "river to rise so fast"));
    }

    [Fact]
    public void Quote_split_by_the_cue_is_one_claim_over_both_parts()
    {
        var text = "\u201CThe ferry will run again in June,\u201D Jonas Berg said on Tuesday. \u201CThe repairs are almost finished.\u201D";
        var g = Extract.From(text);
        var claim = g.ClaimWith("ferry will run again");
        Assert.Contains("repairs are almost finished", claim.Content.Text);
        Assert.Equal(g.PersonId("Jonas Berg"), claim.Speaker);
        Assert.Single(g.Claims);
    }

    [Fact]
    public void Quote_split_mid_sentence_with_a_comma()
    {
        var g = Extract.From("\"We are ready to talk,\" said Amir Haddad, \"but only if the blockade ends first.\"");
        var claim = g.ClaimWith("ready to talk");
        Assert.Contains("blockade ends first", claim.Content.Text);
        Assert.Equal(g.PersonId("Amir Haddad"), claim.Speaker);
    }

    [Fact]
    public void Quote_over_several_sentences_is_one_claim()
    {
        var g = Extract.From("Mayor Ruth Okafor told reporters: \"The water is safe. We tested it twice. Nobody needs to boil it any more.\"");
        var claim = g.ClaimWith("The water is safe");
        Assert.Contains("boil it any more", claim.Content.Text);
        Assert.Equal(g.PersonId("Ruth Okafor"), claim.Speaker);
    }

    [Fact]
    public void Quote_continued_in_a_following_paragraph_of_nothing_but_quotation()
    {
        var text = "\u201CThe school will reopen on Monday,\u201D principal Tomas Lindqvist said.\n\n\u201CEvery classroom has been cleaned and the heating works again.\u201D\n\nParents were relieved.";
        var g = Extract.From(text);
        var claim = g.ClaimWith("school will reopen");
        Assert.Contains("heating works again", claim.Content.Text);
        Assert.Equal(g.PersonId("Tomas Lindqvist"), claim.Speaker);
    }

    [Fact]
    public void Quote_marked_with_two_apostrophes()
    {
        var g = Extract.From("''The vote was fair and the count was clean,'' Gerald Moss said after the recount.");
        var claim = g.ClaimWith("The vote was fair");
        Assert.True(claim.Direct);
        Assert.StartsWith("''", claim.Content.Text);
        Assert.Equal(g.PersonId("Gerald Moss"), claim.Speaker);
    }

    [Fact]
    public void Question_closing_the_quote_does_not_lose_the_speaker()
    {
        var g = Extract.From("\u201CWho will pay for the new bridge?\u201D Clara Jensen asked.");
        Assert.Equal(g.PersonId("Clara Jensen"), SpeakerOf(g, "pay for the new bridge"));
    }

    [Fact]
    public void Speaker_with_a_description_between_quote_and_cue()
    {
        var g = Extract.From("\u201CThe numbers simply do not add up,\u201D a person close to the negotiations said.");
        var claim = g.ClaimWith("numbers simply do not add up");
        Assert.Equal("a person close to the negotiations", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void Quoted_title_in_the_adjunct_does_not_end_the_split_quote()
    {
        var text = "\u201CI am not running,\u201D Dana Whitfield said on the \u201CMorning Hour\u201D programme. \u201CMy family comes first.\u201D";
        var g = Extract.From(text);
        var claim = g.ClaimWith("I am not running");
        Assert.Contains("My family comes first", claim.Content.Text);
    }

    // ---- reported speech ----

    [Theory]
    [InlineData("said")]
    [InlineData("stated")]
    [InlineData("warned")]
    [InlineData("claimed")]
    [InlineData("argued")]
    [InlineData("added")]
    public void Reported_speech_with_that(string cue)
    {
        var g = Extract.From($"Finance minister Lena Sorensen {cue} that the deficit would shrink next year.");
        var claim = g.ClaimWith("the deficit would shrink next year");
        Assert.Equal(g.PersonId("Lena Sorensen"), claim.Speaker);
        Assert.Equal(cue, claim.Cue.Text);
        Assert.False(claim.Direct);
        Assert.DoesNotContain("that", claim.Content.Text.Split(' ').Take(1));
    }

    [Fact]
    public void Reported_speech_without_that_and_with_a_time_adjunct()
    {
        var g = Extract.From("Governor Rosa Delgado said on Friday the state would hire more nurses.");
        var claim = g.ClaimWith("the state would hire more nurses");
        Assert.Equal(g.PersonId("Rosa Delgado"), claim.Speaker);
        Assert.StartsWith("the state", claim.Content.Text);
    }

    [Fact]
    public void Told_keeps_the_audience_out_of_the_content()
    {
        var g = Extract.From("Ivo Petrov told the Danube Courier that the border crossing would stay closed.");
        var claim = g.ClaimWith("the border crossing would stay closed");
        Assert.Equal(g.PersonId("Ivo Petrov"), claim.Speaker);
        Assert.Equal("the border crossing would stay closed", claim.Content.Text);
        Assert.NotNull(claim.Audience);
    }

    [Fact]
    public void An_audience_with_a_number_in_its_name_stays_out_of_the_content()
    {
        var g = Extract.From("Ivo Petrov told Danube Radio 3's evening bulletin: \"The crossing will stay closed until spring.\"");
        var claim = g.ClaimWith("The crossing will stay closed");
        Assert.Equal(g.PersonId("Ivo Petrov"), claim.Speaker);
        Assert.StartsWith("\"The crossing", claim.Content.Text);
        Assert.NotNull(claim.Audience);
    }

    [Theory]
    [InlineData("Ivo Petrov told Danube Radio 3's evening programme he expected the crossing to stay closed.", "he expected the crossing")]
    [InlineData("Ivo Petrov told Danube News 24 the crossing would stay closed.", "the crossing would stay closed")]
    [InlineData("Ivo Petrov told Danube Radio 3's Morning the crossing would stay closed.", "the crossing would stay closed")]
    [InlineData("Ivo Petrov told Danube Radio 3's evening programme Mr Kovac had closed the crossing.", "Mr Kovac had closed the crossing")]
    public void An_audience_with_a_number_in_its_name_ends_where_a_clause_without_that_begins(string passage, string content)
    {
        var g = Extract.From("Border news\n\n" + passage);
        var claim = g.ClaimWith(content);
        Assert.StartsWith(content, claim.Content.Text);
        Assert.NotNull(claim.Audience);
    }

    [Theory]
    [InlineData("Nordbank said in a short statement sent to the Oslo exchange on Friday that it would sell its ferry arm.")]
    [InlineData("Nordbank said during a long interview with the Westhaven Courier last week that it would sell its ferry arm.")]
    [InlineData("Nordbank said in a statement it would sell its ferry arm.")]
    [InlineData("Nordbank argued in its annual report, published on Tuesday, that it would sell its ferry arm.")]
    public void Where_it_was_said_is_no_part_of_what_was_said(string passage)
    {
        var g = Extract.From("Ferry sale\n\n" + passage);
        Assert.StartsWith("it would sell its ferry arm", g.ClaimWith("sell its ferry arm").Content.Text);
    }

    [Theory]
    [InlineData("Organisers said this year's harbour festival would be the biggest yet.", "this year's harbour festival would be")]
    [InlineData("Coach Ivo Petrov believes Saturday's match against Westhaven will be close.", "Saturday's match against Westhaven")]
    [InlineData("Organisers said last week's storm had cost them a day.", "last week's storm had cost")]
    [InlineData("Ivo Petrov said that's where the money goes.", "that's where the money goes")]
    public void A_time_or_that_owning_the_next_word_opens_what_was_said(string passage, string content)
    {
        var g = Extract.From("Harbour festival\n\n" + passage);
        Assert.StartsWith(content, g.ClaimWith(content).Content.Text);
    }

    [Theory]
    [InlineData("Ivo Petrov told Parliament 20 Navy boats were idle, and that more would follow.", "20 Navy boats were idle")]
    [InlineData("Ivo Petrov told the Danube Courier 2004's harvest was poor, adding that prices had risen.", "harvest was poor")]
    public void A_number_that_opens_what_was_told_is_not_taken_into_the_audience(string passage, string content)
    {
        var g = Extract.From(passage);
        Assert.Contains(content, g.ClaimWith(content).Content.Text);
    }

    [Fact]
    public void According_to_after_the_content()
    {
        var g = Extract.From("Grain exports fell by a third in the spring, according to the Ministry of Agriculture.");
        var claim = g.ClaimWith("Grain exports fell by a third");
        Assert.Equal("According to", char.ToUpperInvariant(claim.Cue.Text[0]) + claim.Cue.Text[1..]);
        Assert.Contains("Ministry of Agriculture", claim.SpeakerMention!.Text);
        Assert.NotNull(claim.Speaker);
    }

    [Fact]
    public void Parenthetical_cue_inside_the_content()
    {
        var g = Extract.From("The new plant, Sven Halvorsen said, will employ four hundred people.");
        var claim = g.ClaimWith("will employ four hundred people");
        Assert.Contains("The new plant", claim.Content.Text);
        Assert.Equal(g.PersonId("Sven Halvorsen"), claim.Speaker);
    }

    [Fact]
    public void Participle_after_a_claim_keeps_its_speaker()
    {
        var g = Extract.From("Nadia Rahimi said the clinic would stay open, adding that two more doctors had been hired.");
        var nadia = g.PersonId("Nadia Rahimi");
        Assert.Equal(nadia, SpeakerOf(g, "the clinic would stay open"));
        Assert.Equal(nadia, SpeakerOf(g, "two more doctors had been hired"));
        Assert.DoesNotContain("two more doctors", g.ClaimWith("the clinic would stay open").Content.Text);
    }

    [Fact]
    public void Relative_who_speaks_for_the_name_before_it()
    {
        var g = Extract.From("The plan was drafted by Oskar Lind, who said the town could not afford a second bridge.");
        var claim = g.ClaimWith("could not afford a second bridge");
        Assert.Equal(g.PersonId("Oskar Lind"), claim.Speaker);
        Assert.Equal("who", claim.SpeakerMention!.Text);
    }

    // ---- beliefs and intentions ----

    [Fact]
    public void Belief_attributed_to_a_source()
    {
        var g = Extract.From("Farmer Ada Novak believes the drought will last another season.");
        Assert.Equal(g.PersonId("Ada Novak"), SpeakerOf(g, "the drought will last another season"));
    }

    [Fact]
    public void Intention_attributed_to_a_country()
    {
        var g = Extract.From("Norway wants to double its offshore wind capacity by 2030.");
        Assert.Equal("country:no", SpeakerOf(g, "double its offshore wind capacity"));
    }

    [Fact]
    public void Expectation_with_no_source_has_no_speaker()
    {
        var g = Extract.From("The committee is expected to publish its findings next month.");
        var claim = g.ClaimWith("publish its findings");
        Assert.Null(claim.Speaker);
        Assert.Null(claim.SpeakerMention);
    }

    [Fact]
    public void An_expectation_someone_had_is_theirs_but_one_held_of_someone_names_nobody()
    {
        var g = Extract.From("Vera Holm had expected the ferry board to lift the fares in June. The new ferry had been expected to sail in May, "
            + "and its builder has long been known to miss dates.");
        Assert.Equal(g.PersonId("Vera Holm"), SpeakerOf(g, "lift the fares in June"));
        Assert.Null(g.ClaimWith("to sail in May").SpeakerMention);
        // ("has known Beck for years" is acquaintance, no claim.)
        var h = Extract.From("Karen Lund has known Tom Beck for twenty years, and she said he would make a fine harbour master.");
        Assert.DoesNotContain(h.Claims, c => c.Cue.Text == "known");
    }

    [Fact]
    public void A_verb_after_than_compares_and_says_nothing_of_its_own()
    {
        var g = Extract.From("Port debt is set to fall by 2027, but that is still 2bn crowns more than Karen Lund predicted in her spring budget. "
            + "The quays take more ships than the board says they can hold.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "predicted");
        Assert.Contains("board", g.ClaimWith("they can hold").SpeakerMention!.Text);
    }

    [Fact]
    public void Question_put_to_a_speaker_has_no_source()
    {
        var g = Extract.From("Asked whether she would run again, Ines Kovac said she had not decided.");
        var question = g.ClaimWith("whether she would run again");
        Assert.Null(question.SpeakerMention);
        Assert.Equal(g.PersonId("Ines Kovac"), SpeakerOf(g, "she had not decided"));
    }

    // ---- speakers ----

    [Fact]
    public void Pronoun_resolves_to_the_person_who_was_speaking_not_the_last_name()
    {
        var text = "\u201CWe will finish the tunnel on time,\u201D engineer Paula Mendes said on Monday.\n\nContractors had blamed Viktor Hale for the delays. She said the remaining work would take six weeks.";
        var g = Extract.From(text);
        var claim = g.ClaimWith("remaining work would take six weeks");
        Assert.Equal("She", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Paula Mendes"), claim.Speaker);
    }

    [Fact]
    public void Pronoun_without_an_earlier_speaker_takes_the_nearest_person()
    {
        var g = Extract.From("Judge Harriet Cole opened the hearing at nine. He was not there, but she said the case would go ahead.");
        var claim = g.ClaimWith("the case would go ahead");
        Assert.Equal(g.PersonId("Harriet Cole"), claim.Speaker);
    }

    [Fact]
    public void Unnamed_official_is_a_person_of_their_own()
    {
        var g = Extract.From("A Chilean official said the fishing quotas would be cut by a fifth.");
        var claim = g.ClaimWith("fishing quotas would be cut");
        var official = g.Entities.Single(e => e.Id == claim.Speaker);
        Assert.Equal(EntityType.Person, official.Type);
        Assert.Equal("A Chilean official", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void The_spokesperson_is_named_by_its_phrase()
    {
        var g = Extract.From("The spokesperson said the airline would refund every cancelled ticket.");
        var claim = g.ClaimWith("refund every cancelled ticket");
        Assert.Equal("The spokesperson", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void The_side_of_a_country_speaks_for_the_country()
    {
        var g = Extract.From("The talks lasted six hours. The Peruvian side insisted that the old border treaty still applied.");
        Assert.Equal("country:pe", SpeakerOf(g, "the old border treaty still applied"));
    }

    [Fact]
    public void Both_sides_are_two_speakers()
    {
        var g = Extract.From("Chile and Peru held talks in Lima on Monday. Both sides agreed that the fishing season should start later.");
        var claim = g.ClaimWith("the fishing season should start later");
        Assert.Equal(["country:cl", "country:pe"], claim.Speakers.Order().ToArray());
    }

    [Fact]
    public void An_outlet_reporting_is_an_institution_speaker()
    {
        var g = Extract.From("The Baltic Herald reported that the port authority had ordered two new icebreakers.");
        var claim = g.ClaimWith("ordered two new icebreakers");
        var speaker = g.Entities.Single(e => e.Id == claim.Speaker);
        Assert.Equal(EntityType.Institution, speaker.Type);
    }

    [Fact]
    public void A_report_by_an_outlet_names_the_outlet()
    {
        var g = Extract.From("According to a report by the Baltic Herald, the port will close for a week.");
        var claim = g.ClaimWith("the port will close for a week");
        Assert.Contains("Baltic Herald", claim.SpeakerMention!.Text);
        Assert.Equal(EntityType.Institution, g.Entities.Single(e => e.Id == claim.Speaker).Type);
    }

    [Fact]
    public void Time_phrase_between_speaker_and_cue_is_not_the_speaker()
    {
        var g = Extract.From("Senator Walter Brandt on Tuesday said that the tax bill was dead.");
        Assert.Equal(g.PersonId("Walter Brandt"), SpeakerOf(g, "the tax bill was dead"));
    }

    // ---- two speakers in one sentence ----

    [Fact]
    public void Second_speaker_after_while_gets_a_claim_of_their_own()
    {
        var g = Extract.From("Coach Dmitri Volkov said the team was ready, while captain Sara Lund argued that two players were still injured.");
        Assert.Equal(g.PersonId("Dmitri Volkov"), SpeakerOf(g, "the team was ready"));
        Assert.Equal(g.PersonId("Sara Lund"), SpeakerOf(g, "two players were still injured"));
        Assert.DoesNotContain("Sara Lund", g.ClaimWith("the team was ready").Content.Text);
    }

    [Fact]
    public void Quote_and_reply_by_two_speakers()
    {
        var text = "\u201CThe station must close,\u201D Helen Marsh said. \u201CIt will stay open as long as I am mayor,\u201D Omar Siddiq replied.";
        var g = Extract.From(text);
        Assert.Equal(g.PersonId("Helen Marsh"), SpeakerOf(g, "The station must close"));
        Assert.Equal(g.PersonId("Omar Siddiq"), SpeakerOf(g, "as long as I am mayor"));
        Assert.DoesNotContain("as long as I am mayor", g.ClaimWith("The station must close").Content.Text);
    }

    // ---- what is not a claim ----

    [Fact]
    public void Cue_inside_a_quotation_is_part_of_the_quote()
    {
        var g = Extract.From("\u201CMy father always said that hard work pays,\u201D Lucia Ferro said.");
        var claim = Assert.Single(g.Claims);
        Assert.Equal(g.PersonId("Lucia Ferro"), claim.Speaker);
    }

    [Fact]
    public void Passive_participle_is_not_a_cue()
    {
        var g = Extract.From("The dam, opposed by farmers for a decade, was finished in May.");
        Assert.Empty(g.Claims);
    }

    [Fact]
    public void Every_span_is_the_text_at_its_offsets()
    {
        var text = "Title line\n\n\u201CNot now,\u201D said Ana Ruiz. \u201CMaybe next year.\u201D\n\nAccording to the Lisbon Herald, talks resumed. She said that nobody had left.";
        var g = Extract.From(text);
        Assert.NotEmpty(g.Claims);
        foreach (var c in g.Claims)
        {
            Assert.Equal(text[c.Content.Start..c.Content.End], c.Content.Text);
            Assert.Equal(text[c.Cue.Start..c.Cue.End], c.Cue.Text);
            if (c.SpeakerMention is { } m) Assert.Equal(text[m.Start..m.End], m.Text);
        }
    }
}
