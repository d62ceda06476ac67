using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// A party's word for its members ("Republican", "Democrat") before a title or in an apposition makes the person the
/// party's: "Democratic Sen. Karen Lund", "Ola Brandt, a Republican from Ohio,". Elsewhere the word only describes
/// people. Candidates are given as a model tags such text (the party's word as MISC), so the tests do not depend on the
/// trained model.
/// </summary>
public sealed class PartyMemberTests
{
    private const string Democrats = "institution:democratic-party-us";
    private const string Republicans = "institution:republican-party-us";

    private static ResolvedEntities Resolve(string text, params (string Span, string Label, int Nth)[] tags) => Tagged.Resolve(text, tags);

    private static Relation Affiliation(ResolvedEntities g, string person) =>
        Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == person);

    [Theory]
    [InlineData("Democratic Sen. Karen Lund said the harbour bill would cost jobs.", "Democratic", Democrats, "Sen.")]
    [InlineData("Republican presidential nominee Karen Lund said the harbour bill would cost jobs.", "Republican", Republicans, "presidential nominee")]
    // (A title between the role and the name is no part of the role; a title alone is the role.)
    [InlineData("Democratic presidential candidate Sen. Karen Lund said the harbour bill would cost jobs.", "Democratic", Democrats, "presidential candidate")]
    [InlineData("Republican presidential hopeful Senator Karen Lund said the harbour bill would cost jobs.", "Republican", Republicans, "presidential hopeful")]
    public void The_party_word_before_a_title_gives_the_title_in_the_party(string text, string word, string party, string role)
    {
        var g = Resolve(text, (word, NerLabels.Misc, 0), ("Karen Lund", NerLabels.Person, 0));
        var edge = Affiliation(g, "person:karen-lund");
        Assert.Equal((party, role), (edge.To, edge.Properties["role"]));
    }

    [Fact]
    public void A_title_dated_by_former_stays_the_role()
    {
        var g = Resolve("Former US Sen. Karen Lund said the harbour bill would cost jobs.", ("US", NerLabels.Location, 0), ("Karen Lund", NerLabels.Person, 0));
        Assert.Equal(("country:us", "former Sen."), (Affiliation(g, "person:karen-lund").To, Affiliation(g, "person:karen-lund").Properties["role"]));
    }

    [Fact]
    public void A_party_word_tagged_as_a_body_is_no_institution_of_its_own()
    {
        var g = Resolve("Democrat Sen. Karen Lund said the harbour bill would cost jobs.", ("Democrat", NerLabels.Organisation, 0), ("Karen Lund", NerLabels.Person, 0));
        Assert.DoesNotContain(g.Entities, e => e.Id == "institution:democrat");
        Assert.Equal((Democrats, "Sen."), (Affiliation(g, "person:karen-lund").To, Affiliation(g, "person:karen-lund").Properties["role"]));
        const string party = "Ola Brandt said the Conservative party had no plan for the harbour tax.";
        var h = Resolve(party, ("Ola Brandt", NerLabels.Person, 0), ("Conservative", NerLabels.Organisation, 0));
        Assert.Contains(h.Mentions, m => m.EntityId == "institution:conservative-party-gb" && party[m.Start..m.End] == "Conservative party");
        Assert.DoesNotContain(h.Entities, e => e.Id == "institution:conservative");
    }

    [Theory]
    [InlineData("Ola Brandt, a Republican from Ohio, voted for the bill.", Republicans, "member")]
    [InlineData("Ola Brandt, a longtime Democrat, voted for the bill.", Democrats, "member")]
    [InlineData("Ola Brandt, the Republican senator from Utah, voted for the bill.", Republicans, "senator")]
    public void An_apposition_naming_the_party_makes_the_person_its(string text, string party, string role)
    {
        var word = party == Democrats ? "Democrat" : "Republican";
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), (word, NerLabels.Misc, 0));
        var edge = Affiliation(g, "person:ola-brandt");
        Assert.Equal((party, role), (edge.To, edge.Properties["role"]));
        Assert.Single(g.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Another_partys_name_ending_in_the_word_is_that_party()
    {
        const string text = "Liberal Democrat leader Karen Lund said the fees were unfair.";
        var g = Resolve(text, ("Liberal", NerLabels.Misc, 0), ("Democrat", NerLabels.Misc, 0), ("Karen Lund", NerLabels.Person, 0));
        Assert.Equal("institution:liberal-democrats-gb", Affiliation(g, "person:karen-lund").To);
    }

    [Theory]
    // A past member, a list, an award.
    [InlineData("Ola Brandt, a former Republican, voted for the bill.", "Republican")]
    [InlineData("Ola Brandt, Republicans and Kelmarsh voters backed the bill.", "Republicans")]
    [InlineData("Oscar nominee Ola Brandt backed the bill.", "Oscar")]
    public void Other_phrases_make_no_member(string text, string word)
    {
        var g = Resolve(text, ("Ola Brandt", NerLabels.Person, 0), (word, word is "Oscar" or "Republicans" ? NerLabels.Organisation : NerLabels.Misc, 0));
        Assert.DoesNotContain(g.Relations, r => r.Type == RelationTypes.AffiliatedWith);
    }

    [Fact]
    public void The_party_word_describing_a_speaker_does_not_make_the_party_speak()
    {
        var g = FixedLabels.Extract("Fees\n\nA Democratic senator told the board the harbour fees were unfair.", ("Democratic", NerLabels.Misc));
        Assert.Contains(g.Entities, e => e.Id == Democrats);
        var claim = g.ClaimWith("harbour fees were unfair");
        Assert.NotEqual(Democrats, claim.Speaker);
        Assert.Equal("A Democratic senator", claim.SpeakerMention!.Text);
    }

    [Fact]
    public void It_after_a_titled_member_is_not_the_party()
    {
        var g = FixedLabels.Extract("Fees\n\nDemocratic Sen. Karen Lund spoke at the harbour on Monday. It said the fees were unfair.",
            ("Democratic", NerLabels.Misc), ("Karen Lund", NerLabels.Person));
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.To == Democrats);
        Assert.NotEqual(Democrats, g.ClaimWith("fees were unfair").Speaker);
    }
}
