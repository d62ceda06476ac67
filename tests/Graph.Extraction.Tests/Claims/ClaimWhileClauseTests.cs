namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "Norway has said ..., while Denmark has also turned the plan down, saying ...": a clause joined by "while" (as by
/// "and" or "but") has a subject of its own, and the participle after it is that subject's.
/// </summary>
public sealed class ClaimWhileClauseTests
{
    [Fact]
    public void The_participle_goes_with_the_subject_after_while()
    {
        var g = Extract.From("Fees\n\nNorway has promised to keep the harbour fees as they are, while Denmark has also turned the plan down, saying its ports can manage alone.");
        Assert.Equal("country:dk", g.ClaimWith("its ports can manage alone").Speaker);
        Assert.Equal("country:no", g.ClaimWith("to keep the harbour fees as they are").Speaker);
    }
}
