using System.Diagnostics;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Ner;

/// <summary>The shipped model on sentences written for these tests, including text unlike its training data.</summary>
public sealed class NerModelTests
{
    private static readonly NerModel Model = NerModel.LoadDefault();

    [Theory]
    [InlineData("Xin Qiang , deputy director of the Center for American Studies at Fudan University , told reporters on Tuesday that the talks were useful .",
        "PER:Xin Qiang", "ORG:Center for American Studies", "ORG:Fudan University")]
    [InlineData("Chinese President Xi Jinping met Joe Biden in San Francisco last year .",
        "PER:Xi Jinping", "PER:Joe Biden", "LOC:San Francisco")]
    [InlineData("Qiang Xin and Jinping Xi attended the meeting in Beijing .", "PER:Qiang Xin", "PER:Jinping Xi", "LOC:Beijing")]
    [InlineData("The statement was released by the Department of North American and Oceanian Affairs of the Ministry of Foreign Affairs .",
        "ORG:Department of North American and Oceanian Affairs", "ORG:Ministry of Foreign Affairs")]
    [InlineData("China supports the role of the UN as the main channel , and NATO said it would respond .", "LOC:China", "ORG:UN", "ORG:NATO")]
    [InlineData("Sean O'Brien , a spokesman for the company , said the deal was done .", "PER:Sean O'Brien")]
    [InlineData("José Müller of Deutsche Bank flew from Zürich to São Paulo on Monday .",
        "PER:José Müller", "ORG:Deutsche Bank", "LOC:Zürich", "LOC:São Paulo")]
    [InlineData("Jean-Pierre Raffarin visited the Ministry of Defence in London .",
        "PER:Jean-Pierre Raffarin", "ORG:Ministry of Defence", "LOC:London")]
    [InlineData("Wang Yi told reporters in Brussels that the European Union should act .", "PER:Wang Yi", "LOC:Brussels", "ORG:European Union")]
    public void FindsPeopleOrganisationsAndPlaces(string sentence, params string[] expected)
    {
        var found = TagOne(sentence);
        foreach (var entity in expected)
        {
            Assert.Contains(entity, found);
        }
    }

    [Fact]
    public void ReadsHeadlinesInCapitals()
    {
        var found = TagOne("CHINA AND FRANCE HOLD FIRST TALKS IN GENEVA");
        Assert.Contains("LOC:GENEVA", found);
        Assert.Contains("LOC:CHINA", found);
    }

    [Fact]
    public void ReadsLowerCaseText()
    {
        var found = TagOne("angela merkel met emmanuel macron in berlin on friday .");
        Assert.Contains("PER:angela merkel", found);
        Assert.Contains("PER:emmanuel macron", found);
        Assert.Contains("LOC:berlin", found);
    }

    [Fact]
    public void UsesTheRestOfTheDocument()
    {
        // The headline in capitals gets its reading from the body of the same document.
        var document = Split(
            "MERCKX WINS IN LIEGE",
            "Belgian rider Eddy Merckx won the race in Liege on Sunday .",
            "Merckx said he was delighted .");
        var spans = Model.Tag(document);
        Assert.Contains(spans[0], s => Text(document[0], s) == "MERCKX" && s.Label == "PER");
        Assert.Contains(spans[2], s => Text(document[2], s) == "Merckx" && s.Label == "PER");
    }

    [Fact]
    public void SpansAreWellFormedOnHostileInput()
    {
        IReadOnlyList<IReadOnlyList<string>> document =
        [
            [],
            ["", " ", "\u00A0"],
            ["🙂", "北京", "Москва", new string('A', 5000), "--", "''", "$", "1,000"],
            Enumerable.Repeat("Paris", 2000).ToArray(),
        ];
        var spans = Model.Tag(document);
        Assert.Equal(document.Count, spans.Count);
        for (var s = 0; s < document.Count; s++)
        {
            var previousEnd = 0;
            foreach (var span in spans[s])
            {
                Assert.InRange(span.Start, previousEnd, document[s].Count - 1);
                Assert.InRange(span.End, span.Start + 1, document[s].Count);
                Assert.Contains(span.Label, BioLabels.Types);
                Assert.InRange(span.Confidence, 0.0, 1.0);
                previousEnd = span.End;
            }
        }

        Assert.Empty(Model.Tag([]));
    }

