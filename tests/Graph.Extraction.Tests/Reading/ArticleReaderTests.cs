using System.Text;
using Graph.Extraction.Reading;

namespace Graph.Extraction.Tests.Reading;

public sealed class ArticleReaderTests
{
    private readonly ArticleReader reader = new(new ReaderOptions { MaxBytes = 1024 * 1024 });

    [Fact]
    public void Text_keeps_everything_but_the_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Harbour deal signed\r\n\r\nBody  text.")).ToArray();
        var doc = reader.Decode("a.txt", bytes).Document!;
        Assert.Equal("Harbour deal signed\r\n\r\nBody  text.", doc.Text);
        Assert.Equal("Harbour deal signed", doc.Title);
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_is_not_a_title() =>
        Assert.Null(reader.Decode("a.txt", Encoding.UTF8.GetBytes("The talks ended without a deal.\nMore text.")).Document!.Title);

    [Theory]
    [InlineData(new byte[0], ReadFailure.Empty)]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, ReadFailure.Empty)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08 }, ReadFailure.Binary)]
    [InlineData(new byte[] { 0x48, 0x69, 0x20, 0xC3, 0x28, 0x21 }, ReadFailure.InvalidEncoding)]
    public void Bad_bytes_get_a_named_error(byte[] bytes, ReadFailure expected)
    {
        var result = reader.Decode("bad.txt", bytes);
        Assert.Null(result.Document);
        Assert.Equal(expected, result.Error!.Failure);
        Assert.Contains("bad.txt", result.Error.ToString());
    }

    [Fact]
    public void Oversized_file_is_refused_without_reading_it_all()
    {
        var result = reader.Decode("big.txt", new byte[2 * 1024 * 1024]);
        Assert.Equal(ReadFailure.TooLarge, result.Error!.Failure);
    }

    [Fact]
    public void Html_gives_the_main_text_and_its_title()
    {
        var paragraph = "The river authority said on Tuesday that water levels in the northern basin had fallen for a third month, and that farmers should expect limits on irrigation through the summer. ";
        var html = $"<html><head><title>Drought limits loom</title></head><body><nav><a href='/'>Home</a><a href='/x'>Sport</a></nav><article><h1>Drought limits loom</h1><p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></article><footer>Copyright</footer></body></html>";
        var doc = reader.Decode("page.html", Encoding.UTF8.GetBytes(html)).Document!;
        Assert.Contains("water levels in the northern basin", doc.Text);
        Assert.DoesNotContain("Copyright", doc.Text);
        Assert.Equal("text/html", doc.MediaType);
    }

    [Fact]
    public void Html_without_an_article_is_a_named_error()
    {
        var result = reader.Decode("nav.html", Encoding.UTF8.GetBytes("<html><body><nav><a href='/'>Home</a></nav><form><input name=q></form><script>var x=1;</script></body></html>"));
        Assert.Equal(ReadFailure.NoArticle, result.Error!.Failure);
    }

    [Fact]
    public async Task Unsupported_extension_is_named() =>
        Assert.Equal(ReadFailure.Unsupported, (await reader.ReadAsync("photo.jpg", CancellationToken.None)).Error!.Failure);

    [Theory]
    [InlineData("Published: 2024-05-15\n\nThe harbour talks ended.", "2024-05-15")]
    [InlineData("Published: 2024-05-15 10:30 GMT\n\nThe harbour talks ended.", "2024-05-15")]
    [InlineData("Date: 15 May 2024\n\nThe harbour talks ended.", "2024-05-15")]
    [InlineData("Posted on March 3, 2016\n\nThe harbour talks ended.", "2016-03-03")]
    [InlineData("Published: 3 Sept. 2021\n\nThe harbour talks ended.", "2021-09-03")]
    [InlineData("Published: 31 February 2021\n\nThe harbour talks ended.", null)]
    [InlineData("The harbour talks ended on 15 May 2024.", null)]
    public void A_date_line_near_the_top_is_the_publication_date(string text, string? expected) =>
        Assert.Equal(expected, reader.Decode("talks.txt", Encoding.UTF8.GetBytes(text)).Document!.Published);

    [Theory]
    [InlineData("politico_2016-03-10_harbour-talks.txt", "2016-03-10")]
    [InlineData("2024-05-15-harbour-talks.md", "2024-05-15")]
    [InlineData("harbour-talks-2024-13-40.txt", null)]
    [InlineData("harbour-talks-42016-03-10.txt", null)]
    [InlineData("harbour-talks.txt", null)]
    public void A_date_in_the_file_name_is_the_publication_date_when_the_text_states_none(string name, string? expected) =>
        Assert.Equal(expected, reader.Decode(name, Encoding.UTF8.GetBytes("Harbour talks\n\nThe harbour talks ended.")).Document!.Published);

    [Fact]
    public void A_date_stated_in_the_text_wins_over_the_file_name() =>
        Assert.Equal("2016-03-11", reader.Decode("politico_2016-03-10_talks.txt", Encoding.UTF8.GetBytes("Date: 2016-03-11\n\nThe harbour talks ended.")).Document!.Published);
}
