using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Ner;

public sealed class WordShapeTests
{
    [Theory]
    [InlineData("Washington", "Xxxxx", "Xx")]
    [InlineData("NATO", "XXXX", "X")]
    [InlineData("UN", "XX", "X")]
    [InlineData("U.S.", "X.X.", "X.X.")]
    [InlineData("a.m.", "x.x.", "x.x.")]
    [InlineData("1996-08-22", "dddd-dd-dd", "d-d-d")]
    [InlineData("O'Brien", "X'Xxxxx", "X'Xx")]
    [InlineData("Jean-Pierre", "Xxxx-Xxxxx", "Xx-Xx")]
    [InlineData("Müller", "Xxxxx", "Xx")]
    [InlineData("McDonald", "XxXxxxx", "XxXx")]
    [InlineData("iPhone", "xXxxxx", "xXx")]
    [InlineData("3.5", "d.d", "d.d")]
    public void ShapesClassifyAndCompressRuns(string word, string longShape, string shortShape)
    {
        Assert.Equal(longShape, WordShape.Long(word));
        Assert.Equal(shortShape, WordShape.Short(word));
    }

    [Fact]
    public void TypographicDashesAndQuotesShareAClass()
    {
        Assert.Equal(WordShape.Short("O'Neill"), WordShape.Short("O\u2019Neill"));
        Assert.Equal(WordShape.Short("1990-95"), WordShape.Short("1990\u201395"));
    }

    [Theory]
    [InlineData("JAPAN", "Japan")]
    [InlineData("O'BRIEN", "O'Brien")]
    [InlineData("jean-pierre", "Jean-Pierre")]
    [InlineData("MÜLLER", "Müller")]
    public void TitleCaseCapitalisesEachPart(string word, string expected) => Assert.Equal(expected, WordShape.TitleCase(word));

    [Fact]
    public void KeysFoldCaseDiacriticsAndTypographicQuotes()
    {
        Assert.Equal("o'brien", WordShape.Key("O\u2019Brien"));
        Assert.Equal("jose", WordShape.Key("JOSÉ"));
        Assert.Equal("sao", WordShape.Key("São"));
    }

    [Theory]
    [InlineData("José Müller", "Jose Muller")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Ærø", "AEro")]
    [InlineData("Ștefan", "Stefan")]
    [InlineData("Beijing", "Beijing")]
    [InlineData("北京", "北京")]
    public void FoldingRemovesDiacriticsFromLatinLetters(string word, string expected) => Assert.Equal(expected, WordShape.Fold(word));
}
