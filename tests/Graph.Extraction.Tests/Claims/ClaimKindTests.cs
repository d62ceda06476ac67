using Graph.Core.Model;
using Graph.Extraction.Claims;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Each claim says what kind of attribution it is, so an analyst can keep to what was said: words said or written
/// (a quote, "said", "told", "according to", a colon) are a statement; what a source believes, wants, plans or
/// supports is a belief; a finding or anything else the text attributes ("the survey found", "figures show") is
/// other. Passages are written for these tests.
/// </summary>
public sealed class ClaimKindTests
{
    [Theory]
    [InlineData("said", false, ClaimKinds.Statement)]
    [InlineData("did not say", false, ClaimKinds.Statement)]
    [InlineData("according to", false, ClaimKinds.Statement)]
    [InlineData("told", false, ClaimKinds.Statement)]
    [InlineData("emphasised", false, ClaimKinds.Statement)]
    [InlineData(":", false, ClaimKinds.Statement)]
    [InlineData("", true, ClaimKinds.Statement)]
    [InlineData("found", true, ClaimKinds.Statement)]
    [InlineData("believes", false, ClaimKinds.Belief)]
    [InlineData("is expected", false, ClaimKinds.Belief)]
    [InlineData("plans", false, ClaimKinds.Belief)]
    [InlineData("opposes", false, ClaimKinds.Belief)]
    [InlineData("ready", false, ClaimKinds.Belief)]
    [InlineData("found", false, ClaimKinds.Other)]
    [InlineData("showed", false, ClaimKinds.Other)]
    [InlineData("unveiled", false, ClaimKinds.Other)]
    public void A_cue_gives_the_kind(string cue, bool direct, string kind) =>
        Assert.Equal(kind, CueLexicon.KindOf(cue, direct));

    [Fact]
    public void Claims_in_an_article_carry_their_kind()
    {
        var g = Extract.From("Harbour fares\n\nMayor Ana Ruiz said the ferry fares would rise in May. "
            + "Tom Lund, the harbour master, believes the crews will strike before the summer. "
            + "A survey by the Harbour Board found that most islanders take the early boat. "
            + "\u201CWe will keep the early boat,\u201D Ruiz told the Island Post.");
        Assert.Equal(ClaimKinds.Statement, g.ClaimWith("fares would rise").Kind);
        Assert.Equal(ClaimKinds.Belief, g.ClaimWith("crews will strike").Kind);
        Assert.Equal(ClaimKinds.Other, g.ClaimWith("most islanders").Kind);
        Assert.Equal(ClaimKinds.Statement, g.ClaimWith("keep the early boat").Kind);
    }
}
