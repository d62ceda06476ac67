namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Where whom it was told to ends and what was said begins, after "told", "warned", "asked": a name, or a phrase with
/// its noun, and not the subject of the reported clause ("told MPs the harbour was ...", "warned the move would ...");
/// a name set off by commas before "that" ("told the chair of the board, Vera Holm, that ..."); after "promised", only
/// a person with a clause after it ("promised Vera Holm she would ..."), not what was promised ("promised a timetable").
/// </summary>
public sealed class ClaimAudienceExtentTests
{
    [Theory]
    [InlineData("Ola Dahl told MPs the harbour was losing its licence.", "the harbour was losing its licence")]
    [InlineData("Ola Dahl told a news conference Norway had the best ferry fleet.", "Norway had the best ferry fleet")]
    [InlineData("Ola Dahl warned the move would cut ferry profits.", "the move would cut ferry profits")]
    [InlineData("Ola Dahl warned the Tories would lose the harbour vote.", "the Tories would lose the harbour vote")]
    [InlineData("Ola Dahl told MPs ministers would act on the ferry soon.", "ministers would act on the ferry soon")]
    [InlineData("Ola Dahl warned Labour would lose seats in the ferry towns.", "Labour would lose seats in the ferry towns")]
    [InlineData("Ola Dahl told the Harbour Courier crews had walked out over the ferry.", "crews had walked out over the ferry")]
    [InlineData("Ola Dahl told a forum organised by the Ferry Institute that the fares were too high.", "the fares were too high")]
    public void What_was_said_starts_with_its_own_subject(string sentence, string content)
    {
        var g = Extract.From("Ferry news\n\n" + sentence);
        var claim = g.Claims.Single(c => c.Speaker == "person:ola-dahl");
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Ola Dahl told the BBC Mr Berg had always backed the ferry plan.", "Mr Berg had always backed the ferry plan", "institution:bbc-gb")]
    [InlineData("Ola Dahl told Labour supporters he was back and ready for the ferry fight.", "he was back and ready for the ferry fight", "institution:labour-party-gb")]
    [InlineData("Ola Dahl told Reuters news agency the ferry documents were fake.", "the ferry documents were fake", "institution:reuters")]
    public void A_named_audience_and_its_noun_are_not_what_was_said(string sentence, string content, string audience)
    {
        var g = Extract.From("Ferry news\n\n" + sentence);
        var claim = g.Claims.Single(c => c.Speaker == "person:ola-dahl");
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(audience, claim.Audience);
    }

    [Theory]
    [InlineData("In a letter, Ola Dahl told the chair of the harbour board, Vera Holm, that the port would stay open all winter.", "the port would stay open all winter")]
    [InlineData("Ola Dahl promised Vera Holm she would keep the night ferry.", "she would keep the night ferry")]
    [InlineData("Ola Dahl promised a new timetable by May.", "a new timetable by May")]
    public void A_named_audience_set_off_by_commas_or_promised_a_clause_is_not_what_was_said(string sentence, string content)
    {
        var g = Extract.From("Ferry news\n\n" + sentence);
        Assert.Equal(content, g.Claims.Single(c => c.Speaker == "person:ola-dahl").Content.Text);
    }

    [Theory]
    [InlineData("Coach Tom Berg warned his players not to take the second leg lightly.", "not to take the second leg lightly")]
    [InlineData("Karen Lund told the crews never to sail alone.", "never to sail alone")]
    [InlineData("The union urged its members not to vote for the levy.", "not to vote for the levy")]
    public void A_negation_after_the_audience_stays_in_what_was_said(string sentence, string content)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.Contains(content, g.ClaimWith("to ").Content.Text);
    }

    [Fact]
    public void A_long_subject_with_a_name_in_an_of_phrase_is_what_was_said_not_the_audience()
    {
        var g = Extract.From("Ferry news\n\nOla Dahl warned the present share of TV airtime of the Nordic Ferry League may soon fall.");
        var claim = g.Claims.Single(c => c.Speaker == "person:ola-dahl");
        Assert.Equal("the present share of TV airtime of the Nordic Ferry League may soon fall", claim.Content.Text);
    }

    [Fact]
    public void A_long_audience_is_not_taken_for_a_subject_when_a_new_phrase_follows_it()
    {
        var g = Extract.From("Ferry news\n\nOla Dahl told the editor of the Westhaven Harbour Gazette newspaper group the story was false.");
        Assert.Equal("the story was false", g.Claims.Single(c => c.Speaker == "person:ola-dahl").Content.Text);
    }
}
