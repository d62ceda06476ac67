using Graph.Core.Model;

namespace Graph.Extraction.Tests.Resolution;

public sealed class EntityResolutionTests
{
    [Fact]
    public void One_country_however_it_is_named()
    {
        var g = Extract.From("The United States and China met. The US said it would respond, and American diplomats agreed. Washington has long argued this.");
        var us = g.Named(EntityType.Country, "United States");
        Assert.Equal("country:us", us.Id);
        Assert.Contains(us.Mentions, m => m.Text == "US" && m.Kind == MentionKind.Name);
        Assert.Contains(us.Mentions, m => m.Text == "American" && m.Kind == MentionKind.Demonym);
        Assert.Contains(us.Mentions, m => m.Text == "Washington");
        Assert.Single(g.Entities, e => e.Type == EntityType.Country && e.Id == "country:us");
    }

    [Theory]
    [InlineData("The harbour plan was criticised on Monday by Beijing, which called it reckless.", "Beijing", true)]
    [InlineData("The ferry deal was quietly opposed by Moscow.", "Moscow", true)]
    [InlineData("The new ferry terminal was designed by Paris architects.", "Paris", false)]
    [InlineData("Fares rose most in Tromso, followed by Oslo and Bergen.", "Oslo", false)]
    [InlineData("The home side were beaten by Madrid on Tuesday night.", "Madrid", false)]
    public void A_capital_as_the_agent_of_a_passive_is_its_government(string text, string city, bool government)
    {
        var g = Extract.From(text);
        var mentionedAs = g.Entities.Single(e => e.Mentions.Any(m => m.Text == city));
        Assert.Equal(government ? EntityType.Country : EntityType.Location, mentionedAs.Type);
    }

    [Fact]
    public void A_title_of_several_words_the_name_starts_inside_is_still_the_role()
    {
        // The model may start the name at the title's last word: "Chancellor of the [Exchequer Ana Ruiz]".
        var text = "Chancellor of the Exchequer Ana Ruiz said growth would stay strong.";
        var candidates = new[] { new Graph.Extraction.Entities.EntityCandidate(text.IndexOf("Exchequer"), text.IndexOf(" said"), Graph.Extraction.Entities.NerLabels.Person, 0.9, "test") };
        var g = new Graph.Extraction.Resolution.EntityResolver(Graph.Extraction.Gazetteers.Gazetteer.Default)
            .Resolve(Graph.Extraction.Text.SentenceSplitter.Analyze(text), candidates, "a1");
        var person = Assert.Single(g.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Ana Ruiz", person.Name);
        Assert.Equal("Chancellor of the Exchequer", person.Properties!["role"]);
    }

    [Fact]
    public void Titles_are_stripped_and_kept_as_roles()
    {
        var g = Extract.From("Brazilian President Lucia Amaral visited Lisbon on Friday.");
        var lucia = g.Named(EntityType.Person, "Lucia Amaral");
        var affiliation = Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == lucia.Id);
        Assert.Equal("country:br", affiliation.To);
        Assert.Equal("President", affiliation.Properties["role"]);
    }

