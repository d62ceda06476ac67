using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Entities.Statistical;
using Graph.Extraction.Text;
using Xunit;

namespace Graph.Extraction.Tests.Ner;

/// <summary>A headline with every word capitalised names no more than the same headline in sentence case.</summary>
public class TitleCaseHeadlineTests
{
    private static readonly WordResources Resources = NerModel.LoadDefault().Resources;

    private static string[]? HeadlineForms(string text)
    {
        var analyzed = SentenceSplitter.Analyze(text);
        return TitleCase.Recase(analyzed, Resources)[0];
    }

    [Fact]
    public void Verbs_and_common_nouns_of_a_title_case_headline_join_no_name()
    {
        var g = Extract.From("Karen Lund Wins Backing Of Nordbank Board Despite Protests\n\n"
            + "Karen Lund won the backing of the Nordbank board on Tuesday. Protests outside the bank's offices in Kelmarsh "
            + "went on all day, and the board said it would meet again in June.");

        Assert.DoesNotContain(g.Entities, e => e.Name.Contains("Wins", StringComparison.Ordinal) || e.Name.Contains("Despite", StringComparison.Ordinal));
        var lund = g.Named(EntityType.Person, "Karen Lund");
        Assert.Contains(lund.Mentions, m => m.Start == 0 && m.Text == "Karen Lund");
        Assert.Contains(g.Named(EntityType.Institution, "Nordbank").Mentions, m => m.End < 60);
    }

    [Fact]
    public void A_whole_title_case_headline_is_not_one_long_name()
    {
        var g = Extract.From("Tom Beck Praises Westhaven Council For Swift Response\n\n"
            + "Tom Beck thanked the Westhaven council for its swift response to the floods. The council praised the "
            + "volunteers who worked through the night.");

        Assert.DoesNotContain(g.Entities, e => e.Name.Contains("Praises", StringComparison.Ordinal));
        Assert.Contains(g.Named(EntityType.Person, "Tom Beck").Mentions, m => m.Start == 0);
    }

    [Theory]
    [InlineData("Karen Lund Isn't Happy With The Ferry Fares Deal")]
    [InlineData("Karen Lund Isn\u2019t Happy With The Ferry Fares Deal")]
    public void A_split_off_clitic_does_not_stop_a_headline_being_title_case(string headline)
    {
        var g = Extract.From(headline + "\n\nKaren Lund is not happy that ferry fares will rise, she said on Tuesday. The fares rise in May.");
        Assert.DoesNotContain(g.Entities, e => e.Name.Contains("Is", StringComparison.Ordinal) && e.Name.StartsWith("Karen", StringComparison.Ordinal));
        Assert.Contains(g.Named(EntityType.Person, "Karen Lund").Mentions, m => m.Start == 0);
    }

    [Fact]
    public void The_headline_is_read_in_the_case_running_text_uses()
    {
        var forms = HeadlineForms("Karen Lund Wins Backing Of Nordbank Board Despite Protests\n\n"
            + "Karen Lund won the backing of the Nordbank board on Tuesday. Protests went on all day.");

        Assert.Equal("Karen Lund wins backing of Nordbank board despite protests", string.Join(' ', forms!));
    }

    [Fact]
    public void A_word_the_article_capitalises_inside_a_sentence_keeps_its_capital()
    {
        // "Harbour Board" is a name in this article: the text writes it with capitals after "the".
        var forms = HeadlineForms("Harbour Board Delays Vote On Ferry Fees\n\n"
            + "The Harbour Board delayed its vote on Monday. Ferry operators said the fees were too high.");

        Assert.Equal("Harbour Board delays vote on ferry fees", string.Join(' ', forms!));
    }

    [Theory]
    // A headline in sentence case already says what is a name.
    [InlineData("Karen Lund wins backing of Nordbank board\n\nKaren Lund won the vote on Tuesday, the board said.")]
    // A line of names and a result are not title case.
    [InlineData("Karen Lund And Tom Beck In Kelmarsh\n\nKaren Lund met Tom Beck in Kelmarsh on Tuesday, the board said.")]
    [InlineData("Kelmarsh City 0-2 Westhaven Town\n\nWesthaven beat the city side away on Saturday in the cup.")]
    public void Other_headlines_are_read_as_written(string text) => Assert.Null(HeadlineForms(text));
}
