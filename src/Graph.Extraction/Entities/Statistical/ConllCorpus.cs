namespace Graph.Extraction.Entities.Statistical;

/// <summary>One sentence of a CoNLL-2003 file: its tokens and their NER tags (IOB2 strings).</summary>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    /// <summary>The tags as label ids (see <see cref="BioLabels"/>).</summary>
    public int[] Labels()
    {
        var labels = new int[Tags.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = BioLabels.Parse(Tags[i]);
        }

        return labels;
    }

    /// <summary>The gold entity spans of the sentence.</summary>
    public IReadOnlyList<TokenSpan> Spans() => BioLabels.ToSpans(Labels());
}

/// <summary>One article of a CoNLL-2003 file (the sentences between two <c>-DOCSTART-</c> lines).</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences)
{
    /// <summary>The sentences as token lists, the shape <see cref="NerModel.Tag"/> takes.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TokenLists() => Sentences.Select(s => s.Tokens).ToArray();

    /// <summary>Number of tokens in the document.</summary>
    public int TokenCount => Sentences.Sum(s => s.Tokens.Count);
}

/// <summary>
/// Reads CoNLL-2003 files: <c>TOKEN POS CHUNK NER</c> per line, blank lines between sentences,
/// <c>-DOCSTART- -X- -X- O</c> between articles. Only the first (token) and last (NER) columns are kept,
/// because the tagger must not learn from POS or chunk tags that it will not have at run time.
/// </summary>
public static class ConllCorpus
{
    /// <summary>Reads a CoNLL file into documents.</summary>
    public static IReadOnlyList<ConllDocument> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads CoNLL text into documents; text before the first <c>-DOCSTART-</c> forms a document too.</summary>
    public static IReadOnlyList<ConllDocument> Read(TextReader reader)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;

        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence(tokens.ToArray(), tags.ToArray()));
                tokens.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument(sentences.ToArray()));
                sentences.Clear();
            }
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "-DOCSTART-")
            {
                EndDocument();
                continue;
            }

            if (fields.Length < 2)
            {
                throw new FormatException($"CoNLL line {lineNumber}: expected 'TOKEN ... TAG', got '{line}'.");
            }

            tokens.Add(fields[0]);
            tags.Add(fields[^1]);
        }

        EndDocument();
        return documents;
    }
}
