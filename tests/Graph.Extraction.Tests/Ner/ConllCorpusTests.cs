using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Ner;

public sealed class ConllCorpusTests
{
    // Sentences written for this test, in the CoNLL-2003 layout.
    private const string Sample = """
        -DOCSTART- -X- -X- O

        Maria NNP B-NP B-PER
        Lopez NNP I-NP I-PER
        visited VBD B-VP O
        Lisbon NNP B-NP B-LOC
        . . O O

        The DT B-NP O
        Acme NNP I-NP B-ORG
        Trading NNP I-NP I-ORG
        Company NNP I-NP I-ORG
        agreed VBD B-VP O

        -DOCSTART- -X- -X- O

        Rain NN B-NP O
        """;

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
