using Graph.Core.Model;
using Graph.Core.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Graph.Cli.Serving;

/// <summary>
/// The durable queue of articles waiting for the secondary sinks, kept as the table <c>serve_outbox</c> in the
/// store's own SQLite file, so whatever is in the store and not yet in Neo4j survives restarts with it. The
/// writer adds a row (per sink) after the store commit and before the file leaves the inbox; a crash between
/// the two re-reads the file and adds the row again (adding is idempotent). A row is deleted once its sink took
/// the article. Thread-safe: one connection, used under a lock (every call is a short statement).
/// </summary>
public sealed class SinkOutbox : IDisposable
{
    private readonly string storePath;
    private readonly Lock gate = new();
    private SqliteConnection? connection;

    /// <summary>An outbox in the store file of <paramref name="options"/>; the connection opens on first use.</summary>
    public SinkOutbox(IOptions<ServeOptions> options)
    {
        storePath = options.Value.Store ?? throw new InvalidOperationException("Serve:Store is not set");
    }

    /// <summary>Queues the articles for each sink, in one transaction; a sink that already has one queued keeps its row.</summary>
    public void Enqueue(IReadOnlyList<string> sinks, IReadOnlyList<(ArticleGraph Graph, string Text)> articles)
    {
        var rows = articles.Select(a => (a.Graph.Article.Id, Json: GraphJson.ToLine(a.Graph), a.Text)).ToList();
        lock (gate)
        {
            var db = Open();
            using var tx = db.BeginTransaction();
            foreach (var sink in sinks)
            foreach (var (id, json, text) in rows)
            {
                using var cmd = db.CreateCommand();
                cmd.CommandText = """
                    INSERT INTO serve_outbox (sink, article_id, graph, text) VALUES ($sink, $id, $graph, $text)
                    ON CONFLICT (sink, article_id) DO NOTHING
                    """;
                cmd.Parameters.AddWithValue("$sink", sink);
                cmd.Parameters.AddWithValue("$id", id);
                cmd.Parameters.AddWithValue("$graph", json);
                cmd.Parameters.AddWithValue("$text", text);
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>The oldest article <paramref name="sink"/> has not taken (rejected ones skipped), or null.</summary>
    public OutboxItem? Next(string sink)
    {
        lock (gate)
        {
            using var cmd = Open().CreateCommand();
            cmd.CommandText = "SELECT seq, article_id, graph, text, attempts FROM serve_outbox WHERE sink = $sink AND rejected = 0 ORDER BY seq LIMIT 1";
            cmd.Parameters.AddWithValue("$sink", sink);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            return new OutboxItem(r.GetInt64(0), r.GetString(1), GraphJson.FromLine(r.GetString(2)), r.GetString(3), r.GetInt32(4));
        }
    }

    /// <summary>The sink took the article: forget it.</summary>
    public void Delivered(OutboxItem item) => Run("DELETE FROM serve_outbox WHERE seq = $seq", item.Sequence, null);

    /// <summary>The sink could not take it now; count the attempt and keep the reason.</summary>
    public void Failed(OutboxItem item, string reason) => Run("UPDATE serve_outbox SET attempts = attempts + 1, last_error = $reason WHERE seq = $seq", item.Sequence, reason);

    /// <summary>The sink will never take it: keep the row, with the reason, out of the queue.</summary>
    public void Rejected(OutboxItem item, string reason) => Run("UPDATE serve_outbox SET rejected = 1, attempts = attempts + 1, last_error = $reason WHERE seq = $seq", item.Sequence, reason);

    /// <summary>Articles waiting for <paramref name="sink"/> (not counting rejected ones).</summary>
    public long Pending(string sink)
    {
        lock (gate)
        {
            using var cmd = Open().CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM serve_outbox WHERE sink = $sink AND rejected = 0";
            cmd.Parameters.AddWithValue("$sink", sink);
            return (long)cmd.ExecuteScalar()!;
        }
    }

    private void Run(string sql, long sequence, string? reason)
    {
        lock (gate)
        {
            using var cmd = Open().CreateCommand();
            cmd.CommandText = sql;
            cmd.Parameters.AddWithValue("$seq", sequence);
            if (reason is not null) cmd.Parameters.AddWithValue("$reason", reason);
            cmd.ExecuteNonQuery();
        }
    }

    private SqliteConnection Open()
    {
        if (connection is not null) return connection;
        var builder = new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 };
        var db = new SqliteConnection(builder.ToString());
        db.Open();
        using (var cmd = db.CreateCommand())
        {
            // The store's writer holds the write lock for one article at a time; wait for it rather than fail.
            cmd.CommandText = """
                PRAGMA busy_timeout = 30000;
                CREATE TABLE IF NOT EXISTS serve_outbox (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    sink TEXT NOT NULL, article_id TEXT NOT NULL, graph TEXT NOT NULL, text TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, rejected INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (sink, article_id));
                """;
            cmd.ExecuteNonQuery();
        }
        return connection = db;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            connection?.Dispose();
            connection = null;
        }
    }
}

/// <summary>One queued delivery: the article for one sink, and how often it has been tried.</summary>
public sealed record OutboxItem(long Sequence, string ArticleId, ArticleGraph Graph, string Text, int Attempts);
