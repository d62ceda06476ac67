using Graph.Extraction.Entities;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A headline in title case capitalises every word, so a one-word name the model finds only there ("Aligning",
/// "Know") is dropped unless the body uses the word too or the gazetteer knows it (also as an abbreviation: "Mich");
/// a name of several words, an acronym and any name in a headline written as a sentence or in capitals stay.
/// Candidates are given as a model might tag them.
/// </summary>
public sealed class HeadlineOnlyNameTests
{
    [Fact]
    public void A_one_word_guess_found_only_in_a_title_case_headline_is_dropped()
    {
        var g = Tagged.Resolve("Mayor And Harbour Board May Be Aligning On Fees\n\nThe board met the mayor on Monday.", ("Aligning", NerLabels.Location, 0));
        Assert.DoesNotContain(g.Entities, e => e.Name == "Aligning");
    }

    [Theory]
    [InlineData("Harbour Board Backs Ruiz On Fees\n\nThe board said Ruiz had the numbers right.", "Ruiz")]
    [InlineData("How Tom Beck Thinks About Harbour Fees\n\nThe fees have doubled since May.", "Tom Beck")]
    [InlineData("Westhaven hopes for more after a weak year\n\nThe port said trade fell by a fifth.", "Westhaven")]
    [InlineData("SAILING - NORDVIK CREWS TAKE HARBOUR CUP AFTER LONG WAIT\n\nThe crews won by a minute.", "NORDVIK")]
    [InlineData("Harbour Bonds Sold For Marquette Port , Mich .\n\nThe bonds were sold on Monday.", "Mich")]
    public void A_name_the_body_uses_a_name_of_several_words_and_any_name_in_a_sentence_headline_stay(string text, string name)
    {
        var g = Tagged.Resolve(text, (name, NerLabels.Person, 0));
        Assert.Contains(g.Entities, e => e.Name == name);
    }
}
