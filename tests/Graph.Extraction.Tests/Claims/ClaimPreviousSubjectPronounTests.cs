namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "He said ..." opening a sentence right after one about another man is that man, not whoever spoke before: "Tom Berg
/// said .... Per Lund chairs the board. He said ..." is Per Lund. So is "he" after a quote that opens its sentence
/// ("“...,” he said"). Not a possessor ("Per Lund's plan was ..."), nor a sentence someone after the name reports.
/// Nor is it when the sentence before brings in a man by his full name for the first time anywhere in it ("One
/// dissenting view came from Per Lund, ... He said ..."), unless he stands beside its subject ("met with Per Lund").
/// A "he" later in a sentence that opens on "He" goes on with that one ("He quit ... - but he wants ...").
/// </summary>
public sealed class ClaimPreviousSubjectPronounTests
{
    [Fact]
    public void He_after_a_sentence_about_another_man_is_that_man()
    {
        var g = Extract.From("Harbour board\n\nTom Berg said that the ferry was late again. Per Lund chairs the harbour board in Bergen. "
                             + "He said the board would meet in March.");
        Assert.Equal("person:per-lund", g.ClaimWith("board would meet in March").Speaker);
    }

    [Theory]
    [InlineData("Tom Berg said that the ferry crews had played well. Man-of-the-match Peter Lund got both goals for the ferry crews. "
                + "\"It was a fine day for the island,\" he said.", "fine day for the island")]                           // a hyphenated title
    [InlineData("Tom Berg said that the ferry talks had gone well. And even Peter Lund kept out of the harbour row on Monday. "
                + "\"It is not my place to judge the board,\" he said.", "not my place to judge")]                        // an adverb
    public void A_title_or_adverb_before_the_name_still_opens_the_sentence_on_him(string passage, string content)
    {
        var g = Extract.From("Harbour news\n\n" + passage);
        Assert.Equal("person:peter-lund", g.ClaimWith(content).Speaker);
    }

    [Fact]
    public void A_possessor_opening_the_sentence_before_is_not_taken()
    {
        var g = Extract.From("Harbour board\n\nTom Berg said that the ferry was late again. Per Lund's plan for the quay was rejected in Bergen. "
                             + "He said the board would meet in March.");
        Assert.Equal("person:tom-berg", g.ClaimWith("board would meet in March").Speaker);
    }

    [Fact]
    public void A_sentence_that_only_says_what_befell_someone_does_not_make_them_the_speaker()
    {
        var g = Extract.From("Harbour fraud\n\nDefence lawyer Tom Berg said his client would appeal. Per Lund was convicted of fraud in May. "
                             + "He said the verdict was unsafe.");
        Assert.Equal("person:tom-berg", g.ClaimWith("verdict was unsafe").Speaker);
    }

    [Theory]
    [InlineData("told the Island Post")]
    [InlineData("said")]
    public void He_after_a_quote_that_opens_the_sentence_is_the_man_the_sentence_before_opened_on(string frame)
    {
        var g = Extract.From("Harbour board\n\n\"We cannot go on like this,\" said Ana Berg, who chairs the board. "
                             + "Peter Lind disagreed with her on Monday. \"The numbers do not add up,\" he " + frame + ".");
        Assert.Equal(g.PersonId("Peter Lind"), g.ClaimWith("The numbers do not add up").Speaker);
    }

    [Fact]
    public void She_after_a_quote_is_the_woman_the_sentence_before_opened_on()
    {
        var g = Extract.From("Film awards\n\n\"It was a long shoot,\" said Kari Berg, the director. "
                             + "Helen Lund won the best actress prize for the film. \"I owe it all to the crew,\" she told the audience.");
        Assert.Equal(g.PersonId("Helen Lund"), g.ClaimWith("I owe it all").Speaker);
    }

    [Fact]
    public void A_sentence_someone_after_the_name_reports_does_not_make_the_name_the_speaker()
    {
        var g = Extract.From("Harbour budget\n\nTom Berg, the harbour chief, attacked the budget on Monday. \"It is a fantasy,\" he said. "
                             + "Mr Lund liked to boast about his sums, the harbour chief said. \"These figures are made up,\" he said.");
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("These figures are made up").Speaker);
    }

    [Fact]
    public void He_after_a_quote_still_follows_the_speaker_when_the_sentence_before_only_says_what_befell_someone()
    {
        var g = Extract.From("Harbour fraud\n\n\"My client will appeal,\" said defence lawyer Tom Berg. Per Lund was convicted of fraud in May. "
                             + "\"The verdict is unsafe,\" he said.");
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("The verdict is unsafe").Speaker);
    }

    [Fact]
    public void He_after_a_sentence_bringing_in_another_man_is_that_man()
    {
        var g = Extract.From("Harbour board\n\nTom Berg, an analyst at Nordbank, said the ferry plan was sound. \"The numbers work,\" he said. "
                             + "One dissenting view came from Per Lund, a professor at the Harbour Institute. He said: \"The numbers are wrong.\"");
        Assert.Equal(g.PersonId("Per Lund"), g.ClaimWith("numbers are wrong").Speaker);
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("numbers work").Speaker);
    }

    [Fact]
    public void He_after_a_sentence_naming_another_man_beside_its_subject_is_the_last_speaker()
    {
        var g = Extract.From("Harbour board\n\nTom Berg, an analyst at Nordbank, said the ferry plan was sound. The analyst later met with Per Lund in Bergen. "
                             + "He said: \"The numbers work.\"");
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("numbers work").Speaker);
    }

    [Fact]
    public void He_after_a_sentence_naming_the_agent_of_a_passive_is_the_last_speaker()
    {
        var g = Extract.From("Harbour case\n\n\u201CWe will appeal,\u201D said Tom Berg, the union's lawyer. The ruling was written by Judge Peter Vik. "
                             + "He said the judge had ignored the evidence.");
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("ignored the evidence").Speaker);
    }

    [Fact]
    public void The_subject_after_a_short_opening_phrase_is_taken()
    {
        var g = Extract.From("Harbour board\n\nPer Lund and Tom Berg run rival crews in Bergen. Mr Berg said that the ferry was late again. \"Nobody can plan a week like this,\" he said. "
                             + "On Tuesday, Mr Lund walked out of the harbour meeting in protest. "
                             + "\"The board does nothing for the people who work here,\" he said.");
        Assert.Equal("person:per-lund", g.ClaimWith("does nothing for the people").Speaker);
    }

    [Fact]
    public void Not_someone_who_declined_to_comment()
    {
        var g = Extract.From("Harbour board\n\nMr Per Lund, who leads the crews, said the levy would sink the small boats. "
                             + "When asked, Mr Tom Berg declined to comment. \"The board is hiding from the crews,\" he said.");
        Assert.Equal("person:per-lund", g.ClaimWith("hiding from the crews").Speaker);
    }

    [Fact]
    public void A_later_he_goes_on_with_the_he_that_opens_its_sentence()
    {
        var g = Extract.From("Board rejects rethink\n\nIvar Dahl, agent for the Westhaven party, said Mr Beck was not eligible and the party was looking for someone else. "
                             + "Mr Beck got into a row about the harbour budget. He quit as deputy chairman after hinting at more cuts - but he wants to stay on the council.");
        Assert.Equal("person:beck", g.ClaimWith("stay on the council").Speaker);
    }
}
