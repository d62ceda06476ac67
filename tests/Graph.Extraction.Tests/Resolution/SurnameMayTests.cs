using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "Karen May said": the surname is no month. Candidates are given as the model tags such text (the first name alone). A
/// surname alone before a verb of saying is the person tagged in full, where the model left it untagged ("May said").
/// </summary>
public sealed class SurnameMayTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    [Theory]
    [InlineData("Karen May said the harbour fees were too high.", NerLabels.Person)]
    [InlineData("Home Secretary Karen May, speaking in Kelmarsh, said the fees were too high.", NerLabels.Organisation)]
    public void A_first_name_before_May_is_a_person_named_May(string text, string label)
    {
        var g = Resolve(text, ("Karen", label, 0));
        Assert.Equal("Karen May", Assert.Single(g.Entities).Name);
        Assert.Equal(EntityType.Person, g.Entities[0].Type);
    }

    [Theory]
    [InlineData("The lease was signed by Karen May 3 in Kelmarsh.")]
    [InlineData("Karen Mayhew said the fees were too high.")]
    public void A_date_or_a_longer_word_is_no_surname(string text)
    {
        var g = Resolve(text, ("Karen", NerLabels.Person, 0));
        Assert.Equal("Karen", Assert.Single(g.Entities).Name);
    }

    [Fact]
    public void A_surname_alone_before_a_verb_of_saying_is_the_person_the_model_left_untagged()
    {
        const string text = "Karen May led the band for years. In May the band met again. May said the tour would start in June.";
        var g = Resolve(text, ("Karen May", NerLabels.Person, 0));
        var may = Assert.Single(g.Entities);
        Assert.Equal(2, may.Mentions.Count);
        Assert.Equal(text.LastIndexOf("May said", StringComparison.Ordinal), may.Mentions[1].Start);
    }
}
