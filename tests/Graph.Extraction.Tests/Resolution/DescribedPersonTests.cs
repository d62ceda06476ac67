namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// "The businessman said ...", "the Democrat told ...": a noun the article described one person with, before the name
/// ("the businessman Tom Beck") or in an apposition after it ("Ann Holm, a Democrat from Salem,"), stands for that
/// person later, so the claim is theirs. Not when two people were described so, and not after a role modifier ("a
/// former senator"). A hyphenated noun counts by its last part ("the front-runner", "the co-founder"); a noun opening
/// the sentence counts though capitalised ("Producer Tom Beck said"); a nationality may stand before the noun later
/// ("the British producer"), unless the person is known to be from elsewhere. Passages are written for these tests.
/// </summary>
public sealed class DescribedPersonTests
{
    private const string Title = "Race tightens\n\n";

    [Fact]
    public void A_noun_before_the_name_stands_for_the_person_later()
    {
        var g = Extract.From(Title + "Her rival, the businessman Tom Beck, spoke at the pier on Monday.\n\n" +
            "The businessman said the levy \u201Cpays for the new pier\u201D.");
        var claim = g.ClaimWith("pays for the new pier");
        Assert.Equal(g.PersonId("Tom Beck"), claim.Speaker);
    }

    [Fact]
    public void A_hyphenated_noun_in_an_apposition_stands_for_the_person_later()
    {
        var g = Extract.From(Title + "Tom Beck, the front-runner, spoke at the pier on Monday. Ann Holm was in Salem.\n\n" +
            "\u201CWe are going to win this harbour,\u201D the front-runner said.");
        Assert.Equal(g.PersonId("Tom Beck"), g.ClaimWith("win this harbour").Speaker);
    }

    [Fact]
    public void A_nationality_before_the_noun_still_means_the_person_described_so()
    {
        var g = Extract.From(Title + "Producer Tom Beck said the show would open in Toronto. Ann Holm was in London.\n\n" +
            "\u201CWe could not get a theatre in time,\u201D added the British producer.");
        Assert.Equal(g.PersonId("Tom Beck"), g.ClaimWith("theatre in time").Speaker);
    }

    [Fact]
    public void A_nationality_before_the_noun_is_not_someone_of_another_nationality()
    {
        var g = Extract.From(Title + "US producer Tom Beck said the show would open in Toronto. Ann Holm was in London.\n\n" +
            "\u201CWe could not get a theatre in time,\u201D added the British producer.");
        Assert.NotEqual(g.PersonId("Tom Beck"), g.ClaimWith("theatre in time").Speaker);
    }

    [Fact]
    public void An_apposition_after_the_name_gives_the_noun()
    {
        var g = Extract.From(Title + "Ann Holm, a Democrat from Salem, spoke to voters on Monday.\n\n" +
            "The Democrat told them the ferry levy would be repealed by spring.");
        var claim = g.ClaimWith("repealed by spring");
        Assert.Equal(g.PersonId("Ann Holm"), claim.Speaker);
    }

    [Fact]
    public void A_description_holds_while_the_article_keeps_naming_its_person()
    {
        // Over two thousand characters from the description to "the Harbourjet founder", with Ruiz named in between.
        var filler = string.Concat(Enumerable.Range(1, 12).Select(n =>
            $"Route {n} was reviewed by the port board at length on Tuesday, and the timetable for it was set for the summer months ahead.\n\n"));
        var g = Extract.From(Title + "Harbourjet founder Ana Ruiz spoke at the quay on Monday.\n\n" + filler
            + "Ms Ruiz then met the port board again.\n\n" + filler[..600] + "\n\nThe Harbourjet founder said fares would fall by a fifth.");
        Assert.True(g.ClaimWith("fall by a fifth").Content.Start > 2200);
        Assert.Equal(g.PersonId("Ana Ruiz"), g.ClaimWith("fall by a fifth").Speaker);

        // Not named again for as long: the description has lapsed, and the phrase keeps no person.
        var lapsed = Extract.From(Title + "Harbourjet founder Ana Ruiz spoke at the quay on Monday.\n\n" + filler + filler
            + "The Harbourjet founder said fares would fall by a fifth.");
        Assert.NotEqual(lapsed.PersonId("Ana Ruiz"), lapsed.ClaimWith("fall by a fifth").Speaker);
    }

    [Fact]
    public void Two_people_described_alike_leave_the_noun_unresolved()
    {
        var g = Extract.From(Title + "The economist Tom Beck and the economist Ann Holm met the board on Monday.\n\n" +
            "The economist said the levy would raise little.");
        var claim = g.ClaimWith("raise little");
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void A_former_holder_is_not_the_one_meant_later()
    {
        var g = Extract.From(Title + "Tom Beck, a former senator, backed the levy on Monday.\n\n" +
            "The senator said the levy would raise little.");
        var claim = g.ClaimWith("raise little");
        Assert.NotEqual(g.PersonId("Tom Beck"), claim.Speaker);
    }

    [Fact]
    public void The_body_and_noun_a_person_was_described_by_stand_for_that_person()
    {
        var g = Extract.From("Airline news\n\nThe Harbourjet founder Ana Ruiz sold her shares on Monday. Later, the Harbourjet founder said she would start a new airline.");
        Assert.Equal(g.PersonId("Ana Ruiz"), g.ClaimWith("start a new airline").Speaker);
        Assert.Contains(g.Entities, e => e.Type == Graph.Core.Model.EntityType.Institution && e.Name == "Harbourjet");
    }
}

/// <summary>
/// A courtesy title given first ("Mr Beck") does not keep a role named later ("President Tom Beck") from standing for
/// the person: "the president said" is still Tom Beck's. Passages are written for these tests.
/// </summary>
public sealed class CourtesyTitleRoleTests
{
    [Fact]
    public void A_role_named_after_a_courtesy_title_stands_for_the_person()
    {
        var g = Extract.From("Levy stays\n\nMr Tom Beck flew to Oslo on Monday to meet the harbour board.\n\n" +
            "President Tom Beck then told the board that nothing would change.\n\n" +
            "The president said the levy would stay until the pier is rebuilt.");
        var claim = g.ClaimWith("levy would stay");
        Assert.Equal(g.PersonId("Tom Beck"), claim.Speaker);
    }
}
