namespace Graph.Extraction.Tests.Claims;

/// <summary>Words that look like cues but report nothing said: each passage made a spurious claim before its rule.</summary>
public sealed class ClaimFalseCueTests
{
    [Fact]
    public void Speaking_with_only_an_audience_place_or_time_is_no_claim()
    {
        var g = Extract.From("Harbour\n\nAna Ruiz spoke at a rally in Port Elm on Friday evening. Tom Berg talked with dock crews for an hour before the vote.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("spoke", StringComparison.Ordinal));
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("talked", StringComparison.Ordinal));
    }

    [Fact]
    public void Speaking_about_a_topic_or_for_a_purpose_is_still_a_claim()
    {
        var g = Extract.From("Harbour\n\nAna Ruiz spoke at a rally in Port Elm about the new harbour levy. Tom Berg spoke to dock crews to defend the ferry timetable.");
        Assert.Equal("Ana Ruiz", g.ClaimWith("the new harbour levy").SpeakerMention!.Text);
        Assert.Equal("Tom Berg", g.ClaimWith("defend the ferry timetable").SpeakerMention!.Text);
    }

    [Fact]
    public void Found_with_a_reflexive_object_is_no_finding()
    {
        var g = Extract.From("Harbour\n\nAna Ruiz found herself at the centre of a quarrel over the harbour levy last spring.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "found");
    }

    [Fact]
    public void A_showing_in_a_contest_or_showing_up_is_no_claim()
    {
        var g = Extract.From("Harbour\n\nAfter his strong showing in the Port Elm primary, Tom Berg raised more money. Dock crews showed up at the council hall on Monday.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("show", StringComparison.Ordinal));
    }

    [Fact]
    public void A_poll_that_shows_someone_ahead_is_still_a_claim()
    {
        var g = Extract.From("Harbour\n\nA new survey by the Port Elm Gazette shows Tom Berg ahead of Ana Ruiz among dock workers.");
        Assert.Contains(g.Claims, c => c.Cue.Text == "shows" && c.Content.Text.Contains("Tom Berg ahead", StringComparison.Ordinal));
    }

    [Fact]
    public void A_thing_called_by_an_unquoted_name_is_no_claim()
    {
        var g = Extract.From("Harbour\n\nLast year Ana Ruiz set up a charity called Safe Harbour Watch for retired crews.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "called");
    }

    [Fact]
    public void A_dateline_or_a_time_since_is_no_claim()
    {
        var g = Extract.From("Harbour\n\nThe levy drove ferry fares up at a pace not seen since the war. Ana Ruiz reported from Port Elm.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text is "seen" or "reported");
    }

    [Fact]
    public void Declined_as_a_fall_is_no_refusal()
    {
        var g = Extract.From("Harbour\n\nFerry traffic at Port Elm declined 12 percent last year. Ana Ruiz declined to discuss those figures with us.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "declined" && c.Content.Text.Contains("percent", StringComparison.Ordinal));
        Assert.Contains(g.Claims, c => c.Cue.Text == "declined" && c.SpeakerMention?.Text == "Ana Ruiz");
    }

    [Fact]
    public void States_followed_by_a_relative_clause_is_a_noun()
    {
        var g = Extract.From("Harbour\n\nTom Berg now turns to the coastal states that have long backed ferry subsidies. The harbour charter states that fares are set by the council.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "states" && c.Content.Text.Contains("subsidies", StringComparison.Ordinal));
        Assert.Contains(g.Claims, c => c.Cue.Text == "states" && c.Content.Text.Contains("fares are set", StringComparison.Ordinal));
    }

    [Fact]
    public void Went_to_a_place_is_no_claim()
    {
        var g = Extract.From("Harbour\n\nAna Ruiz went to Port Elm on Tuesday with two aides. Tom Berg went through the harbour accounts again.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "went");
    }

    [Fact]
    public void Went_on_to_chair_is_no_claim_but_went_on_to_argue_is()
    {
        var g = Extract.From("Harbour\n\nAna Ruiz joined the harbour board in 1990. She went on to chair it for ten years. " +
            "At the dinner Tom Berg thanked the crews. He went on to argue that the toll had been a mistake.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("ten years"));
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("the toll had been a mistake").Speaker);
    }

    [Theory]
    [InlineData("The board was quick to scotch claims that the ferry would close.", "scotch")]
    [InlineData("The mayor tried to calm fears that the pier would be sold.", "calm")]
    public void A_verb_after_to_is_no_speaker_of_the_noun_after_it(string sentence, string verb)
    {
        var g = Extract.From("Harbour\n\n" + sentence);
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text == verb);
    }

    [Fact]
    public void A_noun_after_to_before_a_verb_of_another_form_still_leads_to_the_speaker()
    {
        var g = Extract.From("Harbour\n\nFerry crews who are open to change disagree over how far the plan should go.");
        Assert.Equal("Ferry crews", g.ClaimWith("how far the plan should go").SpeakerMention!.Text);
    }

    [Fact]
    public void Showing_up_in_quoted_colours_shows_nothing()
    {
        var g = Extract.From("Harbour\n\nOne voter, Ana Ruiz, 35, showed up in the \u201Charbour blue\u201D colours of a rowing club.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "showed");
    }

    [Fact]
    public void Speaking_on_condition_of_anonymity_is_no_claim_and_ends_what_was_confirmed()
    {
        var g = Extract.From("Harbour\n\nA dock official, who talked to us on condition of anonymity, said the ferry would stop. "
            + "Another official confirmed the closure on condition of anonymity, citing the private talks.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("anonymity", StringComparison.Ordinal));
        Assert.Equal("the closure", g.ClaimWith("the closure").Content.Text);
        Assert.Equal("the ferry would stop", g.ClaimWith("ferry would stop").Content.Text);
    }

    [Fact]
    public void Maintaining_a_lead_or_a_pace_is_no_claim_but_maintaining_that_something_is_so_is()
    {
        var g = Extract.From("Harbour race\n\nAna Ruiz maintained a wide lead over Tom Berg among dock crews this week. Berg maintains a busy schedule of "
            + "rallies in Port Elm. Ruiz maintained the harbour levy was never raised on her watch.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("maintain", StringComparison.Ordinal) && !c.Content.Text.Contains("levy", StringComparison.Ordinal));
        Assert.Equal("Ruiz", g.ClaimWith("levy was never raised").SpeakerMention!.Text);
    }
}
