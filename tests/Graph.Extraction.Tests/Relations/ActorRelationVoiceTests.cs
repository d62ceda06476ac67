using Graph.Core.Model;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// Acts read from a verb keep who acts on whom: in the passive the agent after "by" acts; without one nobody named
/// does. Acts only possible, intended, sought or faced, or put in quotation marks, are none. "called" is not a conversation ("called on", "called for", "a firm called"), and "met" is a meeting only in
/// that sense.
/// </summary>
public sealed class ActorRelationVoiceTests
{
    [Fact]
    public void A_passive_with_by_turns_the_roles_round()
    {
        var g = Extract.From("Harbour news\n\nAnna Kovac was criticised by Tom Beck over the harbour fees.");
        var act = Assert.Single(g.Relations, r => r.Type == RelationTypes.Criticizes);
        Assert.Equal((g.PersonId("Tom Beck"), g.PersonId("Anna Kovac")), (act.From, act.To));
    }

    [Fact]
    public void A_passive_without_an_agent_names_nobody_acting()
    {
        var g = Extract.From("Harbour news\n\nNorland Bank was banned last year from taking Dalmark Ports Authority to court.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.Restricts);
    }

    [Theory]
    [InlineData("Anna Kovac accused of misleading Tom Beck")]
    [InlineData("Anna Kovac, blamed for the losses, left Tom Beck's firm in May.")]
    public void A_participle_before_of_or_for_names_nobody_acting(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.DoesNotContain(g.Relations, r => r.Type is RelationTypes.Accuses or RelationTypes.Criticizes);
    }

    [Fact]
    public void A_participle_before_by_turns_the_roles_round()
    {
        var g = Extract.From("Harbour news\n\nAnna Kovac, backed by Tom Beck, will stand for the harbour board.");
        var act = Assert.Single(g.Relations, r => r.Type == RelationTypes.Supports);
        Assert.Equal((g.PersonId("Tom Beck"), g.PersonId("Anna Kovac")), (act.From, act.To));
    }

    [Theory]
    [InlineData("A harbour clerk accused by Anna Kovac of theft was sacked by Tom Beck's firm.")]  // the one accused is no actor
    [InlineData("Anna Kovac was attacked by thieves in Norway on Monday.")]                       // thieves, not Norway
    [InlineData("Anna Kovac had a shot blocked by Tom Beck before the break.")]                    // the shot was blocked
    public void A_participle_before_by_needs_its_actors_beside_it(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.DoesNotContain(g.Relations, r => r.Type is RelationTypes.Accuses or RelationTypes.Criticizes or RelationTypes.Restricts);
    }

    [Theory]
    [InlineData("Tom Beck said a ban on Anna Kovac would be lifted.")]
    [InlineData("Tom Beck lost the support of Anna Kovac in the vote.")]
    [InlineData("Norway says it cannot support Anna Kovac in the vote.")]
    public void A_noun_or_a_negated_verb_gives_no_act(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.DoesNotContain(g.Relations, r => r.Type is RelationTypes.Supports or RelationTypes.Restricts);
    }

    [Theory]
    [InlineData("Norway could block Anna Kovac's bid for the harbour board.")]
    [InlineData("Tom Beck said Norway might oppose Anna Kovac in the vote.")]
    public void A_possible_act_is_no_act(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.DoesNotContain(g.Relations, r => r.Type is RelationTypes.Restricts or RelationTypes.Opposes);
    }

    [Fact]
    public void The_month_May_is_no_modal()
    {
        var g = Extract.From("Harbour news\n\nNorway in May blocked Anna Kovac's bid for the harbour board.");
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.Restricts && r.From == "country:no" && r.To == g.PersonId("Anna Kovac"));
    }

    [Fact]
    public void A_participle_in_a_headline_is_passive()
    {
        var g = Extract.From("Tom Beck criticised over Norland Bank loans\n\nThe harbour chief has faced questions about his loans from the bank.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.Criticizes);
    }

    [Fact]
    public void In_a_sports_report_a_block_is_no_restriction()
    {
        var g = Extract.From("Rovers win\n\nIn the league match, Tom Beck blocked Lars Ove's shot before the striker scored the winning goal.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.Restricts);
    }

    [Fact]
    public void Called_on_is_not_talking_to()
    {
        var g = Extract.From("Harbour news\n\nTom Beck called on Anna Kovac to resign over the harbour fees.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.TalksTo);
    }

    [Fact]
    public void Meeting_a_pass_is_not_meeting_the_passer()
    {
        var g = Extract.From("Harbour news\n\nTom Beck met Lars Ove's pass at the far post and scored.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.MetWith);
    }

    [Fact]
    public void Meeting_someone_is_met_with()
    {
        var g = Extract.From("Harbour news\n\nTom Beck met Lars Ove in Oslo on Monday.");
        var met = Assert.Single(g.Relations, r => r.Type == RelationTypes.MetWith);
        Assert.Equal((g.PersonId("Tom Beck"), g.PersonId("Lars Ove")), (met.From, met.To));
    }

    [Theory]
    [InlineData("Norway plans to oppose Anna Kovac in the harbour vote.")]
    [InlineData("Norway vowed on Monday to block Anna Kovac's bid for the harbour board.")]
    public void An_intended_act_is_no_act(string sentence)
    {
        var g = Extract.From("Harbour news\n\n" + sentence);
        Assert.DoesNotContain(g.Relations, r => r.Type is RelationTypes.Restricts or RelationTypes.Opposes);
    }

    [Theory]
    [InlineData("Tom Beck will go back to a Norwegian court to seek sanctions against Nordbank.")]
    [InlineData("Norwegian ferry 'tricks' face ban in Denmark")]
    public void What_is_sought_or_faced_is_no_act(string sentence)
    {
        var g = Extract.From(sentence.EndsWith('.') ? "Harbour news\n\n" + sentence : sentence + "\n\nThe harbour board met on Monday.");
        Assert.DoesNotContain(g.Relations, r => r.Type is RelationTypes.Restricts or RelationTypes.Sanctions);
    }

    [Fact]
    public void An_act_in_quotation_marks_is_someone_s_word_not_the_report_s()
    {
        var g = Extract.From("Norway 'blocks Nordbank ferry site'\n\nThe harbour board met on Monday.");
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.Restricts);
    }

    [Fact]
    public void A_quotation_closing_in_its_sentence_leaves_the_act_after_it()
    {
        var g = Extract.From("Harbour news\n\n\"The ferry is late again. We know,\" Tom Beck told Nordbank on Monday.");
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.TalksTo && r.From == g.PersonId("Tom Beck") && r.To == "institution:nordbank"
                                          && r.Evidence.Text == "Tom Beck told Nordbank");
    }
}
