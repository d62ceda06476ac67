namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "Ola Brandt opened the terminal. The prime minister said ...", "... said the striker": a role the article gives no
/// one else, right after sentences that open on one person and name no other (or right after one that ends on a
/// person's frame: "..., Ola Brandt said."), is that person going on; so is "the first minister", a ground's name in
/// the role ("the Harbour Road boss") and "the former ..." (what they were). Not when another person who may hold the
/// role is named just before ("Tory leader Ivar Dahl" is no prime minister), is given the role, or the person is given
/// another one or was named after another body ("Westhaven United's Tom Beck" is not "the Dunmore Rovers boss"; "told
/// the BBC Mr Dahl" names no body of his); not "the shadow chancellor" or "the other striker". A wider word for the
/// person's own role ("the minister" for a secretary, "the pop star" for a singer) is theirs, but "the prime minister"
/// is not a secretary's. A headline naming the person by their surname alone ("Brandt opens ...") names no one else.
/// Passages are written for these tests.
/// </summary>
public sealed class FollowOnRoleTests
{
    [Theory]
    [InlineData("Ferry terminal opens\n\nOla Brandt opened the new ferry terminal in Dunmore on Monday. The prime minister said this terminal would bring jobs to the islands.",
        "bring jobs", "Ola Brandt")]
    [InlineData("Westhaven win again\n\nTom Beck scored twice as Westhaven beat Dunmore Rovers on Saturday. \"It was a great day for the whole club,\" said the striker.",
        "great day", "Tom Beck")]
    [InlineData("Harbour budget\n\nKaren Lund set out her harbour budget on Wednesday. The Vermont senator said the fees would be cut by a fifth.",
        "cut by a fifth", "Karen Lund")]
    [InlineData("Harbour budget\n\nKaren Lund set out her harbour budget on Wednesday. The New Haven mayor said the fees would be cut by a fifth.",
        "cut by a fifth", "Karen Lund")]
    // The person whose words end the sentence before, in a frame after them.
    [InlineData("Harbour budget\n\nThe harbour fees are not open to talks at next week's council, Karen Lund said. The harbour secretary told councillors the fees would be cut by a fifth.",
        "cut by a fifth", "Karen Lund")]
    [InlineData("Harbour budget\n\nThe harbour fees are not open to talks at next week's council, said Karen Lund. The harbour secretary told councillors the fees would be cut by a fifth.",
        "cut by a fifth", "Karen Lund")]
    [InlineData("Harbour budget\n\nCutting the harbour fees was the council's most pressing task this year, Karen Lund warned. The harbour secretary also urged councillors to back the budget.",
        "back the budget", "Karen Lund")]
    // A wider word for the person's own role: "the minister" for a secretary, "the pop star" for a singer.
    [InlineData("Ferry terminal opens\n\nHarbour Secretary Karen Lund opened the new ferry terminal in Dunmore on Monday. The minister said this terminal would bring jobs to the islands.",
        "bring jobs", "Karen Lund")]
    [InlineData("Harbour concert\n\nSinger Ana Ruiz played her first concert in Dunmore for ten years on Friday. The pop star said the harbour had always felt like home.",
        "always felt like home", "Ana Ruiz")]
    // What the person was: "the former ...".
    [InlineData("Ferry terminal opens\n\nOla Brandt opened the new ferry terminal in Dunmore on Monday. The former prime minister said this terminal would bring jobs to the islands.",
        "bring jobs", "Ola Brandt")]
    // "First minister" is an office, not a rank.
    [InlineData("Ferry terminal opens\n\nIvar Dahl opened the new ferry terminal in Dunmore on Monday. The first minister said this terminal would bring jobs to the islands.",
        "bring jobs", "Ivar Dahl")]
    // A ground's name in the role names no other body.
    [InlineData("Westhaven hold on\n\nWesthaven United's Tom Beck praised his players after the 2-0 win on Saturday. \"It was our best game of the season,\" said the Harbour Road boss.",
        "best game", "Tom Beck")]
    // The headline names the person by one word before the lead gives the full name: no one else.
    [InlineData("Brandt opens ferry terminal\n\nOla Brandt opened the new ferry terminal in Dunmore on Monday. The prime minister said this terminal would bring jobs to the islands.",
        "bring jobs", "Ola Brandt")]
    [InlineData("Lund sets out fees\n\nKaren Lund set out her harbour budget on Wednesday. The chancellor also said the fees would be cut by a fifth.",
        "cut by a fifth", "Karen Lund")]
    // A body named as the audience before "Mr ..." later on is no body of his.
    [InlineData("Dahl backs ferry fees\n\nIvar Dahl has defended his party's backing for the ferry fees after a row in the council.\n\n"
                + "The Tory leader said the decision was taken after a long talk.\n\n"
                + "Party sources told the BBC Mr Dahl had always backed the fees.",
        "taken after a long talk", "Ivar Dahl")]
    // A frame with "has" ends the sentence before; a phrase up to a comma opens the sentence before the subject.
    [InlineData("Harbour budget\n\nThe harbour fees will not rise this year, Karen Lund has said.\n\nThe harbour secretary, speaking in Dunmore, said the fees would be cut by a fifth.",
        "cut by a fifth", "Karen Lund")]
    [InlineData("Harbour budget\n\nTurning to the ferry timetable, Karen Lund refused to promise more crossings. The harbour secretary said the fees would be cut by a fifth.",
        "cut by a fifth", "Karen Lund")]
    // Another person named before is no obstacle when given another role only.
    [InlineData("Harbour pledge\n\nOla Brandt has promised never to attack Tory leader Ivar Dahl over his faith.\n\n"
                + "The prime minister told the Harbour Courier: \"I argue with Ivar Dahl about ferries, not about church.\"",
        "about ferries, not about church", "Ola Brandt")]
    public void A_role_right_after_a_person_opens_the_sentences_is_that_person(string text, string content, string person)
    {
        var g = Extract.From(text);
        var claim = g.ClaimWith(content);
        Assert.Equal(g.PersonId(person), claim.Speaker);
    }

