using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "The report said ...": a report, survey or study named earlier with its author speaks for that author, and so does
/// one with its author's name right before it ("the Harbour Trust report said") or its possessive a word or two before
/// it ("Nordbank's annual report"; not a programme's name, "the Courier's Harbour Business Report"), or after "from" ("read a statement
/// from Lund's campaign"), while the speaker mention stays the phrase as written. "The statement continued" and "the
/// letter added" go back to the statement or letter named with its author. "Released on Friday", "published Tuesday"
/// after the document is no part of the phrase that speaks. "..., says a report." in a lead is the next document the
/// text names with an author, a short way on (not a country it is about); "X says in a report" makes X its author.
/// With no author named for any document, "the report" is that of the body that has just been speaking in the
/// paragraph, when no other body spoke there or is named since.
/// </summary>
public sealed class ClaimDocumentAuthorTests
{
    [Theory]
    [InlineData("A report by the World Bank looked at ferry prices in twelve ports.")]
    [InlineData("A World Bank report looked at ferry prices in twelve ports.")]
    [InlineData("The World Bank's report looked at ferry prices in twelve ports.")]
    [InlineData("The World Bank's annual report looked at ferry prices in twelve ports.")]
    [InlineData("The World Bank's Harbour Outlook report looked at ferry prices in twelve ports.")]
    [InlineData("A report from lenders the World Bank looked at ferry prices in twelve ports.")]
    [InlineData("The report, conducted by development lender World Bank, looked at ferry prices in twelve ports.")]
    public void The_report_speaks_for_the_body_that_wrote_it(string first)
    {
        var g = Extract.From("Ferry prices\n\n" + first + " The report said that fares had doubled since 2001.");
        var claim = g.ClaimWith("fares had doubled");
        Assert.Equal("The report", claim.SpeakerMention!.Text);
        Assert.Equal("institution:world-bank", claim.Speaker);
    }

    [Fact]
    public void According_to_the_report_is_the_body_that_wrote_it()
    {
        var g = Extract.From("Ferry prices\n\nA World Bank report looked at ferry prices in twelve ports. According to the report, fares had doubled since 2001.");
        var claim = g.ClaimWith("fares had doubled");
        Assert.Equal("the report", claim.SpeakerMention!.Text);
        Assert.Equal("institution:world-bank", claim.Speaker);
    }

    [Theory]
    [InlineData("The World Bank's figures show that fares have doubled since 2001.")]
    [InlineData("The World Bank's statement said fares had doubled since 2001.")]
    [InlineData("The World Bank's latest monthly figures show that fares have doubled since 2001.")]
    public void What_a_body_issued_speaks_for_it_after_its_possessive(string sentence)
    {
        var g = Extract.From("Ferry prices\n\nThe World Bank looked at ferry prices in twelve ports. " + sentence);
        var claim = g.ClaimWith("fares");
        Assert.Equal("institution:world-bank", claim.Speaker);
    }

    [Fact]
    public void A_programme_named_after_an_owner_s_possessive_is_no_document_of_theirs()
    {
        var g = Extract.From("Ferry prices\n\nKaren Lund told the World Bank's Harbour Business Report that fares would rise. The report said that fares had doubled since 2001.");
        Assert.Null(g.ClaimWith("fares had doubled").Speaker);
    }

    [Fact]
    public void A_report_with_no_author_named_speaks_for_nobody()
    {
        var g = Extract.From("Ferry prices\n\nA new report looked at ferry prices in twelve ports. The report said that fares had doubled since 2001.");
        Assert.Null(g.ClaimWith("fares had doubled").Speaker);
    }
    [Theory]
    [InlineData("\"Fares will have to rise,\" a Harbour Trust statement said.", "Fares will have to rise")]
    [InlineData("The fares are too high for most riders, the Harbour Trust report said.", "too high for most riders")]
    public void A_body_named_right_before_its_document_is_the_speaker(string sentence, string content)
    {
        var g = Extract.From("Ferry fares\n\nThe Harbour Trust met on Monday. " + sentence);
        Assert.Equal(g.Named(EntityType.Institution, "Harbour Trust").Id, g.ClaimWith(content).Speaker);
    }

