namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Frames at the edges of the rules: "appeared" meaning showing up, a contracted "is" after a pronoun, a manner
/// adverb after an inverted question frame, relative clauses after an inverted speaker, a participle after a
/// doubled-hyphen dash, a state of mind after "were", "am" and "here" between a speaker and the cue, what follows a
/// closing quote that opens the content, shares of people polled spelled out, "told" after a clause, a name and its
/// apposition before "said", "this" opening a clause, spaced hyphens around an apposition, and a modifier after a
/// speaker's head. Passages are written for these tests.
/// </summary>
public sealed class ClaimFrameEdgeTests
{
    [Fact]
    public void Appearing_somewhere_is_not_seeming()
    {
        var g = Extract.From("Dock strike\n\nMayor Lena Brandt appeared on the evening news on Friday, saying that the strike \"cannot go on much longer.\"");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "appeared");
        var claim = g.ClaimWith("cannot go on");
        Assert.Equal("saying", claim.Cue.Text);
        Assert.Equal(g.PersonId("Lena Brandt"), claim.Speaker);
    }

    [Fact]
    public void A_pronoun_with_a_contracted_is_speaks_the_participle()
    {
        var g = Extract.From("Port tax\n\nVera Holm spoke to dock workers in Hull on Monday. She\u2019s claiming that the new port tax is \"a burden on every crew.\"");
        var claim = g.ClaimWith("a burden on every crew");
        Assert.Equal("She", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Fact]
    public void A_manner_adverb_closes_the_frame_after_a_question()
    {
        var g = Extract.From("Bus fares\n\n\u201CWhy would anyone vote for a fare rise in March?\u201D Pavel Orlov asked rhetorically, waving a timetable. \u201CThe buses already run late.\u201D");
        var claim = g.ClaimWith("fare rise in March");
        Assert.Equal("asked", claim.Cue.Text);
        Assert.Equal(g.PersonId("Pavel Orlov"), claim.Speaker);
    }

    [Fact]
    public void A_relative_clause_after_an_inverted_speaker_describes_the_speaker()
    {
        var g = Extract.From("Pier closure\n\n\u201CThe pier will close before the fishing season starts,\u201D said a former U.K. harbour official who described the meeting but would rather stay anonymous.");
        var claim = g.ClaimWith("pier will close");
        Assert.Equal("said", claim.Cue.Text);
        Assert.Equal("a former U.K. harbour official", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_participle_after_a_doubled_hyphen_goes_on_with_the_subject()
    {
        var g = Extract.From("Harbour budget\n\nLuis Ortiz opened the town meeting praising the crews -- having argued in a recent letter that they are underpaid -- but said he doubts the budget.");
        var claim = g.ClaimWith("they are underpaid");
        Assert.Equal(g.PersonId("Luis Ortiz"), claim.Speaker);
    }

    [Fact]
    public void A_state_of_mind_after_were_is_the_subject_s_own()
    {
        var g = Extract.From("Timetable\n\nDock owners were thrilled with the new timetable, which adds a late ferry on weekends.");
        var claim = g.ClaimWith("the new timetable");
        Assert.Equal("Dock owners", claim.SpeakerMention?.Text);
    }

    [Fact]
    public void Am_is_an_auxiliary_between_the_speaker_and_the_cue()
    {
        var g = Extract.From("Letters\n\nThe harbour board will meet again in May. For now, I am glad the harbour board listens to the crews.");
        var claim = g.ClaimWith("listens to the crews");
        Assert.Equal("I", claim.SpeakerMention?.Text);
    }

    [Fact]
    public void Where_and_when_it_was_said_after_the_closing_quote_are_the_frame_s()
    {
        var g = Extract.From("Levy row\n\nMayor Lena Brandt called the levy \u201Ca disgrace\u201D on Twitter on Tuesday, and the board met that night.");
        var claim = g.ClaimWith("a disgrace");
        Assert.EndsWith("a disgrace\u201D", claim.Content.Text);
    }

    [Fact]
    public void A_participle_after_a_quote_that_opens_the_content_is_not_part_of_it()
    {
        var g = Extract.From("Charter\n\nThe two fishers argue that \u201Cthe levy breaks the old charter,\u201D citing a ruling from 1952 in which a court sided with the crews.");
        var claim = g.ClaimWith("old charter");
        Assert.DoesNotContain("1952", claim.Content.Text);
    }

    [Fact]
    public void Shares_of_people_spelled_out_speak()
    {
        var g = Extract.From("Ferry poll\n\nThe survey asked riders about the levy. Two in three said a late ferry was worth a higher fare. Most of them said the crews were polite.");
        Assert.Equal("Two in three", g.ClaimWith("worth a higher fare").SpeakerMention?.Text);
        Assert.Equal("Most of them", g.ClaimWith("crews were polite").SpeakerMention?.Text);
    }

    [Fact]
    public void What_follows_told_after_a_clause_is_its_audience()
    {
        var g = Extract.From("Toledo race\n\nNobody consulted the ferry crews first, said Lena Ruiz, a host on the harbour radio show, told the Harbor Times on Monday.");
        var claim = g.ClaimWith("Nobody consulted the ferry crews");
        Assert.Equal("said", claim.Cue.Text);
        Assert.Equal(g.PersonId("Lena Ruiz"), claim.Speaker);
    }

    [Fact]
    public void A_name_and_its_apposition_opening_the_sentence_are_the_subject_of_said()
    {
        var g = Extract.From("Ballot\n\nOregon Sen. Ana Brook, chair of the harbour committee, said having Lee on the ballot puts even senior members at risk.");
        var claim = g.ClaimWith("senior members at risk");
        Assert.Equal(g.PersonId("Ana Brook"), claim.Speaker);
    }

    [Fact]
    public void This_without_a_time_word_opens_the_reported_clause()
    {
        var g = Extract.From("Bill\n\nAfter the meeting, Ana Brook said this was the last window for the ferry bill.");
        var claim = g.ClaimWith("last window");
        Assert.StartsWith("this was", claim.Content.Text);
    }

    [Fact]
    public void A_long_mixed_apposition_still_follows_the_opening_name()
    {
        var g = Extract.From("Levy\n\nPia Holm, a fisher from Astoria, Ore., attending the harbour board meeting, said the levy would ruin her season.");
        var claim = g.ClaimWith("ruin her season");
        Assert.Equal(g.PersonId("Pia Holm"), claim.Speaker);
    }

    [Fact]
    public void A_relative_clause_after_an_inverted_speaker_of_a_clause_describes_the_speaker()
    {
        var g = Extract.From("Reach\n\nThe bill is squarely within the mayor's reach, said a handful of councillors who point to her ties with the unions.");
        Assert.Equal("a handful of councillors", g.ClaimWith("squarely within").SpeakerMention?.Text);
    }

    [Fact]
    public void An_apposition_between_spaced_hyphens_is_passed_over()
    {
        var g = Extract.From("Radio\n\nLena Ruiz - the mayor's sister and co-host of her radio show - told the Harbor Times that the levy was a mistake.");
        var claim = g.ClaimWith("levy was a mistake");
        Assert.Equal(g.PersonId("Lena Ruiz"), claim.Speaker);
    }

    [Fact]
    public void Here_between_the_speaker_and_the_cue_is_passed_over()
    {
        var g = Extract.From("Coast\n\nThe crews waited at the pier. Her aides here said the coast has been their focus since the spring.");
        Assert.Equal("Her aides", g.ClaimWith("their focus").SpeakerMention?.Text);
    }

    [Fact]
    public void The_head_of_a_speaker_with_a_modifier_speaks_after_the_clause()
    {
        var g = Extract.From("Crews\n\nThe levy would fall on the crews, people close to the mayor say.");
        Assert.Equal("people", g.ClaimWith("levy would fall").SpeakerMention?.Text);
    }
    [Theory]
    [InlineData("The harbour board met again. The first to speak was Mayor Karen Lund, who told")]
    [InlineData("The harbour board met again. Mayor Karen Lund told")]
    public void A_text_cut_off_right_after_a_cue_is_still_read(string body)
    {
        // (A half-written file: looking for a quote after "told" ran past the last token and the article was lost.)
        var g = Extract.From("Harbour\n\n" + body);
        Assert.Equal("Karen Lund", g.Named(Graph.Core.Model.EntityType.Person, "Karen Lund").Name);
    }
}
