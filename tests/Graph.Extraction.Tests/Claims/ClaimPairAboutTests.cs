namespace Graph.Extraction.Tests.Claims;

/// <summary>
/// "said both countries would ...": content that names the article's two parties as a pair is about each of them, as
/// "both sides said" speaks for each: the parties of the latest meeting reported before the phrase.
/// </summary>
public sealed class ClaimPairAboutTests
{
    private const string Meeting = "Ferry summit\n\nEstonia and Finland met in Tallinn on Monday to discuss ferry safety.\n\n";

    [Theory]
    [InlineData("Minister Kaja Tamm said that both countries would share their ferry inspection records.")]
    [InlineData("Minister Kaja Tamm said that the two sides would share their ferry inspection records.")]
    public void Both_countries_in_what_was_said_are_the_meeting_s_parties(string sentence)
    {
        var g = Extract.From(Meeting + sentence);
        var claim = g.ClaimWith("share their ferry inspection records");
        Assert.Contains("country:ee", claim.About);
        Assert.Contains("country:fi", claim.About);
    }

    [Fact]
    public void The_sides_of_something_are_not_the_parties()
    {
        var g = Extract.From(Meeting + "Minister Kaja Tamm said that crews on both sides of this gulf wanted new ferry inspection rules.");
        Assert.Empty(g.ClaimWith("new ferry inspection rules").About);
    }

    [Fact]
    public void Both_sides_without_a_meeting_are_no_pair_of_countries()
    {
        var g = Extract.From("Rail strike\n\nTrains to France and Belgium were cancelled. Union leader Kaja Tamm said both sides were still far apart on the ferry pay offer.");
        Assert.Empty(g.ClaimWith("still far apart").About);
    }

    [Fact]
    public void With_two_meetings_both_sides_are_the_parties_of_the_one_just_reported()
    {
        var g = Extract.From(Meeting + "Both sides said ferry checks would double.\n\nOn Tuesday, Norway and Sweden held talks in Oslo on fishing rights. "
                             + "Both sides said no deal was close. Minister Kaja Tamm said that both countries would keep their catch records closed until May.");
        Assert.Equal(["country:ee", "country:fi"], g.ClaimWith("ferry checks would double").Speakers.Order());
        Assert.Equal(["country:no", "country:se"], g.ClaimWith("no deal was close").Speakers.Order());
        var about = g.ClaimWith("catch records closed").About;
        Assert.Contains("country:no", about);
        Assert.Contains("country:se", about);
    }
}
