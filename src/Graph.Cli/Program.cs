using Graph.Cli.Commands;
using Graph.Cli.Hosting;
using Microsoft.Extensions.Hosting;

namespace Graph.Cli;

/// <summary>The <c>graph</c> executable: one host (DI, configuration, logging), one command tree.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var host = GraphHost.Build(args);
        var root = CommandTree.Build(host.Services);
        return await CommandTree.InvokeAsync(root, args).ConfigureAwait(false);
    }
}
