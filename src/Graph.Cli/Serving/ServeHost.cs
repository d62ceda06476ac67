using Graph.Cli.Hosting;
using Graph.Extraction.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Graph.Cli.Serving;

/// <summary>
/// Builds the host <c>graph serve</c> runs in. Configuration, later sources winning: <c>appsettings.json</c> next
/// to the executable, <c>appsettings.json</c> in the working folder, <c>GRAPH_</c> environment variables
/// (<c>GRAPH_Serve__Inbox</c>, <c>GRAPH_STORE</c>, <c>GRAPH_LOG_LEVEL</c>), then command-line options. The
/// <c>Serve</c> settings are validated before the host is built. Logs go to stderr, one line each (set
/// <c>Logging:Console:FormatterName</c> to <c>json</c> for JSON lines with every field).
/// </summary>
public static class ServeHost
{
    /// <summary>
    /// A builder configured from files, environment and <paramref name="commandLine"/> (configuration keys such as
    /// <c>Serve:Inbox</c>). Throws <see cref="ServeConfigurationException"/> naming every bad setting.
    /// </summary>
    /// <param name="commandLine">Settings given as options; they win over every other source.</param>
    /// <param name="pipeline">The extraction pipeline to share (the CLI's); null registers a new one.</param>
    /// <param name="workingDirectory">Where relative paths and the local appsettings.json are taken from; the current folder when null.</param>
    public static HostApplicationBuilder CreateBuilder(IEnumerable<KeyValuePair<string, string?>> commandLine, ExtractionPipeline? pipeline = null, string? workingDirectory = null)
    {
        var cwd = Path.GetFullPath(workingDirectory ?? Directory.GetCurrentDirectory());
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = cwd, ApplicationName = "graph" });
        var beside = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var local = Path.Combine(cwd, "appsettings.json");
        builder.Configuration.AddJsonFile(beside, optional: true, reloadOnChange: false);
        if (!string.Equals(Path.GetFullPath(beside), local, StringComparison.Ordinal))
            builder.Configuration.AddJsonFile(local, optional: true, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables("GRAPH_");
        builder.Configuration.AddInMemoryCollection(commandLine);
        var options = ServeOptions.Load(builder.Configuration, cwd);
        Configure(builder, options, pipeline);
        return builder;
    }

    /// <summary>A builder for already-made <paramref name="options"/> (validated here), with no files or environment read: for tests and embedding.</summary>
    public static HostApplicationBuilder CreateBuilder(ServeOptions options, ExtractionPipeline? pipeline = null)
    {
        options.Validate(Directory.GetCurrentDirectory());
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory(), ApplicationName = "graph" });
        Configure(builder, options, pipeline);
        return builder;
    }

    private static void Configure(HostApplicationBuilder builder, ServeOptions options, ExtractionPipeline? pipeline)
    {
        builder.Services.Configure<HostOptions>(o =>
        {
            // The stop itself takes well under a second; this only bounds a store write stuck on a lock.
            o.ShutdownTimeout = TimeSpan.FromSeconds(5);
            o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);

        builder.Logging.ClearProviders();
        var level = builder.Configuration["LOG_LEVEL"] is { } name && Enum.TryParse<LogLevel>(name, true, out var parsed) ? parsed : LogLevel.Information;
        builder.Logging.SetMinimumLevel(level);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // The host would log a start failure again with its stack trace; the command already says what failed.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // Defaults registered before the console provider so Logging:Console in configuration can change them.
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o =>
        {
            // Named, or the provider falls back to its legacy settings and drops the single-line option.
            o.FormatterName = ConsoleFormatterNames.Simple;
            o.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        builder.Logging.AddConsole();

        if (pipeline is null) builder.Services.AddGraphExtraction();
        else builder.Services.AddSingleton(pipeline);
        builder.Services.AddGraphServing(options);
    }

    /// <summary>
    /// The extraction host's services: validated <paramref name="options"/>, the store as primary sink, the
    /// outbox, counters and the <see cref="ExtractionService"/>. The extraction stages
    /// (<see cref="ExtractionPipeline"/>) must be registered too. Register a secondary sink (Neo4j) with
    /// <c>services.AddSingleton&lt;IArticleSink, MySink&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddGraphServing(this IServiceCollection services, ServeOptions options)
    {
        services.AddSingleton(Options.Create(options));
        services.AddSingleton<ServeCounters>();
        services.AddSingleton<StoreSink>();
        services.AddKeyedSingleton<IArticleSink>(ExtractionService.PrimarySinkKey, (sp, _) => sp.GetRequiredService<StoreSink>());
        services.AddSingleton<SinkOutbox>();
        services.AddHostedService<ExtractionService>();
        return services;
    }
}
