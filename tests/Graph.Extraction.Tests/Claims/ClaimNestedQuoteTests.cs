using Graph.Extraction.Claims;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A curly quote opened inside an open one (a phrase someone else coined, quoted within the quote) is closed
/// before the outer one, when the paragraph holds closing marks for both; the same for curly marks inside a
/// straight quote and straight marks inside a curly one, as web pages mix them. Passages are written for these tests.
/// </summary>
public sealed class ClaimNestedQuoteTests
{
    [Fact]
    public void An_inner_quote_with_the_same_marks_does_not_cut_the_outer_one()
    {
        var g = Extract.From("Bridge vote\n\nThe island council met on Tuesday.\n\n\u201CI would rather ride what the mayor calls \u201Cthe slow boat\u201D than wait ten more years for a bridge,\u201D said Ana Ruiz, a ferry pilot.");
        var claim = g.ClaimWith("I would rather ride");
        Assert.EndsWith("for a bridge,\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void An_opening_mark_without_closing_marks_for_both_stays_ignored()
    {
        var g = Extract.From("Bridge vote\n\nThe island council met on Tuesday.\n\n\u201CWe will keep the ferry \u201Crunning every hour,\u201D said Ana Ruiz, a ferry pilot.");
        var claim = g.ClaimWith("keep the ferry");
        Assert.EndsWith("every hour,\u201D", claim.Content.Text);
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void Curly_marks_inside_a_straight_quote_do_not_close_it()
    {
        var g = Extract.From("Pier levy\n\nThe harbour board met on Tuesday.\n\nDr. Tom Berg stated: \"The board is not about \u201Cfair shares for all\u201D any more. It is about the chairman's plan to turn the pier into a car park.\"\n\nThe vote is due on Monday.");
        var claim = g.ClaimWith("The board is not about");
        Assert.EndsWith("into a car park.\"", claim.Content.Text);
        Assert.Equal(g.PersonId("Tom Berg"), claim.Speaker);
    }

    [Fact]
    public void A_straight_quote_left_open_is_closed_by_the_curly_mark_after_it()
    {
        // With no straight mark to close it, the quote more likely lost its closing mark than holds a quote.
        var g = Extract.From("Pier levy\n\nCrews marched on the pier on Friday. \"We want the \u201Charbour fund\u201D back, said Jonas Brekke, who led the march.\n\nThe vote is due on Monday.");
        var claim = g.ClaimWith("We want the");
        Assert.Equal(g.PersonId("Jonas Brekke"), claim.Speaker);
    }

    [Fact]
    public void A_curly_quote_left_open_is_closed_by_the_straight_mark_after_it()
    {
        // Straight marks pair inside a curly quote only when its own closing mark follows them.
        var g = Extract.From("Pier levy\n\n\u201CWe worked all night at the pier. \"Then they sent us home,\" said Vera Holm. The harbour board said the shifts would change.");
        Assert.Equal(g.PersonId("Vera Holm"), g.ClaimWith("Then they sent us home").Speaker);
        Assert.Contains(g.Claims, c => c.Content.Text.Contains("the shifts would change", StringComparison.Ordinal));
    }

    [Fact]
    public void Straight_marks_inside_a_curly_quote_quote_words_of_their_own()
    {
        var g = Extract.From("Pier levy\n\n\u201CThe board keeps calling it a \"temporary charge\" but nobody on the pier believes that now,\u201D Karen Lund said on Tuesday.\n\nTom Berg said: \u201CWe were promised a \"fair deal\" by spring. We got a bill.\u201D");
        var lund = g.ClaimWith("The board keeps calling");
        Assert.EndsWith("believes that now,\u201D", lund.Content.Text);
        Assert.Equal(g.PersonId("Karen Lund"), lund.Speaker);
        var berg = g.ClaimWith("We were promised");
        Assert.EndsWith("We got a bill.\u201D", berg.Content.Text);
        Assert.Equal(g.PersonId("Tom Berg"), berg.Speaker);
    }

    [Fact]
    public void Quotes_typed_with_two_apostrophes_are_straight_ones()
    {
        // Marks of two apostrophes have no direction, like the straight mark: inside a quote they open with, a later
        // pair is the quote's next paragraph going on, not a quote within it.
        const string text = "Ferry talks stall\n\n\"We asked twice for the figures,\" Tom Berg said. ''The company knows the engines are old.\n\n''Nobody wants the crossing to stop. ''We only want a plan. Until then the crews will wait.''";
        var quotes = QuoteFinder.Find(SentenceSplitter.Analyze(text));
        var last = Assert.Single(quotes, q => q.Span.Text.StartsWith("''The company", StringComparison.Ordinal));
        Assert.True(last.Closed);
        Assert.EndsWith("the crews will wait.''", last.Span.Text);
    }

    [Fact]
    public void Curly_marks_inside_a_straight_quote_over_several_paragraphs_do_not_end_it()
    {
        // Each paragraph of the quote opens with a straight mark and only the last closes: one statement.
        var g = Extract.From("Pier levy\n\nThe harbour board met on Tuesday. Dr. Tom Berg stated:\n\n\"The board is not about \u201Cfair shares for all\u201D any more. It serves the chairman.\n\n\"The latest sign is the fee for the \u201CNorth Quay,\u201D which every crew must pay.\n\n\"The board should resign. I will say so at every meeting.\"\n\nThe vote is due on Monday.");
        var claim = g.ClaimWith("The board is not about");
        Assert.EndsWith("at every meeting.\"", claim.Content.Text);
        Assert.Equal(g.PersonId("Tom Berg"), claim.Speaker);
    }

    [Fact]
    public void A_block_quoted_over_several_paragraphs_is_its_writer_s_and_the_tellings_inside_are_claims_too()
    {
        var g = Extract.From("Pier levy\n\nA long profile of the crews ran on Sunday. Reporter Vera Holm writes:\n\n\"The pier was quiet when the crews came back. Jonas Brekke called the levy \u201Ca tax on the tide\u201D and walked off.\n\n\"The crews had heard \u201Cthe same promise\u201D before. Nobody expected the board to listen.\"\n\nThe vote is due on Monday.");
        var block = g.ClaimWith("The pier was quiet");
        Assert.EndsWith("to listen.\"", block.Content.Text);
        Assert.Equal(g.PersonId("Vera Holm"), block.Speaker);
        var inner = Assert.Single(g.Claims, c => c.Content.Text.StartsWith("the levy", StringComparison.Ordinal));
        Assert.Equal(g.PersonId("Jonas Brekke"), inner.Speaker);
    }
}
