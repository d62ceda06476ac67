using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Ner;

public sealed class FeatureTests
{
    private static readonly WordResources Resources = WordResources.ListsOnly();

    [Fact]
    public void HashesAreFixedAcrossRunsAndProcesses()
    {
        // Stored in the model file: if this changes, every shipped model silently stops working.
        Assert.Equal(FeatureHash.Of("Geneva"), FeatureHash.Of("Geneva".AsSpan()));
        Assert.NotEqual(FeatureHash.Of("Geneva"), FeatureHash.Of("geneva"));
        Assert.NotEqual(FeatureHash.Feature(1, 5, 6), FeatureHash.Feature(1, 6, 5));
        Assert.Equal(KnownHash, FeatureHash.Of("Geneva"));
    }

    // Recorded once from FeatureHash.Of("Geneva").
    private const ulong KnownHash = 0xC7DB6302667E78D8UL;

    [Fact]
    public void AffixesComeFromTheWordAndSuffixesIgnoreCase()
    {
        var atoms = DocumentFeatures.Prepare("Washington", Resources);
        Assert.Equal(FeatureHash.Of("W"), atoms.Prefix1);
        Assert.Equal(FeatureHash.Of("Wa"), atoms.Prefix2);
        Assert.Equal(FeatureHash.Of("Was"), atoms.Prefix3);
        Assert.Equal(FeatureHash.Of("Wash"), atoms.Prefix4);
        Assert.Equal(FeatureHash.Of("n"), atoms.Suffix1);
        Assert.Equal(FeatureHash.Of("on"), atoms.Suffix2);
        Assert.Equal(FeatureHash.Of("ton"), atoms.Suffix3);
        Assert.Equal(FeatureHash.Of("gton"), atoms.Suffix4);
        Assert.Equal(FeatureHash.Of("Xxxxx"), atoms.Shape);
        Assert.Equal(FeatureHash.Of("Xx"), atoms.Short);
        Assert.Equal(FeatureHash.Of("washington"), atoms.KeyHash);
    }

    [Fact]
    public void ShortWordsGetOnlyTheAffixesTheyHave()
    {
        var document = new DocumentFeatures([["UN", "said"]], Resources, null);
        var buffer = new FeatureBuffer();
        document.StageOne(0, 0, buffer);
        var features = buffer.AsSpan().ToArray();
        Assert.Contains(FeatureHash.Feature(16, FeatureHash.Of("UN")), features);
        Assert.DoesNotContain(FeatureHash.Feature(17, FeatureHash.Of("UN")), features);
    }

    [Fact]
    public void SameWordInSameContextGivesSameFeatures()
    {
        var document = new DocumentFeatures(
            [["Talks", "with", "Maria", "Lopez", "ended", "."], ["Later", "with", "Maria", "Lopez", "ended", "."]], Resources, null);
        var first = new FeatureBuffer();
        var second = new FeatureBuffer();
        document.StageOne(0, 3, first);
        document.StageOne(1, 3, second);
        Assert.Equal(first.AsSpan().ToArray(), second.AsSpan().ToArray());
    }

    [Fact]
    public void HeadlinesInCapitalsAreRecognised()
    {
        var document = new DocumentFeatures([["TALKS", "END", "IN", "GENEVA"], ["Talks", "ended", "in", "Geneva", "."]], Resources, null);
        Assert.Equal(SentenceCase.Upper, document.Cases[0]);
        Assert.Equal(SentenceCase.Mixed, document.Cases[1]);

        // "GENEVA" learns from the document that the word is written capitalised in running text.
        Assert.Equal(1, document.Atoms[0][3].DocumentCase);
    }

    [Fact]
    public void NameChainsSpanSingleConnectorsButNotTwo()
    {
        var tokens = "The Department of North American and Oceanian Affairs of the Chinese Ministry of Foreign Affairs said".Split(' ');
        var resources = new WordResources([], new Dictionary<string, string> { ["the"] = "the" }, DefaultLexicon.Create());
        var document = new DocumentFeatures([tokens], resources, null);
        var chains = document.Chains[0];

        // A sentence-initial word that is usually lower-case starts no name.
        Assert.Equal(0, chains[0].Position);
        Assert.Equal(1, chains[1].Position);
        Assert.Equal(3, chains[7].Position);
        Assert.Equal(0, chains[8].Position);
        Assert.Equal(1, chains[10].Position);
        Assert.Equal(3, chains[14].Position);
        Assert.True(chains[2].Connector);
    }

    [Fact]
    public void LexiconMatchesMultiWordEntriesInAnyCase()
    {
        var lexicon = new PhraseLexicon();
        lexicon.Add("San Francisco", LexiconFlags.City);
        lexicon.Add("University", LexiconFlags.OrgKeyword);
        string[] tokens = ["SAN", "FRANCISCO", "state", "university", "San"];
        var flags = new LexiconFlags[tokens.Length];
        lexicon.Annotate(tokens, flags);
        Assert.Equal([LexiconFlags.City, LexiconFlags.City, LexiconFlags.None, LexiconFlags.OrgKeyword, LexiconFlags.None], flags);
    }

    [Fact]
    public void ExtraLexiconFlagsJoinTheBuiltInOnes()
    {
        var extra = new PhraseLexicon();
        extra.Add("Oceanian Affairs", LexiconFlags.OrgKeyword);
        var document = new DocumentFeatures([["Oceanian", "Affairs", "in", "Geneva"]], Resources, extra);
        Assert.Equal(LexiconFlags.OrgKeyword, document.Atoms[0][0].Lexicon);
        Assert.True(document.Atoms[0][1].Lexicon.HasFlag(LexiconFlags.OrgKeyword));
        Assert.Equal(LexiconFlags.City, document.Atoms[0][3].Lexicon);
    }

    [Fact]
    public void DefaultListsCoverTheDocumentedCategories()
    {
        var lexicon = DefaultLexicon.Create();
        string[] tokens = ["Mr", "Xi", "Jinping", "of", "the", "Ministry", "in", "Geneva", ",", "Chinese", "Monday", "River"];
        var flags = new LexiconFlags[tokens.Length];
        lexicon.Annotate(tokens, flags);
        Assert.True(flags[0].HasFlag(LexiconFlags.PersonTitle));
        Assert.True(flags[1].HasFlag(LexiconFlags.FamilyName));
        Assert.True(flags[2].HasFlag(LexiconFlags.GivenName));
        Assert.True(flags[5].HasFlag(LexiconFlags.OrgKeyword));
        Assert.True(flags[7].HasFlag(LexiconFlags.City));
        Assert.True(flags[9].HasFlag(LexiconFlags.Demonym));
        Assert.True(flags[10].HasFlag(LexiconFlags.Temporal));
        Assert.True(flags[11].HasFlag(LexiconFlags.LocationKeyword));
    }
}
