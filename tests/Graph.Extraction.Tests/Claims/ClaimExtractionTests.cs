using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

public sealed class ClaimExtractionTests
{
    [Fact]
    public void Reported_speech_with_apposition_and_audience()
    {
        var g = Extract.From("Ana Souza, chief economist at the Bank of Portugal, told the Lisbon Herald that inflation would ease by spring.");
        var ana = g.Named(EntityType.Person, "Ana Souza");
        var claim = g.ClaimWith("inflation would ease by spring");
        Assert.Equal(ana.Id, claim.Speaker);
        Assert.Equal("told", claim.Cue.Text);
        Assert.False(claim.Direct);
        Assert.NotNull(claim.Audience);
        Assert.Equal("inflation would ease by spring", claim.Content.Text);
    }

    [Fact]
    public void Direct_quote_split_by_the_cue()
    {
        var g = Extract.From("\"We are ready to sign,\" said Piet de Vries, \"but not at any price.\"");
        var claim = g.ClaimWith("We are ready to sign");
        Assert.True(claim.Direct);
        Assert.Equal(g.Named(EntityType.Person, "Piet de Vries").Id, claim.Speaker);
    }

    [Fact]
    public void Pronoun_speaker_resolves_to_the_earlier_person()
    {
        var g = Extract.From("Governor Elena Marsh visited the flooded towns on Sunday. She said that repairs would take a year.");
        var claim = g.ClaimWith("repairs would take a year");
        var elena = g.Named(EntityType.Person, "Elena Marsh");
        Assert.Equal(elena.Id, claim.Speaker);
        Assert.Equal("She", claim.SpeakerMention!.Text);
        Assert.Contains(elena.Mentions, m => m.Kind == MentionKind.Pronoun && m.Text == "She");
    }

    [Fact]
    public void She_is_not_resolved_to_a_man_named_closer_to_it()
    {
        var g = Extract.From("Senator Margaret Okafor met Mr. Daniel Brooks in Lagos on Monday. She said that the budget would pass by June.");
        Assert.Equal(g.Named(EntityType.Person, "Margaret Okafor").Id, g.ClaimWith("the budget would pass").Speaker);
    }

    [Fact]
    public void A_quote_signed_with_a_dash_is_its_signers()
    {
        var g = Extract.From("Readers wrote in\n\n\u201CThe new bridge has cut my commute in half and I hope they build another.\u201D\u2015 Carla Mendes\n\n\u201CThe tolls are far too high for families like mine.\u201D \u2015 Peter Novak, 41, Lisbon");
        Assert.Equal(g.Named(EntityType.Person, "Carla Mendes").Id, g.ClaimWith("cut my commute").Speaker);
        var second = g.ClaimWith("tolls are far too high");
        Assert.True(second.Direct);
        Assert.Equal("Peter Novak", second.SpeakerMention!.Text);
    }

    [Fact]
    public void A_transcript_line_is_its_speakers()
    {
        var g = Extract.From("Interview\n\nHost Anna Reyes spoke with Senator Tom Walsh on Sunday.\n\nREYES: Will the bill pass before the recess, and who will vote for it?\n\nWALSH: I believe it will pass with votes from both parties next week.");
        var claim = g.ClaimWith("it will pass with votes from both parties");
        Assert.Equal(g.Named(EntityType.Person, "Tom Walsh").Id, claim.Speaker);
        Assert.Equal("WALSH", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void According_to_names_the_source()
    {
        var g = Extract.From("According to the World Health Organization, cases rose in twelve countries last month.");
        var claim = g.ClaimWith("cases rose in twelve countries");
        Assert.Equal(g.Named(EntityType.Institution, "World Health Organization").Id, claim.Speaker);
        Assert.Equal("According to", claim.Cue.Text);
    }

    [Fact]
    public void Nominal_side_speaks_for_its_country_and_both_sides_for_both()
    {
        var g = Extract.From("On Monday, Chile and Peru held talks on fishing rights in Lima. Both sides agreed that quotas must fall. The Chilean side clearly stated its position on the disputed waters.");
        var both = g.ClaimWith("quotas must fall");
        Assert.Equal(["country:cl", "country:pe"], both.Speakers.Order().ToArray());
        Assert.Equal("country:cl", g.ClaimWith("its position on the disputed waters").Speaker);
    }

    [Fact]
    public void Two_speakers_in_one_sentence_get_their_own_claims()
    {
        var g = Extract.From("Mayor Tom Reyes said the bridge was safe, but engineer Clara Holt argued that the cables were worn.");
        Assert.Equal(g.Named(EntityType.Person, "Clara Holt").Id, g.ClaimWith("the cables were worn").Speaker);
        Assert.Equal(g.Named(EntityType.Person, "Tom Reyes").Id, g.ClaimWith("the bridge was safe").Speaker);
    }

    [Fact]
    public void Quote_across_paragraphs_is_one_claim()
    {
        var text = "Maria Lind said: \"The harbour will stay open all winter.\n\n\"We have the ships and the crews to do it.\"";
        var g = Extract.From(text);
        var claim = g.ClaimWith("harbour will stay open");
        Assert.True(claim.Direct);
        Assert.Equal(g.Named(EntityType.Person, "Maria Lind").Id, claim.Speaker);
    }

    [Fact]
    public void Every_claim_span_is_the_text_at_its_offsets()
    {
        var text = "Chancellor Ida Berg said on Tuesday that taxes would not rise. \"Not this year,\" she added.";
        var g = Extract.From(text);
        Assert.NotEmpty(g.Claims);
        foreach (var c in g.Claims)
        {
            Assert.Equal(text[c.Content.Start..c.Content.End], c.Content.Text);
            Assert.Equal(text[c.Cue.Start..c.Cue.End], c.Cue.Text);
        }
    }
}
