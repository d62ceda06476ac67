namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Ana Ruiz and Tom Berg said" gives both, as does "Oxfam and the Red Cross said" (but not the country word inside "the
/// American Federation of Dock Workers"); an "and" inside a title or a name ("Trade and Industry Secretary Ana
/// Ruiz", "the US Harbour and Ferry Commission") joins no two speakers. After a quote, lower-case titles before a
/// name ("“...,” chairman and chief executive Ola Brandt said") name one speaker, and two titled names both speak. Two
/// people before a staff title ("Brandt and Lund executive producer Vera Holm") name whose staff speaks; a spokesperson
/// named after a comma ("said Nordbank spokeswoman, Karen Lund") speaks, as does anyone named after a role (see
/// <see cref="ClaimApposedSpeakerTests"/>).
/// </summary>
public sealed class ClaimAndInTitleTests
{
    [Fact]
    public void Two_names_joined_by_and_both_speak()
    {
        var g = Extract.From("Port news\n\nAna Ruiz and Tom Berg said the port would stay shut until March.");
        Assert.Equal(["person:ana-ruiz", "person:tom-berg"], g.ClaimWith("port would stay shut").Speakers);
    }

    [Fact]
    public void A_name_joined_with_the_before_it_speaks_too()
    {
        var g = Extract.From("Camp news\n\nOxfam and the Red Cross said the camps near the border were full.");
        Assert.Equal(["institution:oxfam", "institution:red-cross"], g.ClaimWith("camps near the border").Speakers);
    }

    [Fact]
    public void A_word_inside_a_joined_name_is_no_speaker_of_its_own()
    {
        var g = Extract.From("Union support\n\nThe American Federation of Dock Workers and the National Ferry Workers Union said the schools needed more staff.");
        var speakers = g.ClaimWith("schools needed more staff").Speakers;
        Assert.Equal(2, speakers.Count);
        Assert.DoesNotContain("country:us", speakers);
    }

    [Fact]
    public void Employers_and_countries_before_joined_people_are_no_speakers_of_their_own()
    {
        var g = Extract.From("Ferry talks\n\nNorwegian Prime Minister Ana Ruiz and Danish Foreign Minister Tom Berg said the ferry treaty would be signed in May.");
        Assert.Equal([g.PersonId("Ana Ruiz"), g.PersonId("Tom Berg")], g.ClaimWith("ferry treaty would be signed").Speakers);
    }

    [Theory]
    [InlineData("Trade and Industry Secretary Patricia Hewitt said the port would stay shut until March.", "person:patricia-hewitt")]
    [InlineData("Health and Human Services Secretary Ann Lee said the port would stay shut until March.", "person:ann-lee")]
    public void An_and_inside_a_title_joins_no_second_speaker(string sentence, string speaker)
    {
        var g = Extract.From("Port news\n\n" + sentence);
        Assert.Equal([speaker], g.ClaimWith("port would stay shut").Speakers);
    }

    [Fact]
    public void Lower_case_titles_joined_by_and_after_a_quote_name_one_speaker()
    {
        var g = Extract.From("Harbour results\n\n\u201COur results were strong, meeting all of our goals,\u201D chairman and chief executive Ola Brandt said.");
        var claim = g.ClaimWith("Our results were strong");
        Assert.Equal(g.PersonId("Ola Brandt"), claim.Speaker);
        Assert.Equal("said", claim.Cue.Text);
    }

    [Fact]
    public void Two_titled_names_after_a_quote_both_speak()
    {
        var g = Extract.From("Band news\n\n\u201CWe sail at dawn and play at noon,\u201D singer Karen Lund and drummer Tom Berg said.");
        var claim = g.ClaimWith("We sail at dawn");
        Assert.Equal([g.PersonId("Karen Lund"), g.PersonId("Tom Berg")], claim.Speakers);
        Assert.Equal("said", claim.Cue.Text);
    }

    [Theory]
    [InlineData("Norway and Westhaven coach Tom Beck says the squad will stay as it is until the spring tour.", "Tom Beck")]
    [InlineData("Danish and Swedish Rovers coach Lars Ove said the squad will stay as it is until the spring tour.", "Lars Ove")]
    public void Two_bodies_joined_before_a_person_s_title_are_both_the_person_s(string sentence, string person)
    {
        var g = Extract.From("Squad news\n\n" + sentence);
        Assert.Equal([g.PersonId(person)], g.ClaimWith("squad will stay as it is").Speakers);
    }

    [Fact]
    public void A_person_joined_to_a_titled_person_still_speaks()
    {
        var g = Extract.From("Squad news\n\nKaren Lund and Westhaven coach Tom Beck said the squad will stay as it is until the spring tour.");
        Assert.Equal([g.PersonId("Karen Lund"), g.PersonId("Tom Beck")], g.ClaimWith("squad will stay as it is").Speakers);
    }

    [Fact]
    public void A_body_joined_to_a_place_before_a_person_s_title_is_the_person_s()
    {
        var g = FixedLabels.Extract("Squad news\n\nFormer Westhaven and Kelmarsh defender Tom Beck said the squad will stay as it is until the spring tour.",
            ("Westhaven", Entities.NerLabels.Organisation), ("Kelmarsh", Entities.NerLabels.Location), ("Tom Beck", Entities.NerLabels.Person));
        Assert.Equal([g.PersonId("Tom Beck")], g.ClaimWith("squad will stay as it is").Speakers);
    }

    [Fact]
    public void Two_bodies_joined_by_and_both_speak()
    {
        var g = FixedLabels.Extract("Squad news\n\nWesthaven and Nordbank said the squad will stay as it is until the spring tour.",
            ("Westhaven", Entities.NerLabels.Organisation), ("Nordbank", Entities.NerLabels.Organisation));
        Assert.Equal(2, g.ClaimWith("squad will stay as it is").Speakers.Count);
    }

    [Fact]
    public void Two_hosts_before_their_show_s_producer_do_not_speak_the_producer_does()
    {
        var g = Extract.From("Book prize\n\nThe show is hosted by Ola Brandt and Karen Lund.\n\n"
            + "\u201CWe think this list is the best yet,\u201D said Ola Brandt and Karen Lund executive producer Vera Holm.");
        var claim = g.ClaimWith("the best yet");
        Assert.Equal([g.PersonId("Vera Holm")], claim.Speakers);
    }

    [Theory]
    [InlineData("\u201COur aim was always to make crossings easy,\u201D said Nordbank spokeswoman, Karen Lund. \u201CSo we built it with the crews.\u201D")]
    [InlineData("\u201COur aim was always to make crossings easy,\u201D said Nordbank spokeswoman, Karen Lund, at the launch.")]
    public void A_spokesperson_named_after_a_comma_speaks_not_the_body(string sentence)
    {
        var g = Extract.From("Ferry app\n\nNordbank launched a ferry app on Monday.\n\n" + sentence);
        var claim = g.ClaimWith("make crossings easy");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }
}
