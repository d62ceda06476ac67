using Graph.Extraction.Entities;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Hosting;

/// <summary>Builds the application host: configuration (appsettings.json, GRAPH_* environment variables), services, logging to stderr.</summary>
public static class GraphHost
{
    public static IHost Build(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        builder.Configuration.AddEnvironmentVariables("GRAPH_");
        builder.Logging.ClearProviders();
        // Logs go to stderr so stdout stays clean for JSONL and tables.
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(Environment.GetEnvironmentVariable("GRAPH_LOG_LEVEL") is { } level && Enum.TryParse<LogLevel>(level, true, out var l) ? l : LogLevel.Warning);
        builder.Services.AddGraphExtraction();
        return builder.Build();
    }

    /// <summary>The extraction stages as singletons: they are stateless and thread-safe.</summary>
    public static IServiceCollection AddGraphExtraction(this IServiceCollection services)
    {
        services.AddSingleton(_ => Gazetteer.Default);
        services.AddSingleton<IEntityRecognizer>(sp => RecognizerFactory.Create(sp.GetRequiredService<Gazetteer>()));
        services.AddSingleton<StageTimings>();
        services.AddSingleton(sp => new ArticleExtractor(sp.GetRequiredService<IEntityRecognizer>(), sp.GetRequiredService<Gazetteer>(), sp.GetRequiredService<StageTimings>()));
        services.AddSingleton(sp => new ArticleReader(new ReaderOptions()));
        services.AddSingleton<ExtractionPipeline>();
        return services;
    }
}
