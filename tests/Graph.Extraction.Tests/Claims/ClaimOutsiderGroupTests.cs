namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Critics of X", "supporters of X", "a user of X", "unions meeting X", "those polled for X": people named after
/// what they stand outside or what they do. They are the speaker phrase, and X (a body, a person) does not speak
/// when they do.
/// </summary>
public sealed class ClaimOutsiderGroupTests
{
    [Fact]
    public void Critics_of_a_body_are_not_the_body()
    {
        var g = Extract.From("Port talks\n\nThe Tromsdal Port Authority raised its dues in March. "
            + "Critics of the Tromsdal Port Authority argue that the dues will drive ships away.");
        var claim = g.ClaimWith("drive ships away");
        Assert.Null(claim.Speaker);
        Assert.Equal("Critics of the Tromsdal Port Authority", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void Supporters_of_two_people_are_neither_of_them()
    {
        var g = Extract.From("Harbour race\n\nAnna Berg and Per Holm are running for mayor. "
            + "Supporters of Anna Berg and Per Holm said the debate had been fair.");
        var claim = g.ClaimWith("the debate had been fair");
        Assert.Empty(claim.Speakers);
    }

    [Fact]
    public void Critics_of_a_cause_with_an_aside_head_the_phrase()
    {
        var g = Extract.From("Port strike\n\nCritics of the strike, including the town's shopkeepers, argue that the union is asking for too much.");
        Assert.Equal("Critics of the strike", g.ClaimWith("asking for too much").SpeakerMention!.Text);
    }

    [Theory]
    [InlineData("The five unions meeting Anna Berg want a pay rise of four per cent.", "Anna Berg", "pay rise", "five unions meeting")]
    [InlineData("Firms using the Tromsdal Port Authority say the dues are fair.", "Tromsdal Port Authority", "dues are fair", "Firms using")]
    [InlineData("Half the people polled for the Tromsdal Times said the fares were too high.", "Tromsdal Times", "fares were too high", "the people polled")]
    public void What_a_participle_after_the_head_names_does_not_speak(string sentence, string named, string said, string mention)
    {
        var g = Extract.From("Port talks\n\nAnna Berg met the Tromsdal Port Authority and the Tromsdal Times on Monday. " + sentence);
        var claim = g.ClaimWith(said);
        Assert.DoesNotContain(g.Entities.Single(e => e.Name == named).Id, claim.Speakers);
        Assert.StartsWith(mention, claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_name_before_a_word_in_ing_still_heads_an_inverted_speaker()
    {
        var g = Extract.From("Transfer\n\nRovers have signed a new striker. \"He chose us over two other clubs,\" said Rovers sporting director Per Vik.");
        Assert.Equal(g.PersonId("Per Vik"), g.ClaimWith("chose us over").Speaker);
    }

    [Fact]
    public void Lawyers_representing_someone_speak_for_them()
    {
        var g = Extract.From("Court\n\nLawyers representing Tom Berg said he would plead not guilty.");
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("plead not guilty").Speaker);
    }
}
