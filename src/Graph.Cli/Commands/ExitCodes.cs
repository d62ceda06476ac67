namespace Graph.Cli.Commands;

/// <summary>Documented exit codes: 0 ok, 1 bad input (some inputs failed, bad arguments), 2 failure (store, server, bug).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Failure = 2;
}
