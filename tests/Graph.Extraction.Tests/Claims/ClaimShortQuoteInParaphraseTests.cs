namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A short quoted phrase inside a paraphrase, with no verb of saying before it: a noun of saying owned by the
/// speaker and followed by "that" (a few words may come between), "to" or a preposition ("her message of ..."), or a
/// strong cue a few words before the quote. Passages are written for these tests.
/// </summary>
public sealed class ClaimShortQuoteInParaphraseTests
{
    [Fact]
    public void A_possessed_noun_of_saying_reports_the_quote()
    {
        var g = Extract.From("Ferry levy\n\nVoters in the bay have not forgotten Mayor Odile Brun's remark that the ferry levy was \u201Cfair\u201D to islanders.");
        var claim = g.ClaimWith("fair");
        Assert.Equal("remark", claim.Cue.Text);
        Assert.Equal(g.PersonId("Odile Brun"), claim.Speaker);
    }

    [Fact]
    public void A_few_words_may_stand_between_the_noun_and_that()
    {
        var g = Extract.From("Pier repairs\n\nHarbour master Tomas Weller stood by his comment on Friday that the old pier was \u201Cunsafe\u201D for visitors.");
        var claim = g.ClaimWith("unsafe");
        Assert.Equal("comment", claim.Cue.Text);
        Assert.Equal(g.PersonId("Tomas Weller"), claim.Speaker);
    }

    [Fact]
    public void A_possessed_promise_to_do_something_reports_the_quote()
    {
        var g = Extract.From("Ferry talks\n\nUnion leader Greta Lind will be judged on her promise to stay \u201Cneutral\u201D in the ferry talks.");
        var claim = g.ClaimWith("neutral");
        Assert.Equal("promise", claim.Cue.Text);
        Assert.Equal(g.PersonId("Greta Lind"), claim.Speaker);
    }

    [Fact]
    public void A_possessed_message_of_a_phrase_reports_the_quote()
    {
        var g = Extract.From("Coast tour\n\nCandidate Rhea Vos toured the coast towns with her message of \u201Cclean harbours\u201D and lower ferry fares.");
        var claim = g.ClaimWith("clean harbours");
        Assert.Equal("message", claim.Cue.Text);
        Assert.Equal(g.PersonId("Rhea Vos"), claim.Speaker);
    }

    [Fact]
    public void A_strong_cue_a_few_words_before_the_quote_reports_it()
    {
        var g = Extract.From("Pier protest\n\nAfter the hearing, which the judge had called \u201Crowdy,\u201D Tomas Weller expressed a desire to \u201Cshut the pier down for good.\u201D");
        var claim = g.ClaimWith("shut the pier");
        Assert.Equal("expressed", claim.Cue.Text);
        Assert.Equal(g.PersonId("Tomas Weller"), claim.Speaker);
    }
}
