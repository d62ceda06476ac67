namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "The government said ...": the government of the country the article is about, when the article names that
/// country's government or has the country act as a state ("Norway has raised ..."); not a country that is only the topic, nor the country of a capital named after it. A
/// pronoun in what it said ("said it had found ...") is the government on itself and does not make it another state.
/// </summary>
public sealed class ClaimGovernmentSpeakerTests
{
    [Fact]
    public void The_government_is_the_article_s_own_country_when_its_government_is_named()
    {
        var g = Extract.From("Fishing quota\n\nThe Chilean government set a new anchovy quota on Monday. Fleets in Chile have shrunk for years. "
                             + "The government said the quota would protect the stocks.");
        Assert.Equal("country:cl", g.ClaimWith("protect the stocks").Speaker);
        Assert.Equal("The government", g.ClaimWith("protect the stocks").SpeakerMention!.Text);
    }

    [Fact]
    public void A_country_that_is_only_the_topic_is_not_the_government_speaking()
    {
        var g = Extract.From("Inquiry papers\n\nMPs asked again about the case for the war in Iraq. Critics say Iraq was never a threat, and Iraq "
                             + "still suffers. The government said the papers would stay confidential.");
        Assert.Null(g.ClaimWith("papers would stay confidential").Speaker);
    }

    [Fact]
    public void The_government_in_a_named_capital_is_that_capital_s_state_not_the_article_s_country()
    {
        var g = Extract.From("Fishing quota\n\nThe Chilean government set a new anchovy quota on Monday. Fleets in Chile have shrunk for years. "
                             + "The government in Lima said the quota would hurt its own fleets. It also said talks would go on.");
        Assert.Equal("country:pe", g.ClaimWith("hurt its own fleets").Speaker);
        Assert.Equal("country:pe", g.ClaimWith("talks would go on").Speaker);
    }

    [Fact]
    public void The_government_in_a_city_that_is_no_capital_is_no_state()
    {
        var g = Extract.From("Fishing quota\n\nThe Chilean government set a new anchovy quota on Monday. Fleets in Chile have shrunk for years. "
                             + "The government in Valparaiso said the quota would hurt its own fleets.");
        Assert.Null(g.ClaimWith("hurt its own fleets").Speaker);
    }

    [Fact]
    public void The_government_speaking_about_the_article_s_country_may_be_another_state_s()
    {
        var g = Extract.From("Returns resumed\n\nThe Chilean government denied the abuse claims. Critics in Chile say Chile is unsafe for returnees. "
                             + "The government said those returned to Chile would be safe.");
        Assert.Null(g.ClaimWith("returned to Chile would be safe").Speaker);
    }

    [Fact]
    public void The_government_speaking_of_itself_as_it_is_still_the_article_s_country()
    {
        var g = Extract.From("Fishing quota\n\nChilean authorities said they would seize idle boats across Chile. Nordfisk said it had not been told.\n\n"
                             + "In March, the government said it believed more than 500 boats were lying idle.");
        Assert.Equal("country:cl", g.ClaimWith("boats were lying idle").Speaker);
    }

    [Fact]
    public void The_government_is_the_article_s_country_when_the_country_acts_as_a_state()
    {
        var g = Extract.From("Telecoms opened up\n\nNorway has raised the limit on foreign stakes in its phone companies to 74%, and Norway will review it in two years. "
                             + "The government expects the new rule to draw fresh investment.");
        Assert.Equal("country:no", g.ClaimWith("draw fresh investment").Speaker);
    }

    [Fact]
    public void A_country_named_only_after_a_preposition_does_not_act_as_a_state()
    {
        var g = Extract.From("Ferry fares\n\nBoats from Norway docked late all week, and trade with Norway slowed. Fares to Norway rose again. "
                             + "The government said the fares would be reviewed.");
        Assert.Null(g.ClaimWith("fares would be reviewed").Speaker);
    }
}
