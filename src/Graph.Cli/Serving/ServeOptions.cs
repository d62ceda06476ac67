using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Graph.Cli.Serving;

/// <summary>
/// Settings of <c>graph serve</c>, bound from the <c>Serve</c> section (appsettings.json, <c>GRAPH_Serve__*</c>
/// environment variables, command-line options). <see cref="Validate"/> checks them all at start and names each
/// bad one by its configuration key, e.g. <c>Serve:Inbox</c>.
/// </summary>
public sealed class ServeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Serve";

    /// <summary>The folder to watch. Articles are taken from its top level; <c>done/</c> and <c>failed/</c> are made inside it.</summary>
    public string? Inbox { get; set; }

    /// <summary>The embedded store (a SQLite file); <c>GRAPH_STORE</c>, then <c>graph.db</c>, when not set.</summary>
    public string? Store { get; set; }

    /// <summary>Extraction workers; 0 means one per core.</summary>
    public int Workers { get; set; }

    /// <summary>Files waiting for a worker, beyond those in hand; 0 means twice the workers. Bounds memory.</summary>
    public int QueueCapacity { get; set; }

    /// <summary>How long a file's size and modification time must stay unchanged before it is read.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the whole inbox is listed again, in case the file watcher missed something.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a progress line is logged while there is work; zero turns it off.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most articles committed in one store transaction when several are ready at once (a commit costs more than
    /// an article); 1 commits each on its own. Files leave the inbox only after their commit either way.
    /// </summary>
    public int WriteBatch { get; set; } = 64;

    /// <summary>Tries at writing one article to the store before the file goes to <c>failed/</c>.</summary>
    public int StoreAttempts { get; set; } = 5;

    /// <summary>The first wait after a failed store write or sink delivery; it doubles up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><see cref="Workers"/> with 0 resolved to the number of cores.</summary>
    public int EffectiveWorkers => Workers > 0 ? Workers : Environment.ProcessorCount;

    /// <summary><see cref="QueueCapacity"/> with 0 resolved to twice the workers.</summary>
    public int EffectiveQueueCapacity => QueueCapacity > 0 ? QueueCapacity : 2 * EffectiveWorkers;

    /// <summary>
    /// Binds the <c>Serve</c> section (falling back to <c>STORE</c>, i.e. <c>GRAPH_STORE</c>, for the store) and
    /// validates it. Throws <see cref="ServeConfigurationException"/> naming every bad setting.
    /// </summary>
    public static ServeOptions Load(IConfiguration configuration, string? baseDirectory = null)
    {
        var options = new ServeOptions();
        try
        {
            configuration.GetSection(Section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // The binder's message already names the key ("Failed to convert configuration value at 'Serve:Workers' ...").
            throw new ServeConfigurationException([e.Message]);
        }
        options.Store ??= configuration["STORE"] ?? "graph.db";
        options.Validate(baseDirectory ?? Directory.GetCurrentDirectory());
        return options;
    }

    /// <summary>
    /// Checks every setting, naming the bad ones by key, and makes the paths absolute (relative ones are taken
    /// from <paramref name="baseDirectory"/>). Throws <see cref="ServeConfigurationException"/> when any is wrong.
    /// </summary>
    public void Validate(string baseDirectory)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Inbox))
            errors.Add($"{Section}:{nameof(Inbox)} is required: the folder to watch (--inbox DIR, GRAPH_Serve__Inbox or \"Serve\": {{ \"Inbox\": ... }} in appsettings.json)");
        else
        {
            Inbox = Path.GetFullPath(Inbox, baseDirectory);
            if (!Directory.Exists(Inbox)) errors.Add($"{Section}:{nameof(Inbox)}: no folder at '{Inbox}'");
        }
        if (string.IsNullOrWhiteSpace(Store)) errors.Add($"{Section}:{nameof(Store)} must not be empty");
        else
        {
            Store = Path.GetFullPath(Store, baseDirectory);
            if (Directory.Exists(Store)) errors.Add($"{Section}:{nameof(Store)}: '{Store}' is a folder; give the path of the store file");
        }
        if (Workers is < 0 or > 1024) errors.Add($"{Section}:{nameof(Workers)} must be between 0 (one per core) and 1024, not {Workers}");
        if (QueueCapacity is < 0 or > 100_000) errors.Add($"{Section}:{nameof(QueueCapacity)} must be between 0 (twice the workers) and 100000, not {QueueCapacity}");
        Range(errors, nameof(SettleTime), SettleTime, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
        Range(errors, nameof(RescanInterval), RescanInterval, TimeSpan.FromMilliseconds(100), TimeSpan.FromDays(1));
        if (ProgressInterval != TimeSpan.Zero) Range(errors, nameof(ProgressInterval), ProgressInterval, TimeSpan.FromMilliseconds(100), TimeSpan.FromDays(1));
        if (WriteBatch is < 1 or > 10_000) errors.Add($"{Section}:{nameof(WriteBatch)} must be between 1 and 10000, not {WriteBatch}");
        if (StoreAttempts is < 1 or > 1000) errors.Add($"{Section}:{nameof(StoreAttempts)} must be between 1 and 1000, not {StoreAttempts}");
        Range(errors, nameof(RetryDelay), RetryDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        Range(errors, nameof(MaxRetryDelay), MaxRetryDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1));
        if (MaxRetryDelay < RetryDelay) errors.Add($"{Section}:{nameof(MaxRetryDelay)} ({Format(MaxRetryDelay)}) must not be shorter than {Section}:{nameof(RetryDelay)} ({Format(RetryDelay)})");
        if (errors.Count > 0) throw new ServeConfigurationException(errors);
    }

    private static void Range(List<string> errors, string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
            errors.Add($"{Section}:{name} must be between {Format(min)} and {Format(max)}, not {Format(value)}");
    }

    private static string Format(TimeSpan t) => t.ToString("c", CultureInfo.InvariantCulture);
}

/// <summary>One or more <c>Serve</c> settings are wrong; each message starts with the key at fault.</summary>
public sealed class ServeConfigurationException(IReadOnlyList<string> errors) : Exception(string.Join(Environment.NewLine, errors))
{
    /// <summary>One message per bad setting.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
