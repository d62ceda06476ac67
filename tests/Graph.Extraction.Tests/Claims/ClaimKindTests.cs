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
    [InlineData("shot back", false, ClaimKinds.Statement)]
    [InlineData("pointed out", false, ClaimKinds.Statement)]
    [InlineData("made it clear", false, ClaimKinds.Statement)]
    [InlineData("made no secret of", false, ClaimKinds.Statement)]
    [InlineData("took issue with", false, ClaimKinds.Statement)]
    [InlineData("take issue with", false, ClaimKinds.Statement)]
    [InlineData("will make clear", false, ClaimKinds.Statement)]
    [InlineData("railed against", false, ClaimKinds.Statement)]
    [InlineData("likened", false, ClaimKinds.Statement)]
    [InlineData("slammed", false, ClaimKinds.Statement)]
    [InlineData("retweeted", false, ClaimKinds.Statement)]
    [InlineData("reminded", false, ClaimKinds.Statement)]
    [InlineData("written", false, ClaimKinds.Statement)]
    [InlineData("condemned", false, ClaimKinds.Statement)]
    [InlineData("referred", false, ClaimKinds.Statement)]
    [InlineData("ruled", false, ClaimKinds.Statement)]
    [InlineData("favours", false, ClaimKinds.Belief)]
    [InlineData("favored", false, ClaimKinds.Belief)]
    [InlineData("planned", false, ClaimKinds.Belief)]
    [InlineData("reckons", false, ClaimKinds.Belief)]
    [InlineData("backed", false, ClaimKinds.Belief)]
    [InlineData("plane", false, ClaimKinds.Other)]
    [InlineData("cities", false, ClaimKinds.Other)]
    [InlineData("seed", false, ClaimKinds.Other)]
    [InlineData("statistics", false, ClaimKinds.Other)]
    [InlineData("found", false, ClaimKinds.Other)]
    [InlineData("showed", false, ClaimKinds.Other)]
    [InlineData("unveiled", false, ClaimKinds.Other)]
    public void A_cue_gives_the_kind(string cue, bool direct, string kind) =>
        Assert.Equal(kind, CueLexicon.KindOf(cue, direct));

    [Theory]
    [InlineData("seems", true, ClaimKinds.Belief)]
    [InlineData("seems", false, ClaimKinds.Other)]
    [InlineData("is seen", false, ClaimKinds.Other)]
    [InlineData("is expected", false, ClaimKinds.Belief)]
    [InlineData("said", false, ClaimKinds.Statement)]
    public void A_hedge_with_no_source_is_the_writers_own(string cue, bool hasSource, string kind) =>
        Assert.Equal(kind, CueLexicon.KindOf(cue, direct: false, hasSource));

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
