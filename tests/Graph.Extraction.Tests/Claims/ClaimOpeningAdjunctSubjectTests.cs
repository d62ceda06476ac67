using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Words before a clause's verb that are not its subject: a span of time counted back or on, a participle opening the
/// sentence, and adverbs of degree or frequency between the subject and the verb.
/// </summary>
public sealed class ClaimOpeningAdjunctSubjectTests
{
    [Fact]
    public void A_counted_span_of_time_opening_the_sentence_is_not_the_speaker()
    {
        var g = Extract.From("Ferry vote\n\nThe harbour board first put the ferry vote off. Two hours later the members changed course and said \u201Cthe vote will go ahead tonight.\u201D");
        Assert.Equal("the members", g.ClaimWith("the vote will go ahead tonight").SpeakerMention!.Text);
    }

    [Fact]
    public void A_participle_opening_the_sentence_and_its_object_are_not_a_speaker()
    {
        var g = Extract.From("Levy march\n\nWaving banners calling Mayor Dunn \u201Ca fraud,\u201D the marchers sang on their slow walk to the pier.");
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text.StartsWith("Waving", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Twice_between_the_subject_and_the_verb_is_an_adverb()
    {
        var g = Extract.From("Port fees\n\nThe Harbor Guild has twice complained that the port fees are \u201Cunfair and unlawful for small boats.\u201D");
        Assert.Equal("The Harbor Guild", g.ClaimWith("the port fees are").SpeakerMention!.Text);
    }

    [Fact]
    public void Most_before_an_adverb_in_ly_grades_it_and_is_not_the_speaker()
    {
        var g = Extract.From("Council feud\n\nTom Varga attacked the mayor at every turn, and most recently defended a poster that called the council \u201Ca pack of thieves.\u201D");
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text == "most");
    }

    [Fact]
    public void So_far_between_the_subject_and_the_verb_is_not_the_speaker()
    {
        var g = Extract.From("Port levy\n\nHarbour master Ana Ruiz has so far opposed any cut to the levy, saying it pays for the new pier.");
        var claim = g.ClaimWith("any cut to the levy");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }
}
