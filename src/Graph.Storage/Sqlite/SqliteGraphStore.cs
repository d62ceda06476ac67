using Graph.Core.Model;
using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file, no server. Nodes and edges are merged by id, so re-ingesting an
/// article changes nothing and a second article naming the same actor adds to the same node. Each article is
/// written in one transaction: a failure leaves the store as it was. WAL mode lets readers (graph stats,
/// show, export) work while a writer runs.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    private const int SchemaVersion = 1;
    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly string? extractor;

    public string Path { get; }

    private SqliteGraphStore(string path, SqliteConnection connection, string? extractor)
    {
        Path = path;
        this.connection = connection;
        this.extractor = extractor;
    }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>.</summary>
    /// <param name="extractor">
    /// The build whose extractors made the articles this connection writes; recorded with them (see
    /// <see cref="Extractors"/>) so a store whose articles were read by another build can say so.
    /// </param>
    public static SqliteGraphStore Open(string path, bool readOnly = false, string? extractor = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (readOnly && !File.Exists(full)) throw new StoreNotFoundException(full);
        // A file that is not a store (a text file, another program's database) is named as such, not given SQLite's
        // own words for it, and never written to.
        if (readOnly ? !IsGraphStore(full) : File.Exists(full) && new FileInfo(full).Length > 0 && !HasSqliteHeader(full))
            throw new NotAGraphStoreException(full);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var store = new SqliteGraphStore(full, connection, extractor);
        store.Execute("PRAGMA busy_timeout = 30000;");
        if (!readOnly)
        {
            store.Execute("PRAGMA journal_mode = WAL;");
            store.Execute("PRAGMA synchronous = NORMAL;");
            // Ids are hashes, so writes land all over the b-trees: a 16 MB page cache (SQLite's default is 2 MB)
            // keeps the hot pages instead of reading them back from the OS, and a checkpoint every 64 MB of WAL
            // (not 4 MB) writes a page changed by many transactions once. Both are bounded: memory stays flat.
            store.Execute("PRAGMA cache_size = -16384;");
            store.Execute("PRAGMA wal_autocheckpoint = 16384;");
            store.CreateSchema();
        }
        return store;
    }

    // Indexes only where the store looks things up: ids, names and aliases (find), edge ends (neighbourhoods).
    // Label and edge type are counted, never sought, and each index costs every insert a b-tree descent;
    // aliases has no row of its own beyond its key. (Stores made before keep their extra indexes; all works.)
    private void CreateSchema()
    {
        Execute($"""
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '{SchemaVersion}');
            CREATE TABLE IF NOT EXISTS nodes (
                id TEXT PRIMARY KEY, label TEXT NOT NULL, labels TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS nodes_name ON nodes (name COLLATE NOCASE);
            CREATE TABLE IF NOT EXISTS aliases (alias TEXT NOT NULL COLLATE NOCASE, node_id TEXT NOT NULL, PRIMARY KEY (alias, node_id)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS edges (
                id TEXT PRIMARY KEY, type TEXT NOT NULL, src TEXT NOT NULL, dst TEXT NOT NULL, props TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS edges_src ON edges (src);
            CREATE INDEX IF NOT EXISTS edges_dst ON edges (dst);
            CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT NULL);
            """);
    }

    public async Task<bool> WriteArticleAsync(ArticleGraph graph, string articleText, CancellationToken cancellationToken)
    {
        var written = await WriteArticlesAsync([(graph, articleText)], cancellationToken).ConfigureAwait(false);
        return written[0];
    }

    /// <summary>
    /// Writes several articles in one transaction (much faster than one each); returns, per article, whether it
    /// was new. If the batch fails, it is rolled back and the articles are written one transaction each, so a bad
    /// article never takes good ones with it and every article is still all-or-nothing.
    /// </summary>
    public Task<IReadOnlyList<bool>> WriteArticlesAsync(IReadOnlyList<(ArticleGraph Graph, string Text)> articles, CancellationToken cancellationToken) =>
        WriteArticlesAsync(articles.Select(a => Prepare(a.Graph, a.Text)).ToList(), cancellationToken);

    /// <summary>
    /// Projects an article to nodes and edges and serialises their properties: the part of a write that needs no
    /// store, so callers can run it on any thread while the one writer writes earlier articles.
    /// </summary>
    public static PreparedArticle Prepare(ArticleGraph graph, string text)
    {
        var projected = GraphProjection.Project(graph);
        var nodes = new PreparedNode[projected.Nodes.Count];
        for (var i = 0; i < nodes.Length; i++)
            nodes[i] = new PreparedNode(projected.Nodes[i], PropertyJson.Write(projected.Nodes[i].Properties));
        var edges = new PreparedEdge[projected.Edges.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            var e = projected.Edges[i];
            edges[i] = new PreparedEdge(e.Id, e.Type, e.From, e.To, PropertyJson.Write(e.Properties));
        }
        return new PreparedArticle(graph.Article.Id, graph.Article.Source, text, nodes, edges);
    }

    /// <summary>Writes articles made ready by <see cref="Prepare"/>; the same guarantees as the overload above.</summary>
    public async Task<IReadOnlyList<bool>> WriteArticlesAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (articles.Count == 1) return [WriteInTransaction(articles[0])];
            try
            {
                using var tx = connection.BeginTransaction();
                var result = new bool[articles.Count];
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var fresh = new List<PreparedArticle>(articles.Count);
                for (var i = 0; i < articles.Count; i++)
                {
                    result[i] = seen.Add(articles[i].Id) && !Stored(articles[i]);
                    if (result[i]) fresh.Add(articles[i]);
                }
                WriteNew(fresh);
                tx.Commit();
                return result;
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException or ArgumentException)
            {
                return articles.Select(WriteInTransaction).ToList();
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>
    /// Copies what the write-ahead log holds into the store file and empties the log, on a thread of its own:
    /// closing the store would do it anyway, but a caller can have it done while it does something else (ingest
    /// prints its summary meanwhile). Writes wait until it is done.
    /// </summary>
    public Task CheckpointAsync(CancellationToken cancellationToken) => Task.Run(async () =>
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Execute("PRAGMA wal_checkpoint(PASSIVE);");
        }
        finally
        {
            writeLock.Release();
        }
    }, cancellationToken);

    private bool WriteInTransaction(PreparedArticle article)
    {
        using var tx = connection.BeginTransaction();
        var written = WriteOne(article);
        if (written) tx.Commit(); else tx.Rollback();
        return written;
    }

    // Runs inside the caller's open transaction (the raw statements use the connection's).
    private bool WriteOne(PreparedArticle prepared)
    {
        if (Stored(prepared)) return false;
        WriteNew([prepared]);
        return true;
    }

    private bool Stored(PreparedArticle prepared) => Statements.ArticleExists.Bind(1, prepared.Id).FirstText() is not null;

    private WriteStatements Statements => statementsCache ??= new WriteStatements(connection);

    /// <summary>
    /// Writes articles not yet stored, inside the caller's transaction. A node several of them name (an actor in
    /// many articles of a batch) is merged in memory first and upserted once: the same rows as upserting it once
    /// per article, with a third of the node look-ups and alias inserts of a BBC ingest saved.
    /// </summary>
    private void WriteNew(IReadOnlyList<PreparedArticle> articles)
    {
        var s = Statements;
        var nodes = new Dictionary<string, NodeWrite>(StringComparer.Ordinal);
        var order = new List<NodeWrite>();
        foreach (var article in articles)
            foreach (var (node, json) in article.Nodes)
            {
                if (nodes.TryGetValue(node.Id, out var write)) write.Add(node);
                else order.Add(nodes[node.Id] = new NodeWrite(node, json));
            }
        foreach (var write in order) UpsertNode(s, write);
        foreach (var article in articles)
        {
            foreach (var edge in article.Edges) InsertEdge(s, edge);
            // The article row goes after its graph: it marks the article as stored.
            s.InsertArticle
                .Bind(1, article.Id)
                .Bind(2, article.Source)
                .Bind(3, article.Text ?? throw new ArgumentNullException(nameof(articles), "An article has no text."))
                .Run();
        }
        if (extractor is not null && articles.Count > 0) RecordExtractor(extractor, articles.Count);
    }

    private const string ExtractorsKey = "extractors";

    /// <summary>In <see cref="Extractors"/>: articles stored before builds were recorded.</summary>
    public const string UnrecordedBuild = "an earlier build";

    /// <summary>How many claims have no kind: read by a build from before claims had one (a rebuild gives them one).</summary>
    public long ClaimsWithoutKind() =>
        Scalar<long>("SELECT COUNT(*) FROM nodes WHERE label = $label AND json_extract(props, '$.kind') IS NULL", ("$label", NodeLabels.Claim));

    /// <summary>How many stored articles have a publication date, and the first and last of those dates (yyyy-MM-dd).</summary>
    public (long Dated, string? First, string? Last) PublicationDates() =>
        (Scalar<long>("SELECT COUNT(*) FROM nodes WHERE label = $label AND json_extract(props, '$.published') IS NOT NULL", ("$label", NodeLabels.Article)),
         Scalar<string?>("SELECT MIN(json_extract(props, '$.published')) FROM nodes WHERE label = $label", ("$label", NodeLabels.Article)),
         Scalar<string?>("SELECT MAX(json_extract(props, '$.published')) FROM nodes WHERE label = $label", ("$label", NodeLabels.Article)));

    /// <summary>
    /// The builds whose extractors read this store's articles, oldest first: one after a rebuild or when every
    /// ingest used the same build; empty for a store made before builds were recorded.
    /// </summary>
    public IReadOnlyList<string> Extractors() =>
        Scalar<string?>("SELECT value FROM meta WHERE key = $key", ("$key", ExtractorsKey)) is { Length: > 0 } list ? list.Split('\n') : [];

    // Inside the write's transaction: the record of who read the articles commits or rolls back with them.
    private void RecordExtractor(string build, int written)
    {
        var s = Statements;
        var list = s.SelectMeta.Bind(1, ExtractorsKey).FirstText();
        var known = string.IsNullOrEmpty(list) ? [] : list.Split('\n');
        // A store made before builds were recorded: its older articles were read by a build nobody noted.
        if (known.Length == 0 && long.Parse(s.CountArticles.FirstText()!, System.Globalization.CultureInfo.InvariantCulture) > written)
            known = [UnrecordedBuild];
        if (known.Contains(build, StringComparer.Ordinal)) return;
        s.UpsertMeta.Bind(1, ExtractorsKey).Bind(2, string.Join('\n', known.Append(build))).Run();
    }

    /// <summary>One node as the articles being written see it: the first reading, merged with any later ones.</summary>
    private sealed class NodeWrite(GraphNode first, string json)
    {
        private SortedDictionary<string, object?>? merged;
        private List<string>? names;

        public GraphNode First { get; } = first;

        public IReadOnlyDictionary<string, object?> Properties => merged ?? First.Properties;

        public string Json => merged is null ? json : PropertyJson.Write(merged);

        public IEnumerable<string> Names => names is null ? [First.Name] : names.Prepend(First.Name);

        public void Add(GraphNode again)
        {
            merged = PropertyJson.Merge(Properties, again.Properties);
            (names ??= []).Add(again.Name);
        }
    }

    /// <summary>The write statements, prepared once and reused (SQLite then skips parsing and planning).</summary>
    private sealed class WriteStatements(SqliteConnection connection) : IDisposable
    {
        public RawStatement ArticleExists { get; } = new(connection, "SELECT 1 FROM articles WHERE id = ?1");
        public RawStatement InsertArticle { get; } = new(connection, "INSERT INTO articles (id, source, text) VALUES (?1, ?2, ?3)");
        public RawStatement SelectNodeProps { get; } = new(connection, "SELECT props FROM nodes WHERE id = ?1");
        public RawStatement InsertNode { get; } = new(connection, "INSERT INTO nodes (id, label, labels, name, props) VALUES (?1, ?2, ?3, ?4, ?5)");
        public RawStatement UpdateNodeProps { get; } = new(connection, "UPDATE nodes SET props = ?2 WHERE id = ?1");
        public RawStatement InsertAlias { get; } = new(connection, "INSERT OR IGNORE INTO aliases (alias, node_id) VALUES (?1, ?2)");
        public RawStatement InsertEdge { get; } = new(connection, "INSERT OR IGNORE INTO edges (id, type, src, dst, props) VALUES (?1, ?2, ?3, ?4, ?5)");
        public RawStatement SelectMeta { get; } = new(connection, "SELECT value FROM meta WHERE key = ?1");
        public RawStatement UpsertMeta { get; } = new(connection, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
        public RawStatement CountArticles { get; } = new(connection, "SELECT COUNT(*) FROM articles");

        public void Dispose()
        {
            foreach (var statement in new[] { ArticleExists, InsertArticle, SelectNodeProps, InsertNode, UpdateNodeProps, InsertAlias, InsertEdge, SelectMeta, UpsertMeta, CountArticles })
                statement.Dispose();
        }
    }

    private WriteStatements? statementsCache;

    private static void UpsertNode(WriteStatements s, NodeWrite write)
    {
        var node = write.First;
        var json = write.Json;
        if (s.SelectNodeProps.Bind(1, node.Id).FirstText() is not { } existingProps)
        {
            s.InsertNode.Bind(1, node.Id).Bind(2, node.Label).Bind(3, string.Join(';', node.Labels)).Bind(4, node.Name).Bind(5, json).Run();
        }
        else
        {
            // The same properties again (stored arrays are sorted and distinct, so merging changes nothing): the
            // common case for an actor many articles name, answered without parsing.
            var merged = json == existingProps
                ? existingProps
                : PropertyJson.Write(PropertyJson.Merge(PropertyJson.Read(existingProps), write.Properties));
            if (merged == existingProps)
            {
                // Nothing new: every alias is already indexed (aliases only grow), so only the names may be new.
                foreach (var name in write.Names) AddAlias(s, name, node.Id);
                return;
            }
            s.UpdateNodeProps.Bind(1, node.Id).Bind(2, merged).Run();
        }
        foreach (var name in write.Names) AddAlias(s, name, node.Id);
        if (write.Properties.TryGetValue("aliases", out var a) && a is string[] aliases)
            foreach (var alias in aliases) AddAlias(s, alias, node.Id);
    }

    private static void AddAlias(WriteStatements s, string alias, string id) => s.InsertAlias.Bind(1, alias).Bind(2, id).Run();

    private static void InsertEdge(WriteStatements s, PreparedEdge edge) =>
        s.InsertEdge.Bind(1, edge.Id).Bind(2, edge.Type).Bind(3, edge.From).Bind(4, edge.To).Bind(5, edge.Json).Run();

    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken)
    {
        var labels = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var label in NodeLabels.All) labels[label] = 0;
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT labels, COUNT(*) FROM nodes GROUP BY labels";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                foreach (var l in r.GetString(0).Split(';'))
                    labels[l] = labels.GetValueOrDefault(l) + r.GetInt64(1);
        }
        var types = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT type, COUNT(*) FROM edges GROUP BY type";
            using var r = cmd.ExecuteReader();
            while (r.Read()) types[r.GetString(0)] = r.GetInt64(1);
        }
        return Task.FromResult(new GraphCounts(labels, types));
    }

    public Task<IReadOnlyList<GraphNode>> FindAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GraphNode>>(Find(name, actorsOnly: false));

    /// <summary>As <see cref="FindAsync"/>, without articles, claims and events: a name that is part of many article
    /// titles ("Harbour" in "Harbour talks") or meeting names ("meeting of X and Y") still finds the actor.</summary>
    public Task<IReadOnlyList<GraphNode>> FindActorsAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GraphNode>>(Find(name, actorsOnly: true));

    /// <summary>
    /// Persons named by one word that is the last word of <paramref name="person"/>'s name ("Blair" for "Tony
    /// Blair"), with the number of articles that name each: articles that only ever say "Mr Blair" make a node of
    /// their own, perhaps the same person, perhaps not. Empty for a one-word name or a node that is no person.
    /// </summary>
    public Task<IReadOnlyList<(GraphNode Node, long Articles)>> SurnameOnlyPersonsAsync(GraphNode person, CancellationToken cancellationToken)
    {
        var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (person.Label != NodeLabels.Person || words.Length < 2) return Task.FromResult<IReadOnlyList<(GraphNode, long)>>([]);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT n.id, n.labels, n.name, n.props FROM nodes n
            WHERE n.label = 'Person' AND n.name = $surname AND n.id != $id
            ORDER BY n.id
            """;
        cmd.Parameters.AddWithValue("$surname", words[^1]);
        cmd.Parameters.AddWithValue("$id", person.Id);
        var found = new List<(GraphNode, long)>();
        foreach (var node in ReadNodes(cmd))
            found.Add((node, Scalar<long>("SELECT COUNT(*) FROM edges WHERE src = $id AND type = $type", ("$id", node.Id), ("$type", RelationTypes.MentionedIn))));
        return Task.FromResult<IReadOnlyList<(GraphNode, long)>>(found);
    }

    /// <summary>
    /// The unnamed people the articles make members of <paramref name="actorId"/> ("a Treasury official", "a
    /// spokeswoman for Acme"): they speak for it, so an analyst asking what it said wants their claims too.
    /// </summary>
    public Task<IReadOnlyList<GraphNode>> UnnamedMembersAsync(string actorId, CancellationToken cancellationToken)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT n.id, n.labels, n.name, n.props FROM nodes n
            WHERE n.label = 'Person' AND n.id LIKE 'person:unnamed-%'
              AND EXISTS (SELECT 1 FROM edges e WHERE e.src = n.id AND e.dst = $id AND e.type = $type)
            ORDER BY n.id
            """;
        cmd.Parameters.AddWithValue("$id", actorId);
        cmd.Parameters.AddWithValue("$type", RelationTypes.AffiliatedWith);
        return Task.FromResult<IReadOnlyList<GraphNode>>(ReadNodes(cmd));
    }

    private List<GraphNode> Find(string name, bool actorsOnly)
    {
        using var cmd = connection.CreateCommand();
        // Exact name or alias first, then names containing the text; better-connected nodes first within each.
        cmd.CommandText = """
            SELECT n.id, n.labels, n.name, n.props,
                   CASE WHEN n.id = $name OR n.name = $name COLLATE NOCASE THEN 0
                        WHEN EXISTS (SELECT 1 FROM aliases a WHERE a.node_id = n.id AND a.alias = $name) THEN 1 ELSE 2 END AS rank,
                   (SELECT COUNT(*) FROM edges e WHERE e.src = n.id OR e.dst = n.id) AS degree
            FROM nodes n
            WHERE (n.id = $name OR n.name = $name COLLATE NOCASE
                   OR n.id IN (SELECT node_id FROM aliases WHERE alias = $name)
                   OR (n.label != 'Claim' AND n.name LIKE '%' || $like || '%' ESCAPE '\'))
              AND NOT ($actors AND n.label IN ('Claim', 'Article', 'Event'))
            ORDER BY rank, degree DESC, n.id
            LIMIT 20
            """;
        cmd.Parameters.AddWithValue("$name", name);
        cmd.Parameters.AddWithValue("$like", EscapeLike(name));
        cmd.Parameters.AddWithValue("$actors", actorsOnly);
        return ReadNodes(cmd);
    }

    public Task<Subgraph> NeighbourhoodAsync(IReadOnlyCollection<string> ids, int hops, CancellationToken cancellationToken)
    {
        var nodeIds = new HashSet<string>(ids, StringComparer.Ordinal);
        var frontier = new HashSet<string>(ids, StringComparer.Ordinal);
        for (var hop = 0; hop < hops && frontier.Count > 0; hop++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = new HashSet<string>(StringComparer.Ordinal);
            foreach (var chunk in frontier.Chunk(400))
            {
                using var cmd = connection.CreateCommand();
                var names = InList(cmd, chunk);
                cmd.CommandText = $"SELECT src, dst FROM edges WHERE src IN ({names}) OR dst IN ({names})";
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    foreach (var id in new[] { r.GetString(0), r.GetString(1) })
                        if (nodeIds.Add(id)) next.Add(id);
                }
            }
            frontier = next;
        }
        return Task.FromResult(Induced(nodeIds));
    }

    public Task<Subgraph> ReadAllAsync(CancellationToken cancellationToken)
    {
        using var nodesCmd = connection.CreateCommand();
        nodesCmd.CommandText = "SELECT id, labels, name, props FROM nodes ORDER BY id";
        var nodes = ReadNodes(nodesCmd);
        using var edgesCmd = connection.CreateCommand();
        edgesCmd.CommandText = "SELECT id, type, src, dst, props FROM edges ORDER BY id";
        return Task.FromResult(new Subgraph(nodes, ReadEdges(edgesCmd)));
    }

    /// <summary>The ids of every stored article (hashes of their texts).</summary>
    public IReadOnlySet<string> ArticleIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM articles";
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(r.GetString(0));
        return ids;
    }

    /// <summary>Whether the SQLite file at <paramref name="path"/> holds a graph store (and not some other database).</summary>
    private static bool HasSqliteHeader(string path)
    {
        Span<byte> head = stackalloc byte[16];
        using var file = File.OpenRead(path);
        return file.Read(head) == 16 && head.SequenceEqual("SQLite format 3\0"u8);
    }

    public static bool IsGraphStore(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = System.IO.Path.GetFullPath(path), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = """
                SELECT (SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'nodes', 'aliases', 'edges', 'articles')) = 5
                   AND EXISTS (SELECT 1 FROM meta WHERE key = 'schema')
                """;
            return cmd.ExecuteScalar() is long and 1;
        }
        catch (SqliteException)
        {
            return false; // not a database, or one without the tables the query names
        }
    }

    /// <summary>How many articles the store holds and the last one's row: changes whenever a writer adds one.</summary>
    public (long Count, long Last) ArticlesMark()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM articles";
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt64(0), r.GetInt64(1));
    }

    /// <summary>
    /// Replaces this store's graph (nodes, aliases, edges, articles and the record of builds) with the one in the
    /// store at <paramref name="rebuiltPath"/>, in one transaction: in place, so the file keeps its path, owner and
    /// permissions, other processes' connections stay valid, and tables the graph does not own (graph serve's
    /// outbox, an analyst's own) are kept as they are. Changes nothing and returns false when the store's articles
    /// are no longer those of <paramref name="expected"/> (another writer added some since).
    /// </summary>
    public async Task<bool> ReplaceGraphFromAsync(string rebuiltPath, (long Count, long Last) expected, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using (var attach = connection.CreateCommand())
            {
                attach.CommandText = "ATTACH DATABASE $path AS rebuilt"; // not allowed inside a transaction
                attach.Parameters.AddWithValue("$path", System.IO.Path.GetFullPath(rebuiltPath));
                attach.ExecuteNonQuery();
            }
            try
            {
                Execute("BEGIN IMMEDIATE;");
                try
                {
                    // The rebuilt store must hold exactly the articles this one holds: no article is ever dropped.
                    if (ArticlesMark() != expected || Scalar<long>("""
                            SELECT (SELECT COUNT(*) FROM rebuilt.articles) = (SELECT COUNT(*) FROM main.articles)
                               AND NOT EXISTS (SELECT 1 FROM main.articles a WHERE a.id NOT IN (SELECT id FROM rebuilt.articles))
                            """) != 1)
                    {
                        Execute("ROLLBACK;");
                        return false;
                    }
                    cancellationToken.ThrowIfCancellationRequested();
                    // Articles in the order they were first stored, as the rebuilt store has them.
                    Execute("""
                        DELETE FROM main.edges; DELETE FROM main.aliases; DELETE FROM main.nodes; DELETE FROM main.articles;
                        INSERT INTO main.nodes (id, label, labels, name, props) SELECT id, label, labels, name, props FROM rebuilt.nodes ORDER BY rowid;
                        INSERT INTO main.aliases (alias, node_id) SELECT alias, node_id FROM rebuilt.aliases;
                        INSERT INTO main.edges (id, type, src, dst, props) SELECT id, type, src, dst, props FROM rebuilt.edges ORDER BY rowid;
                        INSERT INTO main.articles (id, source, text) SELECT id, source, text FROM rebuilt.articles ORDER BY rowid;
                        DELETE FROM main.meta WHERE key = 'extractors';
                        INSERT INTO main.meta (key, value) SELECT key, value FROM rebuilt.meta WHERE key = 'extractors';
                        """);
                    Execute("COMMIT;");
                    // The log now holds a copy of the whole graph: fold it into the file and give the space back (a
                    // reader still open may keep part of it until it closes).
                    try
                    {
                        Execute("PRAGMA wal_checkpoint(TRUNCATE);");
                    }
                    catch (SqliteException)
                    {
                    }
                    return true;
                }
                catch
                {
                    try
                    {
                        Execute("ROLLBACK;");
                    }
                    catch (SqliteException)
                    {
                        // SQLite already rolled back (it does on some errors); the first error is the one to report.
                    }
                    throw;
                }
            }
            finally
            {
                Execute("DETACH DATABASE rebuilt;");
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>
    /// Every stored article with what it was read from, in the order it was first stored (so a rebuild merges
    /// actors in the order the original ingests did). Streams: one article in memory at a time.
    /// </summary>
    public IEnumerable<StoredArticle> ReadArticles()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT a.id, a.source, a.text, json_extract(n.props, '$.title'), json_extract(n.props, '$.published')
            FROM articles a LEFT JOIN nodes n ON n.id = a.id
            ORDER BY a.rowid
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new StoredArticle(r.GetString(0), r.GetString(1), r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4));
    }

    public Task<string?> ArticleTextAsync(string articleId, CancellationToken cancellationToken) =>
        Task.FromResult(Scalar<string?>("SELECT text FROM articles WHERE id = $id", ("$id", articleId)));

    /// <summary>
    /// Claims with who stated them, what they are about and where they were read, filtered by speaker id, by an
    /// entity they are about, by words in their text, by directness, by confidence and by kind; in article order, then text order. A claim
    /// with two speakers ("both sides said") is one row per speaker.
    /// </summary>
    public Task<IReadOnlyList<StoredClaim>> ClaimsAsync(ClaimFilter filter, CancellationToken cancellationToken)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT c.id, json_extract(c.props, '$.text'), s.src, sp.name, s.props,
                   (SELECT group_concat(name, char(31)) FROM (SELECT n.name FROM edges ab JOIN nodes n ON n.id = ab.dst
                    WHERE ab.src = c.id AND ab.type = 'ABOUT' ORDER BY n.name, n.id)),
                   art.id, art.name, json_extract(art.props, '$.source'), c.props, json_extract(art.props, '$.published')
            FROM nodes c
            LEFT JOIN edges s ON s.dst = c.id AND s.type = 'STATED'
            LEFT JOIN nodes sp ON sp.id = s.src
            LEFT JOIN edges r ON r.src = c.id AND r.type = 'REPORTED_IN'
            LEFT JOIN nodes art ON art.id = r.dst
            WHERE c.label = 'Claim'
              AND ($by IS NULL OR s.src IN (SELECT value FROM json_each($by)))
              AND ($about IS NULL OR EXISTS (SELECT 1 FROM edges ab WHERE ab.src = c.id AND ab.type = 'ABOUT' AND ab.dst IN (SELECT value FROM json_each($about))))
              AND ($text IS NULL OR graph_contains(json_extract(c.props, '$.text'), $text))
              AND ($direct IS NULL OR json_extract(c.props, '$.direct') = $direct)
              AND ($minConfidence IS NULL OR json_extract(c.props, '$.confidence') >= $minConfidence)
              AND ($kinds IS NULL OR json_extract(c.props, '$.kind') IN (SELECT value FROM json_each($kinds)))
              AND ($since IS NULL OR json_extract(art.props, '$.published') >= $since)
              AND ($until IS NULL OR json_extract(art.props, '$.published') <= $until)
            ORDER BY art.name, art.id, json_extract(c.props, '$.start'), c.id, s.src
            LIMIT $limit
            """;
        // Several ids are one JSON array parameter: any of them.
        cmd.Parameters.AddWithValue("$by", filter.SpeakerIds is { Count: > 0 } by ? Newtonsoft.Json.JsonConvert.SerializeObject(by) : DBNull.Value);
        cmd.Parameters.AddWithValue("$about", filter.AboutIds is { Count: > 0 } about ? Newtonsoft.Json.JsonConvert.SerializeObject(about) : DBNull.Value);
        // SQLite's LIKE folds case for ASCII letters only: "ærø" would not find "Ærø".
        connection.CreateFunction("graph_contains", (string? text, string part) => text is not null && text.Contains(part, StringComparison.CurrentCultureIgnoreCase), isDeterministic: true);
        cmd.Parameters.AddWithValue("$text", (object?)filter.Text ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$direct", filter.Direct is { } d ? (d ? 1 : 0) : DBNull.Value);
        cmd.Parameters.AddWithValue("$minConfidence", filter.MinConfidence is { } m ? m : DBNull.Value);
        cmd.Parameters.AddWithValue("$kinds", filter.Kinds is { Count: > 0 } kinds ? Newtonsoft.Json.JsonConvert.SerializeObject(kinds) : DBNull.Value);
        cmd.Parameters.AddWithValue("$since", (object?)filter.Since ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$until", (object?)filter.Until ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$limit", filter.Limit);
        var rows = new List<StoredClaim>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claim = PropertyJson.Read(r.GetString(9));
            IReadOnlyDictionary<string, object?> stated = r.IsDBNull(4) ? new Dictionary<string, object?>() : PropertyJson.Read(r.GetString(4));
            rows.Add(new StoredClaim(
                r.GetString(0), r.IsDBNull(1) ? "" : r.GetString(1),
                r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                claim.GetValueOrDefault("speakerText") as string, claim.GetValueOrDefault("cue") as string,
                stated.GetValueOrDefault("audience") as string, claim.GetValueOrDefault("direct") as bool? ?? false,
                claim.GetValueOrDefault("confidence") is double c ? c : 0,
                r.IsDBNull(5) ? [] : r.GetString(5).Split('\u001f'),
                r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8),
                claim.GetValueOrDefault("start") as long? ?? 0, claim.GetValueOrDefault("end") as long? ?? 0)
            {
                FrameStart = claim.GetValueOrDefault("frameStart") as long?, FrameEnd = claim.GetValueOrDefault("frameEnd") as long?,
                Kind = claim.GetValueOrDefault("kind") as string,
                Published = r.IsDBNull(10) ? null : r.GetString(10),
            });
        }
        return Task.FromResult<IReadOnlyList<StoredClaim>>(rows);
    }

    /// <summary>The words as LIKE reads them literally: "%" and "_" are text, not wildcards.</summary>
    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>The nodes with these ids and every edge between two of them.</summary>
    private Subgraph Induced(HashSet<string> nodeIds)
    {
        var nodes = new List<GraphNode>();
        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        foreach (var chunk in nodeIds.Order(StringComparer.Ordinal).Chunk(400))
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT id, labels, name, props FROM nodes WHERE id IN ({InList(cmd, chunk)}) ORDER BY id";
            nodes.AddRange(ReadNodes(cmd));
            using var e = connection.CreateCommand();
            e.CommandText = $"SELECT id, type, src, dst, props FROM edges WHERE src IN ({InList(e, chunk)})";
            foreach (var edge in ReadEdges(e))
                if (nodeIds.Contains(edge.To)) edges[edge.Id] = edge;
        }
        nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new Subgraph(nodes, edges.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList());
    }

    private static string InList(SqliteCommand cmd, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var v in values)
        {
            var p = "$p" + names.Count;
            cmd.Parameters.AddWithValue(p, v);
            names.Add(p);
        }
        return string.Join(',', names);
    }

    private static List<GraphNode> ReadNodes(SqliteCommand cmd)
    {
        var list = new List<GraphNode>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new GraphNode { Id = r.GetString(0), Labels = r.GetString(1).Split(';'), Name = r.GetString(2), Properties = PropertyJson.Read(r.GetString(3)) });
        return list;
    }

    private static List<GraphEdge> ReadEdges(SqliteCommand cmd)
    {
        var list = new List<GraphEdge>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new GraphEdge { Id = r.GetString(0), Type = r.GetString(1), From = r.GetString(2), To = r.GetString(3), Properties = PropertyJson.Read(r.GetString(4)) });
        return list;
    }

    private void Execute(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in parameters) cmd.Parameters.AddWithValue(n, v);
        var result = cmd.ExecuteScalar();
        return result is null or DBNull ? default! : (T)result;
    }

    /// <summary>
    /// Waits for a write in progress on another thread to end (an ingest cancelled with Ctrl-C closes the store while
    /// its writer may be inside a transaction: closing the connection under it crashed the process), then closes.
    /// A write that had not started is refused from then on.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return; // a host may close a store twice
        var idle = await writeLock.WaitAsync(DisposeWait).ConfigureAwait(false);
        statementsCache?.Dispose();
        connection.Dispose();
        if (idle) writeLock.Dispose(); // else a write still holds it; leave it to that write
    }

    private int disposed;

    /// <summary>How long closing waits for a write in progress (one batch of articles takes well under a second).</summary>
    private static readonly TimeSpan DisposeWait = TimeSpan.FromSeconds(30);
}

/// <summary>A command was pointed at a file that is not a graph store.</summary>
public sealed class NotAGraphStoreException(string path) : Exception($"'{path}' is not a graph store (it lacks the store's tables); nothing was read or changed")
{
    public string StorePath { get; } = path;
}

/// <summary>A read command was pointed at a store that does not exist.</summary>
public sealed class StoreNotFoundException(string path) : Exception($"no graph store at '{path}' (run 'graph ingest' first, or pass --store)")
{
    public string StorePath { get; } = path;
}

/// <summary>
/// An article projected and serialised for the store (<see cref="SqliteGraphStore.Prepare"/>), not yet written:
/// only what the writer needs, so the articles waiting for it hold little memory.
/// </summary>
/// <summary>An article as the store keeps it: the text every offset indexes, and the title and date it was read with.</summary>
public sealed record StoredArticle(string Id, string Source, string Text, string? Title, string? Published);

public sealed record PreparedArticle(string Id, string Source, string Text, IReadOnlyList<PreparedNode> Nodes, IReadOnlyList<PreparedEdge> Edges);

/// <summary>A node with its properties as the JSON the store keeps (the properties too, for merging).</summary>
public readonly record struct PreparedNode(GraphNode Item, string Json);

/// <summary>An edge as the store keeps it: ends, type and its properties as JSON.</summary>
public sealed record PreparedEdge(string Id, string Type, string From, string To, string Json);

/// <summary>
/// Which claims <see cref="SqliteGraphStore.ClaimsAsync"/> returns (null means any): by any of the speakers, about any
/// of the entities, with the text, direct or not, at or above a confidence.
/// </summary>
public sealed record ClaimFilter(IReadOnlyList<string>? SpeakerIds = null, IReadOnlyList<string>? AboutIds = null, string? Text = null, bool? Direct = null, int Limit = 1000,
    double? MinConfidence = null)
{
    /// <summary>Only claims of these kinds (<see cref="Graph.Core.Model.ClaimKinds"/>); all kinds when null or empty.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }

    /// <summary>Only claims in articles published on or after this day (yyyy-MM-dd); articles with no date are left out.</summary>
    public string? Since { get; init; }

    /// <summary>Only claims in articles published on or before this day (yyyy-MM-dd); articles with no date are left out.</summary>
    public string? Until { get; init; }
}

/// <summary>A stored claim as an analyst reads it: who, what, about whom, and where to check it.</summary>
public sealed record StoredClaim(
    string Id, string Text, string? SpeakerId, string? Speaker, string? SpeakerText, string? Cue, string? AudienceId,
    bool Direct, double Confidence, IReadOnlyList<string> About, string? ArticleId, string? ArticleTitle, string? ArticleSource,
    long Start, long End)
{
    /// <summary>Where the speaker's frame inside a split quote starts and ends in the article ("“...,” said X. “...”"), if it has one.</summary>
    public long? FrameStart { get; init; }
    public long? FrameEnd { get; init; }

    /// <summary>The claim's kind (<see cref="Graph.Core.Model.ClaimKinds"/>); null in a store written before kinds were read.</summary>
    public string? Kind { get; init; }

    /// <summary>When the claim's article was published (yyyy-MM-dd), if known.</summary>
    public string? Published { get; init; }

    /// <summary>What was said: <see cref="Text"/> with the frame inside a split quote shown as " … ".</summary>
    public string Said => Claim.Said(Text, Start, End, FrameStart, FrameEnd);
}
