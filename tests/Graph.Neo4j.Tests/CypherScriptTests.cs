using Graph.Neo4j.Loading;
using Xunit;

namespace Graph.Neo4j.Tests;

public sealed class CypherScriptTests
{
    [Fact]
    public void Splits_at_semicolons_and_drops_comments()
    {
        const string script = """
            // Uniqueness constraints: one per label.
            CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT claim_id IF NOT EXISTS // trailing comment; with a semicolon
              FOR (n:Claim) REQUIRE n.id IS UNIQUE;

            /* a block comment; also with one */
            CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
            // a comment after the last statement;
            """;

        var statements = CypherScript.Split(script);

        Assert.Equal(
        [
            "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT claim_id IF NOT EXISTS\n  FOR (n:Claim) REQUIRE n.id IS UNIQUE",
            "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
        ], statements);
    }

    [Fact]
    public void Semicolons_and_slashes_inside_strings_and_names_do_not_split()
    {
        const string script = "MATCH (n {url: 'http://x;y'}) RETURN n.`odd;//name` AS `a;b`;\nRETURN \"it\\\"s; // fine\" AS s;RETURN 'O\\'Brien; x'";

        var statements = CypherScript.Split(script);

        Assert.Equal(
        [
            "MATCH (n {url: 'http://x;y'}) RETURN n.`odd;//name` AS `a;b`",
            "RETURN \"it\\\"s; // fine\" AS s",
            "RETURN 'O\\'Brien; x'",
        ], statements);
    }

    [Fact]
    public void Crlf_line_ends_give_the_same_statements()
    {
        var unix = CypherScript.Split("// c\nMATCH (n)\nRETURN n;\n");
        var windows = CypherScript.Split("// c\r\nMATCH (n)\r\nRETURN n;\r\n");

        Assert.Equal(unix, windows);
        Assert.Equal(["MATCH (n)\nRETURN n"], unix);
    }

    [Fact]
    public void Empty_and_comment_only_scripts_have_no_statements()
    {
        Assert.Empty(CypherScript.Split(""));
        Assert.Empty(CypherScript.Split("// nothing here;\n;;\n/* nor; here */"));
    }
}
