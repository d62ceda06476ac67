using System.Diagnostics;
using Graph.Extraction.Entities;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Storage.Sqlite;

namespace Graph.Bench;

/// <summary>The store's writes alone: what an ingest's writer thread does, without extraction beside it.</summary>
internal static class StoreBench
{
    private const int BatchSize = 64; // as graph ingest

    public static int Run(string folder)
    {
        if (!Directory.Exists(folder))
        {
            Console.WriteLine($"bench store: {folder} is absent; skipped");
            return 0;
        }

        var extractor = new ArticleExtractor(RecognizerFactory.Create(Gazetteer.Default), Gazetteer.Default);
        var reader = new ArticleReader(new ReaderOptions());
        var prepared = new List<PreparedArticle>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (reader.ReadAsync(file, default).GetAwaiter().GetResult().Document is { } document)
                prepared.Add(SqliteGraphStore.Prepare(extractor.Extract(document), document.Text));
        }

        var rows = prepared.Sum(p => p.Nodes.Count + p.Edges.Count + 1);
        var path = Path.Combine(Directory.CreateTempSubdirectory("graph-bench-store-").FullName, "graph.db");
        var store = SqliteGraphStore.Open(path);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var written = 0;
        foreach (var batch in prepared.Chunk(BatchSize))
            written += store.WriteArticlesAsync(batch, default).GetAwaiter().GetResult().Count(w => w);
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var size = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        Console.WriteLine($"store: {written:N0} articles, {rows:N0} node/edge/article rows in {watch.Elapsed.TotalSeconds:F2} s wall, "
            + $"{cpu.TotalSeconds:F2} s CPU ({rows / cpu.TotalSeconds:N0} rows per CPU-second), store {size / (1024.0 * 1024.0):F1} MB");
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return 0;
    }
}
