using System.CommandLine;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Extraction.Pipeline;
using Graph.Storage.Export;
using Graph.Storage.Sqlite;
using Newtonsoft.Json;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph claims [--by NAME] [--about NAME] [--text WORDS] [--direct] [--kind statement|belief|other] [--min-confidence P] [--format table|json|csv]</c>:
/// who said what, about whom, from the embedded store, each claim with the article and offsets to check it against.
/// </summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var by = new Option<string[]>("--by") { Description = "Only claims stated by this actor (name, alias or id); repeat for any of several." };
        var about = new Option<string[]>("--about") { Description = "Only claims about this actor, place or event (name, alias or id); repeat for any of several." };
        var text = new Option<string?>("--text") { Description = "Only claims whose text contains this text (case-insensitive; several words are one phrase)." };
        var direct = new Option<bool>("--direct") { Description = "Only direct quotes." };
        var kind = new Option<string[]>("--kind")
        {
            Description = "Only claims of this kind: statement (said or written), belief (what a source thinks, wants or supports) or other "
                + "(\"the study found\", \"figures show\"); repeat for any of several.",
        };
        kind.AcceptOnlyFromAmong([.. ClaimKinds.All]);
        var minConfidence = new Option<double?>("--min-confidence") { Description = "Only claims at or above this confidence (0 to 1: the estimated chance that the claim and its speaker are right; for a claim with several speakers, that any speaker named is)." };
        var since = new Option<string?>("--since") { Description = "Only claims in articles published on or after this day (yyyy-mm-dd); articles with no known date are left out." };
        var until = new Option<string?>("--until") { Description = "Only claims in articles published on or before this day (yyyy-mm-dd); articles with no known date are left out." };
        var limit = new Option<int>("--limit") { Description = "At most this many claims (a note on stderr says when there may be more).", DefaultValueFactory = _ => 200 };
        var format = new Option<string>("--format") { Description = "table, json or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var store = CommandTree.StoreOption();
        var command = new Command("claims", "List who said what (and about whom) from the store, with the source of each claim.")
        {
            by, about, text, direct, kind, minConfidence, since, until, limit, format, store,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(limit) < 1)
            {
                await Console.Error.WriteLineAsync("error: --limit must be at least 1").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(minConfidence) is { } least && least is not (>= 0 and <= 1))
            {
                await Console.Error.WriteLineAsync($"error: --min-confidence takes a number from 0 to 1 written with a decimal point (0.8), not {least.ToString(System.Globalization.CultureInfo.InvariantCulture)}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            foreach (var (name, day) in new[] { ("--since", parse.GetValue(since)), ("--until", parse.GetValue(until)) })
                if (day is not null && !DateOnly.TryParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
                {
                    await Console.Error.WriteLineAsync($"error: {name} takes a day as yyyy-mm-dd (2016-03-10), not '{day}'").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }
            await using var graphStore = SqliteGraphStore.Open(parse.GetValue(store)!, readOnly: true);
            // Claims read by a build from before kinds have none, and no --kind finds them.
            if (parse.GetValue(kind) is { Length: > 0 } && graphStore.ClaimsWithoutKind() is var kindless and > 0)
                await Console.Error.WriteLineAsync($"note: {kindless} claim(s) in this store were read by a build that gave claims no kind, and --kind leaves them out; "
                    + $"to extract every article again with this build, run: graph rebuild --store {CommandTree.Quote(graphStore.Path)}").ConfigureAwait(false);
            // Confidences are what the build that read an article estimated: another build's may be on another scale.
            if (parse.GetValue(minConfidence) is not null && graphStore.Extractors().Where(b => b != ExtractorBuild.Current).ToList() is { Count: > 0 } otherBuilds)
                await Console.Error.WriteLineAsync($"note: this store holds articles extracted by {string.Join(", ", otherBuilds.Select(ExtractorBuild.Short))}, not by this build, "
                    + $"whose confidences may be on another scale; to extract them all with this one, run: graph rebuild --store {CommandTree.Quote(graphStore.Path)}").ConfigureAwait(false);
            List<string> speakerIds = [], aboutIds = [];
            var taken = new List<(string Option, GraphNode Node)>();
            foreach (var (option, name) in (parse.GetValue(by) ?? []).Select(n => ("--by", n)).Concat((parse.GetValue(about) ?? []).Select(n => ("--about", n))))
            {
                var matches = await graphStore.FindActorsAsync(name, ct).ConfigureAwait(false);
                if (matches.Count == 0)
                {
                    await Console.Error.WriteLineAsync($"error: {option}: nothing named '{name}' in {graphStore.Path}").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }
                (option == "--by" ? speakerIds : aboutIds).Add(matches[0].Id);
                // Say which node was taken, so a near-miss ("Howard" for "Michael Howard") is visible.
                await Console.Error.WriteLineAsync($"{option}: {matches[0].Name} ({matches[0].Id})"
                    + (matches.Count > 1 ? "; also matching: " + string.Join(", ", matches.Skip(1).Take(5).Select(m => m.Name)) : "")).ConfigureAwait(false);
                taken.Add((option, matches[0]));
                // "a Treasury official said": the institution's unnamed members speak for it.
                if (option == "--by" && matches[0].Label != NodeLabels.Person)
                {
                    var members = await graphStore.UnnamedMembersAsync(matches[0].Id, ct).ConfigureAwait(false);
                    speakerIds.AddRange(members.Select(m => m.Id));
                    if (members.Count > 0)
                        await Console.Error.WriteLineAsync($"--by: with {members.Count} unnamed member(s) of {matches[0].Name} who spoke for it ("
                            + string.Join(", ", members.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).Take(3)) + (members.Count > 3 ? ", ..." : "") + ")").ConfigureAwait(false);
                }
            }
            // Once all are known: no note for a surname-only node the query already has.
            foreach (var (option, node) in taken)
                await ShowCommand.NoteSurnameOnlyAsync(graphStore, node, id => (option == "--by" ? speakerIds : aboutIds).Contains(id) ? null : $"add {option} {id} to include them", ct)
                    .ConfigureAwait(false);
            var filter = new ClaimFilter(speakerIds, aboutIds, parse.GetValue(text), parse.GetValue(direct) ? true : null, parse.GetValue(limit), parse.GetValue(minConfidence))
            {
                Kinds = parse.GetValue(kind) is { Length: > 0 } kinds ? kinds : null,
                Since = parse.GetValue(since),
                Until = parse.GetValue(until),
            };
            var claims = await graphStore.ClaimsAsync(filter, ct).ConfigureAwait(false);
            var audiences = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in claims.Select(c => c.AudienceId).OfType<string>().Distinct(StringComparer.Ordinal))
                audiences[id] = (await graphStore.FindAsync(id, ct).ConfigureAwait(false)).FirstOrDefault()?.Name ?? id;
            string? Audience(StoredClaim c) => c.AudienceId is null ? null : audiences[c.AudienceId];
            switch (parse.GetValue(format))
            {
                case "json":
                    Console.WriteLine(JsonConvert.SerializeObject(claims.Select(c => new
                    {
                        id = c.Id, speaker = c.Speaker, speakerId = c.SpeakerId, speakerText = c.SpeakerText, cue = c.Cue,
                        audience = Audience(c), text = c.Text, said = c.Said, direct = c.Direct, kind = c.Kind, confidence = c.Confidence, about = c.About,
                        article = c.ArticleTitle, articleId = c.ArticleId, source = c.ArticleSource, published = c.Published, start = c.Start, end = c.End,
                    }), Formatting.Indented));
                    break;
                case "csv":
                    Console.WriteLine("speaker,speaker_text,cue,audience,text,direct,confidence,about,article,source,published,start,end,said,kind");
                    foreach (var c in claims)
                        Console.WriteLine(string.Join(',', new[]
                        {
                            c.Speaker ?? "", c.SpeakerText ?? "", c.Cue ?? "", Audience(c) ?? "", c.Text, c.Direct ? "true" : "false",
                            c.Confidence.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), string.Join("; ", c.About),
                            c.ArticleTitle ?? "", c.ArticleSource ?? "", c.Published ?? "", c.Start.ToString(), c.End.ToString(), c.Said, c.Kind ?? "",
                        }.Select(GraphExporter.Csv)));
                    break;
                default:
                    var table = new Table().Border(TableBorder.Rounded);
                    table.AddColumns("speaker", "cue", "claim", "about", "conf.", "source");
                    foreach (var c in claims)
                        table.AddRow(
                            Markup.Escape(c.Speaker ?? (c.SpeakerText is null ? "?" : $"\"{c.SpeakerText}\"")),
                            Markup.Escape(c.Cue + (Audience(c) is { } a ? $" (to {a})" : "")),
                            Markup.Escape(c.Said),
                            Markup.Escape(string.Join("; ", c.About)),
                            c.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                            Markup.Escape($"{c.ArticleTitle}{(c.Published is { } day ? $" ({day})" : "")} [{c.Start}-{c.End}]"));
                    AnsiConsole.Write(table);
                    AnsiConsole.MarkupLine($"[grey]{claims.Count} claim(s)[/]");
                    break;
            }
            if (claims.Count == filter.Limit)
                await Console.Error.WriteLineAsync($"note: stopped at --limit {filter.Limit}; there may be more claims (raise --limit)").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
