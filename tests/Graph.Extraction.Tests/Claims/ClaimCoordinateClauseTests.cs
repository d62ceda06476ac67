namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// ", and" followed by a noun phrase with a finite verb of its own after a reported clause (not a "that" clause)
/// starts the writer's next statement: what was said ends at the comma. A second verb after "and" and a time adjunct
/// ("and in May said") is the first verb's subject's; a month after "in", a capitalised modal before a word in lower
/// case ("Karen May said") and "indeed" are not the speaker.
/// </summary>
public sealed class ClaimCoordinateClauseTests
{
    [Fact]
    public void A_new_subject_after_comma_and_ends_what_was_said()
    {
        var g = Extract.From("Pier closure\n\nThe harbour master shut the pier on Monday, as Ruiz had warned he might, and the ferry board did nothing at all.");
        var warned = g.ClaimWith("he might");
        Assert.DoesNotContain("ferry board", warned.Content.Text);
    }

    [Fact]
    public void A_named_subject_with_an_adverb_before_its_verb_ends_the_object_of_a_cue()
    {
        var g = Extract.From("Ferry fares\n\nAna Ruiz praised the new winter timetable for the island ferries, and Tom Berg then raised the fares by a third.");
        var praised = g.ClaimWith("the new winter timetable");
        Assert.Equal("Ana Ruiz", praised.SpeakerMention!.Text);
        Assert.DoesNotContain("raised the fares", praised.Content.Text);
    }

    [Fact]
    public void A_that_clause_keeps_its_second_conjunct()
    {
        var g = Extract.From("Ferry fares\n\nAna Ruiz argued that ferry tickets would cost more by April, and the deckhands would walk out by June.");
        Assert.Contains("the deckhands would walk out", g.ClaimWith("ferry tickets would cost more").Content.Text);
    }

    [Fact]
    public void A_verb_in_a_relative_clause_of_a_list_item_is_not_a_new_subjects_verb()
    {
        var g = Extract.From("Ferry plan\n\nAna Ruiz praised the lower fares, the longer hours, and a new pier where ferries can dock at night.");
        Assert.Contains("a new pier where ferries can dock", g.ClaimWith("the lower fares").Content.Text);
    }

    [Fact]
    public void A_second_verb_after_a_time_adjunct_has_the_first_verb_s_subject()
    {
        var g = Extract.From("Harbour probe\n\nThe Harbour Authority looked into the books of Nordbank and in March last year said the bank had hidden losses.");
        var claim = g.ClaimWith("the bank had hidden losses");
        Assert.Equal("Harbour Authority", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_time_noun_before_a_noun_is_no_adjunct_before_a_second_verb()
    {
        var g = Extract.From("Ferry deal\n\nPass holders can make cheap night and weekend calls to the harbour office.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text == "calls");
    }

    [Theory]
    [InlineData("The board in May said the yard would close.", "The board")]
    [InlineData("Vera Holm and Karen May said the yard would close.", "Vera Holm and Karen May")]
    [InlineData("Critics cite two harbour reports, which indeed say the yard would close.", "which")]
    public void A_month_a_capitalised_modal_or_an_adverb_before_the_verb_is_not_the_speaker(string sentence, string speaker)
    {
        var g = Extract.From("Yard news\n\n" + sentence);
        Assert.Equal(speaker, g.ClaimWith("the yard would close").SpeakerMention!.Text);
    }

    [Fact]
    public void A_second_named_speaker_after_and_is_a_claim_of_its_own()
    {
        var g = Extract.From("Pier row\n\nKaren Lund said the pier was safe and Tom Berg insisted the ferry would sail on time.");
        Assert.Equal("the pier was safe", g.ClaimWith("the pier was safe").Content.Text);
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("the ferry would sail").Speaker);
    }

    [Fact]
    public void Two_subjects_of_one_verb_after_the_cue_stay_together()
    {
        var g = Extract.From("New album\n\nKaren Lund said her band and producer Tom Berg wrote most of the songs at sea.");
        var claim = g.ClaimWith("wrote most of the songs");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.StartsWith("her band", claim.Content.Text);
    }

    [Fact]
    public void Going_on_sale_is_no_telling()
    {
        var g = Extract.From("Handheld launch\n\nNordbank makes the new console. It went on sale across Norland last May and sold out within a week.");
        Assert.DoesNotContain(g.Claims, c => c.Cue.Text.StartsWith("went", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_and_his_partner_both_speak()
    {
        var g = Extract.From("Film deal\n\nOla Brandt and his business partner Tom Berg said the film would open in June.");
        var claim = g.ClaimWith("the film would open");
        Assert.Equal([g.PersonId("Ola Brandt"), g.PersonId("Tom Berg")], claim.Speakers);
    }

    [Theory]
    [InlineData("The regulator met Tom Berg and in March said that fees would fall.", "fees would fall")]
    [InlineData("Karen Lund said she was angry because the port had closed and Tom Berg had said nothing.", "nothing")]
    public void The_object_of_a_first_verb_or_a_name_in_a_subordinate_clause_is_not_a_speaker(string sentence, string content)
    {
        var g = Extract.From("Port fees\n\n" + sentence);
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text == "Tom Berg" && c.Content.Text.Contains(content, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The win left Westhaven two points behind leaders Kelmarsh and Tom Beck is confident his side can catch them.")]
    [InlineData("Her manager is Karen Lund and Tom Beck says his side can catch them.")]
    public void A_verb_for_one_after_two_joined_names_has_only_the_last_as_its_subject(string sentence)
    {
        var g = Extract.From("League news\n\n" + sentence);
        Assert.Equal([g.PersonId("Tom Beck")], g.ClaimWith("his side can catch them").Speakers);
    }
}
