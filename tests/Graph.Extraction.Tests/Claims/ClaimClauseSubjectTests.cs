using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Speakers whose phrase is not the first one a scan finds: the subject of the clause a coordinated cue, a
/// participle or a colon quote belongs to; a person before "of" and an institution; a relative clause or a
/// modifier between the speaker and the cue; a dateline, a sentence adverb, an adjunct or a modal before the
/// subject; a heading's source after a dash; a quote of several sentences framed after its last; a second
/// speaker's quote after "and"; a framed quote before a sentence with a cue of its own; a thing named by a
/// participle ("a pamphlet titled ..."), which has no speaker; the subject of a clause opened by "as" ("..., as the crowd
/// shouted “...”"); a pronoun right after an opening adjunct ("at the mention of the ferries she laughed and admitted");
/// a hedged count opening the clause a participle follows ("where about 50 dockers had gathered, chanting ...").
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimClauseSubjectTests
{
    private const string Lead = "The harbour board met on Monday.\n\n";

    [Fact]
    public void A_coordinated_cue_belongs_to_the_subject_of_its_own_clause()
    {
        var g = Extract.From(Lead + "When Lars Eklund, the deputy of Mayor Ilse Brandt was asked whether Brandt would run again, he nodded and said, \u201CNothing is decided yet.\u201D");
        var claim = g.ClaimWith("Nothing is decided yet");
        Assert.Equal("he", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_colon_quote_belongs_to_the_subject_of_the_clause_before_the_colon()
    {
        var g = Extract.From(Lead + "Tomas Berglund called the fares \u201Cfar too high,\u201D but Ilse Brandt had kinder words for the crews: \u201CThey have never worked harder for the islands.\u201D");
        var claim = g.ClaimWith("never worked harder");
        Assert.Equal(g.PersonId("Ilse Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_colon_ending_a_paragraph_gives_its_quote_to_the_subject_of_the_clause_before_the_colon()
    {
        var g = Extract.From(Lead + "The reporters pressed the candidates on fares, but Ilse Brandt turned the tables on them:\n\n\u201CYour questions tonight show why islanders distrust the papers.\u201D");
        Assert.Equal(g.PersonId("Ilse Brandt"), g.ClaimWith("distrust the papers").Speaker);
    }

    [Fact]
    public void A_colon_quote_after_a_participle_with_its_own_subject()
    {
        var g = Extract.From(Lead + "Fishermen sat on the ferry ramp for an hour, with their leader Ana Ruiz angrily yelling: \u201CNobody sails until we are paid!\u201D");
        var claim = g.ClaimWith("Nobody sails");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void A_person_named_before_of_is_the_speaker_not_the_institution_after_it()
    {
        var g = Extract.From(Lead + "\u201CThe new levy will drive the ferry companies away from the islands,\u201D said Ana Ruiz of the Nordby Institute for Maritime Law.");
        var claim = g.ClaimWith("drive the ferry companies");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void A_participle_after_an_adjunct_goes_on_with_the_sentence_speaker()
    {
        var g = Extract.From(Lead + "Tomas Berglund ran against the harbour office twice, at one point calling its director \u201Ca menace to the islands.\u201D");
        Assert.Equal(g.PersonId("Tomas Berglund"), g.ClaimWith("a menace to the islands").Speaker);
    }

    [Fact]
    public void A_participle_goes_with_the_subject_of_the_clause_before_it()
    {
        var g = Extract.From(Lead + "Mayor Ilse Brandt rarely speaks about the levy, though on the radio last week she lost her temper, saying the levy was \u201Ca tax on islanders.\u201D");
        Assert.Equal("she", g.ClaimWith("a tax on islanders").SpeakerMention!.Text);
    }

    [Fact]
    public void A_dateline_with_a_place_a_date_and_an_agency_is_not_the_subject()
    {
        var g = Extract.From("Ferry levy\n\nNORDBY, Norway, March 3 (NTB) \u2014 After a night of talks, the harbour director addressed the crews, saying: \u201CThe ferries sail at dawn as planned.\u201D");
        Assert.Equal("the harbour director", g.ClaimWith("The ferries sail at dawn").SpeakerMention!.Text);
    }

    [Fact]
    public void A_quote_of_several_sentences_is_framed_where_it_ends()
    {
        var g = Extract.From("Ferry vote\n\nHarbour director Lars Eklund spoke to the board on Monday.\n\n\u201CThe islands want a new ferry. Nobody has asked them about it in ten years,\u201D he points out.");
        var claim = g.ClaimWith("The islands want a new ferry");
        Assert.Equal("points", claim.Cue.Text);
        Assert.Equal("he", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_second_speaker_joined_by_and_with_a_quote_ends_the_first_content()
    {
        var g = Extract.From(Lead + "On the quay a fisherman asked for a refund and Mayor Ilse Brandt said, \u201CEveryone rides free today.\u201D");
        var claim = g.ClaimWith("Everyone rides free");
        Assert.Equal(g.PersonId("Ilse Brandt"), claim.Speaker);
        Assert.StartsWith("\u201C", claim.Content.Text);
    }

    [Fact]
    public void A_relative_clause_before_the_cue_describes_the_speaker()
    {
        var g = Extract.From(Lead + "A harbour official who spoke with the Nordby Times said, \u201CThe ferries will run all winter.\u201D");
        var claim = g.ClaimWith("ferries will run all winter");
        Assert.Contains("official", claim.SpeakerMention!.Text);
        Assert.DoesNotContain("Times", claim.SpeakerMention.Text);
    }

    [Theory]
    [InlineData("A person familiar with the talks said, \u201CThe ferries will run all winter.\u201D", "A person")]
    [InlineData("Another harbour source speaking to the Nordby Times said, \u201CThe ferries will run all winter.\u201D", "Another harbour source")]
    public void A_modifier_after_the_head_of_the_speaker_phrase_is_not_the_speaker(string sentence, string speaker)
    {
        var g = Extract.From(Lead + sentence);
        Assert.StartsWith(speaker, g.ClaimWith("ferries will run all winter").SpeakerMention!.Text);
    }

    [Fact]
    public void A_framed_quote_ending_the_sentence_before_is_not_the_next_cues_content()
    {
        var g = Extract.From(Lead + "Lars Eklund said, \u201CThe crews worked all night.\u201D He added, \u201CThe ferry has never been this late before.\u201D The board, for its part, refused to pay the crews a bonus.");
        var claim = g.ClaimWith("never been this late");
        Assert.Equal("added", claim.Cue.Text);
        Assert.Equal(g.PersonId("Lars Eklund"), claim.Speaker);
    }

    [Fact]
    public void A_source_after_a_dash_before_a_colon_quote_is_the_speaker_not_the_heading()
    {
        var g = Extract.From(Lead + "Pollsters warn of a close harbour vote - Ana Ortiz: \u201CThe islands turned out in numbers nobody expected this year.\u201D");
        Assert.Equal(g.PersonId("Ana Ortiz"), g.ClaimWith("turned out in numbers").Speaker);
    }

    [Fact]
    public void A_sentence_adverb_before_a_colon_quote_is_not_the_subject()
    {
        var g = Extract.From(Lead + "Likewise, the harbour institute's report put the matter plainly: \u201CFamilies on the islands would pay twice as much as anyone else.\u201D");
        Assert.Contains("report", g.ClaimWith("Families on the islands").SpeakerMention!.Text);
    }

    [Fact]
    public void A_thing_named_by_a_participle_is_not_a_speaker()
    {
        var g = Extract.From(Lead + "Mayor Ilse Brandt handed out a pamphlet titled \u201CFerries for Everyone,\u201D which was printed in Nordby.");
        var claim = g.Claims.FirstOrDefault(c => c.Content.Text.Contains("Ferries for Everyone", StringComparison.Ordinal));
        Assert.True(claim is null || claim.Speaker is null && claim.SpeakerMention is null);
    }

    [Fact]
    public void A_thing_named_without_quotes_makes_no_claim_even_before_a_quote_of_its_own()
    {
        var g = Extract.From(Lead + "A new fund called Harbour Voters Count is trying to raise $2 million. The board paid a firm called Westhaven Data, which sells what it calls \u201Cswing maps\u201D of the islands.");
        Assert.DoesNotContain(g.Claims, c => c.Cue?.Text == "called");
        Assert.Equal("it", g.ClaimWith("swing maps").SpeakerMention!.Text);
    }

    [Fact]
    public void A_quoted_name_after_called_is_kept_and_one_with_its_subject_speaks()
    {
        var g = Extract.From(Lead + "The mayor joined a club called \u201CHarbour Watch\u201D last year. One skipper called the fares \u201Ca scandal.\u201D "
            + "A trader called Ilse Brandt \u201Ca friend of the ferries\u201D in a letter to the board. A younger crew dubbed the old boat \u201Cthe tub\u201D in the local paper.");
        Assert.Contains(g.Claims, c => c.Content.Text.Contains("Harbour Watch", StringComparison.Ordinal));
        Assert.Contains("skipper", g.ClaimWith("a scandal").SpeakerMention!.Text);
        Assert.Contains("trader", g.ClaimWith("a friend of the ferries").SpeakerMention!.Text);
        Assert.Contains("crew", g.ClaimWith("the tub").SpeakerMention!.Text);
    }

    [Fact]
    public void An_indefinite_subject_calling_for_something_speaks()
    {
        var g = Extract.From(Lead + "A retired port official has called for a fresh look at the ferry fares.");
        Assert.Contains("official", g.ClaimWith("a fresh look").SpeakerMention!.Text);
    }

    [Fact]
    public void A_second_speaker_joined_by_and_with_a_quote_right_after_the_cue()
    {
        var g = Extract.From(Lead + "Among the islanders at the meeting, 40 percent said \u201Cfar too high\u201D and 30 percent said \u201Cabout right for the service.\u201D");
        Assert.Contains("30 percent", g.ClaimWith("about right for the service").SpeakerMention!.Text);
    }

    [Fact]
    public void A_participle_after_an_adjunct_goes_with_the_subject_of_the_clause_before_it()
    {
        var g = Extract.From(Lead + "Tomas Berglund ran the ferry line for years, and he lost to the harbour office twice, at one point calling its director \u201Ca menace to the islands.\u201D");
        Assert.Equal("he", g.ClaimWith("a menace to the islands").SpeakerMention!.Text);
    }

    [Fact]
    public void A_few_quoted_words_do_not_hide_the_subject_of_a_coordinated_cue()
    {
        var g = Extract.From(Lead + "Spirits sank further on Monday when Mayor Ilse Brandt mourned the \u201Cgrim\u201D mood at the port and attacked the board's \u201Clate-night deals.\u201D");
        Assert.Equal(g.PersonId("Ilse Brandt"), g.ClaimWith("late-night deals").Speaker);
    }

    [Fact]
    public void A_modal_before_the_cue_is_not_part_of_the_speaker()
    {
        var g = Extract.From(Lead + "Brandt cannot claim that \u201Cthe ramp is safe,\u201D Lars Eklund added, saying the decision was \u201Cfor the inspectors alone.\u201D");
        Assert.Equal(g.PersonId("Lars Eklund"), g.ClaimWith("for the inspectors alone").Speaker);
    }

    [Fact]
    public void A_perfect_participle_goes_on_with_the_sentence_speaker()
    {
        var g = Extract.From(Lead + "Mayor Ilse Brandt voted for the levy last spring, having slammed the old fares as \u201Ca burden on every island family.\u201D");
        var claim = g.ClaimWith("a burden on every island family");
        Assert.Equal(g.PersonId("Ilse Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_share_of_a_phrase_before_a_participle_is_its_subject()
    {
        var g = Extract.From(Lead + "The mayor's allies spent heavily in the islands, with one of their posters asking, \u201CWho really runs the harbour these days?\u201D");
        Assert.Contains("posters", g.ClaimWith("Who really runs the harbour").SpeakerMention!.Text);
    }

    [Fact]
    public void An_adjunct_after_but_is_not_the_speaker_of_a_coordinated_cue()
    {
        var g = Extract.From(Lead + "The deckhand first denied everything, but at a second hearing said he had felt \u201Ca sudden panic\u201D on the ramp.");
        Assert.Equal("The deckhand", g.ClaimWith("sudden panic").SpeakerMention!.Text);
    }

    [Fact]
    public void A_sentence_split_by_its_cue_goes_on_past_a_rare_cue_word()
    {
        var g = Extract.From("Ferry race\n\nLars Eklund spoke to the board on Monday.\n\nThe harbour master, he said, watched the quay every night for \u201Cany sign of the smugglers' boats.\u201D");
        var claim = g.ClaimWith("any sign of the smugglers");
        Assert.Equal("said", claim.Cue.Text);
        Assert.Equal("he", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_relative_clause_with_commas_of_its_own_describes_the_speaker_before_it()
    {
        var g = Extract.From(Lead + "Ana Ruiz, whose firm, Nordlys Marine, builds ferries for the islands, said the levy was \u201Ca toll on every crossing.\u201D");
        Assert.Equal(g.PersonId("Ana Ruiz"), g.ClaimWith("a toll on every crossing").Speaker);
    }

    [Fact]
    public void A_quote_after_a_clause_opened_by_as_is_its_subject_s()
    {
        var g = Extract.From(Lead + "\u201CWe will keep the ferries running,\u201D Beck said, as the crowd shouted \u201CNever!\u201D");
        var claim = g.ClaimWith("Never!");
        Assert.Equal("the crowd", claim.SpeakerMention!.Text);
        Assert.NotEqual(g.PersonId("Beck"), claim.Speaker);
    }

    [Fact]
    public void A_pronoun_after_an_opening_adjunct_is_the_subject_of_its_coordinated_cue()
    {
        var g = Extract.From(Lead + "Karen Lund runs the harbour cafe. At the mention of the ferries she laughed and admitted \u201Cthe boats are a blessing and a curse.\u201D");
        var claim = g.ClaimWith("a blessing and a curse");
        Assert.Equal("she", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }

    [Fact]
    public void A_pronoun_opening_a_reported_clause_is_not_the_subject_of_the_main_clause_s_second_verb()
    {
        var g = Extract.From(Lead + "Tom Beck met Karen Lund on Monday. Lund said he had raised the fares with the board and dismissed the rumours as \u201Cidle talk.\u201D");
        Assert.Equal(g.PersonId("Karen Lund"), g.ClaimWith("idle talk").Speaker);
    }

    [Fact]
    public void A_participle_after_a_where_clause_is_spoken_by_the_hedged_count_that_clause_opens_with()
    {
        var g = Extract.From(Lead + "Karen Lund spoke at the ferry terminal, where about 50 dockers had gathered by the gates, chanting \u201Cno pay, no ships\u201D as she arrived.");
        var claim = g.ClaimWith("no pay, no ships");
        Assert.Equal("chanting", claim.Cue.Text);
        Assert.NotEqual(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.Contains("dockers", claim.SpeakerMention!.Text);
    }
}
