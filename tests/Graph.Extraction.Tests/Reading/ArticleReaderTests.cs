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
    public void Unsupported_extension_is_named() =>
        Assert.Equal(ReadFailure.Unsupported, reader.ReadAsync("photo.jpg", CancellationToken.None).Result.Error!.Failure);
}
