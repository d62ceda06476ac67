using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// An act read from a verb joins the actor that is its subject to the actor that is its object in the same clause:
/// not one past a comma, "that" or "until", not one inside a "who" clause before the verb, and not when the verb is
/// negated ("could not support"). A "he" or "she" between a body and the verb is the subject, not the body ("told
/// the Gazette he would support Ruiz"), though after a person it stands for that person; an owner does not act through
/// what it owns ("during Beck's first term yet backed Ruiz") unless that is its voice ("Beck's campaign attacked Ruiz").
/// </summary>
public sealed class ActorRelationClauseTests
{
    [Fact]
    public void The_object_is_not_past_a_comma()
    {
        var g = Extract.From("Harbour news\n\nAs Tom Beck criticised them, Lars Ove handed in his notice.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.Criticizes);
    }

    [Fact]
    public void The_object_is_not_inside_what_was_told()
    {
        var g = Extract.From("Harbour news\n\nTom Beck told reporters that Lars Ove would hand in his notice.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.TalksTo && r.To == g.PersonId("Lars Ove"));
    }

    [Fact]
    public void The_one_told_is_the_object()
    {
        var g = Extract.From("Harbour news\n\nTom Beck told Lars Ove that the harbour fees would rise.");
        var told = Assert.Single(g.Relations, r => r.Type == RelationTypes.TalksTo);
        Assert.Equal((g.PersonId("Tom Beck"), g.PersonId("Lars Ove")), (told.From, told.To));
    }

    [Fact]
    public void A_pronoun_after_a_body_is_the_subject_not_the_body()
    {
        var g = FixedLabels.Extract("Harbour news\n\nTom Beck also told the Harbour Gazette he would support Lars Ove in the harbour vote.",
            ("Harbour Gazette", Entities.NerLabels.Organisation), ("Tom Beck", Entities.NerLabels.Person), ("Lars Ove", Entities.NerLabels.Person));
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.Supports && r.From != g.PersonId("Tom Beck"));
    }

    [Fact]
    public void A_pronoun_after_a_person_stands_for_that_person()
    {
        var g = Extract.From("Harbour news\n\nTom Beck said he would support Lars Ove in the harbour vote.");
        var support = Assert.Single(g.Relations, r => r.Type == RelationTypes.Supports);
        Assert.Equal((g.PersonId("Tom Beck"), g.PersonId("Lars Ove")), (support.From, support.To));
    }

    [Theory]
    [InlineData("Ana Ruiz, who sat on the board during Tom Beck's first term, endorsed Lars Ove in May.", false)]
    [InlineData("The harbour board met during Tom Beck's first term and backed Lars Ove in May.", false)]
    [InlineData("Tom Beck's campaign attacked Lars Ove over the harbour fees.", true)]
    public void An_owner_acts_only_through_its_voice(string sentence, bool acts)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.Equal(acts, g.Relations.Any(r => r.From == g.PersonId("Tom Beck") && r.To == g.PersonId("Lars Ove")));
    }

    [Fact]
    public void A_negated_verb_states_no_act()
    {
        var g = Extract.From("Harbour news\n\nTom Beck could not support Lars Ove in the harbour vote.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.Supports);
    }

    [Fact]
    public void An_actor_inside_a_who_clause_is_not_the_subject()
    {
        var g = Extract.From("Harbour news\n\nTwo councillors who back Tom Beck met Lars Ove in Tallinn on Tuesday.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.MetWith && r.From == g.PersonId("Tom Beck"));
    }

    [Fact]
    public void A_nationality_noun_after_an_age_is_a_person_not_the_country()
    {
        var g = Extract.From("Harbour news\n\nNordbank hired a new chief in May. The 41-year-old Frenchman told Tom Beck that the fees would rise.");
        Assert.DoesNotContain(g.Relations, r => r.From == "country:fr");
    }

    [Theory]
    [InlineData("Tom Beck accused Denmark's best sailors of lacking nerve.")]
    [InlineData("Tom Beck criticised Danish ferry owners over the harbour fees.")]
    public void A_country_owning_or_describing_the_object_is_not_the_object(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.DoesNotContain(g.Relations, r => r.To == "country:dk");
    }

    [Fact]
    public void A_country_s_government_is_the_country()
    {
        var g = Extract.From("Harbour news\n\nTom Beck criticised Denmark's government over the harbour fees.");
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.Criticizes && r.To == "country:dk");
    }

    [Theory]
    [InlineData("Karen Lund told UK investors that the harbour fees would rise.")]
    [InlineData("Tom Beck attacked UK policy on ferries in a speech.")]
    [InlineData("Karen Lund told UK TV channel Harbour One that the fees would rise.")]
    public void A_country_s_name_before_a_noun_is_not_the_object(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.DoesNotContain(g.Relations, r => r.To == "country:gb");
        Assert.DoesNotContain(g.Claims, c => c.Audience == "country:gb");
    }

    [Fact]
    public void A_country_named_as_the_object_is_the_object()
    {
        var g = Extract.From("Harbour news\n\nTom Beck criticised the UK over the harbour fees.");
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.Criticizes && r.To == "country:gb");
    }

    [Fact]
    public void A_station_told_is_the_audience_with_its_number()
    {
        var g = Extract.From("Harbour news\n\nKaren Lund spoke on Monday. \"Rates will rise,\" she told Harbour Radio 4's morning show on Tuesday.");
        var claim = Assert.Single(g.Claims, c => c.Cue.Text == "told");
        Assert.Equal("institution:harbour-radio-4", claim.Audience);
    }

    [Theory]
    [InlineData("Ana Ruiz, an analyst at Nordbank told the Harbour Gazette that rates would rise.")]
    [InlineData("Ana Ruiz from Nordbank told the Harbour Gazette that rates would rise.")]
    public void The_person_named_with_an_employer_is_the_one_acting_not_the_employer(string sentence)
    {
        var g = Extract.From("Rates\n\n" + sentence);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.TalksTo && r.From == g.PersonId("Ana Ruiz") && r.To == "institution:harbour-gazette");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.TalksTo && r.From == "institution:nordbank");
    }

    [Fact]
    public void A_nationality_before_a_noun_for_someone_is_not_the_state_acting()
    {
        var g = Extract.From("Fares\n\nOne Norwegian woman told the Harbour Gazette about the fares.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.TalksTo && r.From == "country:no");
    }

    [Theory]
    [InlineData("Norwegian officials told the Harbour Gazette that the fares would rise.", RelationTypes.TalksTo, "institution:harbour-gazette")]
    [InlineData("Norway bans Nordbank from the harbour.", RelationTypes.Restricts, "institution:nordbank")]
    public void A_state_s_people_or_the_state_before_its_verb_still_act(string sentence, string type, string to)
    {
        var g = Extract.From("Fares\n\n" + sentence);
        Assert.Contains(g.Relations, r => r.Type == type && r.From == "country:no" && r.To == to);
    }
}
