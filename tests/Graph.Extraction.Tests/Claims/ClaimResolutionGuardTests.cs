namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Where the rules that send "he" after a quote, a bare "a spokesman", "the German company" or a quote after the
/// frame's adjuncts elsewhere must hold back: a quote that speaks of the person the sentence before was about, "he
/// added", a sentence someone else reports in its middle; a body that acts on another, or a sentence that names an
/// actor without opening on it; a company the text gives another nationality, or the company named right after the
/// description; a clause of its own before the frame; "as long as" after the cue. Passages are written for these tests.
/// </summary>
public sealed class ClaimResolutionGuardTests
{
    [Theory]
    [InlineData("Jon Lund limped off with a knee injury before half-time. \"We will miss him for weeks,\" he said.")]
    [InlineData("Jon Lund, 24, faces a long spell out. \"It is a blow for all of us,\" he added.")]
    [InlineData("Jon Lund, the club said in a statement, will be out until May. \"It is a blow for all of us,\" he said.")]
    public void He_after_a_quote_stays_with_the_speaker_when_the_sentence_before_is_about_someone_else(string passage)
    {
        var g = Extract.From("Cup draw\n\n\"It was a hard game,\" said coach Peter Vance after the draw. " + passage);
        var claim = g.Claims.Last(c => c.Direct);
        Assert.Equal(g.PersonId("Peter Vance"), claim.Speaker);
    }

    [Theory]
    [InlineData("The water regulator Marvane fined Kestrel Water on Monday.")]
    [InlineData("The Harbour Board ordered the ferry firm to stop sailings on Monday.")]
    [InlineData("In a short note to staff, the Harbour Board apologised to the crews.")]
    public void A_spokesman_after_a_body_that_acts_on_another_or_after_a_sentence_not_opening_on_a_body_is_no_one_s(string sentence)
    {
        var g = Extract.From("Fines\n\n" + sentence + " A spokesman said the company would pay.");
        Assert.Null(g.ClaimWith("company would pay").Speaker);
    }

    [Fact]
    public void A_company_the_text_gives_another_nationality_is_not_the_german_company()
    {
        var g = Extract.From("Car talks\n\nKorvane Motors has begun merger talks with the French carmaker Lumiel Auto. The German company said the talks were at an early stage.");
        Assert.NotEqual(g.Entities.Single(e => e.Name == "Lumiel Auto").Id, g.ClaimWith("early stage").Speaker);
    }

    [Fact]
    public void The_german_company_before_its_name_describes_that_company()
    {
        var g = Extract.From("Cargo deal\n\nSkyvane Airways said on Monday it had bought the German company Vellmar Logistik. The Norwegian airline said the deal would double its cargo.");
        var airline = g.Entities.Single(e => e.Name == "Skyvane Airways");
        Assert.DoesNotContain(airline.Mentions, m => m.Text == "the German company");
    }

    [Fact]
    public void A_clause_of_its_own_before_the_frame_stays_what_was_said()
    {
        var g = Extract.From("Plant closure\n\nThe plant would close by June, Karl Maier said on Monday, \"and every job will go.\"");
        Assert.Contains(g.Claims, c => c.Content.Text.StartsWith("The plant would close by June", StringComparison.Ordinal));
    }

    [Fact]
    public void As_long_as_after_the_cue_stays_in_what_was_said()
    {
        var g = Extract.From("New homes\n\nKarl Maier said as long as the council approved the plans, \"the first homes will be ready by spring.\"");
        Assert.StartsWith("as long as", g.ClaimWith("first homes").Content.Text);
    }

    [Fact]
    public void A_city_s_own_government_is_no_state()
    {
        var g = Extract.From("Scooters\n\nThe city government in Oslo said it would ban rental scooters from the centre.");
        Assert.DoesNotContain(g.Entities, e => e.Id == "country:no");
        Assert.Null(g.ClaimWith("ban rental scooters").Speaker);
    }
}
