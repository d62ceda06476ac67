using Graph.Extraction.Cleaning;

namespace Graph.Extraction.Tests.Cleaning;

public sealed class ArticleBodyFinderTests
{
    [Fact]
    public void Article_ends_where_foreign_portal_furniture_begins()
    {
        var text = "Ferry link restored\n\nPhoto: Staff\n\nThe ferry between the two islands ran again on Sunday after repairs to the pier were finished by the port authority.\n" +
                   "  • 本文由 发表于 2023-01-01\n\n今天的新闻很多,欢迎大家阅读其他的文章和游戏内容,谢谢大家的支持。\n\n新的游戏活动开始了,有很多奖励等着你来拿。";
        var body = ArticleBodyFinder.Find(text);
        Assert.Equal("en", body.Language);
        Assert.Equal(text.IndexOf("  • 本文由", StringComparison.Ordinal) + 2, body.EndOffset);
        var regions = body.Regions.Select(r => text[r.Start..r.End]).ToList();
        Assert.Contains("Ferry link restored", regions);
        Assert.DoesNotContain("Photo: Staff", regions);
        Assert.All(regions, r => Assert.DoesNotContain("新闻", r));
    }

    [Fact]
    public void A_paragraph_in_another_latin_language_is_not_fed_to_english_extractors()
    {
        var text = "Minister visits Lyon\n\nThe minister visited the city on Friday and met the mayor.\n\nLe ministre a rencontré le maire de la ville vendredi pour parler des transports et du budget municipal.\n\nThe visit ended with a joint statement on transport.";
        var body = ArticleBodyFinder.Find(text);
        Assert.Equal(ParagraphKind.OtherLanguage, body.Paragraphs.Single(p => text[p.Start..p.End].StartsWith("Le ministre")).Kind);
        Assert.Equal(text.Length, body.EndOffset);
        Assert.Equal(3, body.Regions.Count);
    }

    [Fact]
    public void A_wholly_chinese_page_is_chinese()
    {
        var body = ArticleBodyFinder.Find("今天的新闻很多,欢迎大家阅读。\n\n新的游戏活动开始了。");
        Assert.Equal("zh", body.Language);
        Assert.Empty(body.Regions);
    }

    [Fact]
    public void Section_labels_of_a_news_database_are_furniture()
    {
        var text = "Harbour fees to rise\n\nABSTRACT.\n\nThe harbour board will raise its fees in June, its chair said.\n\nFULL TEXT.\n\n"
                   + "The harbour board voted on Monday to raise fees for ferries in June.\n\nRELATED:\n\nKELMARSH\n\nThe vote was close.";
        var regions = ArticleBodyFinder.Find(text).Regions.Select(r => text[r.Start..r.End]).ToList();

        Assert.DoesNotContain("ABSTRACT.", regions);
        Assert.DoesNotContain("FULL TEXT.", regions);
        Assert.DoesNotContain("RELATED:", regions);
        // A line in capitals without a closing stop (a dateline's place, a side in a table) is still text.
        Assert.Contains("KELMARSH", regions);
        Assert.Equal(5, regions.Count);
    }
}
