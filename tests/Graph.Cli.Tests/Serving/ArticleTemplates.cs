using System.Text;

namespace Graph.Cli.Tests.Serving;

/// <summary>
/// Short news articles written from templates for the serving tests: people, institutions, countries, a
/// meeting, quotes and reported speech, different for every index (so every file is its own article) and the
/// same for the same index (so two runs can be compared).
/// </summary>
internal static class ArticleTemplates
{
    private static readonly string[] FirstNames = ["Amara", "Lukas", "Sofia", "Kenji", "Ines", "Tomas", "Leila", "Mateo", "Hana", "Piotr", "Nadia", "Oscar", "Yara", "Felix", "Rosa", "Daniel"];
    private static readonly string[] LastNames = ["Okafor", "Brenner", "Marquez", "Watanabe", "Duarte", "Novak", "Haddad", "Lindqvist", "Moreau", "Kowalski", "Petrov", "Adeyemi", "Castillo", "Jensen", "Rahman", "Ferreira"];
    private static readonly string[] Countries = ["Kenya", "Chile", "Japan", "Germany", "Brazil", "Canada", "India", "Norway", "Ghana", "Peru", "Vietnam", "Poland"];
    private static readonly string[] Cities = ["Nairobi", "Santiago", "Tokyo", "Berlin", "Brasilia", "Ottawa", "New Delhi", "Oslo", "Accra", "Lima", "Hanoi", "Warsaw"];
    private static readonly string[] Institutions = ["United Nations", "World Bank", "World Health Organization", "European Union", "African Union", "International Monetary Fund"];
    private static readonly string[] Roles = ["foreign minister", "finance minister", "spokesperson", "deputy director", "ambassador", "trade minister"];
    private static readonly string[] Topics = ["fishing rights", "grain exports", "a new rail link", "river water sharing", "vaccine supplies", "port fees", "solar power", "debt relief"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    /// <summary>The file name and text of article <paramref name="index"/>; <paramref name="paragraphs"/> sets its length.</summary>
    public static (string Name, string Text) Article(int index, int paragraphs = 3)
    {
        string Pick(string[] list, int salt) => list[(int)((uint)(index * 7919 + salt * 104729) % (uint)list.Length)];
        var person = $"{Pick(FirstNames, 1)} {Pick(LastNames, 2)}";
        var other = $"{Pick(FirstNames, 3)} {Pick(LastNames, 4)}";
        var country = Pick(Countries, 5);
        var city = Cities[Array.IndexOf(Countries, country)];
        var partner = Pick(Countries, 6);
        if (partner == country) partner = Countries[(Array.IndexOf(Countries, country) + 1) % Countries.Length];
        var institution = Pick(Institutions, 7);
        var role = Pick(Roles, 8);
        var topic = Pick(Topics, 9);
        var day = Pick(Days, 10);
        var text = new StringBuilder();
        text.Append(country).Append(" and ").Append(partner).Append(" hold talks on ").Append(topic).Append(", round ").Append(index).Append('\n').Append('\n');
        text.Append(city).Append(" - ").Append(person).Append(", the ").Append(role).Append(" of ").Append(country).Append(", met ").Append(other)
            .Append(" of the ").Append(institution).Append(" in ").Append(city).Append(" on ").Append(day).Append(" to discuss ").Append(topic).Append(".\n\n");
        for (var p = 0; p < paragraphs; p++)
        {
            var subject = Pick(Topics, 11 + p);
            text.Append('"').Append("We will not sign anything on ").Append(subject).Append(" without clear guarantees,").Append('"').Append(' ')
                .Append(person).Append(" told reporters after meeting number ").Append(index * 10 + p).Append(".\n\n");
            text.Append(other).Append(" said that the ").Append(institution).Append(" would publish a report on ").Append(subject)
                .Append(" before the end of the year, and that officials from ").Append(partner).Append(" supported the plan.\n\n");
        }
        text.Append("The talks are due to resume in ").Append(Pick(Cities, 12)).Append(" next month.\n");
        return ($"article-{index:D5}.txt", text.ToString());
    }

    /// <summary>Writes articles <paramref name="from"/> to <paramref name="to"/> (exclusive) into <paramref name="folder"/>.</summary>
    public static List<string> WriteMany(string folder, int from, int to, int paragraphs = 3)
    {
        var paths = new List<string>();
        for (var i = from; i < to; i++)
        {
            var (name, text) = Article(i, paragraphs);
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            paths.Add(path);
        }
        return paths;
    }
}
