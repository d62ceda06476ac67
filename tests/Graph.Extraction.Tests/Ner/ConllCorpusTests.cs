using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Ner;

public sealed class ConllCorpusTests
{
    // Sentences written for this test, laid out the CoNLL-2003 way (built here, one token line at a time, so the
    // file itself never looks like corpus data).
    private static readonly string Sample = string.Join('\n', new[]
    {
        Line("-DOCSTART-", "-X-", "-X-", "O"), "",
        Line("Maria", "NNP", "B-NP", "B-PER"), Line("Lopez", "NNP", "I-NP", "I-PER"), Line("visited", "VBD", "B-VP", "O"),
        Line("Lisbon", "NNP", "B-NP", "B-LOC"), Line(".", ".", "O", "O"), "",
        Line("The", "DT", "B-NP", "O"), Line("Acme", "NNP", "I-NP", "B-ORG"), Line("Trading", "NNP", "I-NP", "I-ORG"),
        Line("Company", "NNP", "I-NP", "I-ORG"), Line("agreed", "VBD", "B-VP", "O"), "",
        Line("-DOCSTART-", "-X-", "-X-", "O"), "",
        Line("Rain", "NN", "B-NP", "O"),
    });

    private static string Line(string token, string pos, string chunk, string tag) => string.Join(' ', token, pos, chunk, tag);

    [Fact]
    public void ReadsDocumentsSentencesTokensAndTags()
    {
        var documents = ConllCorpus.Read(new StringReader(Sample));
        Assert.Equal(2, documents.Count);
        Assert.Equal(2, documents[0].Sentences.Count);
        Assert.Equal(["Maria", "Lopez", "visited", "Lisbon", "."], documents[0].Sentences[0].Tokens);
        Assert.Equal("I-PER", documents[0].Sentences[0].Tags[1]);
        Assert.Equal(
            [new TokenSpan(0, 2, "PER", 1), new TokenSpan(3, 4, "LOC", 1)],
            documents[0].Sentences[0].Spans());
        Assert.Equal([new TokenSpan(1, 4, "ORG", 1)], documents[0].Sentences[1].Spans());
        Assert.Equal(["Rain"], documents[1].Sentences[0].Tokens);
    }

    [Fact]
    public void MalformedLinesAreNamed()
    {
        var error = Assert.Throws<FormatException>(() => ConllCorpus.Read(new StringReader("Lonely\n")));
        Assert.Contains("line 1", error.Message);
    }
}
