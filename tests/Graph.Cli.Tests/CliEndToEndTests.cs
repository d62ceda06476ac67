using System.Text;
using Graph.Core.Serialization;
using Newtonsoft.Json.Linq;

namespace Graph.Cli.Tests;

/// <summary>The commands run as a process, on folders of articles written for the tests.</summary>
public sealed class CliEndToEndTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("graph-cli-").FullName;

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task Extract_writes_one_contract_line_per_article_in_input_order()
    {
        Write("in/b/two.txt", "Second story\n\nThe Kenyan government said that roads would reopen.");
        Write("in/a/one.txt", "First story\n\nPresident Ana Lopes of Chile met reporters in Santiago on Friday.");
        var result = await CliRunner.RunAsync(dir, "extract", "in", "--out", "out.jsonl");
        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(dir, "out.jsonl"));
        Assert.Equal(2, lines.Length);
        var first = GraphJson.FromLine(lines[0]);
        Assert.EndsWith(Path.Combine("a", "one.txt"), first.Article.Source);
        var json = JObject.Parse(lines[0]);
        foreach (var key in new[] { "article", "entities", "claims", "events", "relations" }) Assert.NotNull(json[key]);
        Assert.Equal("First story", (string?)json["article"]!["title"]);
    }

    [Fact]
    public async Task Query_reads_its_statement_from_an_at_file_as_the_readme_shows()
    {
        // The parser must not take "@FILE" for a response file and split the statement into arguments; the command
        // reads the file itself, then checks its parameters before it connects to anything.
        Write("queries/claims.cypher", "MATCH (c:Claim) WHERE c.text CONTAINS $word RETURN c.text AS said LIMIT 5");
        var result = await CliRunner.RunAsync(dir, "query", "@queries/claims.cypher", "-p", "no-equals-sign");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--param 'no-equals-sign' is not name=value", result.Stderr);
        Assert.DoesNotContain("Response file", result.Stderr);
    }

    [Fact]
    public async Task Eval_ner_names_a_file_that_is_not_conll_and_a_floor_given_as_a_percentage()
    {
        Write("notes.txt", "The harbour reopened on Monday\nslowly\n");
        var bad = await CliRunner.RunAsync(dir, "eval", "ner", "notes.txt");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("notes.txt is not a CoNLL-format file", bad.Stderr);
        Assert.DoesNotContain("Unhandled exception", bad.Stderr);

        Write("one.conll", "Ana NNP B-NP B-PER\nRuiz NNP I-NP I-PER\nspoke VBD B-VP O\n");
        var floor = await CliRunner.RunAsync(dir, "eval", "ner", "one.conll", "--min-f1", "90");
        Assert.Equal(1, floor.ExitCode);
        Assert.Contains("--min-f1 is a fraction between 0 and 1", floor.Stderr);
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_is_named_and_left_alone()
    {
        Write("notes.txt", "Harbour notes: call the pier office on Monday.");
        Write("blank.db", "");
        foreach (var args in new[] { new[] { "claims", "--store", "notes.txt" }, ["stats", "--store", "blank.db"], ["ingest", "in", "--store", "notes.txt"] })
        {
            Write("in/a.txt", "Harbour\n\nThe Danish government said that the harbour in Aarhus would reopen in May.");
            var result = await CliRunner.RunAsync(dir, args);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("is not a graph store", result.Stderr);
            Assert.DoesNotContain("SQLite Error", result.Stderr);
        }
        Assert.Equal("Harbour notes: call the pier office on Monday.", File.ReadAllText(Path.Combine(dir, "notes.txt")));
    }

    [Fact]
    public async Task Ingest_reports_bad_files_by_name_and_keeps_the_good_ones()
    {
        Write("in/good.txt", "Port deal\n\nThe Dutch government said that the port of Rotterdam would expand.");
        Write("in/empty.txt", "");
        File.WriteAllBytes(Path.Combine(dir, "in/binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]);
        File.WriteAllBytes(Path.Combine(dir, "in/latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E]);
        Write("in/nav.html", "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>");
        using (var big = File.Create(Path.Combine(dir, "in/huge.txt")))
        {
            var line = Encoding.UTF8.GetBytes("The council met again and said nothing new about the budget.\n");
            for (var written = 0L; written < 20L * 1024 * 1024; written += line.Length) big.Write(line);
        }
        File.CreateSymbolicLink(Path.Combine(dir, "in/gone.txt"), Path.Combine(dir, "nowhere.txt"));

        var result = await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db");
        Assert.Equal(1, result.ExitCode);
        foreach (var (file, code) in new[] { ("empty.txt", "empty"), ("binary.txt", "binary"), ("latin1.txt", "invalid-utf8"), ("nav.html", "no-article"), ("huge.txt", "too-large"), ("gone.txt", "not-found") })
            Assert.Contains(result.Stderr.Split('\n'), l => l.Contains(file) && l.Contains(code));
        Assert.DoesNotContain("Exception", result.Stderr);

        var stats = await CliRunner.RunAsync(dir, "stats", "--store", "g.db", "--json");
        Assert.Equal(0, stats.ExitCode);
        Assert.Equal(1, (int)JObject.Parse(stats.Stdout)["labels"]!["Article"]!);
    }

    [Fact]
    public async Task Ingest_counts_repeated_texts_once_and_a_second_ingest_adds_only_new_articles()
    {
        const string harbour = "Harbour talks\n\nThe Danish government said that the harbour in Aarhus would reopen in May.";
        Write("in/a.txt", harbour);
        Write("in/copy-of-a.txt", harbour);
        Write("in/b.txt", "Rail strike\n\nUnion leader Mette Holm said that the rail strike would end on Monday.");

        var first = await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db");
        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"articles ingested\s*│\s*2\s", first.Stdout);
        Assert.Matches(@"articles already stored \(or repeated\)\s*│\s*1\s", first.Stdout);

        Write("in/c.txt", "Ferry order\n\nThe shipping minister said that two new ferries had been ordered.");
        var second = await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db");
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"articles ingested\s*│\s*1\s", second.Stdout);
        Assert.Matches(@"articles already stored \(or repeated\)\s*│\s*3\s", second.Stdout);

        var stats = await CliRunner.RunAsync(dir, "stats", "--store", "g.db", "--json");
        Assert.Equal(3, (int)JObject.Parse(stats.Stdout)["labels"]!["Article"]!);

        // The repeated text keeps the name of the first file that has it, as reading the files one by one would.
        await using (var store = Graph.Storage.Sqlite.SqliteGraphStore.Open(Path.Combine(dir, "g.db"), readOnly: true))
        {
            var graph = await store.ReadAllAsync(CancellationToken.None);
            var article = Assert.Single(graph.Nodes, n => n.Name == "Harbour talks");
            Assert.EndsWith(Path.Combine("in", "a.txt"), (string)article.Properties["source"]!);
        }
    }

    [Fact]
    public async Task Show_and_export_give_the_actors_neighbourhood()
    {
        File.Copy(TestPaths.Fixture("delta-water-dialogue.txt"), Path.Combine(dir, "delta.txt"));
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "delta.txt", "--store", "g.db")).ExitCode);

        var show = await CliRunner.RunAsync(dir, "show", "Amina Tadesse", "--hops", "2", "--store", "g.db");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("AFFILIATED_WITH", show.Stdout);
        Assert.Contains("Institute for Basin Studies", show.Stdout);
        Assert.Contains("STATED", show.Stdout);
        Assert.Contains("largest user of the river", show.Stdout);

        var export = await CliRunner.RunAsync(dir, "export", "--around", "Amina Tadesse", "--hops", "2", "--format", "graphml", "--out", "amina.graphml", "--store", "g.db");
        Assert.Equal(0, export.ExitCode);
        var xml = System.Xml.Linq.XDocument.Load(Path.Combine(dir, "amina.graphml"));
        var names = xml.Descendants().Where(e => e.Name.LocalName == "data" && e.Attribute("key")?.Value == "name").Select(e => e.Value).ToList();
        Assert.Contains("Amina Tadesse", names);
        Assert.Contains("Addis Ababa University", names);

        var page = await CliRunner.RunAsync(dir, "export", "--around", "Amina Tadesse", "--format", "html", "--out", "amina.html", "--store", "g.db");
        Assert.Equal(0, page.ExitCode);
        var html = File.ReadAllText(Path.Combine(dir, "amina.html"));
        Assert.Contains("<title>Amina Tadesse: 2 relationship(s) around</title>", html);
        Assert.Contains("largest user of the river", html);
        // Each claim says its kind, so a reader can tell what was said from what was believed or found.
        Assert.Contains("<th>kind</th>", html);
        Assert.Contains("<td>statement</td>", html);

        var missing = await CliRunner.RunAsync(dir, "show", "Nobody Atall", "--store", "g.db");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Nobody Atall", missing.Stderr);
    }

    [Fact]
    public async Task Show_folds_the_same_relation_read_in_several_articles_into_one_line()
    {
        Write("in/a.txt", "Ferry plan\n\nIrena Kos, the leader of the Meadow Party, said that the ferry service would resume in June.");
        Write("in/2016-03-10-bridge.txt", "Bridge vote\n\nIrena Kos, the leader of the Meadow Party, said that the bridge vote had been put off.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);

        var show = await CliRunner.RunAsync(dir, "show", "Irena Kos", "--store", "g.db");
        Assert.Equal(0, show.ExitCode);
        // Each claim with its article, and the article's date where its file name gives one.
        Assert.Contains("Bridge vote (2016-03-10)", show.Stdout);
        var affiliation = Assert.Single(show.Stdout.Split('\n'), l => l.Contains("AFFILIATED_WITH"));
        Assert.Contains("Meadow Party", affiliation);
        Assert.Contains("in 2 articles", show.Stdout);
        // Claims are one per reading and stay apart.
        Assert.Equal(2, show.Stdout.Split('\n').Count(l => l.Contains("STATED")));
    }

    [Fact]
    public async Task Show_gives_an_affiliation_read_with_several_roles_one_line_listing_them()
    {
        Write("in/a.txt", "Ferry plan\n\nIrena Kos, the leader of the Meadow Party, said that the ferry service would resume in June.");
        Write("in/b.txt", "Bridge vote\n\nIrena Kos, the leader of the Meadow Party, said that the bridge vote had been put off.");
        Write("in/c.txt", "Harbour tax\n\nIrena Kos, a former chair of the Meadow Party, said that the harbour tax was too high.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);

        var show = await CliRunner.RunAsync(dir, "show", "Irena Kos", "--store", "g.db");
        Assert.Equal(0, show.ExitCode);
        Assert.Single(show.Stdout.Split('\n'), l => l.Contains("AFFILIATED_WITH"));
        // (The tree wraps long lines: read it as one run of words.)
        var words = string.Join(' ', show.Stdout.Replace("\u2502", " ").Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("(roles: leader (2 articles), former chair; in 3 articles)", words);
    }

    [Fact]
    public async Task Show_keeps_room_for_meetings_after_many_claims()
    {
        // Forty claims by one person (more than show lists of any one kind), then a meeting she took part in.
        var said = string.Join(" ", Enumerable.Range(1, 40).Select(n => $"Irena Kos said that pier {n} would reopen in week {n}."));
        Write("in/a.txt", "Pier plans\n\n" + said + "\n\nIrena Kos met Tomas Brandt in Riga on Tuesday to talk about the pier.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);

        var show = await CliRunner.RunAsync(dir, "show", "Irena Kos", "--store", "g.db");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("more STATED", show.Stdout);
        Assert.Contains(show.Stdout.Split('\n'), l => l.Contains("PARTICIPATED_IN") && l.Contains("Tomas Brandt"));

        // --limit sets how many of each kind: all forty claims, or five.
        var all = await CliRunner.RunAsync(dir, "show", "Irena Kos", "--limit", "100", "--store", "g.db");
        Assert.Equal(40, all.Stdout.Split('\n').Count(l => l.Contains("STATED →")));
        Assert.DoesNotContain("more STATED", all.Stdout);
        var five = await CliRunner.RunAsync(dir, "show", "Irena Kos", "--limit", "5", "--store", "g.db");
        Assert.Equal(5, five.Stdout.Split('\n').Count(l => l.Contains("STATED →")));
        Assert.Contains("35 more STATED", five.Stdout);
        Assert.Equal(1, (await CliRunner.RunAsync(dir, "show", "Irena Kos", "--limit", "0", "--store", "g.db")).ExitCode);
    }

    [Fact]
    public async Task Export_to_stdout_refuses_the_formats_that_write_a_folder()
    {
        Write("in/a.txt", "Pier plans\n\nIrena Kos said that the pier would reopen in June.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);
        var csv = await CliRunner.RunAsync(dir, "export", "--format", "csv", "--out", "-", "--store", "g.db");
        Assert.Equal(1, csv.ExitCode);
        Assert.Contains("writes a folder", csv.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "-")));
    }

    [Fact]
    public async Task Claims_lists_who_said_what_about_whom_with_filters_and_sources()
    {
        Write("in/a.txt", "Port dispute\n\nIrena Kos, the leader of the Meadow Party, said that Brazil had broken the port agreement. "
            + "\"We will not sign again,\" Kos said.");
        Write("in/b.txt", "Grain talks\nPublished: 14 March 2024\n\nTomas Vidal, the trade minister of Chile, said that the grain talks with Peru would resume in May.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);

        var all = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--format", "json", "--store", "g.db")).Stdout);
        Assert.Equal(3, all.Count);

        var byKos = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--by", "Irena Kos", "--format", "json", "--store", "g.db")).Stdout);
        Assert.Equal(2, byKos.Count);
        Assert.All(byKos, c => Assert.Equal("Irena Kos", (string?)c["speaker"]));
        // In text order within the article, each with the offsets to check it against.
        Assert.StartsWith("Brazil had broken", (string)byKos[0]["text"]!);
        Assert.True((long)byKos[0]["start"]! < (long)byKos[1]["start"]!);
        Assert.Equal("Port dispute", (string?)byKos[0]["article"]);

        var aboutPeru = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--about", "Peru", "--format", "json", "--store", "g.db")).Stdout);
        Assert.Equal("Tomas Vidal", (string?)Assert.Single(aboutPeru)["speaker"]);
        // With the day its article was published, where the article says.
        Assert.Equal("2024-03-14", (string?)aboutPeru[0]["published"]);
        Assert.Null((string?)byKos[0]["published"]);
        // A period keeps the claims of articles published in it; an article with no date is in none.
        var inMarch = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--since", "2024-03-01", "--until", "2024-03-31", "--format", "json", "--store", "g.db")).Stdout);
        Assert.Equal("Tomas Vidal", (string?)Assert.Single(inMarch)["speaker"]);
        Assert.Empty(JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--since", "2024-03-15", "--format", "json", "--store", "g.db")).Stdout));
        var badDay = await CliRunner.RunAsync(dir, "claims", "--since", "14/03/2024", "--store", "g.db");
        Assert.Equal(1, badDay.ExitCode);
        Assert.Contains("yyyy-mm-dd", badDay.Stderr);
        // stats says how many articles carry a date, and over what span.
        var dated = JObject.Parse((await CliRunner.RunAsync(dir, "stats", "--json", "--store", "g.db")).Stdout);
        Assert.Equal(1, (int)dated["datedArticles"]!);
        Assert.Equal("2024-03-14", (string?)dated["firstPublished"]);
        Assert.Equal("2024-03-14", (string?)dated["lastPublished"]);
        Assert.Matches(@"articles with a date\s*│\s*1 \(2024-03-14 to 2024-03-14\)", (await CliRunner.RunAsync(dir, "stats", "--store", "g.db")).Stdout);

        var direct = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--direct", "--format", "json", "--store", "g.db")).Stdout);
        Assert.Contains("sign again", (string)Assert.Single(direct)["text"]!);

        // All three were said; none is a belief, and --kind takes only the kinds it knows.
        Assert.All(all, c => Assert.Equal("statement", (string?)c["kind"]));
        Assert.Equal(3, JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--kind", "statement", "--format", "json", "--store", "g.db")).Stdout).Count);
        Assert.Empty(JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--kind", "belief", "--kind", "other", "--format", "json", "--store", "g.db")).Stdout));
        Assert.NotEqual(0, (await CliRunner.RunAsync(dir, "claims", "--kind", "rumour", "--store", "g.db")).ExitCode);
        Write("kinds/a.txt", "Pier plans\n\nIrena Kos said that the pier would reopen in June. Tomas Vidal believes that the pier will stay shut all summer.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "kinds", "--store", "k.db")).ExitCode);
        var beliefs = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--kind", "belief", "--format", "json", "--store", "k.db")).Stdout);
        Assert.Equal("Tomas Vidal", (string?)Assert.Single(beliefs)["speaker"]);
        var said = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--kind", "statement", "--format", "json", "--store", "k.db")).Stdout);
        Assert.Equal("Irena Kos", (string?)Assert.Single(said)["speaker"]);
        var kindCsv = (await CliRunner.RunAsync(dir, "claims", "--format", "csv", "--store", "k.db")).Stdout.Trim().Split('\n');
        Assert.EndsWith(",kind", kindCsv[0].TrimEnd('\r'));
        Assert.Contains(kindCsv.Skip(1), l => l.TrimEnd('\r').EndsWith(",belief", StringComparison.Ordinal));
        // A store whose claims were read before claims had a kind: --kind finds none of them and says why.
        Sql(Path.Combine(dir, "k.db"), "UPDATE nodes SET props = json_remove(props, '$.kind') WHERE label = 'Claim'");
        var kindless = await CliRunner.RunAsync(dir, "claims", "--kind", "belief", "--format", "json", "--store", "k.db");
        Assert.Empty(JArray.Parse(kindless.Stdout));
        Assert.Contains("2 claim(s)", kindless.Stderr);
        Assert.Contains("graph rebuild", kindless.Stderr);

        // --min-confidence keeps the claims at or above it, whatever they are.
        var confidences = all.Select(c => (double)c["confidence"]!).Order().ToList();
        Assert.All(confidences, c => Assert.InRange(c, 0.0, 1.0));
        // The three differ (a direct quote, reported speech with an apposition, plain reported speech), so the top one leaves some out.
        Assert.True(confidences[0] < confidences[^1], string.Join(", ", confidences));
        var least = confidences[^1];
        var sure = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--min-confidence", least.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--store", "g.db")).Stdout);
        Assert.Equal(confidences.Count(c => c >= least), sure.Count);
        Assert.All(sure, c => Assert.True((double)c["confidence"]! >= least));
        foreach (var bad in new[] { "80", "NaN", "-0.1" })
        {
            var outOfRange = await CliRunner.RunAsync(dir, "claims", "--min-confidence", bad, "--store", "g.db");
            Assert.Equal(1, outOfRange.ExitCode);
            Assert.Contains("--min-confidence", outOfRange.Stderr);
        }

        var csv = await CliRunner.RunAsync(dir, "claims", "--text", "GRAIN TALKS", "--format", "csv", "--store", "g.db");
        var lines = csv.Stdout.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("Tomas Vidal", lines[1]);

        // Case is folded beyond ASCII too.
        Write("in/c.txt", "Ferry line\n\nTomas Vidal said that the ÆRØ ferry would sail again in April.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);
        Assert.Single(JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--text", "ærø ferry", "--format", "json", "--store", "g.db")).Stdout));

        // At the limit, stderr says there may be more, whatever the format.
        var limited = await CliRunner.RunAsync(dir, "claims", "--limit", "1", "--format", "csv", "--store", "g.db");
        Assert.Equal(2, limited.Stdout.Trim().Split('\n').Length);
        Assert.Contains("--limit", limited.Stderr);

        // The words are text, not a pattern: "%" matches no claim here.
        Assert.Empty(JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--text", "%", "--format", "json", "--store", "g.db")).Stdout));

        var table = await CliRunner.RunAsync(dir, "claims", "--by", "Tomas Vidal", "--store", "g.db");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Grain talks", table.Stdout);

        var nobody = await CliRunner.RunAsync(dir, "claims", "--by", "Nobody Atall", "--store", "g.db");
        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains("Nobody Atall", nobody.Stderr);
    }

    [Fact]
    public async Task Claims_show_a_quote_split_by_its_speaker_without_the_speakers_words()
    {
        Write("in/a.txt", "Pier plans\n\n\"We will not pay the new toll,\" said Irena Kos, who chairs the fishers' union. \"Not one crown of it.\"");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);
        var claim = Assert.Single(JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--format", "json", "--store", "g.db")).Stdout));
        // The text is the whole span, for checking against the article; "said" is what was said.
        Assert.Contains("chairs the fishers", (string)claim["text"]!);
        Assert.Equal("\"We will not pay the new toll,\" \u2026 \"Not one crown of it.\"", (string?)claim["said"]);
        var table = await CliRunner.RunAsync(dir, "claims", "--store", "g.db");
        Assert.Contains("Not one crown", table.Stdout);
        Assert.DoesNotContain("chairs the", table.Stdout);
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "export", "--format", "html", "--out", "page.html", "--store", "g.db")).ExitCode);
        Assert.Contains("toll,&quot; \u2026 &quot;Not one crown", File.ReadAllText(Path.Combine(dir, "page.html")));
    }

    [Fact]
    public async Task Claims_by_a_name_finds_the_actor_even_when_many_article_titles_hold_the_name()
    {
        for (var i = 0; i < 22; i++)
            Write($"in/r{i:D2}.txt", $"Plan to replant lindens, part {i}\n\nTom Berg and Lina Holm said that the quay in Aarhus would reopen in week {i + 1}.");
        Write("in/ferry.txt", "Ferry news\n\nPetra Lindgren said that the night ferry would sail again.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);

        var claims = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--by", "Lind", "--format", "json", "--store", "g.db")).Stdout);
        Assert.Equal("Petra Lindgren", (string?)Assert.Single(claims)["speaker"]);
    }

    [Fact]
    public async Task Claims_by_an_institution_include_its_unnamed_members()
    {
        Write("in/a.txt", "Pier budget\n\nThe Treasury said the pier budget was sound. A senior Treasury official said the sums would be published in May.");
        Write("in/b.txt", "Ferry news\n\nTom Berg said that the night ferry would sail again.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);

        var run = await CliRunner.RunAsync(dir, "claims", "--by", "Treasury", "--format", "json", "--store", "g.db");
        var texts = JArray.Parse(run.Stdout).Select(c => (string?)c["text"]).ToList();
        Assert.Contains(texts, t => t!.Contains("budget was sound"));
        Assert.Contains(texts, t => t!.Contains("published in May"));
        Assert.Equal(2, texts.Count);
        Assert.Contains("unnamed member", run.Stderr);
    }

    [Fact]
    public async Task Claims_by_a_name_looks_only_at_actors_not_at_meetings_named_after_them()
    {
        Write("in/a.txt", "Ferry talks\n\nMayor Ana Ruiz met Bo Lind in Oslo on Monday to discuss the ferry.\n\nRuiz said that the ferry would run all winter.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);
        Assert.Contains("meeting of Ana Ruiz", (await CliRunner.RunAsync(dir, "show", "Ruiz", "--store", "g.db")).Stdout + "");

        var run = await CliRunner.RunAsync(dir, "claims", "--by", "Ruiz", "--format", "json", "--store", "g.db");
        Assert.Equal("Ana Ruiz", (string?)Assert.Single(JArray.Parse(run.Stdout))["speaker"]);
        Assert.DoesNotContain("meeting", run.Stderr);
    }

    [Fact]
    public async Task Claims_and_show_say_when_other_articles_name_the_person_by_surname_alone()
    {
        Write("in/a.txt", "Bridge plan\n\nMayor Lena Marsh said that the bridge would reopen in June.");
        Write("in/b.txt", "Ferry plan\n\nMrs Marsh said that the ferry would run all winter.");
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "g.db")).ExitCode);

        var claims = await CliRunner.RunAsync(dir, "claims", "--by", "Lena Marsh", "--store", "g.db");
        Assert.Equal(0, claims.ExitCode);
        Assert.Contains("note: 1 article(s) name only \"Marsh\"", claims.Stderr);
        Assert.Contains("add --by person:marsh to include them", claims.Stderr);
        var alone = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--by", "person:marsh", "--format", "json", "--store", "g.db")).Stdout);
        Assert.Contains("ferry", (string?)Assert.Single(alone)["text"]);
        var bothRun = await CliRunner.RunAsync(dir, "claims", "--by", "Lena Marsh", "--by", "person:marsh", "--format", "json", "--store", "g.db");
        Assert.Equal(["Bridge plan", "Ferry plan"], JArray.Parse(bothRun.Stdout).Select(c => (string)c["article"]!).Order().ToArray());
        Assert.DoesNotContain("note:", bothRun.Stderr);

        var show = await CliRunner.RunAsync(dir, "show", "Lena Marsh", "--store", "g.db");
        Assert.Contains("graph show person:marsh", show.Stderr);
        Assert.DoesNotContain("note:", (await CliRunner.RunAsync(dir, "show", "Marsh", "--store", "g.db")).Stderr);
    }

    /// <summary>
    /// A store as an older build might have left it: the article's text, and a graph with a name read wrongly
    /// ("Stale Reading") instead of the speaker this build finds. The file it came from is gone.
    /// </summary>
    private async Task<string> WriteStoreFromAnOlderBuildAsync(string text)
    {
        var path = Path.Combine(dir, "old.db");
        await using var store = Graph.Storage.Sqlite.SqliteGraphStore.Open(path);
        var id = Graph.Core.Ids.GraphIds.Article(text);
        var stale = new Graph.Core.Model.Entity
        {
            Id = Graph.Core.Ids.GraphIds.Entity(Graph.Core.Model.EntityType.Person, "Stale Reading"),
            Type = Graph.Core.Model.EntityType.Person,
            Name = "Stale Reading",
            Mentions = [new Graph.Core.Model.Mention(0, 5, text[..5], Graph.Core.Model.MentionKind.Name)],
        };
        var graph = new Graph.Core.Model.ArticleGraph
        {
            Article = new Graph.Core.Model.Article { Id = id, Source = "/gone/bridge.txt", Title = "Bridge vote", Language = "en" },
            Entities = [stale],
        };
        Assert.True(await store.WriteArticleAsync(graph, text, CancellationToken.None));
        return path;
    }

    [Fact]
    public async Task Rebuild_extracts_the_stored_texts_again_and_keeps_articles_ids_and_sources()
    {
        const string text = "Bridge vote\n\nMayor Jonas Brekke said that the bridge vote had been put off until the spring.";
        await WriteStoreFromAnOlderBuildAsync(text);

        // Ingesting into it says its articles were read by another build, and the store remembers both.
        Write("more/ferry.txt", "Ferry order\n\nThe shipping minister said that two new ferries had been ordered.");
        var ingest = await CliRunner.RunAsync(dir, "ingest", "more", "--store", "old.db");
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("note: this store holds articles extracted by an earlier build, not by this build", ingest.Stderr);
        Assert.Contains("graph rebuild", ingest.Stderr);
        // Filtering on confidence says the older readings' figures may be on another scale.
        Assert.Contains("confidences may be on another scale", (await CliRunner.RunAsync(dir, "claims", "--min-confidence", "0.5", "--store", "old.db")).Stderr);
        var current = Graph.Extraction.Pipeline.ExtractorBuild.Current;
        Assert.Equal([Graph.Storage.Sqlite.SqliteGraphStore.UnrecordedBuild, current], ExtractedBy(await CliRunner.RunAsync(dir, "stats", "--store", "old.db", "--json")));

        var rebuild = await CliRunner.RunAsync(dir, "rebuild", "--store", "old.db");
        Assert.Equal(0, rebuild.ExitCode);
        Assert.Matches(@"articles\s*│\s*2\s*│\s*2\s", rebuild.Stdout);
        Assert.Equal([current], ExtractedBy(await CliRunner.RunAsync(dir, "stats", "--store", "old.db", "--json")));
        Assert.DoesNotContain("note:", (await CliRunner.RunAsync(dir, "ingest", "more", "--store", "old.db")).Stderr);
        Assert.DoesNotContain("note:", (await CliRunner.RunAsync(dir, "claims", "--min-confidence", "0.5", "--store", "old.db")).Stderr);
        Assert.Empty(Directory.GetFiles(dir, "*.rebuild-*"));

        await using (var store = Graph.Storage.Sqlite.SqliteGraphStore.Open(Path.Combine(dir, "old.db"), readOnly: true))
        {
            var graph = await store.ReadAllAsync(CancellationToken.None);
            Assert.DoesNotContain(graph.Nodes, n => n.Name == "Stale Reading");
            Assert.Contains(graph.Nodes, n => n.Name == "Jonas Brekke");
            var article = Assert.Single(graph.Nodes, n => n.Id == Graph.Core.Ids.GraphIds.Article(text));
            Assert.Equal("/gone/bridge.txt", (string)article.Properties["source"]!);
            Assert.Equal("Bridge vote", article.Name);
        }
        var claims = JArray.Parse((await CliRunner.RunAsync(dir, "claims", "--by", "Brekke", "--format", "json", "--store", "old.db")).Stdout);
        Assert.Equal("Jonas Brekke", (string?)Assert.Single(claims)["speaker"]);

        // The same as ingesting the texts into a new store with this build.
        Write("in/bridge.txt", text);
        File.Copy(Path.Combine(dir, "more/ferry.txt"), Path.Combine(dir, "in/ferry.txt"));
        Assert.Equal(0, (await CliRunner.RunAsync(dir, "ingest", "in", "--store", "new.db")).ExitCode);
        var rebuilt = await CliRunner.RunAsync(dir, "stats", "--store", "old.db", "--json");
        var fresh = await CliRunner.RunAsync(dir, "stats", "--store", "new.db", "--json");
        Assert.Equal(fresh.Stdout, rebuilt.Stdout);
    }

    private static string[] ExtractedBy(CliRunner.Result stats) => JObject.Parse(stats.Stdout)["extractedBy"]!.Select(t => (string)t!).ToArray();

    /// <summary>Runs SQL on a SQLite file directly, as another tool would; returns the first value it gives.</summary>
    private static object? Sql(string path, string sql)
    {
        using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    [Fact]
    public async Task Rebuild_replaces_the_graph_in_place_keeping_other_tables_links_and_open_connections()
    {
        await WriteStoreFromAnOlderBuildAsync("Bridge vote\n\nMayor Jonas Brekke said that the bridge vote had been put off.");
        var path = Path.Combine(dir, "old.db");
        // A table the graph does not own (graph serve's outbox is one), reached through a link to the store.
        Sql(path, "CREATE TABLE analyst_notes (note TEXT); INSERT INTO analyst_notes VALUES ('check the mayor');");
        File.CreateSymbolicLink(Path.Combine(dir, "link.db"), path);

        await using (var other = Graph.Storage.Sqlite.SqliteGraphStore.Open(path, readOnly: true))
        {
            var rebuild = await CliRunner.RunAsync(dir, "rebuild", "--store", "link.db");
            Assert.Equal(0, rebuild.ExitCode);
            // A process that had the store open sees the rebuilt graph.
            var graph = await other.ReadAllAsync(CancellationToken.None);
            Assert.DoesNotContain(graph.Nodes, n => n.Name == "Stale Reading");
            Assert.Contains(graph.Nodes, n => n.Name == "Jonas Brekke");
        }
        Assert.NotNull(new FileInfo(Path.Combine(dir, "link.db")).LinkTarget);
        Assert.Equal("check the mayor", Sql(path, "SELECT note FROM analyst_notes"));
        Assert.Empty(Directory.GetFiles(dir, "*.rebuild-*"));
    }

    [Fact]
    public async Task Rebuild_refuses_a_missing_store_and_a_database_that_is_no_graph_store()
    {
        var missing = await CliRunner.RunAsync(dir, "rebuild", "--store", "missing.db");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("missing.db", missing.Stderr);
        Assert.False(File.Exists(Path.Combine(dir, "missing.db")));

        var path = Path.Combine(dir, "other.sqlite");
        Sql(path, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);");
        var before = File.ReadAllBytes(path);
        var other = await CliRunner.RunAsync(dir, "rebuild", "--store", "other.sqlite");
        Assert.Equal(1, other.ExitCode);
        Assert.Contains("not a graph store", other.Stderr);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Ctrl_C_during_an_ingest_says_cancelled_and_leaves_a_whole_store()
    {
        if (!OperatingSystem.IsLinux()) return; // the signal is sent with kill(1)
        // Articles with many people and meetings, so the store's writer is busy most of the run (about 5 s).
        string[] first = ["Ana", "Tom", "Lena", "Olav", "Mira", "Jonas", "Petra", "Ivo", "Sara", "Karl"];
        string[] last = ["Ruiz", "Berg", "Marsh", "Brekke", "Lind", "Holm", "Kos", "Okafor", "Reid", "Moss"];
        for (var i = 0; i < 3000; i++)
        {
            var body = new StringBuilder();
            for (var j = 0; j < 8; j++)
            {
                string a = first[(i + j) % 10] + " " + last[(i * 3 + j) % 10], b = first[(i + 2 * j) % 10] + " " + last[(i + j * 7) % 10];
                body.Append($"{a} of the Harbour Board met {b} in Aarhus on day {i}, and {a} said that berth {i + j} would stay open. ");
            }
            Write($"many/{i:D4}.txt", $"Harbour report {i}\n\n{body}");
        }
        // Closing the store while the writer thread was inside a transaction crashed the process on some runs.
        foreach (var delay in new[] { 1000, 1500, 2000, 2500, 3000 })
        {
            foreach (var f in Directory.GetFiles(dir, "c.db*")) File.Delete(f);
            var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "graph.dll"), "ingest", "many", "--store", "c.db" }) start.ArgumentList.Add(a);
            using var process = System.Diagnostics.Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // The signal goes once the ingest has opened the store: before that the runtime is still starting, has no
            // handler yet, and a slow machine would see the default exit 130 of an interrupted start, not a cancel.
            for (var waited = 0; waited < 60_000 && !File.Exists(Path.Combine(dir, "c.db")) && !process.HasExited; waited += 50) await Task.Delay(50);
            await Task.Delay(delay - 500);
            System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString()])!.WaitForExit();
            await process.WaitForExitAsync();
            var err = await stderr;
            await stdout;
            Assert.DoesNotContain("Unhandled exception", err);
            Assert.True(process.ExitCode is 0 or 2, $"exit {process.ExitCode}: {err}");
            if (process.ExitCode == 2) Assert.Contains("cancelled", err);
            Assert.Equal("ok", Sql(Path.Combine(dir, "c.db"), "PRAGMA integrity_check"));
        }
    }

    [Fact]
    public async Task Commands_without_a_store_or_with_bad_arguments_exit_1_with_a_message()
    {
        var stats = await CliRunner.RunAsync(dir, "stats", "--store", "missing.db");
        Assert.Equal(1, stats.ExitCode);
        Assert.Contains("missing.db", stats.Stderr);
        var bad = await CliRunner.RunAsync(dir, "export", "--format", "pdf", "--out", "x");
        Assert.Equal(1, bad.ExitCode);
        Assert.False(File.Exists(Path.Combine(dir, "missing.db")));
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
