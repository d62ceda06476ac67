using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A country's word can be a person's surname: after "Karl Danish" is named in full, "said Danish, who ..." is him, not
/// Denmark (a model tags the lone word as a nationality). Only before a verb of saying or punctuation and after no word
/// but such a verb: "Danish cheese", "the Danish side", "a divided Holland" stay the country's. "Latin American" and the
/// like are a continent's people, not the United States'. The candidates are given as a model might tag them.
/// </summary>
public sealed class CountryWordAsSurnameTests
{
    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    private static IEnumerable<ResolvedMention> At(ResolvedEntities g, string text, string span, int nth)
    {
        var at = -1;
        for (var i = 0; i <= nth; i++) at = text.IndexOf(span, at + 1, StringComparison.Ordinal);
        return g.Mentions.Where(m => m.Start == at && m.End == at + span.Length);
    }

    [Fact]
    public void A_nationality_word_opening_a_sentence_before_a_verb_of_saying_is_the_person()
    {
        const string text = "Karl Danish runs the harbour ferry. Danish also complained that the fees were too high.";
        var g = Resolve(text, ("Karl Danish", NerLabels.Person, 0), ("Danish", NerLabels.Misc, 1));
        Assert.Equal(g.Entities.Single(e => e.Type == EntityType.Person).Id, Assert.Single(At(g, text, "Danish", 1)).EntityId);
    }

    [Fact]
    public void A_nationality_word_after_the_full_name_is_the_person()
    {
        const string text = "Karl Danish runs the harbour ferry. \"It is too early,\" said Danish, who has run it since 1998. Danish was born in Westhaven.";
        var g = Resolve(text, ("Karl Danish", NerLabels.Person, 0), ("Danish", NerLabels.Misc, 1), ("Danish", NerLabels.Misc, 2));
        var person = Assert.Single(g.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(person.Id, Assert.Single(At(g, text, "Danish", 1)).EntityId);
        Assert.Equal(person.Id, Assert.Single(At(g, text, "Danish", 2)).EntityId);
        Assert.DoesNotContain(g.Entities, e => e.Type == EntityType.Country);
    }

    [Theory]
    [InlineData("Karl Danish runs the harbour ferry; Danish cheese sold well in May.", "Karl Danish", "Danish", NerLabels.Misc, "country:dk")]
    [InlineData("Karl Danish runs the harbour ferry. The Danish side said the talks would go on.", "Karl Danish", "Danish", NerLabels.Misc, "country:dk")]
    [InlineData("Tom Holland wrote the history of a divided Holland.", "Tom Holland", "Holland", NerLabels.Location, "country:nl")]
    public void The_word_stays_the_country_before_a_noun_or_after_a_word_that_describes_it(string text, string full, string word, string label, string country)
    {
        var g = Resolve(text, (full, NerLabels.Person, 0), (word, label, 1));
        Assert.Contains(At(g, text, word, 1), m => m.EntityId == country);
    }

    [Fact]
    public void Latin_American_is_no_mention_of_the_United_States()
    {
        const string text = "A group of Latin American writers signed the letter, and the American ambassador replied on Monday.";
        var g = Resolve(text, ("American", NerLabels.Misc, 0), ("American", NerLabels.Misc, 1));
        Assert.Empty(At(g, text, "American", 0));
        Assert.Equal("country:us", Assert.Single(At(g, text, "American", 1)).EntityId);
    }
}
