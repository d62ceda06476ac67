using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// Letters after a name for an office or an honour ("QC", "MSP", "OBE") are no part of the name, so "Ola Brandt QC" and
/// a later "Ola Brandt" are one person; not where the words before them are a party's name. The candidates are given as
/// a model might tag them, so the tests do not depend on the trained model.
/// </summary>
public sealed class PostNominalTests
{
    [Theory]
    [InlineData("QC")]
    [InlineData("MSP")]
    [InlineData("OBE")]
    public void Letters_after_a_name_are_no_part_of_it(string letters)
    {
        var text = $"Ferry case\n\nThe ferry firm was defended by Ola Brandt {letters}. Ola Brandt told the court the fares were lawful.";
        var g = Tagged.Resolve(text, ($"Ola Brandt {letters}", NerLabels.Person, 0), ("Ola Brandt", NerLabels.Person, 1));
        var person = Assert.Single(g.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Ola Brandt", person.Name);
        Assert.Equal(2, person.Mentions.Count(m => m.Kind == MentionKind.Name));
    }

    [Fact]
    public void A_party_s_name_before_the_letters_is_no_person_s_name()
    {
        var g = Tagged.Resolve("Ferry case\n\nA Labour Party MP raised the ferry fares in the debate.", ("Labour Party MP", NerLabels.Person, 0));
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Person && e.Name == "Labour Party");
    }
}
