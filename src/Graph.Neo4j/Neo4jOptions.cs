using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Neo4j;

/// <summary>
/// Where and how to reach Neo4j over HTTP. Each setter checks its own value and names the setting when it is
/// wrong; <see cref="Validate"/> checks the settings that only make sense together. <see cref="ToString"/>
/// never shows the password or token.
/// </summary>
public sealed partial record Neo4jOptions
{
    /// <summary>Environment variable for <see cref="Uri"/>.</summary>
    public const string UriVariable = "NEO4J_URI";
    /// <summary>Environment variable for <see cref="User"/>.</summary>
    public const string UserVariable = "NEO4J_USER";
    /// <summary>Also read for <see cref="User"/>: the name Aura's downloaded credentials file uses.</summary>
    public const string UserNameVariable = "NEO4J_USERNAME";
    /// <summary>Environment variable for <see cref="Password"/>.</summary>
    public const string PasswordVariable = "NEO4J_PASSWORD";
    /// <summary>Environment variable for <see cref="Database"/>.</summary>
    public const string DatabaseVariable = "NEO4J_DATABASE";

    /// <summary>Rows per request when loading: large enough to amortise a round trip, small enough for the heap.</summary>
    public const int DefaultBatchSize = 2000;
    /// <summary>The database every Neo4j server has.</summary>
    public const string DefaultDatabase = "neo4j";
    /// <summary>The user every fresh Neo4j server has, taken when only a password is given.</summary>
    public const string DefaultUser = "neo4j";

    private readonly Uri? _uri;
    private readonly string _database = DefaultDatabase;
    private readonly int _batchSize = DefaultBatchSize;
    private readonly int _maxRetries = 5;
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(60);
    private readonly TimeSpan _retryBaseDelay = TimeSpan.FromMilliseconds(250);
    private readonly TimeSpan _retryMaxDelay = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The server's HTTP address, e.g. <c>http://localhost:7474</c>. A Bolt address (<c>neo4j://</c>,
    /// <c>bolt://</c>, <c>neo4j+s://</c>) is mapped to the server's HTTP address, because that is what people
    /// usually have in <c>NEO4J_URI</c>: port 7687 becomes 7474 (7473 with TLS), and Aura's port-less
    /// <c>neo4j+s://</c> address becomes <c>https://</c> on 443.
    /// </summary>
    public Uri? Uri
    {
        get => _uri;
        init => _uri = value is null ? null : NormaliseUri(value);
    }

    /// <summary>User for Basic authentication.</summary>
    public string? User { get; init; }

    /// <summary>Password for Basic authentication. Never logged or shown.</summary>
    public string? Password { get; init; }

    /// <summary>Bearer token (SSO); used instead of <see cref="User"/>/<see cref="Password"/>. Never logged or shown.</summary>
    public string? Token { get; init; }

    /// <summary>Database to run statements in.</summary>
    public string Database
    {
        get => _database;
        init
        {
            if (string.IsNullOrWhiteSpace(value) || !DatabaseName().IsMatch(value))
            {
                throw new Neo4jConfigurationException(nameof(Database), DatabaseVariable,
                    "must be a database name of 1 to 63 letters, digits, '.', '-' or '_'");
            }
            _database = value;
        }
    }

    /// <summary>Rows per request when loading nodes and relationships.</summary>
    public int BatchSize
    {
        get => _batchSize;
        init => _batchSize = value is >= 1 and <= 100_000
            ? value
            : throw new Neo4jConfigurationException(nameof(BatchSize), null, "must be between 1 and 100000");
    }

    /// <summary>Retries after the first attempt for transient failures (0 disables retrying).</summary>
    public int MaxRetries
    {
        get => _maxRetries;
        init => _maxRetries = value is >= 0 and <= 50
            ? value
            : throw new Neo4jConfigurationException(nameof(MaxRetries), null, "must be between 0 and 50");
    }

    /// <summary>How long one request may take before it counts as timed out (and is retried).</summary>
    public TimeSpan Timeout
    {
        get => _timeout;
        init => _timeout = value > TimeSpan.Zero && value <= TimeSpan.FromHours(24)
            ? value
            : throw new Neo4jConfigurationException(nameof(Timeout), null, "must be positive and at most 24 hours");
    }

    /// <summary>Delay before the first retry; it doubles with each further retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay
    {
        get => _retryBaseDelay;
        init => _retryBaseDelay = value >= TimeSpan.Zero
            ? value
            : throw new Neo4jConfigurationException(nameof(RetryBaseDelay), null, "must not be negative");
    }

    /// <summary>Upper bound of one retry delay.</summary>
    public TimeSpan RetryMaxDelay
    {
        get => _retryMaxDelay;
        init => _retryMaxDelay = value >= TimeSpan.Zero
            ? value
            : throw new Neo4jConfigurationException(nameof(RetryMaxDelay), null, "must not be negative");
    }

