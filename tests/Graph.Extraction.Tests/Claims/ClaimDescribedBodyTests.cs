using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// A company described by its nationality ("the Norwegian company said") is the company named before, unless that
/// company is known to be another country's; a name before "supporters" is whom they support, not who spoke; "the
/// Tory leader" is the one person introduced as "Tory leader X", not another leader; "the company" is the company the
/// last sentences open on before the one named most. Passages are written for these tests.
/// </summary>
public sealed class ClaimDescribedBodyTests
{
    [Fact]
    public void A_company_described_by_its_nationality_is_the_company_named_before()
    {
        var g = Extract.From("Fast networks\n\nAt the fair, Nordlys Electric showed off a faster network. "
                             + "The Norwegian company said data could move twenty times faster.");
        var firm = g.Entities.Single(e => e.Name == "Nordlys Electric");
        Assert.Equal(firm.Id, g.ClaimWith("twenty times faster").Speaker);
    }

    [Fact]
    public void A_nationality_that_is_not_the_named_bank_s_leaves_the_bank_out()
    {
        var g = Extract.From("Rates\n\nThe Bank of England kept rates on hold on Thursday. "
                             + "The German bank said rates in Europe would stay low.");
        Assert.NotEqual(g.Entities.Single(e => e.Name == "Bank of England").Id, g.ClaimWith("would stay low").Speaker);
    }

    [Fact]
    public void Supporters_of_a_person_are_not_that_person()
    {
        var g = Extract.From("Guitarist's house\n\nThe house of the late guitarist Jon Hendrix was moved again in May. "
                             + "Hendrix supporters said the house should become a museum.");
        Assert.NotEqual(g.PersonId("Jon Hendrix"), g.ClaimWith("should become a museum").Speaker);
    }

    [Fact]
    public void A_role_with_a_party_word_is_the_person_introduced_with_both()
    {
        var g = Extract.From("Tax row\n\nTory leader Michael Howard attacked the budget on Monday. Labour said the plan was sound. "
                             + "The Tory leader said the tax would hurt families.");
        Assert.Equal(g.PersonId("Michael Howard"), g.ClaimWith("hurt families").Speaker);
    }

    [Fact]
    public void A_role_with_another_party_word_is_not_that_person()
    {
        var g = Extract.From("Tax row\n\nLabour leader Tony Blair defended the budget on Monday. "
                             + "The Tory leader said the tax would hurt families.");
        Assert.NotEqual(g.PersonId("Tony Blair"), g.ClaimWith("hurt families").Speaker);
    }

    private const string MostNamed = "Westdata shares rose on Monday. Analysts said Westdata had been a bargain. Westdata staff were told to expect changes, and Westdata managers heard the same.\n\n";

    [Fact]
    public void The_company_is_the_one_the_sentence_before_opens_on()
    {
        var g = Extract.From("Nordsoft cuts jobs\n\n" + MostNamed
            + "Nordsoft will shed 500 posts at Westdata, bought in March. The firm added that most engineers would stay.");
        Assert.Equal(g.Named(EntityType.Institution, "Nordsoft").Id, g.ClaimWith("most engineers would stay").Speaker);
    }

    [Fact]
    public void A_company_named_in_the_description_s_own_sentence_keeps_the_opener_before_out()
    {
        var g = Extract.From("Nordlys Electric cuts jobs\n\n" + MostNamed
            + "Nordlys Electric employs 2,000 people in the north. Talk of a bid by Westdata worried investors, since the company stated in May that it would stay small.");
        Assert.Equal(g.Named(EntityType.Institution, "Westdata").Id, g.ClaimWith("would stay small").Speaker);
    }

    [Fact]
    public void A_noun_naming_a_trade_goes_to_the_company_whose_name_says_it()
    {
        var g = Extract.From("Insurance deal\n\nHalvorsen Bank agreed to buy Westley Insurance for 2bn crowns on Monday. The insurer said its board backed the deal.");
        Assert.Equal(g.Named(EntityType.Institution, "Westley Insurance").Id, g.ClaimWith("its board backed the deal").Speaker);
    }

    [Fact]
    public void A_company_a_relative_clause_is_about_keeps_the_opener_out()
    {
        var g = Extract.From("Dairy fined\n\nTessel Holdings owns Brightwater Dairy, which was fined for polluting the river in May. The firm added that new filters were now in place.");
        Assert.NotEqual(g.Named(EntityType.Institution, "Tessel Holdings").Id, g.ClaimWith("new filters were now in place").Speaker);
    }
}
