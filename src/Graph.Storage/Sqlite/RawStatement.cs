using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Storage.Sqlite;

/// <summary>
/// A write statement prepared once on the store's connection and run through SQLite's C API with positional
/// text parameters. An ADO.NET command looks each parameter up by name and sets up a data reader on every run:
/// over a corpus that is hundreds of thousands of runs, and it was most of the store writer's own cost. Runs
/// inside whatever transaction the connection has open; errors surface as <see cref="SqliteException"/>.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    /// <summary>Binds parameter <paramref name="index"/> (1-based, in the order the SQL names them).</summary>
    public RawStatement Bind(int index, string value)
    {
        Check(raw.sqlite3_bind_text(statement, index, value));
        return this;
    }

    /// <summary>Runs the statement to completion.</summary>
    public void Run()
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW)) Check(rc);
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Runs a query and gives the first column of its first row as text, or null when there is no row.</summary>
    public string? FirstText()
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_DONE) return null;
            if (rc != raw.SQLITE_ROW) Check(rc);
            return raw.sqlite3_column_text(statement, 0).utf8_to_string();
        }
        finally
        {
            Reset();
        }
    }

    public void Dispose() => statement.Dispose();

    private void Reset()
    {
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }
}
