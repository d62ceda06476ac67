namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "He" or "she" fits a person by a courtesy title or a kin word next to a name ("Mrs", "Sir", "wife", ", the daughter
/// of", not a list: "Tom Beck, his wife and their son"), else by a
/// common first name (a few hundred, of men and of women), else by a role in "-man" that news also gives women ("party chairman Karen Holt"), which still
/// reads as a man for someone not named in full ("a board spokesman"), tells nothing of a full name with a first name
/// the lists do not know, and does not make "Chairman Holt" someone other than "Karen Holt"; someone nothing else
/// tells of, whom the text has already called "he" twice, is not a later "she". Passages are written for these tests.
/// </summary>
public sealed class ClaimPronounGenderTests
{
    [Theory]
    [InlineData("Party chairman Karen Holt")]
    [InlineData("Council spokesman Karen Holt")]
    public void A_first_name_outweighs_a_role_in_man(string named)
    {
        var g = Extract.From("Seats row\n\nMr Beck said the law was clear. " + named + " urged the two men to step down in a letter.\n\n"
                             + "She said: \"The board has asked its lawyers about the seats.\"");
        Assert.Equal(g.PersonId("Karen Holt"), g.ClaimWith("asked its lawyers about the seats").Speaker);
    }

    [Fact]
    public void A_role_in_man_tells_nothing_of_a_full_name_the_lists_do_not_know()
    {
        var g = Extract.From("Seats row\n\nMr Beck said the law was clear. Party chairman Marit Solberg urged the two men to step down in a letter.\n\n"
                             + "She said: \"The board has asked its lawyers about the seats.\"");
        Assert.Equal(g.PersonId("Marit Solberg"), g.ClaimWith("asked its lawyers about the seats").Speaker);
    }

    [Fact]
    public void A_role_in_man_alone_still_reads_as_a_man()
    {
        var g = Extract.From("Seats row\n\nThe Westhaven Harbour Board wants the two seats back. A board spokesman said the letter was sent on Monday.\n\n"
                             + "She said: \"The board has asked its lawyers about the seats.\"");
        var spokesman = g.ClaimWith("the letter was sent on Monday").Speaker;
        Assert.NotNull(spokesman);
        Assert.NotEqual(spokesman, g.ClaimWith("asked its lawyers about the seats").Speaker);
    }

    [Fact]
    public void A_role_in_man_before_a_surname_is_the_woman_named_with_it()
    {
        var g = Extract.From("Seats row\n\nKaren Holt leads the party. Chairman Holt said the seats must be given up.");
        Assert.Equal(g.PersonId("Karen Holt"), g.ClaimWith("the seats must be given up").Speaker);
    }

    [Fact]
    public void A_description_after_the_name_outweighs_the_first_name()
    {
        var g = Extract.From("Harbour memorial\n\nThe service was held on Friday. Jamie Holt, the daughter of the old harbour master, read a poem. "
                             + "\"He loved the sea more than anything,\" she said.");
        Assert.Equal(g.PersonId("Jamie Holt"), g.ClaimWith("loved the sea more than anything").Speaker);
    }

    [Fact]
    public void A_list_after_the_name_describes_nobody()
    {
        var g = Extract.From("Harbour rescue\n\nTom Beck, his wife and their son were taken off the ferry on Friday. "
                             + "\"The crew were calm the whole time,\" he said.");
        Assert.Equal(g.PersonId("Tom Beck"), g.ClaimWith("crew were calm the whole time").Speaker);
    }

    [Theory]
    [InlineData("Marc", "Lindsay Berg", "she")]
    [InlineData("Glenn", "Lindsay Berg", "she")]
    [InlineData("Mia", "Jyrki Berg", "he")]
    [InlineData("Charlotte", "Jyrki Berg", "he")]
    public void More_common_first_names_tell_a_man_or_a_woman(string first, string other, string pronoun)
    {
        var g = Extract.From("Harbour broadband\n\n" + first + " Holm, who runs Westhaven Cable, said the network would be twice as fast by May. "
                             + "The speed tests were run for " + other + ", an analyst with Nordbank. \"Cable firms have to stand out now,\" " + pronoun + " said.");
        Assert.Equal(g.PersonId(other), g.ClaimWith("have to stand out now").Speaker);
    }

    [Fact]
    public void Someone_the_text_has_twice_called_he_is_not_a_later_she()
    {
        var g = Extract.From("Harbour regatta\n\nJyrki Dahl won the harbour regatta on Sunday. \"The wind was perfect all day,\" he said. "
                             + "\"I sailed the best race of my life,\" he added.\n\n"
                             + "The club's coach later praised Jyrki Dahl for his calm finish. \"Nobody in the club has sailed better this year,\" she said.");
        Assert.Equal(g.PersonId("Jyrki Dahl"), g.ClaimWith("best race of my life").Speaker);
        Assert.NotEqual(g.PersonId("Jyrki Dahl"), g.ClaimWith("sailed better this year").Speaker);
    }
}
