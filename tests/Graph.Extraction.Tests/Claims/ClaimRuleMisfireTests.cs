namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Shapes of ordinary news English where rules learned from one corpus's errors first misfired (found in review):
/// each passage keeps the reading it had before those rules.
/// </summary>
public sealed class ClaimRuleMisfireTests
{
    [Fact]
    public void A_participle_after_to_the_addressee_goes_with_the_one_addressing()
    {
        var g = Extract.From("Lost dog\n\nMs Okafor appealed to the public urging anyone who saw the dog to call her.");
        Assert.Contains("Okafor", g.ClaimWith("anyone who saw the dog").SpeakerMention!.Text);
    }

    [Fact]
    public void A_clause_joined_inside_what_was_said_does_not_take_the_participle()
    {
        var g = Extract.From("Winter costs\n\nLena Marsh said prices would rise, and jobs would go, warning that the valley faced a hard winter.");
        Assert.Equal(g.PersonId("Lena Marsh"), g.ClaimWith("the valley faced a hard winter").Speaker);
    }

    [Fact]
    public void A_naming_verb_keeps_what_it_named_after_an_object_pronoun()
    {
        var g = Extract.From("Cup final\n\nThe manager called it by far the best display of the season.");
        Assert.Contains("best display", g.ClaimWith("best display").Content.Text);
    }

    [Theory]
    [InlineData("The show's cast includes Ivo Marsh as the harbour master.")]
    [InlineData("Porters painted the gates as the visitors arrived.")]
    [InlineData("The council has questions regarding the budget as the deadline nears.")]
    public void Depicting_words_as_nouns_or_before_a_clause_of_time_report_nothing(string passage)
    {
        var g = Extract.From("Notes\n\n" + passage);
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text is "cast" or "painted" or "regarding");
    }

    [Fact]
    public void A_possessive_after_a_quote_that_ends_the_sentence_is_the_speaker()
    {
        var g = Extract.From("Transfer\n\nThe move is \"all but settled,\" confirmed his agent.");
        Assert.Equal("his agent", g.ClaimWith("all but settled").SpeakerMention!.Text);
    }

    [Fact]
    public void A_relative_clause_with_commas_of_its_own_ends_before_the_last_main_verb()
    {
        var g = Extract.From("Ferry board\n\nMara Holt, who claimed the treasurer, Pavel Dunn, had lied, was sacked on Friday.");
        Assert.Equal("the treasurer, Pavel Dunn, had lied", g.ClaimWith("had lied").Content.Text);
    }

    [Fact]
    public void Note_before_a_verb_is_a_noun()
    {
        var g = Extract.From("Results\n\nThe earnings note said profits would fall in the spring.");
        Assert.Equal("said", g.ClaimWith("profits would fall").Cue.Text);
    }

    [Theory]
    [InlineData("Tom Berg lost the race by twelve votes. His opponent said that the count had been fair.", "His opponent")]
    [InlineData("Ana Ruiz conceded on Tuesday. Her rival promised to unite the town after the vote.", "Her rival")]
    [InlineData("The victim's relative said that the sentence was far too lenient.", "The victim's relative")]
    public void A_person_noun_shaped_like_an_adjective_keeps_its_verb(string sentence, string speaker)
    {
        var g = Extract.From("Count\n\n" + sentence);
        Assert.Equal(speaker, Assert.Single(g.Claims).SpeakerMention!.Text);
    }

    [Fact]
    public void A_named_body_before_a_noun_cue_is_its_source()
    {
        var g = Extract.From("Pier\n\nLawyers disputed a Harbour Board assertion that no boats were damaged in the storm.");
        Assert.Equal("Harbour Board", g.ClaimWith("no boats were damaged").SpeakerMention!.Text);
    }

    [Theory]
    [InlineData("Tom Berg hit back after the union said he had hidden the harbour accounts.")]
    [InlineData("Tom Berg hit back at union claims that he had hidden the harbour accounts.")]
    [InlineData("Tom Lee asked the minister whether she had hidden the harbour accounts.")]
    public void A_quote_after_a_report_inside_someone_elses_sentence_is_not_that_report(string sentence)
    {
        var g = Extract.From("Accounts\n\n" + sentence + " \u201CEvery figure is published and the books are open to anyone.\u201D");
        Assert.DoesNotContain("books are open", g.ClaimWith("hidden the harbour accounts").Content.Text);
    }
}
