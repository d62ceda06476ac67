namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Participles whose speaker is the subject of their sentence: after "upon" ("drew jeers upon saying ..."), past
/// an aside opened by a reflexive ("X, herself a Y voter, ..."); and chants or calls "of" a quote, nouns, which
/// have no source unless someone owns them; the phrase between "with" and a participle ("with many voters saying
/// ...") is its subject; a cue inside a relative clause set off by a comma ("X, who last week ... by questioning
/// ...") is the relative's, unless a clause of its own stands between; a participle opening the sentence
/// ("Criticizing the levy, X said ...") is the subject's after the comma, also when its object holds a quote ("Citing
/// “...,” X said ..."), which is then not what the cue after it said; "quip" is a cue like "quipped"; a time
/// adjunct opening the sentence without a comma ("Earlier the mayor thanked ..., saying ...") is not its subject; nor
/// is a word inside a quotation begun in the sentence before ("... fair game. He is ...," Lund told "Harbour Talk,"
/// reminding ...). Passages are written for these tests.
/// </summary>
public sealed class ClaimParticipleSpeakerTests
{
    [Fact]
    public void A_participle_after_upon_goes_with_the_subject()
    {
        var g = Extract.From("Harbour vote\n\nMira Solberg, herself a Tomas Lund voter last spring, drew loud jeers upon saying, \u201CTomas has heard every fisher in this town.\u201D");
        var claim = g.ClaimWith("heard every fisher");
        Assert.Equal(g.PersonId("Mira Solberg"), claim.Speaker);
    }

    [Fact]
    public void Chants_of_nobody_named_have_no_source()
    {
        var g = Extract.From("Harbour vote\n\nThe mayor walked onto the pier to loud chants of \u201CFour more years!\u201D from the waiting crowd.");
        var claim = g.ClaimWith("Four more years");
        Assert.Null(claim.Speaker);
        Assert.Null(claim.SpeakerMention);
    }

