using Graph.Cli.Commands;
using Graph.Cli.Hosting;
using Microsoft.Extensions.Hosting;

namespace Graph.Cli;

/// <summary>The <c>graph</c> executable: one host (DI, configuration, logging), one command tree.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Commands that extract need the entity model and the gazetteer (~0.15 s to load): load them on another
        // core while the host starts, the store opens and the inputs are listed, instead of after.
        if (args.Length > 0 && args[0] is "ingest" or "rebuild" or "extract" or "serve" or "eval")
            _ = Task.Run(() => { _ = Graph.Extraction.Gazetteers.Gazetteer.Default; _ = Graph.Extraction.Entities.Statistical.NerModel.LoadDefault(); });
        using var host = GraphHost.Build(args);
        var root = CommandTree.Build(host.Services);
        return await CommandTree.InvokeAsync(root, args).ConfigureAwait(false);
    }
}