    [Theory]
    // Another person named in the sentence before.
    [InlineData("Ferry terminal opens\n\nPer Dahl met Karen Lund in Dunmore on Monday. Per Dahl opened the new ferry terminal. The prime minister said this terminal would bring jobs to the islands.")]
    // Another person named in the sentence before with a role that may be this one.
    [InlineData("Ferry terminal opens\n\nPer Dahl met Deputy Minister Karen Lund in Dunmore on Monday. Per Dahl opened the new ferry terminal. The minister said this terminal would bring jobs to the islands.")]
    // The person is given another role.
    [InlineData("Ferry terminal opens\n\nHome Secretary Ola Brandt opened the new ferry terminal in Dunmore on Monday. The prime minister said this terminal would bring jobs to the islands.")]
    // Another one of the role.
    [InlineData("Ferry terminal opens\n\nOla Brandt opened the new ferry terminal in Dunmore on Monday. The shadow chancellor said this terminal would bring jobs to the islands.")]
    [InlineData("Westhaven win again\n\nTom Beck scored twice as Westhaven beat Dunmore Rovers on Saturday. The other striker said this terminal would bring jobs to the islands.")]
    // A body's name in the role that is not the one the person was named with.
    [InlineData("Westhaven hold on\n\nWesthaven United's Tom Beck praised his players after the 2-0 win on Saturday. The Dunmore Rovers boss said this terminal would bring jobs to the islands.")]
    [InlineData("Ferry terminal opens\n\nIvar Dahl opened the new ferry terminal in Dunmore on Monday. The Tory leader said this terminal would bring jobs to the islands. Labour leader Mr Dahl left early.")]
    // A headline's one word that is the surname of two people the article names as often.
    [InlineData("Brandt opens ferry terminal\n\nOla Brandt opened the new ferry terminal in Dunmore on Monday. The prime minister said this terminal would bring jobs to the islands.\n\nEva Brandt, who runs the ferry line, was not there.")]
    public void Not_when_the_role_may_be_someone_else(string text)
    {
        var g = Extract.From(text);
        var claim = g.ClaimWith("bring jobs");
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void The_one_who_only_asked_is_not_the_one_described()
    {
        var g = Extract.From("Harbour race\n\n\"Will you stand for the harbour board again?\" Karen Lund asked. \"Yes, I think I will,\" the senator said.");
        Assert.NotEqual(g.PersonId("Karen Lund"), g.ClaimWith("I think I will").Speaker);
    }

    [Fact]
    public void The_one_given_the_role_is_still_the_one_meant()
    {
        var g = Extract.From("Ferry terminal opens\n\nPrime Minister Karen Lund flew to Dunmore on Sunday. Ola Brandt opened the new ferry terminal on Monday. " +
            "The prime minister said this terminal would bring jobs to the islands.");
        var claim = g.ClaimWith("bring jobs");
        Assert.Equal(g.PersonId("Karen Lund"), claim.Speaker);
    }
}
