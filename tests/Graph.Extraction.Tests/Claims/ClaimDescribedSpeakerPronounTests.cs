namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// After a person the text only brings in by a role ("a spokeswoman said"), "she said" or "she added" goes on with that
/// person: it is left without an entity rather than given to a woman named before; a person who fits and is named
/// after that claim takes it. Only a role word that says "he" or "she" (spokeswoman, spokesman, chairman), only the
/// pronoun it fits, and not when that person's own words speak of someone as "she". A definite description ("the
/// prime minister said") is left to the usual reading, as it is as often someone named before. Passages are written
/// for these tests.
/// </summary>
public sealed class ClaimDescribedSpeakerPronounTests
{
    [Fact]
    public void She_after_a_spokeswoman_is_not_the_woman_named_before()
    {
        var g = Extract.From("Harbour show ends\n\nKaren Lund's harbour quiz show will not return next year, the broadcaster said. "
                             + "\u201CThe quiz has run its course,\u201D a spokeswoman told reporters. She said the crew had built a fine set.");
        var claim = g.ClaimWith("built a fine set");
        Assert.Equal("She", claim.SpeakerMention!.Text);
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void A_man_named_after_the_described_speaker_takes_he()
    {
        var g = Extract.From("Harbour plan\n\n\u201CThe plan will take ten years,\u201D a harbour spokesman said. "
                             + "Later the crews met Tom Berg at the pier. \u201CNobody asked the crews,\u201D he said.");
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("Nobody asked the crews").Speaker);
    }

    [Fact]
    public void He_after_a_spokeswoman_is_the_man_named_before()
    {
        var g = Extract.From("Harbour case\n\n\u201CI did nothing wrong,\u201D said Tom Berg. \u201CThe case is closed,\u201D a police spokeswoman said. "
                             + "He later said he would sue the harbour police.");
        Assert.Equal(g.PersonId("Tom Berg"), g.ClaimWith("sue the harbour police").Speaker);
    }

    [Fact]
    public void She_after_a_spokeswoman_who_spoke_of_her_is_the_woman_named_before()
    {
        var g = Extract.From("Harbour board\n\nKaren Lund resigned from the harbour board on Tuesday. \u201CShe was exhausted,\u201D a spokeswoman said. "
                             + "She told the board that she was proud of her work.");
        Assert.Equal(g.PersonId("Karen Lund"), g.ClaimWith("proud of her work").Speaker);
    }
}
