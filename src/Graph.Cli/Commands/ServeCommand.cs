using System.CommandLine;
using System.Globalization;
using Graph.Cli.Serving;
using Graph.Extraction.Pipeline;
using Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph serve --inbox DIR [--store PATH] [--workers N]</c>: the long-running extraction host. Runs until
/// Ctrl-C or SIGTERM, then exits 0; 1 when a setting is wrong (the message names it); 2 when the store cannot
/// be opened or the host fails.
/// </summary>
public static class ServeCommand
{
    /// <summary>
    /// The command. <paramref name="services"/> are the CLI's; serve shares their extraction pipeline but runs in
    /// a host of its own (<see cref="ServeHost"/>), because a background service needs a running host.
    /// </summary>
    public static Command Create(IServiceProvider services)
    {
        var inbox = new Option<string?>("--inbox") { Description = "Folder to watch for article files (.txt, .md, .html); they move to DIR/done or DIR/failed. Serve:Inbox in appsettings.json, GRAPH_Serve__Inbox." };
        var store = new Option<string?>("--store") { Description = "Path of the embedded graph store (a SQLite file). Serve:Store, GRAPH_STORE; default graph.db." };
        var workers = new Option<int?>("--workers") { Description = "Extraction workers; default one per core. Serve:Workers." };
        var connection = new Neo4jConnection();
        var command = new Command("serve", "Watch a folder and extract every article dropped into it into the store, until stopped (Ctrl-C, SIGTERM). With --neo4j (or NEO4J_URI), each stored article is also pushed to Neo4j, retried with backoff while it is down.")
        {
            inbox, store, workers,
        };
        connection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var commandLine = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (parse.GetValue(inbox) is { } i) commandLine[$"{ServeOptions.Section}:{nameof(ServeOptions.Inbox)}"] = i;
            if (parse.GetValue(store) is { } s) commandLine[$"{ServeOptions.Section}:{nameof(ServeOptions.Store)}"] = s;
            if (parse.GetValue(workers) is { } w) commandLine[$"{ServeOptions.Section}:{nameof(ServeOptions.Workers)}"] = w.ToString(CultureInfo.InvariantCulture);
            IHost host;
            try
            {
                var builder = ServeHost.CreateBuilder(commandLine, services.GetService<ExtractionPipeline>());
                var neo4j = connection.Options(parse);
                if (neo4j.Uri is not null)
                {
                    var validated = neo4j.Validate();
                    var schema = Neo4jConnection.SchemaText();
                    builder.Services.AddSingleton<IArticleSink>(sp => new Neo4jArticleSink(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServeOptions>>(), validated, schema));
                }
                host = builder.Build();
            }
            catch (Graph.Neo4j.Neo4jConfigurationException e)
            {
                await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            catch (ServeConfigurationException e)
            {
                foreach (var error in e.Errors) await Console.Error.WriteLineAsync("error: " + error).ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            try
            {
                try
                {
                    await host.StartAsync(ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return ExitCodes.Ok;
                }
                catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or StoreNotFoundException)
                {
                    await Console.Error.WriteLineAsync("error: cannot start serving: " + e.Message).ConfigureAwait(false);
                    return ExitCodes.Failure;
                }
                // Stops on SIGTERM/Ctrl-C (the command line cancels ct; the host's console lifetime also listens) or on a fault.
                await host.WaitForShutdownAsync(ct).ConfigureAwait(false);
                return host.Services.GetRequiredService<ServeCounters>().Faulted ? ExitCodes.Failure : ExitCodes.Ok;
            }
            finally
            {
                // The store is an async-disposable singleton: dispose the container asynchronously.
                if (host is IAsyncDisposable disposable) await disposable.DisposeAsync().ConfigureAwait(false);
                else host.Dispose();
            }
        });
        return command;
    }
}