    [Theory]
    [InlineData("From Ruiz's Facebook post: \"The harbour stays open, and nobody will close it without a fight.\"")]
    [InlineData("Ruiz's Twitter feed said the harbour would not be given up without a fight.")]
    public void A_post_on_a_site_speaks_for_its_owner_not_the_site(string sentence)
    {
        var g = Extract.From("Harbour vote\n\nAna Ruiz said the board will vote on Monday. " + sentence);
        var claim = g.ClaimWith("without a fight");
        Assert.Equal(g.PersonId("Ana Ruiz"), claim.Speaker);
    }

    [Fact]
    public void A_report_from_a_body_s_officer_is_not_the_body_s()
    {
        var g = Extract.From("Ferry prices\n\nA report from the World Bank's chief auditor looked at ferry prices in twelve ports. The report said that fares had doubled since 2001.");
        Assert.NotEqual("institution:world-bank", g.ClaimWith("fares had doubled").Speaker);
    }

    [Theory]
    [InlineData("\u201CBeck is a danger to the fleet,\u201D read a statement from Karen Lund\u2019s campaign.")]
    [InlineData("\u201CBeck is a danger to the fleet,\u201D the letter from Karen Lund said.")]
    public void A_writing_from_someone_speaks_for_them(string sentence)
    {
        var g = Extract.From("Harbour race\n\nTom Beck and Karen Lund met in Ames on Tuesday. " + sentence);
        var claim = g.ClaimWith("danger to the fleet");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
        Assert.Contains(" from Karen Lund", claim.SpeakerMention!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_statement_continued_is_the_statement_named_with_its_author()
    {
        var g = Extract.From("Doping appeal\n\nThe Harbour Athletics Federation will appeal. A Harbour Athletics Federation statement said: \u201CThe ruling was wrong.\u201D "
            + "The statement continued: \u201CBoth cases go to arbitration.\u201D");
        Assert.Equal(g.Named(EntityType.Institution, "Harbour Athletics Federation").Id, g.ClaimWith("go to arbitration").Speaker);
    }
    [Fact]
    public void A_document_speaks_for_the_author_its_own_phrase_names()
    {
        var g = Extract.From("Ferry prices\n\nFares keep rising. The survey, conducted by the World Bank, found that fares had doubled since 2001.");
        Assert.Equal("institution:world-bank", g.ClaimWith("fares had doubled").Speaker);
    }

    [Theory]
    [InlineData("Ferry use is rising, according to research from the World Bank. Fares had doubled since 2001, said the report.", "institution:world-bank")]
    // (Not a farther document when another is named nearer: that one is meant, and its author is not known.)
    [InlineData("A study by the World Bank looked at ports. Ferry use is rising, a survey found. Fares had doubled since 2001, said the report.", null)]
    public void A_document_named_by_another_word_just_before_is_the_same_one(string passage, string? author)
    {
        var g = Extract.From("Ferry prices\n\n" + passage);
        Assert.Equal(author, g.ClaimWith("Fares had doubled").Speaker);
    }
    [Theory]
    [InlineData("The book, by Harbour Times journalist Ola Brandt and printed in the paper, said the pair had fallen out.")]
    [InlineData("A book by Sunday Harbour Times reporter Ola Brandt came out on Monday. According to the book, the pair had fallen out.")]
    public void A_book_speaks_for_the_writer_named_after_the_paper_they_write_for(string passage)
    {
        var g = Extract.From("Harbour book\n\nThe mayor denied the claims. " + passage);
        Assert.Equal(g.PersonId("Ola Brandt"), g.ClaimWith("fallen out").Speaker);
    }
    [Theory]
    [InlineData("The report said fares would rise")]
    [InlineData("The survey found fares would rise")]
    [InlineData("The statement continued that fares would rise")]
    public void A_headline_that_opens_on_a_document_is_read_not_failed(string headline)
    {
        // (Looking for the document's author before the very first character had thrown, and the article was lost.)
        var g = Extract.From(headline + "\n\nFerry fares went up by a tenth in March.");
        Assert.Contains(g.Claims, c => c.Content.Text.Contains("fares would rise"));
    }

    [Theory]
    [InlineData("A Nordstat poll released on Friday found that most voters back the ferry line.", "A Nordstat poll", "institution:nordstat")]
    [InlineData("A World Bank report published Tuesday said that most voters back the ferry line.", "A World Bank report", "institution:world-bank")]
    public void A_document_with_the_participle_for_its_coming_out_speaks_for_its_author(string sentence, string mention, string author)
    {
        var g = Extract.From("Ferry vote\n\n" + sentence);
        var claim = g.ClaimWith("most voters back the ferry line");
        Assert.Equal(mention, claim.SpeakerMention!.Text);
        Assert.Equal(author, claim.Speaker);
    }

    [Fact]
    public void A_report_the_lead_names_without_its_author_is_the_one_named_with_it_next()
    {
        var g = Extract.From("Ferry fares\n\nFerry fares have doubled in ten years, says a report.\n\nThe study, by the World Bank, looked at twelve ports.");
        var claim = g.ClaimWith("Ferry fares have doubled");
        Assert.Equal("a report", claim.SpeakerMention!.Text);
        Assert.Equal("institution:world-bank", claim.Speaker);
    }

    [Fact]
    public void Not_a_country_the_next_document_is_about()
    {
        var g = Extract.From("Ferry fares\n\nFerry fares have doubled in ten years, says a report.\n\nThe Norway poll asked 2,000 travellers.");
        Assert.Null(g.ClaimWith("Ferry fares have doubled").Speaker);
    }

    [Fact]
    public void Not_a_document_named_far_on()
    {
        var filler = string.Concat(Enumerable.Repeat("Crossings on the northern routes were slower this year. ", 12));
        var g = Extract.From("Ferry fares\n\nFerry fares have doubled in ten years, says a report.\n\n" + filler + "A later poll by the World Bank found fares had fallen.");
        Assert.Null(g.ClaimWith("Ferry fares have doubled").Speaker);
    }

    [Fact]
    public void Who_says_something_in_a_report_wrote_it()
    {
        var g = Extract.From("Aid falls\n\nAid budgets are half their 1980 levels, the World Bank says in a new report. The report said rich countries must give more.");
        Assert.Equal("institution:world-bank", g.ClaimWith("rich countries must give more").Speaker);
    }

    [Fact]
    public void A_report_with_its_title_after_it_speaks_for_its_author()
    {
        var g = Extract.From("Ferry fares\n\nPort fees \"badly\" distort the ferry market, the World Bank report on the \"State of Ferry Markets 2004\" said.");
        var claim = g.ClaimWith("distort the ferry market");
        Assert.StartsWith("Port fees", claim.Content.Text);
        Assert.Equal("institution:world-bank", claim.Speaker);
    }

    [Fact]
    public void The_report_is_that_of_the_body_that_has_just_been_speaking()
    {
        var g = Extract.From("Ferry fraud\n\nThe World Bank said ferry fraud was falling. It urged the ports to publish their accounts. "
                             + "The report said: \"Ports still do not report fraud in the same way.\"");
        Assert.Equal("institution:world-bank", g.ClaimWith("Ports still do not report").Speaker);
    }

    [Theory]
    // Another body spoke in the paragraph too.
    [InlineData("The World Bank said ferry fraud was falling, while Korvix Lines said it had doubled. The report said that ports still do not report fraud in the same way.")]
    // Another body named since.
    [InlineData("The World Bank said ferry fraud was falling. Korvix Lines carried 40,000 more passengers in May. The report said that ports still do not report fraud in the same way.")]
    // The body spoke in an earlier paragraph.
    [InlineData("The World Bank said ferry fraud was falling.\n\nFares rose again in May. The report said that ports still do not report fraud in the same way.")]
    public void Not_when_the_report_may_be_another_s(string passage)
    {
        var g = Extract.From("Ferry fraud\n\n" + passage);
        Assert.Null(g.ClaimWith("ports still do not report").Speaker);
    }
}
