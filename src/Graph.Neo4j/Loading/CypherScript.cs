using System.Text;

namespace Graph.Neo4j.Loading;

/// <summary>
/// Splits a Cypher script (such as <c>cypher/schema.cypher</c>) into statements at <c>;</c>, the way
/// cypher-shell does: semicolons and comment markers inside strings and backticked names do not count, and
/// <c>//</c> and <c>/* */</c> comments are removed (a line holding only a comment is removed whole).
/// </summary>
public static class CypherScript
{
    private enum State { Code, SingleQuoted, DoubleQuoted, Backticked, LineComment, BlockComment }

    /// <summary>The statements of <paramref name="script"/>, trimmed, without comments or the closing <c>;</c>; empty ones skipped.</summary>
    public static IReadOnlyList<string> Split(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var statements = new List<string>();
        var current = new StringBuilder();
        var state = State.Code;
        var dropLine = false;

        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            var next = i + 1 < script.Length ? script[i + 1] : '\0';
            switch (state)
            {
                case State.Code:
                    if (c == '/' && next == '/')
                    {
                        // A comment on a line of its own leaves no blank line behind in the statement.
                        dropLine = TrimToLineStart(current);
                        state = State.LineComment;
                        i++;
                    }
                    else if (c == '/' && next == '*')
                    {
                        state = State.BlockComment;
                        i++;
                    }
                    else if (c == ';')
                    {
                        Complete(statements, current);
                    }
                    else
                    {
                        current.Append(c);
                        state = c switch
                        {
                            '\'' => State.SingleQuoted,
                            '"' => State.DoubleQuoted,
                            '`' => State.Backticked,
                            _ => State.Code,
                        };
                    }
                    break;

                case State.SingleQuoted or State.DoubleQuoted:
                    current.Append(c);
                    if (c == '\\' && i + 1 < script.Length)
                    {
                        // An escaped quote or backslash never ends the string.
                        current.Append(next);
                        i++;
                    }
                    else if ((c == '\'' && state == State.SingleQuoted) || (c == '"' && state == State.DoubleQuoted))
                    {
                        state = State.Code;
                    }
                    break;

                case State.Backticked:
                    // A doubled backtick inside a name reads as leaving and re-entering, which comes to the same.
                    current.Append(c);
                    if (c == '`') state = State.Code;
                    break;

                case State.LineComment:
                    if (c == '\n')
                    {
                        if (!dropLine) current.Append(c);
                        state = State.Code;
                    }
                    break;

                case State.BlockComment:
                    if (c == '*' && next == '/')
                    {
                        current.Append(' ');
                        state = State.Code;
                        i++;
                    }
                    break;
            }
        }
        Complete(statements, current);
        return statements;
    }

    /// <summary>Drops the spaces before a comment; true when nothing but them was on the line.</summary>
    private static bool TrimToLineStart(StringBuilder text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '\r') end--;
        text.Length = end;
        return end == 0 || text[end - 1] == '\n';
    }

    private static void Complete(List<string> statements, StringBuilder current)
    {
        var statement = current.ToString().Trim();
        if (statement.Length > 0) statements.Add(statement.Replace("\r\n", "\n", StringComparison.Ordinal));
        current.Clear();
    }
}
