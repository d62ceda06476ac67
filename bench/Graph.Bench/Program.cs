using System.Diagnostics;
using Graph.Extraction.Entities.Statistical;
using Graph.Extraction.Text;

namespace Graph.Bench;

/// <summary>
/// Micro-benchmarks that the whole-pipeline script (bench/run.sh) cannot isolate. Usage:
///   dotnet run -c Release --project bench/Graph.Bench -- ner [CONLL_FILE] [PASSES]
/// prints the model's load time and the tagger's speed on one thread (tokens/s), excluding load;
///   dotnet run -c Release --project bench/Graph.Bench -- store [FOLDER]
/// extracts the folder's articles first, then times only their writes into a fresh embedded store, on one
/// thread, in the ingest's batches of 64 (rows/s, processor time, store size).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "store")
        {
            return StoreBench.Run(args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/bbc"));
        }

        if (args.Length == 0 || args[0] != "ner")
        {
            Console.Error.WriteLine("usage: Graph.Bench ner [CONLL_FILE|FOLDER_OF_TXT] [PASSES] | store [FOLDER]");
            return 1;
        }
        var file = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/conll2003/valid.txt");
        var passes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
        if (!File.Exists(file) && !Directory.Exists(file))
        {
            Console.WriteLine($"bench ner: {file} is absent; skipped");
            return 0;
        }
        var load = Stopwatch.StartNew();
        var model = NerModel.LoadDefault();
        load.Stop();
        // The tagger sees what the pipeline gives it: our own tokens and sentences, of each detokenised CoNLL
        // document or of each article file in a folder.
        var documents = Directory.Exists(file)
            ? Directory.EnumerateFiles(file, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => Sentences(File.ReadAllText(f))).ToList()
            : ConllCorpus.Read(file).Select(d => Sentences(string.Join('\n', d.Sentences.Select(s => string.Join(' ', s.Tokens))))).ToList();
        var tokens = documents.Sum(d => d.Sum(s => s.Count));
        Console.WriteLine($"model load: {load.Elapsed.TotalMilliseconds:F0} ms; {documents.Count} documents, {tokens:N0} tokens; {passes} passes on one thread; {model.FeatureCount:N0} weighted features");
        foreach (var doc in documents.Take(20)) model.Tag(doc); // warm-up: JIT and caches
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var p = 0; p < passes; p++)
            foreach (var doc in documents) model.Tag(doc);
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine($"tagger: {tokens * (double)passes / watch.Elapsed.TotalSeconds:N0} tokens/s wall, {tokens * (double)passes / cpu.TotalSeconds:N0} tokens per CPU-second, {allocated / (tokens * (double)passes):N0} bytes allocated per token");
        return 0;
    }

    private static IReadOnlyList<IReadOnlyList<string>> Sentences(string text) =>
        SentenceSplitter.Analyze(text).Sentences.Select(s => (IReadOnlyList<string>)s.Tokens.Select(t => t.Text).ToArray()).ToArray();
}
