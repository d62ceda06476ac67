using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Frames around a quote or a reported clause that need more than the basic patterns: adverbs and appositions
/// between speaker and cue, a quote ended by "?" or "!" before its cue, adjuncts after the frame, participles
/// after an object, and opening adjuncts with commas of their own. Passages are written for these tests.
/// </summary>
public sealed class ClaimFrameTests
{
    private const string Lead = "The harbour board met on Monday.\n\n";

    [Fact]
    public void A_sentence_adverb_between_speaker_and_cue()
    {
        var g = Extract.From(Lead + "Tomas Berglund however said he would welcome a \u201Cshared ferry network\u201D for the islands.");
        var claim = g.ClaimWith("shared ferry network");
        Assert.Equal(g.PersonId("Tomas Berglund"), claim.Speaker);
        Assert.StartsWith("he would welcome", claim.Content.Text);
    }

    [Fact]
    public void A_question_quote_before_a_cue_with_a_preposition()
    {
        var g = Extract.From(Lead + "\u201CWhy would anybody pay for that bridge?\u201D Ingrid Halvorsen said of the council in March.");
        var claim = g.ClaimWith("Why would anybody");
        Assert.True(claim.Direct);
        Assert.Equal(g.PersonId("Ingrid Halvorsen"), claim.Speaker);
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.StartsWith("the council", StringComparison.Ordinal));
    }

    [Fact]
    public void An_exclamation_closed_by_two_apostrophes_before_its_cue()
    {
        var g = Extract.From(Lead + "''If the board thinks it can close the pier, it is wrong!'' Petra Lindqvist wrote on her blog on Monday.");
        var claim = g.ClaimWith("close the pier");
        Assert.True(claim.Direct);
        Assert.Equal("Petra Lindqvist", claim.SpeakerMention!.Text);
        Assert.Equal("wrote", claim.Cue.Text);
    }

    [Fact]
    public void An_inverted_speaker_followed_by_a_when_clause()
    {
        var g = Extract.From(Lead + "\u201CThis is exactly why we must keep the night ferry,\u201D said the harbour chairman Olav Strand when asked about the timetable.");
        Assert.Equal(g.PersonId("Olav Strand"), g.ClaimWith("keep the night ferry").Speaker);
    }

    [Fact]
    public void A_participle_after_an_opening_adjunct_with_commas()
    {
        var g = Extract.From(Lead + "At a town meeting in Bergen, Norway, on Friday, Kari Nordahl stood by her vote, saying that the levy \u201Cwas never meant to last.\u201D");
        Assert.Equal(g.PersonId("Kari Nordahl"), g.ClaimWith("never meant to last").Speaker);
    }

    [Fact]
    public void A_dateline_with_an_agency_in_brackets()
    {
        var g = Extract.From("Ferry plan criticised\n\nBergen (AFP) \u2013 Councillor Sigrid Aune has taken a swipe at the ferry plan, saying that \u201Cloud promises\u201D will not fix the timetable.");
        Assert.Equal(g.PersonId("Sigrid Aune"), g.ClaimWith("loud promises").Speaker);
    }

    [Fact]
    public void A_quote_right_after_the_cue_ends_before_an_adjunct()
    {
        var g = Extract.From(Lead + "During the hearing Nils Eriksen yelled \u201CShame on you!\u201D at the chairman.");
        var claim = g.ClaimWith("Shame on you");
        Assert.Equal("\u201CShame on you!\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Nils Eriksen"), claim.Speaker);
    }

    [Fact]
    public void A_short_quote_in_a_clause_split_by_the_cue()
    {
        var g = Extract.From(Lead + "In both years, Astrid Holm said, those payments covered \u201Csponsorships\u201D at the regatta.");
        var claim = g.ClaimWith("sponsorships");
        Assert.Equal(g.PersonId("Astrid Holm"), claim.Speaker);
        Assert.StartsWith("those payments", claim.Content.Text);
    }

    [Fact]
    public void A_quoted_title_in_an_opening_adjunct_is_not_what_was_said()
    {
        var g = Extract.From(Lead + "On Sunday\u2019s edition of \u201CHarbour Talk,\u201D Mayor Liv Solberg said the new pier was \u201Cbad for fishermen.\u201D");
        var claim = g.ClaimWith("bad for fishermen");
        Assert.Equal(g.PersonId("Liv Solberg"), claim.Speaker);
        Assert.StartsWith("the new pier", claim.Content.Text);
    }

    [Fact]
    public void An_apposition_with_an_age_and_a_home_town()
    {
        var g = Extract.From(Lead + "Harald Moen, 44, of Tromso, Norway, said he had sailed the route \u201Cfor the islanders\u201D for twenty years.");
        Assert.Equal(g.PersonId("Harald Moen"), g.ClaimWith("for the islanders").Speaker);
    }

    [Fact]
    public void A_that_clause_after_the_cue_s_adjuncts_is_what_was_said()
    {
        var g = Extract.From(Lead + "Unmoved by the protest, harbour master Erik Dahl said at a briefing in the port that \"a storm\" had damaged the pier.");
        var claim = g.ClaimWith("had damaged the pier");
        Assert.Equal(g.PersonId("Erik Dahl"), claim.Speaker);
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.StartsWith("Unmoved", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_after_the_verb_s_object_is_the_subject_s()
    {
        var g = Extract.From(Lead + "Councillor Mette Larsen sent a letter on Friday urging the board to \u201Creopen the pier at once.\u201D");
        Assert.Equal(g.PersonId("Mette Larsen"), g.ClaimWith("reopen the pier").Speaker);
    }

    [Fact]
    public void A_participle_after_a_lone_verb_is_the_subject_s()
    {
        var g = Extract.From(Lead + "Jon Rasmussen began calling the plan \u201Ca gift to the shipping firms.\u201D");
        Assert.Equal(g.PersonId("Jon Rasmussen"), g.ClaimWith("gift to the shipping firms").Speaker);
    }

    [Fact]
    public void An_opening_adjunct_without_a_preposition_is_passed_over()
    {
        var g = Extract.From(Lead + "Outside the ferry terminal in Bergen, angry fishermen gathered on Monday, chanting “no quota, no peace.”");
        Assert.Equal("angry fishermen", g.ClaimWith("no quota").SpeakerMention!.Text);
    }

    [Fact]
    public void A_participle_goes_with_the_subordinate_clause_before_it()
    {
        var g = Extract.From(Lead + "The first clash came during a speech in Bergen, when Solveig Brekke interrupted the mayor, shouting “you sold the harbour!”");
        Assert.Equal(g.PersonId("Solveig Brekke"), g.ClaimWith("sold the harbour").Speaker);
    }

    [Fact]
    public void A_state_abbreviation_in_the_speaker_s_apposition()
    {
        var g = Extract.From(Lead + "“Our assumption is that the levy will pass,” Senate leader Anna Berg, R-Ky., said Tuesday.");
        var claim = g.ClaimWith("levy will pass");
        Assert.Equal(g.PersonId("Anna Berg"), claim.Speaker);
        Assert.StartsWith("“Our assumption", claim.Content.Text);
    }

    [Fact]
    public void An_apposition_with_a_relative_clause_holding_a_comma()
    {
        var g = Extract.From(Lead + "Ann Lee, who runs the ferry office in Bergen, Norway, said the timetable was “a joke.”");
        Assert.Equal(g.PersonId("Ann Lee"), g.ClaimWith("a joke").Speaker);
    }

    [Fact]
    public void An_apposition_with_a_participle_holding_a_comma()
    {
        var g = Extract.From(Lead + "Senator Per Holt, facing a tough race in Bergen, a port city, said the levy would “hurt everyone.”");
        Assert.Equal(g.PersonId("Per Holt"), g.ClaimWith("hurt everyone").Speaker);
    }

    [Fact]
    public void A_sentence_ending_in_a_colon_introduces_the_next_paragraph_s_quote()
    {
        var g = Extract.From(Lead + "After the storm, Governor Hilde Voss issued the following statement:\n\n\u201COur thoughts are with the families of the crew and the rescuers.\u201D\n\nThe harbour stays closed.");
        var claim = g.ClaimWith("Our thoughts are with");
        Assert.True(claim.Direct);
        Assert.Equal(g.PersonId("Hilde Voss"), claim.Speaker);
    }

    [Fact]
    public void An_as_clause_before_a_quote_is_its_frame()
    {
        var g = Extract.From(Lead + "As Olav Strand said last week in Bergen, \u201CThe harbour is the heart of this town and we will not sell it.\u201D");
        var claim = g.ClaimWith("heart of this town");
        Assert.True(claim.Direct);
        Assert.Equal(g.PersonId("Olav Strand"), claim.Speaker);
        Assert.StartsWith("\u201CThe harbour", claim.Content.Text);
    }

    [Fact]
    public void A_participle_after_a_pronoun_and_a_verb()
    {
        var g = Extract.From(Lead + "Ola Berg spoke first. Then he began dismissing the idea that the pier was \u201Cunsafe for small boats.\u201D");
        Assert.Equal(g.PersonId("Ola Berg"), g.ClaimWith("unsafe for small boats").Speaker);
    }

    [Fact]
    public void A_speaker_after_a_subordinating_after()
    {
        var g = Extract.From(Lead + "The mayor backed the plan on Tuesday, hours after Gunnar Lindholm said he was \u201Cencouraged\u201D by the vote.");
        Assert.Equal(g.PersonId("Gunnar Lindholm"), g.ClaimWith("encouraged").Speaker);
    }

    [Fact]
    public void A_conjunction_opening_the_sentence_is_not_an_adjunct()
    {
        var g = Extract.From(Lead + "And Councillor Karin Sande made a point of saying the ferry was \u201Cthe lifeline of the islands.\u201D");
        Assert.Equal(g.PersonId("Karin Sande"), g.ClaimWith("lifeline of the islands").Speaker);
    }

    [Fact]
    public void A_that_inside_the_reported_clause_is_not_the_cue_s()
    {
        var g = Extract.From(Lead + "Jon Dahl said Berit Olsen reassured them that every island would get a ferry.");
        var claim = g.ClaimWith("every island would get a ferry");
        Assert.StartsWith("Berit Olsen reassured them", claim.Content.Text);
    }

    [Fact]
    public void A_participle_after_a_comma_inside_the_quote()
    {
        var g = Extract.From(Lead + "Siri Bakke said there is \u201Conly one candidate who can win this race,\u201D adding that it is why the mayor \u201Ckeeps attacking us.\u201D");
        var claim = g.ClaimWith("keeps attacking us");
        Assert.Equal("adding", claim.Cue.Text);
        Assert.Equal(g.PersonId("Siri Bakke"), claim.Speaker);
    }

    [Fact]
    public void A_new_subject_after_a_quote_ends_the_content()
    {
        var g = Extract.From(Lead + "Mr. Lund, however, said he was \u201Cthe right man because I understand the harbour,\u201D and he repeated his offer.");
        var claim = g.ClaimWith("the right man");
        Assert.EndsWith("harbour,\u201D", claim.Content.Text);
    }

    [Fact]
    public void An_opening_time_phrase_with_an_adverb_is_not_the_subject()
    {
        var g = Extract.From(Lead + "Hours later, Trond Aasen returned the compliment, telling the Bergen Times that the mayor was \u201Ca fine man.\u201D");
        Assert.Equal(g.PersonId("Trond Aasen"), g.ClaimWith("a fine man").Speaker);
    }

    [Fact]
    public void An_opening_amid_phrase_is_not_the_subject()
    {
        var g = Extract.From(Lead + "Amid calls for a boycott, Lise Moen stood by the levy, saying it was \u201Cthe fairest way to pay.\u201D");
        Assert.Equal(g.PersonId("Lise Moen"), g.ClaimWith("fairest way to pay").Speaker);
    }
}
