namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A participle after "and" goes on with the participle before it: when that one has a subject of its own (after
/// "with", or after a verb of showing such as "featuring"), the second one is that subject's too. Passages are
/// written for these tests.
/// </summary>
public sealed class ClaimCoordinatedParticipleSubjectTests
{
    [Fact]
    public void The_people_an_ad_features_speak_both_participles()
    {
        var g = Extract.From("Harbour ad\n\nMayor Ana Ruiz released her first ferry ad, featuring fishers recounting their winters at sea and criticizing the levy plan of Tom Berg.");
        Assert.Equal("fishers", g.ClaimWith("the levy plan of Tom Berg").SpeakerMention!.Text);
    }

    [Fact]
    public void The_subject_after_with_speaks_both_participles()
    {
        var g = Extract.From("Harbour row\n\nThe council raised the pressure on the port board on Monday, with senior officials attacking the levy and vowing to block it in court.");
        Assert.Equal("senior officials", g.ClaimWith("to block it in court").SpeakerMention!.Text);
    }
}
