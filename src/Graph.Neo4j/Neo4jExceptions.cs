namespace Graph.Neo4j;

/// <summary>
/// A failure talking to Neo4j: the server's error <see cref="Code"/> when it sent one, the HTTP status when there
/// was a response, and whether trying again may help. Messages never contain credentials.
/// </summary>
public class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jException(string message, string? code = null, bool isTransient = false, int? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        IsTransient = isTransient;
        StatusCode = statusCode;
    }

    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>; null when the server sent none.</summary>
    public string? Code { get; }

    /// <summary>True when the same request may succeed later (transient server errors, timeouts, 5xx, connection refused).</summary>
    public bool IsTransient { get; }

    /// <summary>HTTP status of the response, when there was one.</summary>
    public int? StatusCode { get; }
}

/// <summary>The server refused the credentials (HTTP 401): wrong user, password or token. Never retried.</summary>
public sealed class Neo4jAuthenticationException(string message, string? code, int? statusCode)
    : Neo4jException(message, code, isTransient: false, statusCode);

/// <summary>The configured database does not exist on the server (<c>Neo.ClientError.Database.DatabaseNotFound</c>).</summary>
public sealed class Neo4jDatabaseNotFoundException(string database, string message, string? code, int? statusCode)
    : Neo4jException(message, code, isTransient: false, statusCode)
{
    /// <summary>The database that was asked for.</summary>
    public string Database { get; } = database;
}

/// <summary>No connection could be made: the host name does not resolve, or nothing listens at the address.</summary>
public sealed class Neo4jUnreachableException(string message, bool isTransient, Exception? innerException)
    : Neo4jException(message, code: null, isTransient, statusCode: null, innerException);

/// <summary>The server did not answer within <see cref="Neo4jOptions.Timeout"/>, on every attempt.</summary>
public sealed class Neo4jTimeoutException(string message, Exception? innerException)
    : Neo4jException(message, code: null, isTransient: true, statusCode: null, innerException);

/// <summary>A setting is missing or wrong; <see cref="Setting"/> names it (and <see cref="Variable"/> its environment variable).</summary>
public sealed class Neo4jConfigurationException : Exception
{
    /// <summary>Creates the exception; the message names the setting and its environment variable.</summary>
    public Neo4jConfigurationException(string setting, string? variable, string problem)
        : base($"Neo4j setting {setting}{(variable is null ? "" : $" ({variable})")} {problem}.")
    {
        Setting = setting;
        Variable = variable;
    }

    /// <summary>The <see cref="Neo4jOptions"/> property at fault.</summary>
    public string Setting { get; }

    /// <summary>The environment variable it is read from, if any.</summary>
    public string? Variable { get; }
}
