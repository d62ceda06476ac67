using Xunit;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Reads_the_environment()
    {
        var options = Neo4jOptions.FromEnvironment(environment: Env(
            ("NEO4J_URI", "http://db.example:7474"), ("NEO4J_USER", "loader"), ("NEO4J_PASSWORD", "pw-1234"), ("NEO4J_DATABASE", "news")));

        Assert.Equal(new Uri("http://db.example:7474/"), options.Uri);
        Assert.Equal("loader", options.User);
        Assert.Equal("pw-1234", options.Password);
        Assert.Equal("news", options.Database);
        Assert.Equal(Neo4jOptions.DefaultBatchSize, options.BatchSize);
    }

    [Fact]
    public void Explicit_values_override_the_environment_and_empty_variables_count_as_unset()
    {
        var options = Neo4jOptions.FromEnvironment(uri: "https://other:7473", database: "graph", environment: Env(
            ("NEO4J_URI", "http://db.example:7474"), ("NEO4J_USER", ""), ("NEO4J_USERNAME", "aura-user"), ("NEO4J_PASSWORD", "pw-1234"), ("NEO4J_DATABASE", "news")));

        Assert.Equal(new Uri("https://other:7473/"), options.Uri);
        Assert.Equal("graph", options.Database);
        Assert.Equal("aura-user", options.User);
    }

    [Theory]
    [InlineData("neo4j://localhost:7687", "http://localhost:7474/")]
    [InlineData("bolt://db.example", "http://db.example:7474/")]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io/")]
    [InlineData("bolt+s://db.example:7687", "https://db.example:7473/")]
    [InlineData("http://localhost:7474", "http://localhost:7474/")]
    [InlineData("https://proxy.example/neo4j", "https://proxy.example/neo4j/")]
    public void Bolt_addresses_map_to_the_http_address(string given, string expected)
    {
        var options = Neo4jOptions.FromEnvironment(uri: given, environment: Env());

        Assert.Equal(expected, options.Uri!.ToString());
    }

    [Fact]
    public void Missing_uri_names_the_setting()
    {
        var error = Assert.Throws<Neo4jConfigurationException>(() => Neo4jOptions.FromEnvironment(environment: Env()).Validate());

        Assert.Equal("Uri", error.Setting);
        Assert.Equal("NEO4J_URI", error.Variable);
        Assert.Contains("NEO4J_URI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_name_their_setting()
    {
        Assert.Equal("BatchSize", Assert.Throws<Neo4jConfigurationException>(() => new Neo4jOptions { BatchSize = 0 }).Setting);
        Assert.Equal("MaxRetries", Assert.Throws<Neo4jConfigurationException>(() => new Neo4jOptions { MaxRetries = -1 }).Setting);
        Assert.Equal("Timeout", Assert.Throws<Neo4jConfigurationException>(() => new Neo4jOptions { Timeout = TimeSpan.Zero }).Setting);
        Assert.Equal("Database", Assert.Throws<Neo4jConfigurationException>(() => new Neo4jOptions { Database = "my db/../x" }).Setting);
        Assert.Equal("Uri", Assert.Throws<Neo4jConfigurationException>(() => Neo4jOptions.FromEnvironment(uri: "localhost:7474x", environment: Env())).Setting);
        Assert.Equal("Uri", Assert.Throws<Neo4jConfigurationException>(() => Neo4jOptions.FromEnvironment(uri: "ftp://host", environment: Env())).Setting);
        Assert.Equal("Password", Assert.Throws<Neo4jConfigurationException>(
            () => new Neo4jOptions { Uri = new Uri("http://h:7474"), User = "neo4j" }.Validate()).Setting);
        Assert.Equal("Token", Assert.Throws<Neo4jConfigurationException>(
            () => new Neo4jOptions { Uri = new Uri("http://h:7474"), User = "neo4j", Password = "x", Token = "t" }.Validate()).Setting);
    }

    [Fact]
    public void Credentials_in_the_uri_are_refused_without_repeating_them()
    {
        var error = Assert.Throws<Neo4jConfigurationException>(
            () => Neo4jOptions.FromEnvironment(uri: "http://neo4j:hunter2-secret@localhost:7474", environment: Env()));

        Assert.Equal("Uri", error.Setting);
        Assert.DoesNotContain("hunter2-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_alone_means_the_default_user()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://h:7474"), Password = "pw-1234" }.Validate();

        Assert.Equal("neo4j", options.User);
    }

    [Fact]
    public void ToString_redacts_password_and_token()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://h:7474"), User = "neo4j", Password = "hunter2-secret" };
        var withToken = new Neo4jOptions { Uri = new Uri("http://h:7474"), Token = "tok-secret-99" };

        Assert.DoesNotContain("hunter2-secret", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("Password = ***", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("User = neo4j", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-secret-99", withToken.ToString(), StringComparison.Ordinal);
    }
}
