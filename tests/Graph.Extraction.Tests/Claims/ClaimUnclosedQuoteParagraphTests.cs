namespace Graph.Extraction.Tests.Claims;

/// <summary>A quote left open at the end of its paragraph, when the next paragraph opens with a quote of its own.</summary>
public sealed class ClaimUnclosedQuoteParagraphTests
{
    [Fact]
    public void A_quote_opened_after_its_speaker_ends_with_its_paragraph_when_the_next_quote_has_a_tag()
    {
        // The first quote never closes; the next paragraph's quote closes on a comma before its own speaker tag, so
        // it is a new attribution, not more of the first one.
        var g = Extract.From("Harbour levy\n\nAna Ruiz said the levy was \u201Ca tax on every crew that works the night shift.\n\n"
            + "\u201CThe crews will not pay a cent of it,\u201D Tom Berg told reporters at the dock.");
        var first = g.ClaimWith("a tax on every crew");
        Assert.Equal("Ana Ruiz", first.SpeakerMention!.Text);
        Assert.DoesNotContain("will not pay", first.Content.Text);
        Assert.Equal("Tom Berg", g.ClaimWith("will not pay a cent").SpeakerMention!.Text);
    }

    [Fact]
    public void A_straight_quote_opened_after_a_colon_ends_with_its_paragraph_too()
    {
        var g = Extract.From("Harbour levy\n\nThe mayor said: \"There is no money left for the ferries. Not one boat will sail.\n\n"
            + "\"We have heard this before,\" said Tom Berg, who leads the crews.");
        var first = g.ClaimWith("no money left for the ferries");
        Assert.DoesNotContain("heard this before", first.Content.Text);
        Assert.Equal("Tom Berg", g.ClaimWith("heard this before").SpeakerMention!.Text);
    }
}
