using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "Nordbank v. Kelmarsh Harbour Board": a court case's name is no actor, though its parties' names are in it.
/// Candidates are given as a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class CaseNameTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Fact]
    public void The_names_around_a_cases_v_are_no_entities()
    {
        const string text = "The judges cited Lund v. Kelmarsh Harbour Board, the ruling that opened the quays to all ferries.";
        var g = Resolve(text, ("Lund", NerLabels.Person, 0), ("Kelmarsh Harbour Board", NerLabels.Organisation, 0));
        Assert.Empty(g.Entities);
    }

    [Fact]
    public void A_party_named_apart_from_the_case_is_still_an_actor()
    {
        const string text = "Nordbank won Nordbank v. Beck in June. Tom Beck said he would appeal.";
        var g = Resolve(text, ("Nordbank", NerLabels.Organisation, 0), ("Nordbank", NerLabels.Organisation, 1), ("Beck", NerLabels.Person, 0),
            ("Tom Beck", NerLabels.Person, 0));
        Assert.Single(Assert.Single(g.Entities, e => e.Name == "Nordbank").Mentions);
        Assert.Single(Assert.Single(g.Entities, e => e.Name == "Tom Beck").Mentions, m => m.Kind == Graph.Core.Model.MentionKind.Name);
    }

    [Fact]
    public void A_contest_written_with_vs_is_between_actors()
    {
        const string text = "The debate billed as Lund vs. Beck drew a crowd in Kelmarsh.";
        var g = Resolve(text, ("Lund", NerLabels.Person, 0), ("Beck", NerLabels.Person, 0), ("Kelmarsh", NerLabels.Location, 0));
        Assert.Equal(3, g.Entities.Count);
    }
}
