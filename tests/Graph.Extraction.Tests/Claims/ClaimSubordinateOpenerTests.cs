using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A participle in the main clause goes on with the main clause's subject, not with a speaker named in a subordinate
/// clause that opens the sentence ("When X complained ..., Y gave in, calling ...").
/// </summary>
public sealed class ClaimSubordinateOpenerTests
{
    [Fact]
    public void A_participle_after_an_opening_when_clause_is_the_main_subjects()
    {
        var g = Extract.From("Levy\n\nWhen the dock crews complained that the fee was too high, Mayor Lena Dunn gave in on Friday, calling the levy a mistake.");
        Assert.Equal("the dock crews", g.ClaimWith("the fee was too high").SpeakerMention!.Text);
        Assert.Equal("Lena Dunn", g.ClaimWith("the levy a mistake").SpeakerMention!.Text);
    }
}
