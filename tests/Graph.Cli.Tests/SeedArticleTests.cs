using Graph.Cli.Hosting;
using Graph.Core.Model;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Tests;

/// <summary>
/// What a reader takes from the seed article (../shared/samples) and from the project's own fixture with the
/// same kinds of facts, through the same services the CLI uses.
/// </summary>
public sealed class SeedArticleTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddGraphExtraction().BuildServiceProvider();

    private static async Task<(ArticleFacts Facts, string Text)> Extract(string path)
    {
        var outcome = await Services.GetRequiredService<ExtractionPipeline>().ProcessAsync(path, CancellationToken.None);
        Assert.Null(outcome.Error);
        return (new ArticleFacts(outcome.Graph!, outcome.Text!), outcome.Text!);
    }

    [SharedFact("samples/geneva-ai-dialogue.txt")]
    public async Task Seed_article_gives_the_facts_a_reader_takes_from_it()
    {
        var (f, text) = await Extract(Path.Combine(TestPaths.Shared!, "samples/geneva-ai-dialogue.txt"));
        f.AssertSpansMatchText();

        var xin = f.Entity(EntityType.Person, "Xin Qiang");
        var biden = f.Entity(EntityType.Person, "Joe Biden");
        Assert.DoesNotContain(f.Graph.Entities, e => e.Name.StartsWith("President", StringComparison.Ordinal));
        var us = f.Entity(EntityType.Country, "United States");
        var china = f.Entity(EntityType.Country, "China");
        f.Entity(EntityType.Country, "Switzerland");
        Assert.Contains(us.Mentions, m => m.Text == "US");
        Assert.Single(f.Graph.Entities, e => e.Type == EntityType.Country && e.Name == "United States");

        var geneva = f.Entity(EntityType.Location, "Geneva");
        f.Entity(EntityType.Location, "San Francisco");
        f.Relation(RelationTypes.LocatedIn, geneva.Id, "country:ch");

        var fudan = f.Entity(EntityType.Institution, "Fudan University");
        var center = f.Entity(EntityType.Institution, "Center for American Studies");
        f.Relation(RelationTypes.PartOf, center.Id, fudan.Id);
        var ministry = f.Entity(EntityType.Institution, "Ministry of Foreign Affairs");
        var department = f.Entity(EntityType.Institution, "Department of North American and Oceanian Affairs");
        f.Relation(RelationTypes.PartOf, department.Id, ministry.Id);
        f.Entity(EntityType.Institution, "Department of Commerce");
        var un = f.Entity(EntityType.Institution, "United Nations");
        Assert.Contains(un.Mentions, m => m.Text == "UN");
        f.Entity(EntityType.Institution, "Global Times");
        foreach (var notActor in new[] { "AI", "ChatGPT", "WeChat" })
            Assert.DoesNotContain(f.Graph.Entities, e => e.Name == notActor);

        var affiliation = f.Graph.Relations.Single(r => r.Type == RelationTypes.AffiliatedWith && r.From == xin.Id);
        Assert.Contains(affiliation.To, new[] { center.Id, fudan.Id });
        Assert.Equal("deputy director", affiliation.Properties["role"]);
        Assert.Equal("President", f.Relation(RelationTypes.AffiliatedWith, biden.Id, us.Id).Properties["role"]);

        var official = f.Graph.Entities.Single(e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Kind == MentionKind.Nominal && m.Text == "A US official"));
        f.Relation(RelationTypes.AffiliatedWith, official.Id, us.Id);

        var meeting = Assert.Single(f.Graph.Events, e => e.Type == EventTypes.Meeting && e.Participants.Contains(china.Id) && e.Participants.Contains(us.Id));
        Assert.Equal(geneva.Id, meeting.Location);
        Assert.Equal("Tuesday", meeting.DateText);
        Assert.Null(meeting.Date);

        Assert.Equal(xin.Id, f.ClaimContaining("weaponization and militarization").Speaker);
        var officialClaim = f.ClaimContaining("would not focus on");
        Assert.Equal(official.Id, officialClaim.Speaker);
        Assert.Equal("A US official", officialClaim.SpeakerMention!.Text);
        Assert.Equal(china.Id, f.ClaimContaining("its position on US restrictions").Speaker);
        Assert.Equal(china.Id, f.ClaimContaining("strengthening the global governance of AI").Speaker);
        Assert.Equal(us.Id, f.ClaimContaining("national security of the US and its allies").Speaker);

        var furniture = text.IndexOf("本文由", StringComparison.Ordinal);
        Assert.True(furniture > 0);
        f.AssertNothingAfter(furniture);
    }

    [Fact]
    public async Task Fixture_article_gives_the_same_kinds_of_facts()
    {
        var (f, text) = await Extract(TestPaths.Fixture("delta-water-dialogue.txt"));
        f.AssertSpansMatchText();
        Assert.Equal("Egypt and Ethiopia must stop talking past each other on the Nile", f.Graph.Article.Title);
        Assert.Equal("en", f.Graph.Article.Language);

        var amina = f.Entity(EntityType.Person, "Amina Tadesse");
        var omar = f.Entity(EntityType.Person, "Omar Farouk");
        var egypt = f.Entity(EntityType.Country, "Egypt");
        var ethiopia = f.Entity(EntityType.Country, "Ethiopia");
        f.Entity(EntityType.Country, "Kenya");
        var nairobi = f.Entity(EntityType.Location, "Nairobi");
        f.Relation(RelationTypes.LocatedIn, nairobi.Id, "country:ke");

        var university = f.Entity(EntityType.Institution, "Addis Ababa University");
        var institute = f.Entity(EntityType.Institution, "Institute for Basin Studies");
        f.Relation(RelationTypes.PartOf, institute.Id, university.Id);
        var ministry = f.Entity(EntityType.Institution, "Ministry of Irrigation");
        var office = f.Entity(EntityType.Institution, "Office of Water Diplomacy");
        f.Relation(RelationTypes.PartOf, office.Id, ministry.Id);
        f.Entity(EntityType.Institution, "African Union");
        Assert.Equal("deputy director", f.Relation(RelationTypes.AffiliatedWith, amina.Id, institute.Id).Properties["role"]);
        Assert.Equal("President", f.Relation(RelationTypes.AffiliatedWith, omar.Id, egypt.Id).Properties["role"]);

        var official = f.Graph.Entities.Single(e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Text == "An Egyptian official"));
        f.Relation(RelationTypes.AffiliatedWith, official.Id, egypt.Id);

        var meeting = Assert.Single(f.Graph.Events);
        Assert.Equal([egypt.Id, ethiopia.Id], meeting.Participants.Order().ToArray());
        Assert.Equal(nairobi.Id, meeting.Location);
        Assert.Equal("Wednesday", meeting.DateText);

        var amina_claim = f.ClaimContaining("largest user of the river");
        Assert.Equal(amina.Id, amina_claim.Speaker);
        Assert.NotNull(amina_claim.Audience);
        Assert.Equal(official.Id, f.ClaimContaining("would not accept").Speaker);
        Assert.Equal(egypt.Id, f.ClaimContaining("its concerns about").Speaker);
        Assert.Equal(ethiopia.Id, f.ClaimContaining("sharing flow data").Speaker);
        Assert.Equal(ethiopia.Id, f.ClaimContaining("national development").Speaker);
        var both = f.ClaimContaining("dam schedule affects");
        Assert.Contains(both.Speakers, s => s == egypt.Id || s == office.Id);

        f.AssertNothingAfter(text.IndexOf("本文由", StringComparison.Ordinal));
    }
}
