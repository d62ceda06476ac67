using Graph.Core.Model;

namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// Pronouns that refer to a person without being a claim's speaker: a possessive or object "his", "him" or "her"
/// is a mention of the nearest earlier person whose gender fits, as a bare "he" or "she" is. Passages are written
/// for these tests.
/// </summary>
public sealed class ClaimPronounMentionTests
{
    [Fact]
    public void A_possessive_her_is_a_mention_of_the_woman_before_it()
    {
        var text = "Ferry fares\n\nMayor Greta Lind spoke at the harbour on Monday. The crowd cheered her plan to cut ferry fares. Lind said the cut would be \"paid for by the new pier.\"";
        var g = Extract.From(text);
        var claim = g.ClaimWith("paid for by the new pier");
        var lind = g.Named(EntityType.Person, "Greta Lind");
        Assert.Equal(lind.Id, claim.Speaker);
        var her = text.IndexOf(" her ", StringComparison.Ordinal) + 1;
        Assert.Contains(lind.Mentions, m => m.Start == her && m.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void An_object_him_is_a_mention_of_the_man_before_it()
    {
        var text = "Ferry fares\n\nCouncillor Peter Hask toured the docks on Monday, and the crews greeted him warmly. Hask said the ferries were \"older than the harbour wall.\"";
        var g = Extract.From(text);
        var claim = g.ClaimWith("older than the harbour wall");
        var hask = g.Named(EntityType.Person, "Peter Hask");
        Assert.Equal(hask.Id, claim.Speaker);
        var him = text.IndexOf(" him ", StringComparison.Ordinal) + 1;
        Assert.Contains(hask.Mentions, m => m.Start == him && m.Kind == MentionKind.Pronoun);
    }
}
