using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Extraction.Entities;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Storage.Sqlite;

namespace Graph.Storage.Tests;

public sealed class SqliteGraphStoreTests : IDisposable
{
    private static readonly ArticleExtractor Extractor = new(new RuleBasedRecognizer(Gazetteer.Default), Gazetteer.Default);
    private readonly string dir = Directory.CreateTempSubdirectory("graph-store-").FullName;

    private string StorePath => Path.Combine(dir, "graph.db");

    private static (ArticleGraph Graph, string Text) Article(string text) =>
        (Extractor.Extract(new SourceDocument { Source = "t.txt", Text = text, MediaType = "text/plain" }), text);

    private const string First = "Talks at Fudan University\n\nProfessor Wen Li of Fudan University said that the exchange programme with Canada would grow next year.";
    private const string Second = "Campus news\n\nFudan University opened a new library on Monday, and officials from Japan attended the ceremony.";

    [Fact]
    public async Task Replacing_the_graph_changes_nothing_unless_the_rebuilt_store_holds_exactly_its_articles()
    {
        const string bridgeText = "Bridge\n\nThe Dutch government said that the bridge would open in May.";
        const string railText = "Rail\n\nThe Polish government said that the rail line would close.";
        var rebuiltPath = Path.Combine(dir, "rebuilt.db");
        await using (var rebuilt = SqliteGraphStore.Open(rebuiltPath))
        {
            var (g, t) = Article(bridgeText);
            await rebuilt.WriteArticleAsync(g with { Entities = [] }, t, default); // a "new build" that reads no entities
        }
        await using var store = SqliteGraphStore.Open(StorePath);
        var (bridge, _) = Article(bridgeText);
        await store.WriteArticleAsync(bridge, bridgeText, default);
        var mark = store.ArticlesMark();
        var (rail, _) = Article(railText);
        await store.WriteArticleAsync(rail, railText, default);
        var before = (await store.ReadAllAsync(default)).Nodes.Select(n => n.Id).ToList();

        // An article added after the mark, or one the rebuilt store lacks: nothing changes.
        Assert.False(await store.ReplaceGraphFromAsync(rebuiltPath, mark, default));
        Assert.False(await store.ReplaceGraphFromAsync(rebuiltPath, store.ArticlesMark(), default));
        Assert.Equal(before, (await store.ReadAllAsync(default)).Nodes.Select(n => n.Id));

        await using (var rebuilt = SqliteGraphStore.Open(rebuiltPath))
            await rebuilt.WriteArticleAsync(rail with { Entities = [] }, railText, default);
        Assert.True(await store.ReplaceGraphFromAsync(rebuiltPath, store.ArticlesMark(), default));
        var after = await store.ReadAllAsync(default);
        Assert.Equal(2, after.Nodes.Count(n => n.Labels.Contains(NodeLabels.Article)));
        Assert.DoesNotContain(after.Nodes, n => n.Labels.Contains(NodeLabels.Country));
    }

    [Fact]
    public async Task Re_ingesting_the_same_article_changes_nothing()
    {
        await using var store = SqliteGraphStore.Open(StorePath);
        var (graph, text) = Article(First);
        Assert.True(await store.WriteArticleAsync(graph, text, default));
        var before = await store.ReadAllAsync(default);
        Assert.False(await store.WriteArticleAsync(graph, text, default));
        var after = await store.ReadAllAsync(default);
        Assert.Equal(before.Nodes.Select(n => n.Id), after.Nodes.Select(n => n.Id));
        Assert.Equal(before.Edges.Select(e => e.Id), after.Edges.Select(e => e.Id));
    }

    [Fact]
    public async Task A_second_article_adds_to_the_same_node()
    {
        await using var store = SqliteGraphStore.Open(StorePath);
        foreach (var t in new[] { First, Second })
        {
            var (g, text) = Article(t);
            await store.WriteArticleAsync(g, text, default);
        }
        var fudan = Assert.Single(await store.FindAsync("Fudan University", default), n => n.Label == NodeLabels.Institution);
        var hood = await store.NeighbourhoodAsync([fudan.Id], 1, default);
        Assert.Equal(2, hood.Edges.Count(e => e.Type == RelationTypes.MentionedIn && e.From == fudan.Id));
        var counts = await store.CountAsync(default);
        Assert.Equal(2, counts.Labels[NodeLabels.Article]);
        Assert.Equal(1, counts.Labels[NodeLabels.Institution]);
    }

