namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Quotations no cue claims whose source is presented without a verb of saying: a sentence that only brings on a
/// source before a colon ("Here's X: “...”", "From X: “...”"), wording someone used ("X used the phrase “...”"), and
/// whose words a quote is, said before it ("in X's words, “...”"); and a quote standing alone after a paragraph that
/// ends reporting someone's speech, which goes on with it.
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimPresentedSourceTests
{
    [Fact]
    public void A_source_presented_before_a_colon_owns_the_quote()
    {
        var g = Extract.From("Harbour row\n\nThe harbour board met again on Monday to discuss the levy. Here's Mayor Vera Holm at the meeting: \u201CWe cannot keep asking the crews to pay for a pier they never wanted.\u201D");
        var claim = g.ClaimWith("We cannot keep asking");
        Assert.Equal("Vera Holm", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Fact]
    public void A_document_a_quote_is_taken_from_is_its_source()
    {
        var g = Extract.From("Harbour row\n\nThe levy was first proposed in March. From the board's annual report: \u201CThe pier will need repairs costing more than the harbour can raise from its fees.\u201D");
        var claim = g.ClaimWith("The pier will need repairs");
        Assert.Contains("report", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void A_time_presented_before_a_colon_is_no_source()
    {
        var g = Extract.From("Harbour row\n\nThe board published its figures on Friday. From Monday: \u201CAll boats will pay the new fee at the quay, without exception.\u201D");
        Assert.DoesNotContain(g.Claims, c => c.SpeakerMention?.Text == "Monday");
    }

    [Fact]
    public void Wording_someone_used_is_theirs()
    {
        var g = Extract.From("Harbour row\n\nWhen Vera Holm used the words, \u201CThe pier is ours,\u201D she was echoing the crews. Lena Brandt ran on the slogan \"Boats First\" in 2010 after years as harbour master.");
        var words = g.ClaimWith("The pier is ours");
        Assert.Equal("used", words.Cue.Text);
        Assert.Equal(g.PersonId("Vera Holm"), words.Speaker);
        var slogan = g.ClaimWith("Boats First");
        Assert.Equal(g.PersonId("Lena Brandt"), slogan.Speaker);
    }

    [Fact]
    public void Whose_words_a_quote_is_may_be_said_before_it()
    {
        var g = Extract.From("Harbour row\n\nThe pier was closed for a month because, in Lena Brandt's words, \u201Cnobody would pay for the repairs before the storms came.\u201D The mayor had been, in the words of her deputy, \u201Cthe last person to hear about it.\u201D");
        var owned = g.ClaimWith("nobody would pay");
        Assert.Equal("Lena Brandt", owned.SpeakerMention!.Text);
        var member = g.ClaimWith("the last person to hear");
        Assert.Equal("her deputy", member.SpeakerMention!.Text);
    }

    [Fact]
    public void A_quote_standing_after_a_reported_paragraph_goes_on_with_it()
    {
        var g = Extract.From("Harbour row\n\nThe board met on Monday. Vera Holm argued that the levy would drive the last crews out of the port.\n\n\u201CWe have asked for a fair share and nothing more. The board has not listened once this year.\u201D\n\nThe board will meet again next month.");
        var claim = g.ClaimWith("We have asked for a fair share");
        Assert.Equal(g.PersonId("Vera Holm"), claim.Speaker);
    }

    [Fact]
    public void A_quoted_subheading_in_capitals_goes_on_with_nobody()
    {
        var g = Extract.From("Harbour row\n\nThe board met on Monday. Vera Holm said the levy would be dropped within a year.\n\n\u201CNO MORE HARBOUR LEVIES FOR THE CREWS\u201D\n\nThe board will meet again next month.");
        Assert.DoesNotContain(g.Claims, c => c.Content.Text.Contains("HARBOUR LEVIES", StringComparison.Ordinal));
    }
}
