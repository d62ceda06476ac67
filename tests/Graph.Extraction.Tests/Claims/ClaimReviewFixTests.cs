namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Where the day's new claim rules fired wider than meant, found by reviewing them: each test is a passage (written for
/// it) that went wrong before the fix.
/// </summary>
public sealed class ClaimReviewFixTests
{
    [Fact]
    public void A_relative_clause_with_its_own_speaker_inside_the_reported_clause_does_not_cut_it()
    {
        var g = Extract.From("Ferry\n\nBen Ode argued the new ferry, which he says cost too much, should be sold.");
        Assert.Contains("should be sold", g.ClaimWith("the new ferry").Content.Text);
    }

    [Fact]
    public void A_modal_after_and_goes_on_with_what_was_said()
    {
        var g = Extract.From("Levy\n\nAna Velk said the levy would hurt fishermen, and the council should drop it before the summer.");
        Assert.Contains("should drop it", g.ClaimWith("would hurt fishermen").Content.Text);
    }

    [Fact]
    public void A_plural_noun_after_a_counted_group_is_no_cue()
    {
        var g = Extract.From("Harbour\n\nThe two claims that the harbour was unsafe were dismissed by inspectors on Friday.");
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text == "The two");
    }

    [Fact]
    public void One_of_a_counted_group_is_headed_by_the_word_before_of()
    {
        var g = Extract.From("Bridge\n\nOne of the two said the bridge was unsafe.");
        Assert.Equal("One of the two", g.ClaimWith("the bridge was unsafe").SpeakerMention!.Text);
    }

    [Fact]
    public void A_point_about_to_be_made_or_a_clause_before_a_colon_is_no_source()
    {
        var g = Extract.From("Money\n\nHere's the thing: \u201CNobody in this town has the money for a new pier.\u201D\n\n"
            + "From the outset the project faced problems: \u201CWe never had the money to finish it.\u201D");
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text is { } m && (m.Contains("thing") || m.Contains("outset")));
    }

    [Fact]
    public void Shooting_back_at_someone_is_no_retort()
    {
        var g = Extract.From("Raid\n\nPolice officers shot back at the gunmen, who fled into the hills before dawn.");
        Assert.DoesNotContain(g.Claims, c => c.Cue?.Text.StartsWith("shot", StringComparison.Ordinal) == true);
    }
}
