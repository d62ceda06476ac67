namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A speaker does not name herself in her own quoted words: a "he" or "she" after a quote that names the person who
/// spoke last goes to the nearest other person before it who fits ("Holm could not account for ... “... against Ana
/// one lapse decides the game,” she said" is Holm, not Ana Ruiz); not when the name stands in narration that an
/// unclosed quote ran into. Nor is a pronoun after the words it reports the person those words open on ("Mr Brandt has
/// no plan, he said" is whoever spoke last); unless no one else spoke or is named near, when the writer means that person.
/// Nor is a pronoun that opens a report the person the report names in its first clause ("Later he said Lund had
/// ignored three letters" is not Lund's); past a comma, or for a possessor or "a new Lund", it may be.
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimPronounNamedInQuoteTests
{
    [Fact]
    public void A_pronoun_after_a_quote_naming_the_last_speaker_goes_to_the_person_before_it()
    {
        var g = Extract.From("Harbour chess final\n\nAna Ruiz took the harbour chess title on Sunday, defeating the favourite Vera Holm in the last round. \u201CMy opening was sharp and Vera fought back, yet I held on,\u201D Ruiz said.\n\nHolm could not account for her slow start. \u201CMy first moves were fine, but later I grew weary, and against Ana one lapse decides the game,\u201D she said.");
        var claim = g.ClaimWith("My first moves were fine");
        Assert.Equal("she", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
        // The first quote names Holm ("Vera") and keeps its named speaker.
        Assert.Equal(g.PersonId("Ana Ruiz"), g.ClaimWith("My opening was sharp").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_quote_naming_no_one_keeps_the_last_speaker()
    {
        var g = Extract.From("Harbour chess final\n\nAna Ruiz took the harbour chess title on Sunday, defeating the favourite Vera Holm in the last round. \u201CMy opening was sharp,\u201D Ruiz said.\n\nThe hall applauded for several minutes. \u201CI held my nerve and the endgame turned,\u201D she said.");
        Assert.Equal(g.PersonId("Ana Ruiz"), g.ClaimWith("the endgame turned").Speaker);
    }

    [Fact]
    public void A_name_in_narration_after_an_unclosed_quote_does_not_move_the_pronoun()
    {
        var g = Extract.From("Lund waits on new contract\n\nTom Lund expects to hear in the coming weeks whether the harbour team renews his contract. The veteran rower's contract ends in June, and he believes he has more seasons left. \u201CI asked the coaches for one more year,\u201D he said. \u201CMy age is the only question. Lund came to the team from Harbour Town in 2003 and needed time to settle.");
        Assert.Equal(g.PersonId("Tom Lund"), g.ClaimWith("one more year").Speaker);
    }

    [Fact]
    public void A_pronoun_left_without_a_speaker_is_not_bound_to_the_person_its_quote_names()
    {
        var g = Extract.From("Harbour chess final\n\nAna Ruiz took the harbour chess title on Sunday. \u201CNobody plays the endgame like Ana,\u201D she said.");
        var claim = g.ClaimWith("Nobody plays the endgame");
        Assert.Null(claim.Speaker);
        var she = claim.SpeakerMention!;
        Assert.DoesNotContain(g.Entities.Single(e => e.Name == "Ana Ruiz").Mentions, m => m.Start == she.Start);
    }

    [Fact]
    public void A_pronoun_after_a_report_opening_on_a_name_goes_to_the_last_speaker()
    {
        var g = Extract.From("Harbour talks\n\nOla Brandt, the harbour master, will meet the union on Monday. The union has little hope for the talks, Tom Berg, its spokesman, told local radio. Mr Brandt has \"no plan for the fishermen\", he said.");
        var claim = g.ClaimWith("no plan for the fishermen");
        Assert.Equal("he", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Tom Berg"), claim.Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_report_opening_on_a_name_goes_to_the_last_speaker_without_a_quote()
    {
        var g = Extract.From("Harbour talks\n\nTom Berg, the union's spokesman, said the boats would stay in port. Ola Brandt had ignored the fishermen for a year, he said.");
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("ignored the fishermen").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_report_opening_on_a_name_keeps_it_when_no_one_else_is_near()
    {
        var g = Extract.From("Harbour talks\n\nTom Berg spoke for the union at the first meeting in May.\n\nThe talks on the harbour fees went on for a week.\n\nOla Brandt has cut the fees twice and would cut them again next year, he said.");
        Assert.Equal(g.PersonId("Ola Brandt"), g.ClaimWith("cut the fees twice").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_report_opening_on_the_subject_of_the_sentence_before_keeps_it()
    {
        var g = Extract.From("Harbour fees\n\n\u201CFees are too high,\u201D said Tom Berg, who leads the union. Ola Brandt, a ferry skipper, agrees. "
                             + "Brandt has carried no tourists since April, he said.");
        Assert.Equal(g.PersonId("Ola Brandt"), g.ClaimWith("carried no tourists").Speaker);
    }

    [Fact]
    public void A_pronoun_before_a_report_is_not_the_person_the_report_names()
    {
        var g = Extract.From("Ferry order\n\nThe harbour master Karl Brandt took the ferry owner Tom Lund to court in May. Later he said Lund had ignored three letters.");
        var claim = g.ClaimWith("Lund had ignored three letters");
        Assert.Equal("he", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Karl Brandt"), claim.Speaker);
        Assert.Equal(g.PersonId("Karl Brandt"), Extract.From("Ferry order\n\nThe harbour master Karl Brandt took the ferry owner Tom Lund to court in May. This week he is attempting to keep Lund from selling the boats abroad.")
            .ClaimWith("Lund from selling the boats").Speaker);
    }

    [Theory]
    [InlineData("Tom Lund lost his case against the harbour master on Monday. Outside the court he said he would appeal, and Lund would not pay the fees.", "Lund would not pay")]
    [InlineData("Tom Lund lost his case against the harbour master on Monday. Outside the court he said the port needed a new Tom Lund.", "needed a new Tom Lund")]
    [InlineData("Tom Lund is raising questions about the ferry vote on Monday. He notes that the board admitted a fault with Lund's ballot paper.", "fault with Lund's ballot")]
    public void A_pronoun_keeps_a_person_the_report_names_past_a_comma_as_a_possessor_or_as_a_description(string passage, string content)
    {
        var g = Extract.From("Ferry case\n\n" + passage);
        Assert.Equal(g.PersonId("Tom Lund"), g.ClaimWith(content).Speaker);
    }
}