    [Fact]
    public void Chants_of_a_possessor_are_not_taken_from_nobody()
    {
        var g = Extract.From("Harbour vote\n\nFans of Ida Strand kept up their chants of \u201CIda! Ida!\u201D long after she left the stage.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("Ida! Ida!") && c.Speaker is null && c.SpeakerMention is null);
    }

    [Fact]
    public void The_phrase_after_with_is_the_participle_s_subject()
    {
        var g = Extract.From("Harbour vote\n\nThe levy was on every mind at the pier, with many fishers and dockers chanting \u201CSave the port\u201D and \u201CNo levy.\u201D");
        var claim = g.ClaimWith("Save the port");
        Assert.Equal("many fishers and dockers", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_cue_inside_a_relative_clause_is_the_relative_s()
    {
        var g = Extract.From("Harbour vote\n\nThe port board met again with Ida Strand, who last week stirred the levy debate by questioning whether the port \u201Ccan survive another winter.\u201D");
        var claim = g.ClaimWith("survive another winter");
        Assert.Equal("who", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Ida Strand"), claim.Speaker);
    }

    [Fact]
    public void An_aside_after_who_keeps_the_cue_with_the_relative()
    {
        var g = Extract.From("Harbour vote\n\nThe mayor was far calmer than the union's leaders, who, on a call Friday, criticized the levy as \u201Ca tax on the sea.\u201D");
        var claim = g.ClaimWith("a tax on the sea");
        Assert.Equal("who", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_subject_of_its_own_inside_the_relative_speaks_for_itself()
    {
        var g = Extract.From("Harbour vote\n\nThe board thanked Ida Strand, who left the union because she called the levy \u201Ca tax on the sea.\u201D");
        var claim = g.ClaimWith("a tax on the sea");
        Assert.Equal("she", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_participle_opening_the_sentence_is_its_subject_s()
    {
        var g = Extract.From("Harbour vote\n\nCriticizing the new levy as a burden on every crew, Ida Strand voted against the port budget on Monday.");
        var claim = g.ClaimWith("burden on every crew");
        Assert.Equal("Criticizing", claim.Cue.Text);
        Assert.Equal(g.PersonId("Ida Strand"), claim.Speaker);
    }

    [Fact]
    public void A_quote_in_an_opening_participle_s_object_is_the_participle_s_content_not_the_next_cue_s()
    {
        var g = Extract.From("Harbour vote\n\nCiting \u201Cfamily duties,\u201D the mayor\u2019s spokesman said she would skip the harbour vote.");
        var citing = g.ClaimWith("family duties");
        Assert.Equal("Citing", citing.Cue.Text);
        Assert.Equal("\u201Cfamily duties,\u201D", citing.Content.Text);
        var said = g.ClaimWith("skip the harbour vote");
        Assert.Equal("said", said.Cue.Text);
        Assert.Equal("she would skip the harbour vote", said.Content.Text);
        Assert.Equal(citing.Speaker, said.Speaker);
    }

    [Fact]
    public void A_that_clause_with_a_quote_in_an_opening_participle_stays_the_participle_s()
    {
        var g = Extract.From("Harbour vote\n\nNoting that Tom Beck \u201Csays a lot of odd things,\u201D Karen Lund said she would still back him.");
        var noting = g.ClaimWith("odd things");
        Assert.Equal("Noting", noting.Cue.Text);
        Assert.Equal(g.PersonId("Karen Lund"), noting.Speaker);
        Assert.Equal("she would still back him", g.ClaimWith("still back him").Content.Text);
    }

    [Fact]
    public void Quip_is_a_cue_like_quipped()
    {
        var g = Extract.From("Harbour vote\n\nThe timetable was so odd that an aide to Ida Strand would merely quip: \u201CMaybe the harbour had other plans that week.\u201D");
        var claim = g.ClaimWith("harbour had other plans");
        Assert.Equal("quip", claim.Cue.Text);
    }

    [Theory]
    [InlineData("Earlier Karen Lund thanked the crews, saying: \u201CWe owe the fishermen a great deal.\u201D")]
    [InlineData("On Monday Karen Lund thanked the crews, saying: \u201CWe owe the fishermen a great deal.\u201D")]
    [InlineData("On Friday night Karen Lund thanked the crews, saying: \u201CWe owe the fishermen a great deal.\u201D")]
    public void A_participle_after_an_opening_time_adjunct_without_a_comma_goes_with_the_subject(string sentence)
    {
        var g = Extract.From("Harbour vote\n\n" + sentence);
        var claim = g.ClaimWith("We owe the fishermen");
        Assert.Equal("saying", claim.Cue.Text);
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }

    [Fact]
    public void A_participle_after_an_opening_time_adjunct_without_a_comma_goes_with_a_described_subject()
    {
        var g = Extract.From("Harbour vote\n\nYesterday the harbour master thanked the crews, saying the fishermen were owed a great deal.");
        var claim = g.ClaimWith("fishermen were owed");
        Assert.Equal("the harbour master", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_name_set_off_after_a_description_is_the_participle_subject()
    {
        var g = Extract.From("Harbour vote\n\nThis morning the harbour master, Karen Lund, closed the pier, citing the storm damage.");
        Assert.Equal(g.PersonId("Karen Lund"), g.ClaimWith("storm damage").Speaker);
    }

    [Fact]
    public void A_sentence_opening_inside_an_earlier_quotation_takes_its_subject_after_the_quote()
    {
        var g = Extract.From("Ferry row\n\n\"Of course the ferry firm is fair game. He is a former harbour master,\" Karen Lund told \"Harbour Talk,\" "
                             + "reminding the hosts that Beck has often attacked the firm.");
        Assert.Equal(g.PersonId("Karen Lund"), g.ClaimWith("Beck has often attacked the firm").Speaker);
    }
}
