using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Speakers that the entity stage must type and link right for the claim to name them: a surname that the model
/// tags as an organisation where it modifies a noun ("the Ruiz campaign") is still the person named in full, and so
/// is a surname used before the text gives the full name, or one that is also a common word and so left untagged; and
/// a "he", "she" or relative "who" that no claim took as its speaker is still a mention of the person it refers to.
/// Passages are written for these tests.
/// </summary>
public sealed class ClaimEntityTypeTests
{
    [Fact]
    public void A_surname_tagged_as_an_organisation_is_the_person_named_in_full()
    {
        var g = Extract.From("Port vote\n\nThe Kessler campaign spent heavily, and Kessler supporters packed the hall. Daniel Kessler won on Tuesday. Kessler aides said the pier \"will be rebuilt by spring.\"");
        var claim = g.ClaimWith("rebuilt by spring");
        Assert.Equal(g.PersonId("Daniel Kessler"), claim.Speaker);
        Assert.DoesNotContain(g.Entities, e => e.Type != EntityType.Person && e.Name == "Kessler");
    }

    [Fact]
    public void A_surname_before_the_full_name_is_the_same_person()
    {
        var g = Extract.From("Pier plan\n\n\"We will rebuild the pier before spring,\" Kessler said on Tuesday. Daniel Kessler, the mayor, spoke to dock workers for an hour.");
        var claim = g.ClaimWith("rebuild the pier");
        Assert.Equal(g.PersonId("Daniel Kessler"), claim.Speaker);
        Assert.Single(g.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_surname_that_is_a_common_word_is_still_the_person()
    {
        var g = Extract.From("Dock safety\n\nThe union hired Ellen Fields last spring. Fields later told reporters that \"the cranes are a danger to every crew.\"");
        var claim = g.ClaimWith("danger to every crew");
        Assert.Equal("Fields", claim.SpeakerMention!.Text);
        Assert.Equal(g.PersonId("Ellen Fields"), claim.Speaker);
    }

    [Fact]
    public void A_pronoun_that_speaks_no_claim_is_still_a_mention_of_its_person()
    {
        var text = "Harbour race\n\nTomas Varga has toured every dock this year, and he has used those tours to court the crews. Varga told reporters the cranes were \"a danger to every crew.\"";
        var g = Extract.From(text);
        var claim = g.ClaimWith("danger to every crew");
        var varga = g.Named(EntityType.Person, "Tomas Varga");
        Assert.Equal(varga.Id, claim.Speaker);
        var he = text.IndexOf(" he ", StringComparison.Ordinal) + 1;
        Assert.Contains(varga.Mentions, m => m.Start == he && m.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void A_relative_who_after_a_name_and_its_apposition_is_a_mention_of_that_person()
    {
        var text = "Harbour race\n\n\"The cranes are older than the pier,\" said Ana Ruiz, a harbour pilot who has worked the docks for years.";
        var g = Extract.From(text);
        var claim = g.ClaimWith("older than the pier");
        var ana = g.Named(EntityType.Person, "Ana Ruiz");
        Assert.Equal(ana.Id, claim.Speaker);
        var who = text.IndexOf("who", StringComparison.Ordinal);
        Assert.Contains(ana.Mentions, m => m.Start == who && m.Kind == MentionKind.Pronoun);
    }
}