    [Fact]
    public void Two_word_titles_before_a_name_give_the_role_and_the_country()
    {
        var g = Extract.From("Canadian Prime Minister Mark Delaney said the talks were a useful start.");
        var mark = g.Named(EntityType.Person, "Mark Delaney");
        var affiliation = Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == mark.Id);
        Assert.Equal(("country:ca", "Prime Minister"), (affiliation.To, affiliation.Properties["role"]));
    }

    [Fact]
    public void A_party_named_before_party_leader_gets_the_affiliation()
    {
        // "party leader" is a title of its own; here "Party" ends the party's name, so the role is "leader" of it.
        var g = Extract.From("Meadow Party leader Irena Kos said the coalition talks would resume in March.");
        var irena = g.Named(EntityType.Person, "Irena Kos");
        var affiliation = Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == irena.Id);
        Assert.Equal(g.Named(EntityType.Institution, "Meadow Party").Id, affiliation.To);
        Assert.Equal("leader", affiliation.Properties["role"]);

        // A one-word name before the title is the title's own word: the minister is not of a "Defence" found alone.
        var minister = Extract.From("Ministry of Defence minister Ola Brekke said the new patrol boats would arrive in May.");
        Assert.DoesNotContain(minister.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == minister.PersonId("Ola Brekke"));
    }

    [Fact]
    public void British_parties_by_their_short_and_adjective_names_are_one_party_each()
    {
        var g = Extract.From("Tory leader Irena Kos met the UK Independence Party on Monday. UKIP said the talks went well. "
            + "A Lib Dem spokesman said the Liberal Democrats would not join them.");
        var irena = g.Named(EntityType.Person, "Irena Kos");
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == irena.Id && r.To == "institution:conservative-party-gb");
        var ukip = g.Named(EntityType.Institution, "UK Independence Party");
        Assert.Contains(ukip.Mentions, m => m.Text == "UKIP");
        Assert.DoesNotContain(g.Entities, e => e.Name is "Independence Party" or "UKIP" or "Lib Dem");
    }

    [Fact]
    public void A_shared_surname_goes_on_meaning_the_person_the_story_is_about()
    {
        var g = Extract.From("Senator Marta Quill toured the dockyard on Monday. Quill said the yard would stay open. "
            + "Her brother, Tobias Quill, joined her there. The tour took three hours. Quill later said the jobs were safe.");
        var marta = g.Named(EntityType.Person, "Marta Quill");
        Assert.Equal(marta.Id, g.ClaimWith("the jobs were safe").Speaker);
        Assert.Equal(1, g.Named(EntityType.Person, "Tobias Quill").Mentions.Count(m => m.Kind == MentionKind.Name));
    }

    [Fact]
    public void A_shared_surname_right_after_a_new_full_name_means_the_one_just_introduced()
    {
        var g = Extract.From("Coach Alan Reid has named his successor. Alan Reid, 68, said he was proud. "
            + "Sara Reid, 31, takes charge next month. Reid said she was honoured.");
        Assert.Equal(g.Named(EntityType.Person, "Sara Reid").Id, g.ClaimWith("she was honoured").Speaker);
    }

    [Fact]
    public void A_titled_surname_the_article_already_uses_for_one_stays_with_them_after_a_namesake_in_passing()
    {
        var g = Extract.From("Harbour vote\n\nOpposition leader Alan Reid launched his campaign on Monday. Mr Reid said the port would be his first priority. "
            + "His adviser once worked for Canada's premier, Sara Reid, in two elections. Mr Reid said the adviser would run the campaign.");
        Assert.Equal(g.Named(EntityType.Person, "Alan Reid").Id, g.ClaimWith("the adviser would run the campaign").Speaker);
    }

    [Fact]
    public void A_surname_later_is_the_same_person()
    {
        var g = Extract.From("Minister Karl Brandt arrived in Vienna. Brandt said the talks would last two days.");
        var karl = g.Named(EntityType.Person, "Karl Brandt");
        Assert.Equal(2, karl.Mentions.Count(m => m.Kind == MentionKind.Name));
    }

    [Fact]
    public void An_unnamed_official_is_a_person_of_its_own_affiliated_with_the_country()
    {
        var g = Extract.From("A senior Japanese official said that the plan was ready.");
        var official = Assert.Single(g.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(MentionKind.Nominal, official.Mentions[0].Kind);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == official.Id && r.To == "country:jp");
        Assert.Equal(official.Id, g.ClaimWith("the plan was ready").Speaker);
    }

    [Fact]
    public void A_spokeswoman_for_an_institution_is_an_unnamed_person_of_it_and_speaks_again_as_the_spokeswoman()
    {
        var g = Extract.From("A spokeswoman for the World Health Organization said that the vaccine was safe. The spokeswoman added that supplies were short in the north.");
        var who = g.Named(EntityType.Institution, "World Health Organization");
        var person = Assert.Single(g.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(["A spokeswoman", "The spokeswoman"], person.Mentions.Where(m => m.Kind == MentionKind.Nominal).Select(m => m.Text).ToArray());
        var affiliation = Assert.Single(g.Relations, r => r.Type == RelationTypes.AffiliatedWith && r.From == person.Id);
        Assert.Equal((who.Id, "spokeswoman"), (affiliation.To, affiliation.Properties["role"]));
        Assert.Equal(person.Id, g.ClaimWith("the vaccine was safe").Speaker);
        Assert.Equal(person.Id, g.ClaimWith("supplies were short").Speaker);
    }

    [Fact]
    public void National_institutions_carry_their_country_and_parts_their_whole()
    {
        var g = Extract.From("According to the Bureau of Fisheries of the Peruvian Ministry of Production, catches fell sharply this year.");
        var ministry = g.Named(EntityType.Institution, "Ministry of Production");
        var bureau = g.Named(EntityType.Institution, "Bureau of Fisheries");
        Assert.Equal("institution:ministry-of-production-pe", ministry.Id);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.PartOf && r.From == bureau.Id && r.To == ministry.Id);
        Assert.Contains(g.Relations, r => r.Type == RelationTypes.PartOf && r.From == ministry.Id && r.To == "country:pe");
    }

    [Fact]
    public void City_and_country_give_located_in_from_the_text()
    {
        var g = Extract.From("The summit opened in Nairobi, Kenya, on Monday.");
        var nairobi = g.Named(EntityType.Location, "Nairobi");
        var located = Assert.Single(g.Relations, r => r.Type == RelationTypes.LocatedIn);
        Assert.Equal((nairobi.Id, "country:ke", "Nairobi, Kenya"), (located.From, located.To, located.Evidence.Text));
    }

    [Fact]
    public void Ids_are_the_same_in_every_article()
    {
        var a = Extract.From("Fudan University hosted the forum.");
        var b = Extract.From("Students at Fudan University protested on Monday about fees.");
        Assert.Equal(a.Named(EntityType.Institution, "Fudan University").Id, b.Named(EntityType.Institution, "Fudan University").Id);
    }
}