    [Fact]
    public async Task A_batch_writes_each_article_once_and_merges_shared_nodes()
    {
        await using var store = SqliteGraphStore.Open(StorePath);
        var batch = new[] { First, Second, First }.Select(t => { var (g, text) = Article(t); return SqliteGraphStore.Prepare(g, text); }).ToList();
        Assert.Equal([true, true, false], await store.WriteArticlesAsync(batch, default));
        Assert.Equal([false, false, false], await store.WriteArticlesAsync(batch, default));

        var fudan = Assert.Single(await store.FindAsync("Fudan University", default), n => n.Label == NodeLabels.Institution);
        var hood = await store.NeighbourhoodAsync([fudan.Id], 1, default);
        Assert.Equal(2, hood.Edges.Count(e => e.Type == RelationTypes.MentionedIn && e.From == fudan.Id));
        Assert.Equal(2, (await store.CountAsync(default)).Labels[NodeLabels.Article]);
        Assert.Equal(Article(First).Text, await store.ArticleTextAsync(batch[0].Id, default));
    }

    [Fact]
    public async Task A_node_named_by_several_articles_of_a_batch_gets_every_name_and_alias()
    {
        static PreparedArticle Written(string text, string name, params string[] aliases)
        {
            var article = new Article { Id = "article:" + text, Source = text + ".txt", Language = "en" };
            var ruiz = new Entity
            {
                Id = "person:ana-ruiz", Type = EntityType.Person, Name = name, Aliases = aliases,
                Mentions = [new Mention(0, name.Length, name, MentionKind.Name)],
            };
            return SqliteGraphStore.Prepare(new ArticleGraph { Article = article, Entities = [ruiz] }, text);
        }

        await using var store = SqliteGraphStore.Open(StorePath);
        await store.WriteArticlesAsync([Written("one", "Ana Ruiz", "Ruiz"), Written("two", "A. Ruiz", "Ana Ruiz Diaz")], default);
        await store.WriteArticlesAsync([Written("three", "Ana Ruiz", "Dr Ruiz"), Written("four", "Ana Ruiz", "Ruiz")], default);

        var node = Assert.Single((await store.ReadAllAsync(default)).Nodes, n => n.Id == "person:ana-ruiz");
        Assert.Equal("Ana Ruiz", node.Name);
        Assert.Equal(["Ana Ruiz Diaz", "Dr Ruiz", "Ruiz"], (string[])node.Properties["aliases"]!);
        foreach (var name in new[] { "A. Ruiz", "Ana Ruiz Diaz", "Dr Ruiz", "Ruiz" })
            Assert.Contains(await store.FindAsync(name, default), n => n.Id == node.Id);
        var hood = await store.NeighbourhoodAsync([node.Id], 1, default);
        Assert.Equal(4, hood.Edges.Count(e => e.Type == RelationTypes.MentionedIn && e.From == node.Id));
    }

    [Fact]
    public async Task A_failed_write_leaves_the_store_as_it_was()
    {
        await using var store = SqliteGraphStore.Open(StorePath);
        var (g1, t1) = Article(First);
        await store.WriteArticleAsync(g1, t1, default);
        var before = await store.ReadAllAsync(default);
        var (g2, _) = Article(Second);
        // A null text fails the last statement of the transaction, after all nodes and edges were written.
        await Assert.ThrowsAnyAsync<Exception>(() => store.WriteArticleAsync(g2, null!, default));
        var after = await store.ReadAllAsync(default);
        Assert.Equal(before.Nodes.Count, after.Nodes.Count);
        Assert.Equal(before.Edges.Count, after.Edges.Count);
        Assert.Null(await store.ArticleTextAsync(g2.Article.Id, default));
    }

    [Fact]
    public async Task Evidence_offsets_read_back_to_the_stored_text()
    {
        await using var store = SqliteGraphStore.Open(StorePath);
        var (g, text) = Article(First);
        await store.WriteArticleAsync(g, text, default);
        var all = await store.ReadAllAsync(default);
        var stated = Assert.Single(all.Edges, e => e.Type == RelationTypes.Stated);
        var claim = all.Nodes.Single(n => n.Id == stated.To);
        var stored = await store.ArticleTextAsync((string)claim.Properties["articleId"]!, default);
        var start = (int)(long)claim.Properties["start"]!;
        var end = (int)(long)claim.Properties["end"]!;
        Assert.Equal(claim.Properties["text"], stored![start..end]);
    }

    [Fact]
    public async Task Reading_a_missing_store_is_a_clear_error()
    {
        var e = Assert.Throws<StoreNotFoundException>(() => SqliteGraphStore.Open(Path.Combine(dir, "none.db"), readOnly: true));
        Assert.Contains("none.db", e.Message);
        await Task.CompletedTask;
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