    [Fact]
    public void ConfidenceIsLowerForDoubtfulSpans()
    {
        var sure = TagSpans("President Barack Obama spoke in Washington on Friday .");
        Assert.Contains(sure, s => s.Label == "PER" && s.Confidence > 0.8);
    }

    [Fact]
    public void SaveAndLoadGiveIdenticalTagsAndBytes()
    {
        using var first = new MemoryStream();
        Model.Save(first);
        first.Position = 0;
        var loaded = NerModel.Load(first);
        using var second = new MemoryStream();
        loaded.Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());

        var document = Split(
            "Xin Qiang , deputy director of the Center for American Studies at Fudan University , spoke in Geneva .",
            "CHINA AND US HOLD FIRST AI TALKS IN GENEVA",
            "angela merkel met emmanuel macron in berlin .");
        Assert.Equal(Model.Tag(document), loaded.Tag(document), new SpanListComparer());
    }

    [Fact]
    public void TaggingFromManyThreadsGivesTheSameResults()
    {
        var documents = Enumerable.Range(0, 16).Select(k => Split(
            $"Delegation {k} led by Maria Lopez arrived in Lisbon .",
            "The Ministry of Foreign Affairs said NATO and the UN would attend .")).ToArray();
        var expected = documents.Select(d => Model.Tag(d)).ToArray();
        var actual = new IReadOnlyList<IReadOnlyList<TokenSpan>>[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k => actual[k] = Model.Tag(documents[k]));
        for (var k = 0; k < documents.Length; k++)
        {
            Assert.Equal(expected[k], actual[k], new SpanListComparer());
        }
    }

    [Fact]
    public void DefaultModelIsLoadedOnceAndQuickly()
    {
        Assert.Same(NerModel.LoadDefault(), NerModel.LoadDefault());
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(NerModel.ResourceName)!;
        var clock = Stopwatch.StartNew();
        NerModel.Load(stream);

        // The budget is under a second; the bound here leaves room for a loaded CI machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"load took {clock.Elapsed}");
    }

    [Fact]
    public void ExtraLexiconKeepsTheModelWorking()
    {
        var lexicon = new PhraseLexicon();
        lexicon.Add("Suva", LexiconFlags.City);
        var document = Split("Delegates met in Suva and Geneva .");
        var spans = Model.WithLexicon(lexicon).Tag(document)[0];
        Assert.Contains(spans, s => Text(document[0], s) == "Geneva" && s.Label == "LOC");
    }

    private static IReadOnlyList<IReadOnlyList<string>> Split(params string[] sentences) =>
        sentences.Select(s => (IReadOnlyList<string>)s.Split(' ')).ToArray();

    private static IReadOnlyList<TokenSpan> TagSpans(string sentence) => Model.Tag(Split(sentence))[0];

    private static HashSet<string> TagOne(string sentence)
    {
        var tokens = sentence.Split(' ');
        return Model.Tag([tokens])[0].Select(s => $"{s.Label}:{Text(tokens, s)}").ToHashSet();
    }

    private static string Text(IReadOnlyList<string> tokens, TokenSpan span) => string.Join(' ', tokens.Skip(span.Start).Take(span.Length));

    private sealed class SpanListComparer : IEqualityComparer<IReadOnlyList<TokenSpan>>
    {
        public bool Equals(IReadOnlyList<TokenSpan>? x, IReadOnlyList<TokenSpan>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(IReadOnlyList<TokenSpan> obj) => obj.Count;
    }
}