    /// <summary>
    /// Options from <c>NEO4J_URI</c>, <c>NEO4J_USER</c> (or <c>NEO4J_USERNAME</c>), <c>NEO4J_PASSWORD</c> and
    /// <c>NEO4J_DATABASE</c>; every argument that is not null overrides its variable (e.g. a command-line flag).
    /// Empty variables count as unset. The result is not validated yet: call <see cref="Validate"/>.
    /// </summary>
    /// <param name="environment">Reads a variable; defaults to the process environment (tests pass their own).</param>
    public static Neo4jOptions FromEnvironment(
        string? uri = null,
        string? user = null,
        string? password = null,
        string? token = null,
        string? database = null,
        Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string? Read(string name) => environment(name) is { Length: > 0 } value ? value : null;

        var uriText = uri ?? Read(UriVariable);
        var options = new Neo4jOptions
        {
            Uri = uriText is null ? null : ParseUri(uriText),
            User = user ?? Read(UserVariable) ?? Read(UserNameVariable),
            Password = password ?? Read(PasswordVariable),
            Token = token,
        };
        var databaseName = database ?? Read(DatabaseVariable);
        return databaseName is null ? options : options with { Database = databaseName };
    }

    /// <summary>
    /// Checks the settings together: an address is set, and credentials are either a user and password, a
    /// token, or nothing (a server with authentication off). Takes <see cref="DefaultUser"/> when only a
    /// password is given. Throws <see cref="Neo4jConfigurationException"/> naming the setting.
    /// </summary>
    public Neo4jOptions Validate()
    {
        if (Uri is null)
        {
            throw new Neo4jConfigurationException(nameof(Uri), UriVariable, "is not set (e.g. http://localhost:7474)");
        }
        if (Token is not null && (Password is not null || User is not null))
        {
            throw new Neo4jConfigurationException(nameof(Token), null, "cannot be combined with a user and password: choose one");
        }
        if (Token is not null && string.IsNullOrWhiteSpace(Token))
        {
            throw new Neo4jConfigurationException(nameof(Token), null, "is empty");
        }
        if (User is not null && Password is null)
        {
            throw new Neo4jConfigurationException(nameof(Password), PasswordVariable, $"is not set for user '{User}'");
        }
        if (User is not null && User.Contains(':', StringComparison.Ordinal))
        {
            // Basic authentication cannot carry a colon in the user name.
            throw new Neo4jConfigurationException(nameof(User), UserVariable, "must not contain ':'");
        }
        return Password is not null && User is null ? this with { User = DefaultUser } : this;
    }

    /// <summary>The settings with the password and token shown as <c>***</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Neo4jOptions {{ Uri = {Uri?.ToString() ?? "(not set)"}, User = {User ?? "(none)"}, Password = {Redact(Password)}, " +
        $"Token = {Redact(Token)}, Database = {Database}, BatchSize = {BatchSize}, MaxRetries = {MaxRetries}, " +
        $"Timeout = {Timeout}, RetryBaseDelay = {RetryBaseDelay}, RetryMaxDelay = {RetryMaxDelay} }}");

    private static string Redact(string? secret) => secret is null ? "(none)" : "***";

    private static Uri ParseUri(string text)
    {
        // A relative or garbled value would otherwise surface later as a confusing request failure.
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed))
        {
            throw new Neo4jConfigurationException(nameof(Uri), UriVariable, "is not an absolute URI (e.g. http://localhost:7474)");
        }
        return parsed;
    }

    private static Uri NormaliseUri(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            throw new Neo4jConfigurationException(nameof(Uri), UriVariable, "is not an absolute URI (e.g. http://localhost:7474)");
        }
        if (uri.UserInfo.Length > 0)
        {
            // Credentials in the address would end up in logs and messages that print it.
            throw new Neo4jConfigurationException(nameof(Uri), UriVariable,
                "must not contain credentials: set NEO4J_USER and NEO4J_PASSWORD instead");
        }
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new Neo4jConfigurationException(nameof(Uri), UriVariable, "must not have a query or fragment");
        }

        var scheme = uri.Scheme.ToLowerInvariant();
        (string httpScheme, int? port) = scheme switch
        {
            "http" or "https" => (scheme, (int?)uri.Port),
            "bolt" or "neo4j" => ("http", uri.IsDefaultPort || uri.Port == 7687 ? 7474 : uri.Port),
            "bolt+s" or "bolt+ssc" or "neo4j+s" or "neo4j+ssc" =>
                // Aura's address has no port and serves HTTPS on 443.
                ("https", uri.IsDefaultPort || uri.Port < 0 ? null : uri.Port == 7687 ? 7473 : uri.Port),
            _ => throw new Neo4jConfigurationException(nameof(Uri), UriVariable,
                $"has scheme '{uri.Scheme}'; use http, https, bolt or neo4j"),
        };

        var builder = new UriBuilder(uri) { Scheme = httpScheme, Port = port ?? -1 };
        // Everything else is resolved relative to the base, which needs a trailing slash to keep a path prefix.
        if (!builder.Path.EndsWith('/'))
        {
            builder.Path += "/";
        }
        return builder.Uri;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")]
    private static partial Regex DatabaseName();
}
