using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Claims;

/// <summary>Who said it: the entities (none, one, or a group) and the span of the text that names them.</summary>
internal sealed record Speaker(IReadOnlyList<string> Ids, Span? Mention);

/// <summary>
/// Turns a speaker phrase into entities. A name or nominal is the entity whose mention heads the phrase
/// ("Sen. Ted Cruz" -> Ted Cruz, "the Chinese side" -> China, "a US official" -> that unnamed person); a
/// collective head ("the Clinton campaign", "Trump's team") speaks for the actor that modifies it; a pronoun
/// is the person (he, she) or body (it) that spoke last or the nearest earlier one outside quotations, "they" the
/// actors a sentence opens on (else no one); "who" is the name before
/// it; "both sides" are the parties of the article's meeting. A phrase with no entity keeps its span, so a
/// reader still sees who spoke ("the spokesman"). Resolved pronouns become mentions of their entity.
/// </summary>
internal sealed class SpeakerResolver(string text, ResolvedEntities entities, IReadOnlyList<GraphEvent> events)
{
    private static readonly FrozenSet<string> CollectiveHeads = new[]
    {
        "campaign", "administration", "government", "side", "team", "camp", "office", "aides", "aide", "spokesman",
        "spokeswoman", "spokesperson", "spokespeople", "officials", "leadership", "authorities", "allies",
        "staff", "staffers", "lawyers", "lawyer", "attorneys", "surrogates", "advisers", "advisors",
        "adviser", "advisor", "people", "ministry", "embassy", "delegation",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly List<ResolvedMention> extra = [];
    // Pronouns a claim left without an entity on purpose, which the pass over the other pronouns must not bind.
    private readonly HashSet<int> unbound = [];
    private IReadOnlyList<QuoteSpan>? quotes;
    private (string Id, int Offset)? lastPersonSpeaker;
    private (string Id, int Offset)? lastBodySpeaker;
    // The body that spoke last before the last one, when it was another.
    private (string Id, int Offset)? otherBodySpeaker;
    // Where a person the text only describes and no entity stands for ("a harbour spokeswoman said") spoke last, and
    // the pronoun their role word fits.
    private (int Offset, string Pronoun, int MentionStart)? lastDescribedSpeaker;
    // Where a document no entity stands for last spoke ("The new harbour study said ...").
    private int? lastDocumentSpeaker;
    // Where a body named but given no entity last spoke ("Ferry owners' lobby, the NFO, said ..."), so that "it" after
    // it is not an older body.
    private int? lastUnknownBodySpeaker;
    // Where a document owned by an actor last spoke for them ("Mr Beck's statement said ...": Beck), and who.
    private (string Id, int Offset)? lastOwnedDocument;

    public IReadOnlyList<ResolvedMention> ExtraMentions => extra;

    private IReadOnlyList<Sentence>? sentences;

    /// <summary>The article's sentences, for the subject of the sentence before a pronoun.</summary>
    public void UseSentences(IReadOnlyList<Sentence> all) => sentences = all;

    /// <summary>Quotations, so antecedents are not looked for inside what someone else said.</summary>
    public void UseQuotes(IReadOnlyList<QuoteSpan> found) => quotes = found;

    /// <summary>
    /// Records who spoke at <paramref name="offset"/>: a person is the likeliest "he" or "she" in the sentences that
    /// follow, an institution or country the likeliest "it" ("Korvane said ... it added").
    /// </summary>
    public void Spoke(Speaker speaker, int offset)
    {
        if (speaker is { Ids.Count: 0, Mention: { } nominal } && DescribedGender(nominal.Text) is { } g) lastDescribedSpeaker = (offset, g, nominal.Start);
        if (speaker is { Ids.Count: 0, Mention: { } document } && IsDocument(document.Text)) lastDocumentSpeaker = offset;
        if (speaker is { Ids.Count: 0, Mention: { } unknown } && (EndsOnShortForm(unknown.Text) || IsOtherBodyDescription(unknown.Text))) lastUnknownBodySpeaker = offset;
        if (speaker is { Ids.Count: 1, Mention: { } owned } && IsOwnedDocument(owned.Text)) lastOwnedDocument = (speaker.Ids[0], offset);
        if (speaker.Ids.Count != 1 || entities[speaker.Ids[0]] is not { } e) return;
        if (e.Type == EntityType.Person) lastPersonSpeaker = (e.Id, offset);
        else if (e.Type is EntityType.Institution or EntityType.Country)
        {
            if (lastBodySpeaker is { } before && before.Id != e.Id) otherBodySpeaker = before;
            lastBodySpeaker = (e.Id, offset);
        }
    }

    /// <summary>
    /// "a spokeswoman", "a spokesman for the port": one person brought in by a role word that says whether "he" or
    /// "she" fits, with no name; the pronoun, or null. (Not "the prime minister": a definite description is as often a
    /// person named before; nor "an official": "he" after it is as often someone the official spoke of.)
    /// </summary>
    private static string? DescribedGender(string mention)
    {
        var words = mention.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0] is not ("a" or "an" or "one" or "another")) return null;
        var head = Array.FindIndex(words, w => w is "for" or "of" or "at" or "from") is var cut and > 1 ? words[cut - 1] : words[^1];
        return head switch
        {
            "spokesman" or "chairman" or "businessman" => "he",
            "spokeswoman" or "chairwoman" or "businesswoman" => "she",
            _ => null,
        };
    }

    /// <summary>"the guidance", "a report published on Monday", "the new study": a document named by what it is.</summary>
    private static bool IsDocument(string mention)
    {
        var words = mention.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0] is "the" or "a" or "an" or "this" or "that"
            && words.Skip(1).Take(3).Any(w => SpeakerPhrases.DocumentHeads.Contains(w) || w is "guidance" or "statement" or "document" or "letter" or "ruling" or "judgment" or "judgement");
    }

    /// <summary>
    /// "the NFO", "Ferry owners' lobby, the NFO": a speaker phrase that ends on a short form in capitals, so it names a
    /// body the entities missed; not "Rates", "Recent data" or "NFO chief economist".
    /// </summary>
    private static bool EndsOnShortForm(string mention)
    {
        var space = mention.LastIndexOf(' ');
        var last = mention[(space + 1)..].TrimEnd(',', '.');
        return last.Length >= 2 && Entities.Statistical.WordShape.IsAllCaps(last);
    }

    /// <summary>
    /// Heads of a description of a body whose name usually holds the word ("the ministry", "the harbour board"); not
    /// "the firm" or "the group", which stand for a body named without the word.
    /// </summary>
    private static readonly FrozenSet<string> NamedBodyHeads = new[]
    {
        "ministry", "department", "board", "council", "commission", "committee", "authority", "regulator", "court", "embassy",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the ministry", "the harbour board": a body the text describes and no entity stands for (a description of the body
    /// named before is bound to it), so that an "it" after it is not an older body.
    /// </summary>
    private static bool IsOtherBodyDescription(string mention)
    {
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words[0] is "the" or "The" && words.Skip(1).All(w => char.IsLower(w[0]))
            && NamedBodyHeads.Contains(words[^1].TrimEnd(',', '.'));
    }

    /// <summary>"Mr Beck's statement", "Nordbank's annual report": a document its owner's possessive names.</summary>
    private static bool IsOwnedDocument(string mention)
    {
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var owner = Array.FindIndex(words, w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal));
        return owner >= 0 && words.Length - owner is >= 2 and <= 3
            && words[(owner + 1)..].Any(w => SpeakerPhrases.DocumentHeads.Contains(w.ToLowerInvariant()) || w is "statement" or "letter" or "document");
    }

    /// <summary>Whether the entity can be what the pronoun stands for: a person of a fitting gender for "he"/"she", a body for "it".</summary>
    private bool Fits(string id, string lower) => lower is "he" or "she"
        ? entities[id] is { Type: EntityType.Person } && PersonGender.Fits(GenderOf(id), lower)
        : entities[id] is { Type: EntityType.Institution or EntityType.Country };

    public Speaker Resolve(IReadOnlyList<Token> toks, Phrase phrase)
    {
        var first = toks[phrase.First];
        var last = toks[phrase.Last];
        switch (phrase.Kind)
        {
            case PhraseKind.Pronoun:
                return ResolvePronoun(first, toks[0].Start);
            case PhraseKind.Relative:
            {
                // "Trump, who said ...": the name before the comma (or right before "who").
                // Or a dash: "Ana Ruiz - who ...".
                var before = phrase.First - 1;
                if (before >= 0 && (toks[before].Text == "," || Dashes.IsAny(toks[before].Text))) before--;
                // "Ana Ruiz herself, who ...": the reflexive stresses the name before it.
                if (before > 0 && toks[before].Text.ToLowerInvariant() is "himself" or "herself" or "itself" or "themselves") before--;
                // "the Harbour Pilots Association (HPA), which ...": the short form in brackets after the name.
                if (before >= 3 && toks[before].Text is ")" && toks[before - 2].Text is "(" && toks[before - 1].IsWord && toks[before - 1].Text.Any(char.IsUpper)) before -= 3;
                var antecedent = before >= 0 ? ActorEndingAt(toks[before].End) : null;
                // ("Nordtel of Norway, which ...", "a ferry ticket valid in Denmark, which ..."): a country named after a
                // preposition places what comes before it; that is the antecedent, an actor or none (for "who", a person
                // looked for below: "Per Vik, a lecturer at a college in Norway, who ...").
                if (antecedent is { Kind: MentionKind.Name } placed && entities[placed.EntityId]?.Type == EntityType.Country
                    && Work.WordBefore(text, placed.Start, out var preposition) is var at && preposition is "of" or "in" or "from")
                    antecedent = first.Text is "who" ? null : ActorEndingAt(text.AsSpan(0, at).TrimEnd(' ').Length);
                // "Ana Ruiz, a harbour pilot, who ...": a person before a short apposition.
                if (antecedent is null && first.Text is "who") antecedent = RelativeAntecedent(first.Start, toks[0].Start);
                // "Republicans who back the plan", "Norwegians who fish": with no comma, "who" picks out some of a
                // party's or country's people, who do not speak for it ("the Republicans, who ..." may).
                if (antecedent is { Kind: MentionKind.Demonym } && before == phrase.First - 1 && first.Text is "who") antecedent = null;
                // With no actor before it, the relative pronoun itself is the source as written ("the report, which
                // notes ...", "a sign that read ...").
                if (antecedent is null) return new Speaker([], first.Text.ToLowerInvariant() is "who" or "which" or "that" ? Span.Of(text, first.Start, first.End) : null);
                return Bind(first, antecedent.EntityId);
            }
        }
        var span = Span.Of(text, first.Start, last.End);
        // An unnamed person the entity stage made ("a spokeswoman for X", "a US official") is the speaker itself,
        // not the institution it speaks for.
        var unnamed = entities.Mentions.FirstOrDefault(m => m.Start == first.Start && m.Kind == MentionKind.Nominal
            && m.End <= last.End && entities[m.EntityId]?.Type == EntityType.Person);
        // (Unless the phrase names them in an apposition after it: "the union's general secretary, Ivar Dahl,".)
        if (unnamed is not null && entities.Mentions.FirstOrDefault(m => m.Start > unnamed.End && m.End <= last.End && m.Kind == MentionKind.Name
                && entities[m.EntityId]?.Type == EntityType.Person && AppositionGap(text.AsSpan(unnamed.End, m.Start - unnamed.End))) is { } apposed)
            return new Speaker([apposed.EntityId], apposed.Span);
        if (unnamed is not null) return new Speaker([unnamed.EntityId], unnamed.Span);
        // The phrase found may be only the institution after it: "[a spokeswoman for] the World Health Organization said".
        var member = entities.Mentions.LastOrDefault(m => m.End < first.Start && first.Start - m.End <= 10 && m.Kind == MentionKind.Nominal
            && entities[m.EntityId]?.Type == EntityType.Person
            && text.AsSpan(m.End, first.Start - m.End).Trim() is var gap
            && (gap.SequenceEqual("for") || gap.SequenceEqual("of") || gap.SequenceEqual("at") || gap.SequenceEqual("for the")
                || gap.SequenceEqual("of the") || gap.SequenceEqual("at the") || gap.SequenceEqual("from") || gap.SequenceEqual("from the")));
        // So may a named person: "Ana Ruiz of the Harbour Trust said", "Tom Berg from Nordbank told ...", when the name
        // opens the subject (at the sentence start, after a comma or a conjunction, or after a title). Not after "for",
        // which follows an object as often ("backed Tom Berg for the post").
        member ??= entities.Mentions.LastOrDefault(m => m.End < first.Start && first.Start - m.End <= 10 && m.Kind == MentionKind.Name
            && entities[m.EntityId]?.Type == EntityType.Person
            && text.AsSpan(m.End, first.Start - m.End).Trim() is var gap
            && (gap.SequenceEqual("of") || gap.SequenceEqual("at") || gap.SequenceEqual("of the") || gap.SequenceEqual("at the") || gap.SequenceEqual("from") || gap.SequenceEqual("from the"))
            && OpensSubject(m.Start));
        if (member is not null) return new Speaker([member.EntityId], Span.Of(text, member.Start, last.End));
        // "the Tory MP for Ashby", "Mr Lund, MP for Ashby": the place an MP sits for does not speak; the MP does (the
        // person named right before, or the description alone).
        var window = Math.Max(0, first.Start - 80);
        var beforePhrase = text.AsSpan(window, first.Start - window).TrimEnd();
        if ((beforePhrase.EndsWith(" for") || beforePhrase.EndsWith(" for the")) && RepresentativeFor.Match(text[window..first.Start]) is { Success: true } sitsFor)
        {
            var at = window + sitsFor.Index;
            var mp = entities.Mentions.LastOrDefault(m => m.End <= at && at - m.End <= 3 && m.Kind == MentionKind.Name
                && entities[m.EntityId]?.Type == EntityType.Person);
            if (mp is not null) return new Speaker([mp.EntityId], Span.Of(text, mp.Start, last.End));
            return new Speaker([], Span.Of(text, window + sitsFor.Groups["described"].Index, last.End));
        }
        if (Group(toks, phrase) is { } group) return group;
        // The head is before any post-modifier: "Sen. Chuck Schumer (D-N.Y.)", "a person close to the Clintons",
        // "Elizabeth Arnold, 32, a former staff member".
        var headLast = phrase.Last;
        for (var t = phrase.First + 1; t <= phrase.Last; t++)
        {
            if (toks[t].Text is "," or "(" or "\u2014" || toks[t].Text.ToLowerInvariant() is "who" or "which" or "whose" or "that" or "to" or "with" or "for" or "from" or "at" or "in" or "on" or "close" or "familiar" or "involved" or "briefed"
                // "coach Peter Vance after the draw": when it was said ends the speaker.
                or "after" or "before" or "during" or "when" or "while" or "following"
                // "protesters outside the parliament", "crews near Dundee" (not "Google's outside lawyers").
                || toks[t].Text is "outside" or "near" or "beside" && t + 1 <= phrase.Last && (SpeakerPhrases.IsDeterminer(toks[t + 1].Text) || char.IsUpper(toks[t + 1].Text[0])))
            {
                headLast = t - 1;
                break;
            }
            // "The five unions meeting Ana Ruiz", "firms using the port", "those polled for the Times": a participle after
            // the head noun describes it; what it names does not speak.
            // (A capitalised head only as the phrase's first word and no name: not "Rovers sporting director Per Vik".)
            if (t > phrase.First && toks[t - 1].IsWord
                && (char.IsLower(toks[t - 1].Text[0]) || t - 1 == phrase.First && !entities.Mentions.Any(m => m.Start <= toks[t - 1].Start && m.End >= toks[t - 1].End))
                && (SpeakerPhrases.DescribesPluralHead(toks, t) || SpeakerPhrases.IsPolled(toks[t].Text) || toks[t].Text is "asked"))
            {
                headLast = t - 1;
                break;
            }
            // "Critics of the Harbour Board": those outside what "of" names head the phrase, and that is not them.
            if (toks[t].Text is "of" && SpeakerPhrases.IsOutsiderHead(toks[t - 1].Text))
            {
                headLast = t - 1;
                break;
            }
            // "Ana Ruiz of the Harbour Institute": a person named before "of" heads the phrase; "Secretary of
            // State Ana Ruiz" does not stop here, for no person ends before its "of".
            if (toks[t].Text is "of" && entities.Mentions.Any(m => m.End == toks[t - 1].End && m.Start >= first.Start && m.Kind == MentionKind.Name
                    && entities[m.EntityId]?.Type == EntityType.Person))
            {
                headLast = t - 1;
                break;
            }
        }
        // "a spokeswoman for Tom Beck said": a person's spokesman speaks for the person, as "Beck's spokeswoman" does (one
        // for a body is a person of that body, made by the entity stage).
        if (headLast + 2 <= phrase.Last && toks[headLast].Text is "spokesman" or "spokeswoman" or "spokesperson" && toks[headLast + 1].Text is "for"
            && entities.Mentions.FirstOrDefault(m => m.Start == toks[headLast + 2].Start && m.End == last.End && m.Kind == MentionKind.Name
                && entities[m.EntityId]?.Type == EntityType.Person) is { } principal)
            return new Speaker([principal.EntityId], span);
        // "Lind's spokesman, Per Dahl, said", "the union's general secretary, Ana Ruiz, said": a collective head for one
        // person or a role, named in an apposition after it, is that person.
        if (headLast + 2 <= phrase.Last && toks[headLast + 1].Text is "," && (CollectiveHeads.Contains(toks[headLast].Text) && !toks[headLast].Text.EndsWith('s')
                || ResolvedEntities.IsPersonNoun(toks[headLast].Text))
            // (The name may follow an honour or a title: "its chairman, Sir Ivar Dahl", "the committee chair, MP Ana Ruiz".)
            && entities.Mentions.FirstOrDefault(m => (m.Start == toks[headLast + 2].Start || headLast + 3 <= phrase.Last && m.Start == toks[headLast + 3].Start
                    && IsHonour(toks[headLast + 2].Text))
                && m.Kind == MentionKind.Name && entities[m.EntityId]?.Type == EntityType.Person) is { } named
            && (named.End >= toks[phrase.Last].End || text.AsSpan(named.End).TrimStart().StartsWith(",")))
            return new Speaker([named.EntityId], named.Span);
        last = toks[headLast];
        var inside = entities.Within(first.Start, last.End).Where(IsActor).ToList();
        var head = inside.LastOrDefault(m => m.End == last.End)
                   ?? entities.Mentions.LastOrDefault(m => m.Start <= last.Start && m.End >= last.End && IsActor(m))
                   ?? (phrase.Kind == PhraseKind.Name ? inside.FirstOrDefault(m => m.Kind == MentionKind.Name && entities[m.EntityId]?.Type == EntityType.Person) : null)
                   ?? NamedBeforeItsKind(inside, toks, phrase.First, headLast, entities);
        // "From Ruiz's Facebook post:", "Nordbank's Twitter feed": a medium after its owner's possessive carries the owner's words.
        if (head is not null && MediumOwner(head) is { } mediumOwner) return new Speaker([mediumOwner.EntityId], mediumOwner.Span);
        if (head is { Kind: MentionKind.Demonym } && head.End == last.End && PeopleOf(toks, phrase.First, head)) return new Speaker([], span);
        if (head is not null)
        {
            // "Trump and Pence said": every actor joined by "and" speaks; an "and" between two actors' names, not one
            // inside a name or title ("Trade and Industry Secretary Ana Ruiz said" is Ana Ruiz).
            // (Not before a verb for one: "... points behind leaders Nordvik and Ana Ruiz is confident" joins two clauses.)
            if (!SingularVerbAt(toks, phrase.Last + 1) && Enumerable.Range(phrase.First + 1, Math.Max(0, headLast - phrase.First - 1))
                .Any(k => toks[k].Text == "and" && inside.Any(m => m.End == toks[k - 1].End) && inside.Any(m => m.Start > toks[k].End)))
            {
                // (Not a word inside a longer name or modifying the next one: "the [American] Federation of Dock Workers";
                // nor the employer before a person's title: "[Acme] chief executive Ana Ruiz and ... said", also when
                // there are two: "[Norway] and [Westhaven] coach Tom Beck said".)
                bool Modifies(ResolvedMention m) => inside.Any(o => o.Start == m.End + 1 || o.Start <= m.Start && o.End >= m.End && o.End - o.Start > m.End - m.Start)
                    || EmployerBeforeTitle(m);
                bool EmployerBeforeTitle(ResolvedMention m)
                {
                    if (inside.FirstOrDefault(o => o.Start > m.End) is not { } next) return false;
                    var between = text.AsSpan(m.End, next.Start - m.End);
                    var nextIsPerson = entities[next.EntityId] is { Type: EntityType.Person };
                    // A person's staff: "[Lund] executive producer Ana Ruiz"; also after two hosts who name their show,
                    // "[Lund] and [Berg] executive producer Ana Ruiz".
                    if (entities[m.EntityId] is { Type: EntityType.Person })
                        return nextIsPerson && (StaffTitle(between) || between is " and " && EmployerBeforeTitle(next));
                    return nextIsPerson && between.IndexOfAny(",;") < 0 && !between.Contains(" and ", StringComparison.Ordinal)
                        || between is " and " && EmployerBeforeTitle(next)
                        // ("Westhaven and Norway striker Tom Beck": the second a place the entity stage gave no actor.)
                        || nextIsPerson && between.StartsWith(" and ") && ResolvedEntities.TitleOfNext(between);
                }
                var all = inside.Where(m => !Modifies(m)).Select(m => m.EntityId).Distinct().ToList();
                if (all.Count > 1) return new Speaker(all, span);
            }
            return new Speaker(SameSpan(head), head.Kind == MentionKind.Name && phrase.Kind == PhraseKind.Name ? head.Span : span);
        }
        var headWord = last.Text;
        // "a statement from Lund's campaign", "the letter from the Harbour Trust": a writing from someone speaks for them.
        if (OwnedWritings.Contains(headWord) && headLast <= phrase.First + 3 && headLast + 2 <= phrase.Last && toks[headLast + 1].Text is "from" or "by"
            && Resolve(toks, new Phrase(headLast + 2, phrase.Last, char.IsUpper(toks[headLast + 2].Text[0]) ? PhraseKind.Name : PhraseKind.Nominal)) is { Ids.Count: > 0 } writer)
            return new Speaker(writer.Ids, span);
        // "Nordbank's research found", "the club's statement said": a document or statement of an actor speaks for it.
        if (CollectiveHeads.Contains(headWord) && inside.Count > 0
            || OwnedWritings.Contains(headWord) && inside.Count > 0 && phrase.Last - 1 > phrase.First
               && toks[phrase.Last - 1].Text is "'s" or "\u2019s" or "'" or "\u2019" && inside[^1].End == toks[phrase.Last - 1].Start)
        {
            // "Nordoil's US lawyers", "Nordoils' US lawyers": the owner's people; the country after it only says where they work.
            var owner = inside.LastOrDefault(m => m.End < text.Length && text[m.End] is '\'' or '\u2019');
            var speaks = (owner is not null && entities[inside[^1].EntityId]?.Type == EntityType.Country ? owner : inside[^1]).EntityId;
            // (A person's allies, or aides who were theirs once, speak for themselves: "Clinton allies say", "a former
            // Ruiz aide said". Her campaign, staff and lawyers still speak for her.)
            if (entities[speaks]?.Type == EntityType.Person && (headWord.ToLowerInvariant() is "allies" or "ally"
                    || Enumerable.Range(phrase.First, headLast - phrase.First).Any(k => toks[k].Text.ToLowerInvariant() is "former" or "ex")))
                return new Speaker([], span);
            return new Speaker([speaks], span);
        }
        // "Oxfam's annual report said", "Nordbank's Harbour Outlook report": the owner's possessive a word or two before
        // the document.
        if (OwnedWritings.Contains(headWord) && ModifiedOwner(toks, phrase.First, phrase.Last) is { } modified)
            return new Speaker([modified.EntityId], span);
        // "Ruiz's Twitter feed said": what is published on a medium speaks for the medium's owner.
        if (PublishedOn.Contains(headWord) && inside.Count > 0 && headLast > phrase.First && inside[^1].End == toks[headLast - 1].End
            && MediumOwner(inside[^1]) is { } poster)
            return new Speaker([poster.EntityId], span);
        // "the Harbour Trust report said", "a Nordbank statement said": a body's name right before the document is its author.
        if (OwnedWritings.Contains(headWord) && inside.Count > 0 && phrase.Last > phrase.First && inside[^1].End == toks[phrase.Last - 1].End
            && entities[inside[^1].EntityId]?.Type is EntityType.Institution or EntityType.Country)
            return new Speaker([inside[^1].EntityId], span);
        // "The report said ...", "The statement continued": a document named earlier with its author ("a report by the
        // Audit Office", "a Harbour Board survey", "the board's study", "an IAAF statement") speaks for that author.
        if (phrase.Last == phrase.First + 1 && first.Text is "the" or "The" && (SpeakerPhrases.DocumentHeads.Contains(headWord) || headWord is "statement" or "letter" or "book")
            && (AuthorAfter(toks[phrase.Last]) ?? DocumentAuthor(headWord, first.Start)) is { } author)
            return new Speaker([author.EntityId], span);
        // "The Audit Office said ... . It also urged ... . The report said: “...”": with no author named for any document,
        // the report is that of the body that has just been speaking in the paragraph.
        if (phrase.Last == phrase.First + 1 && first.Text is "the" or "The" && headWord is "report" or "study" or "survey" or "review" or "research"
            && SpeakingBodyBefore(first.Start) is { } body)
            return new Speaker([body], span);
        // "Most voters back the plan, says a survey. ¶ The poll, by Nordstat, ...": a document the text names without its
        // author is the next one it names with an author, a short way on.
        if (phrase.Last == phrase.First + 1 && first.Text is "a" or "A" && SpeakerPhrases.DocumentHeads.Contains(headWord)
            && AuthorOfNextDocument(toks[phrase.Last].End) is { } later)
            return new Speaker([later.EntityId], span);
        // "The government said ...": with no country in the phrase, the country whose government the article names.
        // (Not "the government in Beijing": a capital named after it may be another country's.)
        if (phrase.Last == phrase.First + 1 && first.Text is "the" or "The" && headWord is "government" or "authorities"
            && !InPlaceAfter(last.End) && GovernedCountry() is { } home)
            return new Speaker([home], span);
        // "The government in Cairo said ...": the state whose capital is named (the entity stage made it the country).
        if (headLast == phrase.First + 1 && first.Text is "the" or "The" && headWord is "government" or "authorities" or "leadership" or "regime"
            && InPlaceAfter(last.End) && entities.Mentions.FirstOrDefault(m => m.Start == last.End + 4) is { } seat && entities[seat.EntityId]?.Type == EntityType.Country)
            return new Speaker([seat.EntityId], Span.Of(text, first.Start, seat.End));
        // "According to the Harbour Times, ... . The newspaper said ...": the paper is the outlet the text last cited.
        if (phrase.Last == phrase.First + 1 && first.Text is "the" or "The" && headWord is "newspaper" or "paper" or "daily" && CitedOutletBefore(first.Start) is { } outlet)
            return new Speaker([outlet], span);
        // "Ruiz's campaign said ... . The campaign said ...": the campaign the text last named with its candidate, who it speaks for.
        if (phrase.Last == phrase.First + 1 && first.Text is "the" or "The" && headWord is "campaign" && CampaignOwnerBefore(first.Start) is { } candidate)
            return new Speaker([candidate], span);
        return new Speaker([], span);
    }

    private static readonly Regex CampaignAfter = new(@"^(?:'s|\u2019s|\u2019)?\s+(?:presidential\s+)?campaign\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// The person or party whose campaign the text last named before <paramref name="start"/> (within 1,500 characters,
    /// outside quotations): "Ruiz's campaign", "the Ruiz campaign", "Ruiz' presidential campaign".
    /// </summary>
    private string? CampaignOwnerBefore(int start)
    {
        foreach (var m in entities.Within(Math.Max(0, start - 1500), start).Reverse())
        {
            if (m.End > start || quotes is not null && QuoteFinder.Containing(quotes, m.Start) is not null) continue;
            if (entities[m.EntityId] is not { Type: EntityType.Person or EntityType.Institution } || m.Kind is MentionKind.Pronoun) continue;
            if (CampaignAfter.IsMatch(text.AsSpan(m.End, Math.Min(30, text.Length - m.End)))) return m.EntityId;
        }
        return null;
    }

    /// <summary>
    /// Whether a nationality word heading a speaker phrase names people of the country rather than the state speaking:
    /// counted or described ("most Americans", "thousands of Germans", "three Canadians", "Hispanic Americans"), or one
    /// person ("the American", "a German", "one Israeli"). "Americans", "the Russians" and "the French" (whose plural is
    /// its singular: "the French want the talks to resume") stay the country, as "the Chinese side" does. So for a
    /// party's plural name for its members: "Democrats", "the Tories" are the party, "many Democrats" some of them.
    /// </summary>
    private bool PeopleOf(IReadOnlyList<Token> toks, int first, ResolvedMention demonym)
    {
        var before = new List<string>();
        // (Only its own conjunct, "Labour and the Tories", and what the first one opens with when it counts or
        // describes them all: "many Democrats and Republicans", not "the SNP and the Tories" or "both".)
        List<string>? lead = null;
        for (var k = first; k < toks.Count && toks[k].End <= demonym.Start; k++)
        {
            if (toks[k].Text is "and" or "or" or "," or "&")
            {
                lead ??= LeadWords(toks, first, k);
                before.Clear();
            }
            else before.Add(toks[k].Text);
        }
        if (lead is not null) before.InsertRange(0, lead);
        if (before.Count == 0) return false;
        if (before is not [var article] || article.ToLowerInvariant() is not "the") return true;
        var word = demonym.Text;
        return !word.EndsWith('s') && !ResolvedEntities.IsAdjectiveFormDemonym(word);
    }

    /// <summary>The words from <paramref name="first"/> before the first one a mention covers (before <paramref name="end"/>), less "the", "both" and "either".</summary>
    private List<string> LeadWords(IReadOnlyList<Token> toks, int first, int end)
    {
        var named = entities.Within(toks[first].Start, toks[end].Start).ToList();
        return toks.Skip(first).Take(end - first).TakeWhile(t => !named.Any(m => m.Start <= t.Start && m.End >= t.End))
            .Select(t => t.Text).Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase) && !w.Equals("both", StringComparison.OrdinalIgnoreCase)
                                            && !w.Equals("either", StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static readonly Regex OutletBefore = new(@"(?:\b[Aa]ccording to|\binterview with|\bin|\btold|\bdaily|\bnewspaper)\s+(?:the\s+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex OutletAfter = new(@"^\s+(?:newspaper|daily)\b", RegexOptions.CultureInvariant);

    /// <summary>A word that names a newspaper in its title: "the Harbour Times", "Daily Courier", "Westhaven Gazette".</summary>
    private static readonly Regex PaperName = new(@"\b(?:Times|Telegraph|Post|Journal|Herald|Guardian|Gazette|Tribune|Observer|Courier|Chronicle|Examiner|Zeitung|Daily)\b",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The outlet the text last named before <paramref name="start"/> (within 1,500 characters, outside quotations):
    /// an institution it cites somewhere before as where news came from ("according to the Harbour Times", "in an
    /// interview with X", "told X", "the X newspaper", "daily X") or whose name is a newspaper's ("The Westhaven
    /// Gazette was sued ... the newspaper said").
    /// </summary>
    private string? CitedOutletBefore(int start)
    {
        bool Outside(ResolvedMention m) => m.End <= start && (quotes is null || QuoteFinder.Containing(quotes, m.Start) is null);
        bool Cited(ResolvedMention m) => Outside(m) && entities[m.EntityId] is { Type: EntityType.Institution } body
            && (OutletBefore.IsMatch(text[Math.Max(0, m.Start - 20)..m.Start]) || OutletAfter.IsMatch(text.AsSpan(m.End, Math.Min(12, text.Length - m.End)).ToString())
                || PaperName.IsMatch(body.Name));
        var outlets = entities.Within(0, start).Where(Cited).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        if (outlets.Count == 0) return null;
        return entities.Within(Math.Max(0, start - 1500), start).LastOrDefault(m => Outside(m) && outlets.Contains(m.EntityId))?.EntityId;
    }

    private bool InPlaceAfter(int end) =>
        text.AsSpan(end).StartsWith(" in ", StringComparison.Ordinal) && end + 4 < text.Length && char.IsUpper(text[end + 4]);

    private string? governedCountry;
    private bool governedCountryKnown;

    private static readonly Regex StateNounAfter = new(@"^(?:officials|authorities|government|leaders|ministers|diplomats|police|troops|counterparts|negotiators|officers)\b",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether what an actor's possessive owns speaks or acts for it: its campaign, team, spokesman, lawyers, officials
    /// and documents ("Ruiz's campaign", "Nordbank's statement"), not its allies or its people.
    /// </summary>
    internal static bool SpeaksForOwner(string noun) =>
        CollectiveHeads.Contains(noun) && noun.ToLowerInvariant() is not ("allies" or "people") || OwnedWritings.Contains(noun) || IsStateNoun(noun);

    /// <summary>A plural noun for a state's or a body's own people ("officials", "lawmakers", "regulators"): "US lawmakers" are the US.</summary>
    public static bool IsStateNoun(string word) => StateNounAfter.IsMatch(word)
        || word is "lawmakers" or "legislators" or "regulators" or "prosecutors" or "forces" or "executives" or "spokesmen" or "spokeswomen";

    private static readonly Regex PassiveAfter = new(@"^(?:,[^,]{0,30},)?\s+(?:(?:was|were|has been|had been|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ld|ht)\b|died\b)",
        RegexOptions.CultureInvariant);

    // (At the end, ", the Tory leader said.", or set off in the middle: "Lina Berg, the club said in a statement, will ...".)
    private static readonly Regex ReportedBySomeoneAfter = new(
        @",\s+(?!(?:which|who|whom|whose|that|as)\b)(?:(?:[\w.'\u2019-]+\s+){1,6}(?:said|says|added|argued|claimed|insisted|warned|suggested)|(?:said|says|added|argued|claimed|insisted|warned)\s+[^,]{1,60})(?:\s*[.!?]$|\b[^,.]{0,30},\s)",
        RegexOptions.CultureInvariant);

    /// <summary>"MP for", "the Tory MSP for": a representative of the place named right after it (ending the text searched).</summary>
    private static readonly Regex RepresentativeFor = new(@"(?<described>(?:\b(?:[Tt]he|[Aa])\s+(?:[A-Z][\w-]*\s+){0,2})?)\b(?:MP|MSP|MEP|AM|TD|[Mm]ember|councillor|[Ss]enator)\s+for\s+(?:the\s+)?$", RegexOptions.CultureInvariant);

    private static readonly Regex WouldNotSpeak = new(@"\b(?:declined|refused|would not|did not want|was not available|could not be reached)\s+(?:to\s+)?(?:comment|be interviewed|speak|say)\b|\bcould not be reached\b|\bwas (?:not )?unavailable for comment\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex PassiveVerb = new(@"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ne|lt|ght)\b", RegexOptions.CultureInvariant);

    private static readonly Regex ContinuedSpeech = new(@"^\s+(?:added|adds|continued|continues|went on)\b", RegexOptions.CultureInvariant);

    private static readonly Regex ThirdPersonMale = new(@"\b(?:he|him|his|himself)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex ThirdPersonFemale = new(@"\b(?:she|her|hers|herself)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static Regex ThirdPerson(string pronoun) => pronoun == "she" ? ThirdPersonFemale : ThirdPersonMale;

    private static readonly Regex GovernmentAfter = new(@"^\s*(?:'s\s+|\u2019s\s+)?(?:government|authorities|officials|administration|cabinet|ministers?|president|prime minister|premier)\b",
        RegexOptions.CultureInvariant);

    /// <summary>A verb right after a name that makes it the one acting: "Turkey has ...", "India raised ...", "Brazil will ...".</summary>
    private static readonly Regex ActsAfter = new(@"^\s+(?:has|have|had|will|would|could|should|must|says|said|plans|wants|hopes|aims|[a-z]{3,}ed)\b",
        RegexOptions.CultureInvariant);

    /// <summary>A word before a name that makes it a place or an object, not who acts: "the war in Iraq", "talks with Chad".</summary>
    private static readonly Regex PrepositionBefore = new(@"\b(?:in|of|to|with|from|on|against|into|over|about|for|at|by|across|towards?|through|than|between|like)\s+(?:the\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The country the article is about, when the article names its government ("the Venezuelan government", "US
    /// officials", "Italian Prime Minister ...", a person affiliated with it in a role) or has the country act as a
    /// state ("India has raised the limit ...", "Turkey will ..."). A country that is only the topic ("the war in Iraq"
    /// in an article on a British inquiry) is not one.
    /// </summary>
    private string? GovernedCountry()
    {
        if (governedCountryKnown) return governedCountry;
        governedCountryKnown = true;
        var affiliated = entities.Relations.Where(r => r.Type == RelationTypes.AffiliatedWith && r.Properties.ContainsKey("role")).Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        var governed = entities.Entities
            .Where(e => e.Type == EntityType.Country && (affiliated.Contains(e.Id) || e.Mentions.Any(m => m.Kind == MentionKind.Nominal
                || GovernmentAfter.IsMatch(text.AsSpan(m.End, Math.Min(20, text.Length - m.End)).ToString()) || ActsAsState(m))))
            .Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        // It must also be the country the article is about: named at least twice, and twice as often as any other.
        var counts = entities.Entities.Where(e => e.Type == EntityType.Country).Select(e => (e.Id, e.Mentions.Count)).OrderByDescending(x => x.Count).ToList();
        if (counts.Count > 0 && governed.Contains(counts[0].Id) && counts[0].Count >= 2 && (counts.Count == 1 || counts[0].Count >= 2 * counts[1].Count))
            governedCountry = counts[0].Id;
        return governedCountry;
    }

    /// <summary>A country's name as the subject of a verb, outside quotations: not after a preposition, and not an adjective to a noun ("Turkey's lira").</summary>
    private bool ActsAsState(Mention m) =>
        m.Kind == MentionKind.Name && (quotes is null || QuoteFinder.Containing(quotes, m.Start) is null)
        && ActsAfter.IsMatch(text.AsSpan(m.End, Math.Min(24, text.Length - m.End)))
        && !PrepositionBefore.IsMatch(text.AsSpan(Math.Max(0, m.Start - 16), Math.Min(16, m.Start)));

    /// <summary>Nouns for what one publishes on a site or service: "post", "feed", "account", "page".</summary>
    private static readonly FrozenSet<string> PublishedOn =
        new[] { "post", "posts", "page", "account", "feed", "channel", "blog", "website", "site", "video", "tweet", "tweets", "timeline", "profile" }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The owner of a body's name that stands for a medium: "Ruiz's Facebook post", "the club's YouTube channel" (an
    /// actor's possessive right before the name, and a noun for what is published right after it).
    /// </summary>
    private ResolvedMention? MediumOwner(ResolvedMention medium)
    {
        if (entities[medium.EntityId]?.Type != EntityType.Institution) return null;
        var after = text.AsSpan(medium.End);
        if (after.Length < 2 || after[0] != ' ') return null;
        var word = after[1..];
        var stop = word.IndexOfAny(" ,.:;\n\"\u201C");
        if (!PublishedOn.Contains((stop < 0 ? word : word[..stop]).ToString())) return null;
        var before = text.AsSpan(0, medium.Start).TrimEnd();
        if (!(before.EndsWith("'s") || before.EndsWith("\u2019s"))) return null;
        var ownerEnd = before.Length - 2;
        return entities.Within(Math.Max(0, ownerEnd - 80), ownerEnd).LastOrDefault(m => m.End == ownerEnd && IsActor(m) && m.EntityId != medium.EntityId);
    }

    /// <summary>What an actor issues that speaks for it after its possessive: its documents, "the club's statement", "Nordbank's figures".</summary>
    private static readonly FrozenSet<string> OwnedWritings = SpeakerPhrases.DocumentHeads
        .Concat(["statement", "statements", "figures", "data", "website", "letter", "findings", "results", "accounts", "blog",
            // What someone answers or says in turn: "Lund's response was blunt: “...”".
            "response", "reply", "answer", "verdict", "retort", "reaction", "message", "comment", "comments", "remarks"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far back (in characters) a document's author is looked for.</summary>
    private const int DocumentReach = 3000;

    /// <summary>An actor's saying in a document, right before the document's noun: "Oxfam says in a report", "said in its annual review".</summary>
    private static readonly Regex SaysIn = new(@" (?:says|said|warns|warned|argues|argued|claims|claimed|states|stated|suggests|suggested) in (?:a|an|its|their|his|her|the)(?: [a-z]+){0,2} $",
        RegexOptions.CultureInvariant);

    private static readonly string[] DocumentAuthorLeads = [" by ", " from ", ", by ", ", carried out by ", ", conducted by ", ", commissioned by ", ", published by "];

    /// <summary>Where the text goes on after at most <paramref name="most"/> words in lower case from <paramref name="start"/>, each followed by a space.</summary>
    private int AfterLowerCaseWords(int start, int most)
    {
        var at = start;
        for (var n = 0; n < most && at < text.Length && char.IsLower(text[at]); n++)
        {
            var space = text.IndexOf(' ', at);
            if (space < 0 || space - at > 20 || text.AsSpan(at, space - at).IndexOfAny(",.;:") >= 0) return start;
            at = space + 1;
        }
        return at < text.Length && char.IsUpper(text[at]) ? at : start;
    }

    /// <summary>
    /// The actor that wrote the nearest earlier <paramref name="noun"/> that names one (see <see cref="AuthorAt"/>: "a
    /// report by the OECD", "research from pollsters Nordstat", "the harbour survey, carried out by ..."), else the
    /// author of the nearest document named by another word, a short way before.
    /// </summary>
    private ResolvedMention? DocumentAuthor(string noun, int before)
    {
        // (Nothing comes before a phrase that opens the text: a headline "The report said ...".)
        if (before <= 0) return null;
        var from = Math.Max(0, before - DocumentReach);
        for (var at = text.LastIndexOf(noun, before - 1, before - from, StringComparison.OrdinalIgnoreCase); at >= from && at >= 0;
             at = at == 0 ? -1 : text.LastIndexOf(noun, at - 1, at - from, StringComparison.OrdinalIgnoreCase))
            if (IsDocumentWord(at, noun.Length) && AuthorAt(at, noun.Length) is { } author) return author;
        // "according to research from analysts Nordstat ... , said the report": one document called by another word, when
        // it is the nearest document named before and no other is named between.
        if (!SpeakerPhrases.DocumentHeads.Contains(noun)) return null;
        var (nearest, length) = (-1, 0);
        var lo = Math.Max(0, before - NearDocumentReach);
        foreach (var head in SpeakerPhrases.DocumentHeads)
        {
            if (head == noun) continue;
            for (var at = text.LastIndexOf(head, before - 1, before - lo, StringComparison.OrdinalIgnoreCase); at > nearest;
                 at = at == lo ? -1 : text.LastIndexOf(head, at - 1, at - lo, StringComparison.OrdinalIgnoreCase))
                if (IsDocumentWord(at, head.Length)) { (nearest, length) = (at, head.Length); break; }
        }
        if (nearest < 0) return null;
        // (Not past an earlier mention of the same document word: that one is meant.)
        var same = text.LastIndexOf(noun, before - 1, before - nearest, StringComparison.OrdinalIgnoreCase);
        if (same > nearest && IsDocumentWord(same, noun.Length)) return null;
        return AuthorAt(nearest, length);
    }

    /// <summary>
    /// The institution that spoke last, when it spoke in the same paragraph a short way before <paramref name="at"/>, no
    /// other body spoke in the paragraph, no other actor is named since and no document or body with no entity spoke
    /// since; null otherwise.
    /// </summary>
    private string? SpeakingBodyBefore(int at)
    {
        if (lastBodySpeaker is not { } body || body.Offset >= at || at - body.Offset > 400 || entities[body.Id]?.Type != EntityType.Institution) return null;
        if (lastDocumentSpeaker > body.Offset || lastUnknownBodySpeaker > body.Offset) return null;
        if (text.AsSpan(body.Offset, at - body.Offset).Contains("\n\n", StringComparison.Ordinal)) return null;
        var paragraph = text.LastIndexOf("\n\n", body.Offset, StringComparison.Ordinal) + 1;
        // (Nor when another body spoke in the paragraph too: "Ifo said ..., while Zew said ... . The study found".)
        if (otherBodySpeaker is { } other && other.Offset >= paragraph) return null;
        return entities.Within(body.Offset, at).Any(m => IsActor(m) && m.EntityId != body.Id && m.Kind == MentionKind.Name) ? null : body.Id;
    }

    /// <summary>How far on (in characters) the next document is looked for.</summary>
    private const int NextDocumentReach = 600;

    /// <summary>
    /// The author of the first document word after <paramref name="from"/> (within <see cref="NextDocumentReach"/>
    /// characters, outside quotations), when the text names one with it; none when that document has no author or a
    /// country for one.
    /// </summary>
    private ResolvedMention? AuthorOfNextDocument(int from)
    {
        var (next, length) = (-1, 0);
        var hi = Math.Min(text.Length, from + NextDocumentReach);
        foreach (var head in SpeakerPhrases.DocumentHeads)
            for (var at = text.IndexOf(head, from, hi - from, StringComparison.OrdinalIgnoreCase); at >= 0 && (next < 0 || at < next);
                 at = at + head.Length >= hi ? -1 : text.IndexOf(head, at + head.Length, hi - at - head.Length, StringComparison.OrdinalIgnoreCase))
                if (IsDocumentWord(at, head.Length)) { (next, length) = (at, head.Length); break; }
        // (A country there is more often what the document is about, "the UK poll", "by US researchers", than who wrote it.)
        return next >= 0 && AuthorAt(next, length) is { } author && entities[author.EntityId]?.Type != EntityType.Country ? author : null;
    }

    /// <summary>"The survey, conducted by Nordstat, found ...": the author the document's own phrase names after it.</summary>
    private ResolvedMention? AuthorAfter(Token document)
    {
        var end = document.End;
        var right = text.AsSpan(end, Math.Min(60, text.Length - end));
        foreach (var lead in DocumentAuthorLeads)
            if (lead[0] == ',' && right.StartsWith(lead, StringComparison.Ordinal)) return AuthorAt(document.Start, document.Text.Length);
        return null;
    }

    /// <summary>How far back (in characters) a document named by another word is looked for.</summary>
    private const int NearDocumentReach = 1000;

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> is capitalised words and spaces only.</summary>
    private bool CapitalisedWordsOnly(int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!(char.IsLetter(text[i]) || text[i] == ' ') || (i == start || text[i - 1] == ' ') && !char.IsUpper(text[i])) return false;
        return text[end - 1] == ' ';
    }

    /// <summary>A document word at <paramref name="at"/>: a whole word, outside quotations.</summary>
    private bool IsDocumentWord(int at, int length) =>
        !(at > 0 && char.IsLetter(text[at - 1]) || at + length < text.Length && char.IsLetter(text[at + length]))
        && (quotes is null || QuoteFinder.Containing(quotes, at) is null);

    /// <summary>
    /// The actor whose possessive stands one or two words before <paramref name="at"/>: "Oxfam's annual report", "Nordbank's
    /// Harbour Outlook report". The words between are modifiers (no function word, no verb of saying); null if none, and
    /// for a document word in capitals, which ends a name ("the BBC's World Business Report" is a programme).
    /// </summary>
    private ResolvedMention? OwnerPastWords(int at)
    {
        if (!char.IsLower(text[at])) return null;
        var left = text.AsSpan(0, at).TrimEnd();
        for (var n = 0; n < 2; n++)
        {
            var w = left.Length;
            while (w > 0 && (char.IsLetterOrDigit(left[w - 1]) || left[w - 1] == '-')) w--;
            var word = left[w..].ToString();
            if (word.Length == 0 || SpeakerPhrases.IsBoundary(word) || SpeakerPhrases.IsDeterminer(word) || CueLexicon.Prior(word) >= 0.5) return null;
            left = left[..w].TrimEnd(' ');
            if (left.EndsWith("'s") || left.EndsWith("\u2019s"))
            {
                var ownerEnd = left.Length - 2;
                return entities.Within(Math.Max(0, ownerEnd - 80), ownerEnd).LastOrDefault(m => m.End == ownerEnd && IsActor(m));
            }
        }
        return null;
    }

    /// <summary>The actor whose possessive opens the phrase a word or two before its head ("Oxfam's annual report").</summary>
    private ResolvedMention? ModifiedOwner(IReadOnlyList<Token> toks, int first, int last) =>
        last - first >= 2 && toks[last - 1].Text is not ("'s" or "\u2019s") && toks[first].Start < toks[last].Start
            && OwnerPastWords(toks[last].Start) is { } owner && owner.Start >= toks[first].Start ? owner : null;

    /// <summary>
    /// The actor that wrote the document named at <paramref name="at"/>: right before it ("a World Bank report", "the
    /// bank's report") or after "by" or "from" right after it, past a few words saying what it is.
    /// </summary>
    private ResolvedMention? AuthorAt(int at, int length)
    {
        var end = at + length;
        var left = text.AsSpan(0, at).TrimEnd();
        var possessive = left.EndsWith("'s") || left.EndsWith("\u2019s");
        if (possessive) left = left[..^2];
        var ownerEnd = left.Length;
        // (A possessive a word or two before comes first: in "the World Bank's Harbour Outlook report" the name is the
        // report's title.)
        var owner = (possessive ? null : OwnerPastWords(at)) ?? entities.Within(Math.Max(0, at - 80), at).LastOrDefault(m => m.End == ownerEnd && IsActor(m));
        if (owner is not null) return owner;
        // "Oxfam says in a report ...": whoever says something in the document wrote it.
        var windowStart = Math.Max(0, at - 60);
        if (SaysIn.Match(text, windowStart, at - windowStart) is { Success: true } says
            && entities.Within(Math.Max(0, says.Index - 80), says.Index).LastOrDefault(m => m.End == says.Index && IsActor(m)) is { } sayer)
            return sayer;
        var right = text.AsSpan(end, Math.Min(60, text.Length - end));
        foreach (var lead in DocumentAuthorLeads)
            if (right.StartsWith(lead, StringComparison.Ordinal))
            {
                var start = end + lead.Length;
                if (text.AsSpan(start).StartsWith("the ", StringComparison.Ordinal)) start += 4;
                // "a survey from pollsters Nordstat", "the study by telecoms giant Nordtel": a few words in lower case
                // saying what the author is come before its name.
                start = AfterLowerCaseWords(start, 3);
                var after = entities.Within(start, Math.Min(text.Length, start + 120)).Where(IsActor).ToList();
                // (The tagger may have left out a name's first words: "Sunday" of "Sunday Harbour Times".)
                if (after.FirstOrDefault(m => m.Start == start || m.Start > start && m.Start - start < 30 && CapitalisedWordsOnly(start, m.Start)) is not { } by) continue;
                // The head of the name phrase: "the US Harbour Research Center" is the centre, not the US.
                while (after.FirstOrDefault(m => m.Start > by.End && m.Start - by.End == 1 && text[by.End] == ' ') is { } next) by = next;
                // A country word opening a name the tagger missed ("the US Harbour Center") is not the author.
                if (entities[by.EntityId]?.Type == EntityType.Country && by.End + 1 < text.Length && text[by.End] == ' ' && char.IsUpper(text[by.End + 1])) continue;
                // Nor the owner of the author ("a report from the Harbour Board's inspector").
                if (text.AsSpan(by.End).StartsWith("'s ", StringComparison.Ordinal) || text.AsSpan(by.End).StartsWith("\u2019s ", StringComparison.Ordinal)) continue;
                // "a book by Harbour Times journalist Ola Brandt": the writer named after the body and a word or two for
                // their trade wrote it, not the body.
                var writerAt = AfterLowerCaseWords(by.End + 1, 2);
                if (by.End < text.Length && text[by.End] == ' ' && writerAt > by.End + 1
                    && after.FirstOrDefault(m => m.Start == writerAt && entities[m.EntityId]?.Type == EntityType.Person) is { } writer) return writer;
                return by;
            }
        return null;
    }

    /// <summary>
    /// Whether the words before <paramref name="start"/> leave it opening a subject: the sentence start, a comma, "But"
    /// or ", and", past any capitalised title ("Lt Col", "Dr"). Not after another name and "and" ("Tom Vik and Ana Ruiz
    /// of the Trust" are two speakers), nor after a preposition ("the motion against President Tom Vik from ...").
    /// </summary>
    private bool OpensSubject(int start)
    {
        var i = start - 1;
        while (true)
        {
            while (i >= 0 && text[i] is ' ' or '\t') i--;
            if (i < 0 || text[i] is '\n' or ',' or '.' or '"' or '\u201C' or '(') return true;
            var w = i;
            while (w >= 0 && (char.IsLetter(text[w]) || text[w] is '.')) w--;
            var word = text[(w + 1)..(i + 1)];
            if (word is "But") return true;
            // "As Ana Ruiz of the Harbour Trust noted", "when Tom Berg from Nordbank spoke": a subordinator opens a
            // clause whose subject follows.
            if (word.ToLowerInvariant() is "as" or "when" or "while" or "after" or "before" or "because" or "since" or "although" or "though"
                or "if" or "once" or "until" or "whereas") return true;
            if (word is "and" or "but")
            {
                var c = w;
                while (c >= 0 && text[c] is ' ') c--;
                return c >= 0 && text[c] is ',';
            }
            // A title: look past it.
            if (word.Length > 0 && char.IsUpper(word[0]) && !SpeakerPhrases.IsBoundary(word) && w < i) { i = w; continue; }
            return false;
        }
    }

    /// <summary>A comma between a description and the name it is given, perhaps with an honour or title ("Sir", "MP", "Dr").</summary>
    private static bool AppositionGap(ReadOnlySpan<char> gap) =>
        gap.StartsWith(", ") && (gap.Length == 2 || gap.EndsWith(" ") && IsHonour(gap[2..^1].TrimEnd('.').ToString()));

    private static bool IsHonour(string word) => word is "Sir" or "Dame" or "Lord" or "Lady" or "MP" or "Dr" or "Prof" or "Mr" or "Mrs" or "Ms";

    /// <summary>"his", "her", "their" as the possessor of a noun cue: resolved like the matching pronoun.</summary>
    public Speaker ResolvePossessive(Token possessive)
    {
        var asPronoun = possessive.Text.ToLowerInvariant() switch { "his" => "he", "her" => "she", "their" => "they", _ => "it" };
        var resolved = ResolvePronoun(possessive with { Text = asPronoun });
        // The mention is the possessive as written.
        if (resolved.Mention is { } m && m.Text != possessive.Text)
        {
            var span = Span.Of(text, possessive.Start, possessive.End);
            var i = extra.FindIndex(x => x.Start == possessive.Start);
            if (i >= 0) extra[i] = extra[i] with { Text = span.Text };
            return resolved with { Mention = span };
        }
        return resolved;
    }

    /// <summary>The source phrase of "according to ...": the actor after "by" in it, else the last actor named, else none.</summary>
    public Speaker ResolveSourcePhrase(IReadOnlyList<Token> toks, int first, int last)
    {
        var span = Span.Of(text, toks[first].Start, toks[last].End);
        if (first == last && CueLexicon.Pronouns.Contains(toks[first].Text)) return ResolvePronoun(toks[first]);
        // A mention inside a longer one is a modifier of that name: "Norwegian" in "the Norwegian Ministry of Foreign
        // Affairs" is not the source, the ministry is.
        var all = entities.Within(span.Start, span.End).Where(IsActor).ToList();
        var actors = all.Where(m => !all.Any(o => o != m && o.Start <= m.Start && o.End >= m.End && o.End - o.Start > m.End - m.Start)).ToList();
        // A country that only says where the source is from is not it when the phrase names the source too: "a report
        // by UK think-tank Harbourview", "the Harbour Gazette's Norway correspondent", "Norway's Nordbank".
        var described = actors.Where(m => m.End < span.End && entities[m.EntityId]?.Type == EntityType.Country && DescribesNext(m.End)).ToList();
        if (described.Count > 0 && described.Count < actors.Count) actors = actors.Except(described).ToList();
        // "according to the report": a document named earlier with its author speaks for that author, as in "the report said".
        if (actors.Count == 0 && last == first + 1 && toks[first].Text is "the" or "The" && (SpeakerPhrases.DocumentHeads.Contains(toks[last].Text) || toks[last].Text is "book")
            && (AuthorAfter(toks[last]) ?? DocumentAuthor(toks[last].Text, toks[first].Start)) is { } author)
            return new Speaker([author.EntityId], span);
        if (actors.Count == 0) return new Speaker([], span);
        // "according to four senior Democrats", "according to many Norwegians": some of the people, not the body.
        if (actors[^1] is { Kind: MentionKind.Demonym } people
            && (people.End == span.End && PeopleOf(toks, first, people) || people.End < span.End && ResolvedEntities.IsPeoplesPlural(people) && DescribedAfter(people.End)))
            return new Speaker([], span);
        var by = toks.Skip(first).Take(last - first + 1).Where(t => t.Text == "by").Select(t => t.End).DefaultIfEmpty(-1).First();
        var source = by >= 0 ? actors.FirstOrDefault(m => m.Start > by) ?? actors[^1] : actors[^1];
        return new Speaker(SameSpan(source), span);
    }

    /// <summary>"... who", "... that", "... involved in", "... living abroad": the words after a plural describe it.</summary>
    private bool DescribedAfter(int end)
    {
        Work.WordAfter(text, end, out var word);
        return word is "who" or "that" || word.Length > 4 && char.IsLower(word[0]) && (word.EndsWith("ing") || word.EndsWith("ed"));
    }

    /// <summary>A verb whose subject is one: "is", "was", "has", or a cue ending in -s ("says", "believes").</summary>
    private static bool SingularVerbAt(IReadOnlyList<Token> toks, int k) =>
        k < toks.Count && (toks[k].Text is "is" or "was" or "has" or "does"
                           || toks[k].Text.Length > 3 && toks[k].Text.EndsWith('s') && !toks[k].Text.EndsWith("ss", StringComparison.Ordinal) && CueLexicon.IsCue(toks[k].Text));

    /// <summary>Whether a country's name ending at <paramref name="end"/> modifies what follows: "UK think-tank", "Norway's", not "UK officials".</summary>
    private bool DescribesNext(int end)
    {
        var rest = text.AsSpan(end);
        if (rest.StartsWith("'s ") || rest.StartsWith("\u2019s ")) return true;
        if (!ResolvedEntities.NounAfter(text, end) && !(rest.Length > 1 && rest[0] == ' ' && char.IsUpper(rest[1]))) return false;
        Work.WordAfter(text, end, out var word);
        return word.Length > 0 && !IsStateNoun(word.ToString());
    }

    /// <summary>The first person named in [start, end), if any: the name after a role ("Russian tennis chief Ana Ruiz").</summary>
    public ResolvedMention? PersonStartingIn(int start, int end) =>
        entities.Within(start, end).FirstOrDefault(m => m.Kind == MentionKind.Name && entities[m.EntityId]?.Type == EntityType.Person);

    /// <summary>The first actor mentioned in [start, end): an audience ("told the Global Times").</summary>
    public string? ActorStartingIn(int start, int end)
    {
        // The longest of the mentions that start first: "told the [Norwegian] Ministry of Foreign Affairs" is the ministry.
        // A demonym before more words only says where the audience is from: "told [Czech] newspaper Sport".
        ResolvedMention? best = null;
        // (A name that starts in the audience may run on past where it was cut: "told Harbour Radio 4's show on Monday".)
        foreach (var m in entities.Within(start, Math.Min(text.Length, end + 12)).Where(m => m.Start < end))
            if (IsActor(m) && (best is null || m.Start == best.Start && m.End > best.End))
                best = m;
        // (But "warned Chinese officials", "urged Israeli authorities": a state's people are the state.)
        if (best is { Kind: MentionKind.Demonym } && text.AsSpan(best.End, end - best.End).Trim() is { Length: > 0 } rest
            && !StateNounAfter.IsMatch(rest.ToString()))
            return entities.Within(best.End, end).FirstOrDefault(IsActor)?.EntityId;
        // So does a country's name before a noun: "told US radio network Kestrel FM", "told UK investors".
        if (best is not null && entities[best.EntityId]?.Type == EntityType.Country && ResolvedEntities.NounAfter(text, best.End)
            && !StateNounAfter.IsMatch(text.AsSpan(best.End, Math.Min(40, text.Length - best.End)).TrimStart(' ').ToString()))
            return entities.Within(best.End, end).FirstOrDefault(IsActor)?.EntityId;
        return best?.EntityId;
    }

    private Speaker ResolvePronoun(Token pronoun, int sentenceStart = -1)
    {
        var span = Span.Of(text, pronoun.Start, pronoun.End);
        var lower = pronoun.Text.ToLowerInvariant();
        // "I" and "we" outside quotations are the writer or the outlet, not an earlier actor.
        if (lower is "we" or "i" or "you") return new Speaker([], span);
        // "It is worth noting ...", "It took Berg four minutes ...", "It looks a close race": an "it" that stands for no
        // actor, only for the clause after it.
        if (lower == "it" && Expletive(pronoun.End)) return Unbound(pronoun, span);
        // The person who spoke last is the likeliest "he" or "she" while the report of what they said goes on,
        // unless the pronoun's own sentence names someone else before it and not them: "Ann Berg has made it plain
        // that she expects a fight" is Ann even right after Eva Holm's quote. So is the body that spoke last for "it"
        // ("Korvane said its losses were unclear ... Later, it added ..."), not a country or firm its report named since.
        if (lower == "they")
            return TheyAntecedent(pronoun, depth: 0) switch
            {
                [var one] => Bind(pronoun, one),
                { Count: > 1 } several => new Speaker(several, span),
                _ => new Speaker([], span),
            };
        // "The harbour committee finished its inquiry after it found ...": a body the sentence opens on by description,
        // with no entity, is what a later "it" in that sentence stands for, not a body that spoke before; and "It" goes
        // on with it.
        if (lower == "it" && sentenceStart >= 0 && sentenceStart < pronoun.Start && DescribedBodyOpens(sentenceStart, pronoun.Start))
        {
            lastUnknownBodySpeaker = pronoun.Start;
            return Unbound(pronoun, span);
        }
        var lastFitting = lower is "he" or "she" ? lastPersonSpeaker : lower is "it" ? lastBodySpeaker : null;
        // "Mr Beck's statement said: “...” It added: “...”": "it" is the statement, which speaks for its owner, when no body
        // spoke since (the pronoun is no mention of the owner, who may be a person).
        if (lower == "it" && lastOwnedDocument is { } owned && owned.Offset < pronoun.Start && pronoun.Start - owned.Offset < 400
            && (lastFitting is not { } spokeSince || spokeSince.Offset <= owned.Offset) && (lastDocumentSpeaker is not { } other || other < owned.Offset)
            && !text.AsSpan(owned.Offset, pronoun.Start - owned.Offset).Contains("\n\n", StringComparison.Ordinal)
            && (Antecedent(pronoun.Start, lower) is not { } namedSince || namedSince.Start < owned.Offset))
        {
            unbound.Add(pronoun.Start);
            return new Speaker([owned.Id], span);
        }
        // "The report said ... . It found ...": after a document no entity stands for, "it" goes on with the document,
        // which a country named before is not (a body may be its author); it is left without an entity.
        // So does a body named that no entity stands for ("The NFO said ... It also said ...").
        if (lower == "it" && lastUnknownBodySpeaker is { } unknown && unknown < pronoun.Start && pronoun.Start - unknown < 400
            && (lastFitting is not { } spoke || spoke.Offset < unknown) && !text.AsSpan(unknown, pronoun.Start - unknown).Contains("\n\n", StringComparison.Ordinal)
            && (Antecedent(pronoun.Start, lower) is not { } namedAfter || namedAfter.Start < unknown))
            return Unbound(pronoun, span);
        var afterDocument = lower == "it" && lastDocumentSpeaker is { } document && document < pronoun.Start && pronoun.Start - document < 400
            && (lastFitting is not { } body || body.Offset < document) && !text.AsSpan(document, pronoun.Start - document).Contains("\n\n", StringComparison.Ordinal);
        // "“...,” a harbour spokesman said. “...,” he added.": after a person the text only describes, "he" or "she" goes
        // on with them, not with someone named before; it is left without an entity rather than given to the wrong
        // one (unless a person who fits is named since).
        if (lastDescribedSpeaker is { } described && described.Pronoun == lower && described.Offset < pronoun.Start && pronoun.Start - described.Offset < 400
            && (lastFitting is not { } older || older.Offset < described.Offset)
            && !text.AsSpan(described.Offset, pronoun.Start - described.Offset).Contains("\n\n", StringComparison.Ordinal)
            // (Not when what that person said speaks of someone as "she": "“She was worn out,” a spokeswoman said. She ...".)
            && !(QuoteRightBefore(described.MentionStart) is { } words && ThirdPerson(lower).IsMatch(text.AsSpan(words.Inner.Start, words.Inner.End - words.Inner.Start).ToString())))
        {
            if (Antecedent(pronoun.Start, lower) is { } since && since.Start > described.Offset) return Bind(pronoun, since.EntityId);
            unbound.Add(pronoun.Start);
            return new Speaker([], span);
        }
        // ("The Harbour Board will be sold off, it said" after Nordbank spoke: a body named in what "it" reports is
        // what it spoke about, not who spoke. So is a person: "This is the record Beck must defend, he said" after
        // Brandt spoke is Brandt's, unless the sentence before opened on the one named: "Beck agrees. Beck has lost
        // money, he said.")
        var afterContent = lower is "it" or "he" or "she" && text.AsSpan(0, pronoun.Start).TrimEnd(' ').EndsWith(",") && Work.WordAfter(text, pronoun.End, out var cue) >= 0
            && CueLexicon.Speech.Contains(cue.ToString());
        if (lastFitting is { } last && last.Offset < pronoun.Start && pronoun.Start - last.Offset < 600 && Fits(last.Id, lower))
        {
            var actor = lower == "it" && afterContent ? null : SentenceActor(pronoun, lower, sentenceStart, last.Id);
            if (afterContent && actor is not null && !PreviousSentenceOpensOn(actor, sentenceStart)) actor = null;
            var chosen = last.Offset < sentenceStart && (actor ?? PreviousSubject(OpeningPronoun(pronoun, lower, sentenceStart) ?? pronoun, lower, sentenceStart, last)
                ?? IntroducedBefore(pronoun, lower, sentenceStart, last)) is { } named ? named : last.Id;
            // (A country that spoke itself may have written the document: "Norway said ... . The note said ... . It added ...".)
            return afterDocument && chosen != last.Id && entities[chosen]?.Type == EntityType.Country ? Unbound(pronoun, span) : Bind(pronoun, chosen);
        }
        var antecedent = Antecedent(pronoun.Start, lower);
        if (antecedent is null) return new Speaker([], span);
        // ("..., with Norway adding 20 routes, it said" after a report spoke: with no body that spoke before, a country
        // named nearest is what was reported on, not who reported it.)
        return (afterDocument || afterContent) && entities[antecedent.EntityId]?.Type == EntityType.Country ? Unbound(pronoun, span) : Bind(pronoun, antecedent.EntityId);
    }

    /// <summary>
    /// What "they" stands for: the actors a sentence opens on as its subject, its own sentence's when the pronoun comes
    /// later in it, else the sentence before's: two or more named ("Ana Ruiz and Tom Beck ruled ... They said"), or one
    /// institution or country ("The Harbour Alliance met ... They said"), or what a "They" opening that sentence stood
    /// for. None otherwise: in news "they" is most often a group the text never names ("analysts", "five MPs", "those
    /// asked"), which the nearest name is not.
    /// </summary>
    private IReadOnlyList<string> TheyAntecedent(Token pronoun, int depth)
    {
        if (sentences is null || AnalyzedText.SentenceAt(sentences, pronoun.Start) is not { } own) return [];
        var toks = own.Tokens;
        var at = 0;
        while (at < toks.Count && toks[at].Start < pronoun.Start) at++;
        // Only openers before the pronoun ("But they said", "On Monday, they said") send it to the sentence before.
        var opensSentence = true;
        for (var k = 0; k < at && opensSentence; k++)
            opensSentence = toks[k].Text is "And" or "But" or "However" or "Yet" or "So" or "Still" or "Now" or ","
                || k < 5 && toks[at - 1].Text == "," || at == 1 && toks[0].Text.EndsWith("ly", StringComparison.Ordinal);
        // (Not after a comma: in "Prices will rise, they said" the sentence opens on what was said.)
        if (!opensSentence && toks[at - 1].Text != ",") return OpeningActors(toks, pronoun.Start, depth);
        var index = own.Index < sentences.Count && sentences[own.Index].Start == own.Start ? own.Index : -1;
        return index > 0 ? OpeningActors(sentences[index - 1].Tokens, own.Start, depth) : [];
    }

    /// <summary>
    /// The actors that open a sentence as its subject before <paramref name="before"/>, perhaps after an opening phrase
    /// and its comma: "Ana Ruiz and Tom Beck", "The Harbour Alliance", followed by a word that reads as their verb
    /// (<see cref="IsVerbLike"/>); one person alone is not "they".
    /// </summary>
    private IReadOnlyList<string> OpeningActors(IReadOnlyList<Token> toks, int before, int depth)
    {
        var i = 0;
        if (i < toks.Count && toks[i].Text is "And" or "But") i++;
        if (i < toks.Count && toks[i].Text is "They" && depth < 2 && toks[i].Start < before) return TheyAntecedent(toks[i], depth + 1);
        if (i < toks.Count && toks[i].Text is "Both") i++;
        // An opening phrase up to a comma ("Despite the vote, the Tories ...", "On Monday, Ana Ruiz and Tom Beck ..."):
        // the subject comes after it.
        if (i < toks.Count && toks[i].IsWord && char.IsUpper(toks[i].Text[0]) && OpeningPhraseWords.Contains(toks[i].Text))
            for (var k = i + 1; k < toks.Count && k <= i + 12 && toks[k].Start < before; k++)
                if (toks[k].Text == ",")
                {
                    i = k + 1;
                    break;
                }
        var ids = new List<string>();
        while (i < toks.Count && toks[i].Start < before)
        {
            var m = entities.Within(toks[i].Start, Math.Min(text.Length, toks[i].Start + 120))
                .Where(x => x.Start == toks[i].Start && IsActor(x)).MaxBy(x => x.End);
            // "The", and capitalised titles before a person's name ("Lord Justice Ana Ruiz").
            if (m is null && (toks[i].Text is "The" or "the" || TitleBefore(toks, i)) && i + 1 < toks.Count)
            {
                i++;
                continue;
            }
            if (m is null || m.Kind is not (MentionKind.Name or MentionKind.Nominal)
                || quotes is not null && QuoteFinder.Containing(quotes, m.Start) is not null) return [];
            if (!ids.Contains(m.EntityId)) ids.Add(m.EntityId);
            while (i < toks.Count && toks[i].Start < m.End) i++;
            // "Ana Ruiz, 31, and Tom Beck, 30,": an age after a name.
            if (i + 2 < toks.Count && toks[i].Text == "," && toks[i + 1].Kind == TokenKind.Number && toks[i + 2].Text == ",") i += 2;
            // "Ana Ruiz, Tom Beck and Eva Holm", "Ana Ruiz and the Harbour Alliance".
            var next = i;
            if (next < toks.Count && toks[next].Text == ",") next++;
            if (next < toks.Count && toks[next].Text == "and") next++;
            if (next > i && next < toks.Count && ids.Count < 5 && (toks[next].Text is "the" or "The" || char.IsUpper(toks[next].Text[0]) && toks[next].IsWord))
            {
                i = next;
                continue;
            }
            if (i < toks.Count && toks[i].Text == "," && next == i + 1) i++;
            break;
        }
        if (ids.Count == 0 || i >= toks.Count || toks[i].Start >= before || !IsVerbLike(toks[i].Text)) return [];
        if (ids.Count == 1 && entities[ids[0]] is not { Type: EntityType.Institution or EntityType.Country }) return [];
        return ids;
    }

    /// <summary>Words that open a phrase before the subject: "Despite ...,", "On Monday,", "After the vote,".</summary>
    private static readonly FrozenSet<string> OpeningPhraseWords = new[]
    {
        "Despite", "After", "Before", "While", "Although", "Though", "In", "On", "At", "With", "Following", "Since", "When",
        "As", "Last", "Earlier", "Later", "During", "Under", "For", "Instead", "Meanwhile", "However", "Yet", "Still",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A word after a subject that reads as its verb ("ruled", "have", "says", "won"), not a noun the name modifies
    /// ("Harbour Alliance members", "US officials", "the club's past players").
    /// </summary>
    private static bool IsVerbLike(string w) =>
        w.Length > 1 && char.IsLower(w[0])
        && (w.EndsWith("ed", StringComparison.Ordinal) || SpeakerPhrases.IsIrregularPast(w) || CueLexicon.Speech.Contains(w) || CueLexicon.Belief.Contains(w)
            // (The plural's present: "Sony and IBM want ...", "Ruiz and Beck plan ...".)
            || CueLexicon.Speech.Contains(w + "s") || CueLexicon.Belief.Contains(w + "s")
            || CueLexicon.Adverbials.Contains(w)
            || w is "is" or "are" or "was" or "were" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "must"
                or "did" or "do" or "does" or "have" or "has" or "had" or "both" or "all" or "now" or "still" or "also");

    /// <summary>A capitalised word that, with at most two more, comes right before a person's name: "Lord Justice", "Sir".</summary>
    private bool TitleBefore(IReadOnlyList<Token> toks, int i)
    {
        for (var k = i; k < toks.Count && k <= i + 2; k++)
        {
            if (!toks[k].IsWord || !char.IsUpper(toks[k].Text[0])) return false;
            if (k + 1 < toks.Count && entities.Within(toks[k + 1].Start, Math.Min(text.Length, toks[k + 1].Start + 80))
                    .Any(x => x.Start == toks[k + 1].Start && entities[x.EntityId] is { Type: EntityType.Person })) return true;
        }
        return false;
    }

    /// <summary>
    /// The person a relative "who" follows in its sentence, directly or after an apposition that names no other
    /// actor: "Ana Ruiz, who ...", "Ana Ruiz, a harbour pilot who ...".
    /// </summary>
    private const int MaxAppositionWords = 12;

    private ResolvedMention? RelativeAntecedent(int who, int sentenceStart)
    {
        var before = entities.Within(sentenceStart, who).LastOrDefault(IsActor);
        if (before is null || before.Kind != MentionKind.Name || entities[before.EntityId] is not { Type: EntityType.Person }) return null;
        var gap = text.AsSpan(before.End, who - before.End);
        if (!gap.TrimStart().StartsWith(",") || gap.IndexOfAny("\"\u201C\u201D;:()") >= 0) return null;
        // The apposition is a short phrase with no comma of its own ("a harbour pilot"), not a clause that goes on
        // to other people ("Ana Ruiz, 45, left the firm after a dispute with workers who ...").
        var apposition = gap.TrimStart()[1..].Trim().TrimEnd(',').Trim();
        if (apposition.IndexOf(',') >= 0 || apposition.Count(' ') >= MaxAppositionWords) return null;
        return quotes is not null && (QuoteFinder.Containing(quotes, who) is not null || QuoteFinder.Containing(quotes, before.Start) is not null) ? null : before;
    }

    /// <summary>
    /// "Reuters news agency said", "the Harbour Times newspaper reported": a body's name and then the kind of body it is
    /// (the firms' and outlets' nouns the entity stage knows, "news" and "union"), in lower case; the name is the speaker. (Not "a US firm", "a Westhaven newspaper": a country or a place that says
    /// where the body is, or a name after "a".)
    /// </summary>
    private static ResolvedMention? NamedBeforeItsKind(List<ResolvedMention> inside, IReadOnlyList<Token> toks, int first, int last, ResolvedEntities entities)
    {
        if (toks[first].Text.ToLowerInvariant() is "a" or "an") return null;
        var k = last;
        while (k > first && toks[k].IsWord && (Work.IsBodyNoun(toks[k].Text) || toks[k].Text is "news" or "union")) k--;
        return k < last && inside.LastOrDefault(m => m.End == toks[k].End) is { Kind: MentionKind.Name } named
               && entities[named.EntityId]?.Type == EntityType.Institution ? named : null;
    }

    /// <summary>Lower-case words between two names that make the second the first one's staff: " executive producer ", " agent ".</summary>
    private static bool StaffTitle(ReadOnlySpan<char> between) =>
        ResolvedEntities.TitleOfNext(between) && between.Trim().ToString().Split(' ') is var words && !words[0].Equals("and", StringComparison.Ordinal)
        && words[^1] is "producer" or "manager" or "agent" or "spokesman" or "spokeswoman" or "spokesperson" or "publicist" or "lawyer" or "aide"
            or "adviser" or "advisor" or "assistant" or "secretary";

    /// <summary>How far back (in characters) a pronoun's antecedent is looked for.</summary>
    private const int AntecedentReach = 1500;

    /// <summary>
    /// "“... and against Ana one lapse decides the game,” she said": a speaker does not name herself in her own quoted
    /// words. A "he" or "she" bound to a person named inside a quotation in the claim's content (outside the frame that
    /// splits it) goes to the nearest person before it who fits and is not named there, outside quotations and the
    /// content; to nobody when there is none. So is one before a report that names its person in the clause the pronoun
    /// opens ("Later he said Lund had ignored the letters": <see cref="ClauseAfter"/>). One after the content that the
    /// content opens on is moved too (below).
    /// </summary>
    public Speaker NotNamedInContent(Speaker speaker, int contentStart, int contentEnd, (int Start, int End) frame)
    {
        if (speaker is not { Ids: [var id], Mention: { } m } || m.Text.ToLowerInvariant() is not ("he" or "she")) return speaker;
        bool InContent(int start, int end) => start >= contentStart && end <= contentEnd && !(frame.End > frame.Start && start >= frame.Start && end <= frame.End);
        if (InContent(m.Start, m.End)) return speaker;
        if (quotes is null) return speaker;
        // (Only a quote closed where it should be: one left open runs on into the narration, which names the speaker.)
        var named = entities.Within(contentStart, contentEnd)
            .Where(x => x.Kind == MentionKind.Name && InContent(x.Start, x.End) && (QuoteFinder.Containing(quotes, x.Start) is { Closed: true } || ClauseAfter(m.End, x)))
            .Select(x => x.EntityId).ToHashSet(StringComparer.Ordinal);
        if (!named.Contains(id))
        {
            // "Mr Brandt has “no plan”, he said": nor is a "he" or "she" after what it reports the person that content
            // opens on (a pronoun does not stand for a name in the clause it reports). It is the person who spoke last,
            // when that one is near and fits; else the nearest fitting person in its paragraph; else it stays, for a
            // paragraph that opens on someone and goes on "..., he said" may mean them. (Nor when the sentence before
            // opens on that person: "Per Lund runs a ferry. Lund has had no passengers since May, he said." is Lund's.)
            if (m.Start < contentEnd || !OpensOn(id, contentStart, contentEnd) || OpensSentenceBefore(id, contentStart)) return speaker;
            var lower = m.Text.ToLowerInvariant();
            if (lastPersonSpeaker is { } last && last.Id != id && last.Offset < m.Start && m.Start - last.Offset < 600 && Fits(last.Id, lower))
            {
                extra.RemoveAll(x => x.Start == m.Start && x.End == m.End);
                return Bind(new Token(m.Start, m.End, m.Text, TokenKind.Word), last.Id);
            }
            named.Add(id);
            if (Antecedent(m.Start, lower, skip: named, skipFrom: contentStart, skipTo: contentEnd) is not { } near
                || text.AsSpan(near.End, m.Start - near.End).Contains('\n')) return speaker;
        }
        extra.RemoveAll(x => x.Start == m.Start && x.End == m.End);
        var other = Antecedent(m.Start, m.Text.ToLowerInvariant(), skip: named, skipFrom: contentStart, skipTo: contentEnd);
        if (other is null)
        {
            unbound.Add(m.Start);
            return speaker with { Ids = [] };
        }
        var mention = new ResolvedMention(m.Start, m.End, m.Text, MentionKind.Pronoun, other.EntityId);
        extra.Add(mention);
        return new Speaker([other.EntityId], m);
    }

    /// <summary>
    /// Whether a name is in the clause that a pronoun ending at <paramref name="pronounEnd"/> is the subject of ("He said
    /// Lund lied" is not Lund's): after it in the same sentence, with no comma, dash, colon, bracket or quotation mark
    /// between (past one, "As he spoke, Lund went on" may be Lund).
    /// </summary>
    private bool ClauseAfter(int pronounEnd, ResolvedMention name)
    {
        if (name.Start < pronounEnd) return false;
        // ("... the port needs a new Lund": a name after an article or "new" describes, it does not refer.)
        Work.WordBefore(text, name.Start, out var before);
        if (before is "a" or "an" or "another" or "new" or "old") return false;
        // (Nor a possessor: "He notes the debate had an issue with Trump's microphone" may be Trump's own complaint, the
        // name written out where "his" would be unclear.)
        if (text.AsSpan(name.End).StartsWith("'s") || text.AsSpan(name.End).StartsWith("\u2019s")) return false;
        var between = text.AsSpan(pronounEnd, name.Start - pronounEnd);
        return between.IndexOfAny(",;:()\"\u201c\u201d\u2013\u2014") < 0 && !between.Contains(" - ", StringComparison.Ordinal)
               && (sentences is null || AnalyzedText.SentenceAt(sentences, name.Start) is { } own && own.Start <= pronounEnd);
    }

    /// <summary>Whether the sentence before the one at <paramref name="start"/> opens on a name of <paramref name="id"/> (after at most capitalised words).</summary>
    private bool OpensSentenceBefore(string id, int start)
    {
        if (sentences is null || AnalyzedText.SentenceAt(sentences, start) is not { } own || own.Index < 1) return false;
        var previous = sentences[own.Index - 1];
        return entities.Within(previous.Start, previous.End).FirstOrDefault(x => x.Kind == MentionKind.Name) is { } first && first.EntityId == id
               && text[previous.Start..first.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]));
    }

    /// <summary>Whether the content opens on a name of <paramref name="id"/>, after at most a title ("Mr", "Dr.").</summary>
    private bool OpensOn(string id, int contentStart, int contentEnd) =>
        entities.Within(contentStart, contentEnd).FirstOrDefault(x => x.Kind == MentionKind.Name) is { } first && first.EntityId == id
        && text.AsSpan(contentStart, first.Start - contentStart).Trim() is var lead && lead.Length <= 4 && !lead.Contains(' ');

    /// <summary>
    /// The nearest mention outside quotations before <paramref name="start"/> that the pronoun can refer to (not of an
    /// entity in <paramref name="skip"/>, nor between <paramref name="skipFrom"/> and <paramref name="skipTo"/>).
    /// </summary>
    private ResolvedMention? Antecedent(int start, string lower, IReadOnlySet<string>? skip = null, int skipFrom = 0, int skipTo = 0)
    {
        var wantPerson = lower is "he" or "she";
        // Only the mentions of the last stretch of text (found by binary search: this runs for every pronoun).
        var window = entities.Within(Math.Max(0, start - AntecedentReach - 200), start).ToList();
        for (var k = window.Count - 1; k >= 0; k--)
        {
            var m = window[k];
            if (m.End > start) continue;
            if (start - m.End > AntecedentReach) break;
            if (quotes is not null && QuoteFinder.Containing(quotes, m.Start) is not null) continue;
            if (skip is not null && skip.Contains(m.EntityId) || m.Start >= skipFrom && m.End <= skipTo) continue;
            if (entities[m.EntityId] is not { } e) continue;
            // ("Democratic Sen. Ana Ruiz": the party's word describes her; "it" is not the party.)
            if (m.Kind == MentionKind.Demonym && e.Type == EntityType.Institution && (lower == "it" || !ResolvedEntities.IsPeoplesPlural(m))) continue;
            var fits = wantPerson ? e.Type == EntityType.Person && PersonGender.Fits(GenderOf(e.Id), lower)
                : e.Type is EntityType.Institution or EntityType.Country || lower == "they" && e.Type == EntityType.Person;
            if (!fits) continue;
            // "... top of the chart in Norway. It took ...", "markets such as Norway, Chile and Peru ..., it said": a
            // country named as a place, or by its adjective, is not what "it" stands for, which is then most often a
            // thing no entity stands for (a film, a treaty, a report): no antecedent, rather than an actor named before.
            // (The adjective before the state's own nouns is the state: "the Danish government", "Danish officials".)
            // Nor is one that only describes the noun after it: "a novel by UK author X. It tells ...".
            if (lower == "it" && e.Type == EntityType.Country && (m.Kind == MentionKind.Demonym && !BeforeStateNoun(m.End) || NamedAsPlace(m.Start) || DescribesNoun(m.End))) return null;
            // "Peter Lund faces John Holm and David Vik in the final. “...,” he said": a person named after the subject
            // of their sentence, who fits too, gives way to that subject.
            // So does a body named after the subject for "it": "The regulator Finanstilsynet sued Nordbank ... It believes ...".
            if ((wantPerson || lower == "it") && SubjectBefore(m, start, lower, skip) is { } subject) return subject;
            return m;
        }
        return null;
    }

    /// <summary>Adjectives and nouns after "it is" that make the "it" stand for the clause after it ("it is worth", "it is time").</summary>
    private static readonly HashSet<string> ExpletiveComplements = new(StringComparer.Ordinal)
    {
        "worth", "time", "left", "up", "clear", "likely", "unlikely", "possible", "impossible", "important", "vital", "essential",
        "true", "hard", "difficult", "easy", "unclear", "obvious", "fair", "striking", "surprising", "interesting", "notable",
        "ironic",
    };

    /// <summary>
    /// Whether the "it" ending at <paramref name="end"/> is the empty subject of its clause: "it is worth / time / clear
    /// ...", "it was left to X to ...", "it looks / seems / appears that | as if | like | a ...", "it took X four minutes".
    /// </summary>
    private bool Expletive(int end)
    {
        var at = Work.WordAfter(text, end, out var verb);
        // ("It's": the clitic is "is".)
        if (verb.IsEmpty && at < text.Length && text[at] is '\'' or '\u2019' && text.AsSpan(at + 1).StartsWith("s ")) { at += 2; verb = "is"; }
        if (verb is "has" or "had" or "will" or "would" or "may" or "might" or "could")
        {
            at = Work.WordAfter(text, at, out var be);
            if (be is not ("been" or "be")) return false;
            verb = "is";
        }
        var nextEnd = Work.WordAfter(text, at, out var next);
        if (verb is "is" or "was") return ExpletiveComplements.Contains(next.ToString())
            || next is "a" && Work.WordAfter(text, nextEnd, out var noun) >= 0 && noun is "shame" or "pity" or "question" or "matter" or "case" or "sign" or "mystery"
            || next is "no" && Work.WordAfter(text, nextEnd, out var what) >= 0 && what is "surprise" or "secret" or "wonder" or "coincidence" or "accident";
        if (verb is "looks" or "looked" or "seems" or "seemed" or "appears" or "appeared")
            // (Not "it looks set to": "with Nordbank ahead of its rivals, it looks set to raise fees" is the bank.)
            return next is "that" or "as" or "like" or "a" or "an" or "the" or "likely" or "unlikely" or "certain" or "clear";
        // "It took Berg four minutes", "It took him a year": a name or a person after it, not "It took a stake".
        if (verb is "took" or "takes" or "take")
            return next is "him" or "her" or "them" or "us" or "me" || !next.IsEmpty && char.IsUpper(next[0]);
        return verb is "emerged" or "transpired" or "remains" && next is "that" or "to";
    }

    /// <summary>
    /// Whether a name ending at <paramref name="end"/> stands before a singular noun it describes ("UK author", "US box
    /// office"): a word in lower case after it that is no verb, function word or noun for the state's government.
    /// </summary>
    private bool DescribesNoun(int end)
    {
        if (end >= text.Length || text[end] != ' ') return false;
        Work.WordAfter(text, end, out var next);
        if (next.Length < 3 || !char.IsLower(next[0]) || next[^1] == 's') return false;
        var word = next.ToString();
        return !IsVerbLike(word) && !BeforeStateNoun(end)
            && word is not ("and" or "or" or "but" or "nor" or "which" or "who" or "that" or "the" or "for" or "to" or "in" or "on" or "at" or "with" or "from" or "by" or "of" or "after" or "before" or "over" or "into" or "than" or "yet" or "too" or "alone" or "itself" or "again" or "last" or "next" or "this" or "then" or "today" or "ahead");
    }

    /// <summary>Whether the word after <paramref name="end"/> is a noun for a state's government ("Danish authorities").</summary>
    private bool BeforeStateNoun(int end)
    {
        Work.WordAfter(text, end, out var next);
        // (The plural nouns for a state's own people, as for "US officials" speaking, and the state's bodies.)
        return IsStateNoun(next.ToString()) || next is "ministry" or "state" or "side" or "regime" or "leadership" or "military" or "army"
            or "navy" or "embassy" or "parliament" or "cabinet" or "administration" or "president" or "premier";
    }

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "into", "to", "from", "across", "throughout", "within", "outside", "inside", "near", "around", "at", "over",
        "than", "like", "as", "including", "between", "among", "via", "through", "towards", "toward", "beyond",
    };

    /// <summary>
    /// Whether the name at <paramref name="start"/> stands after a preposition of place or comparison ("in the US",
    /// "such as Chile"), directly or as a later item of a list after one ("such as Norway, Chile and Peru").
    /// </summary>
    private bool NamedAsPlace(int start)
    {
        var at = start;
        for (var items = 0; items < 6; items++)
        {
            var before = Work.WordBefore(text, at, out var word);
            if (word is "the") before = Work.WordBefore(text, before, out word);
            if (PlacePrepositions.Contains(word.ToString())) return true;
            // A list: past "and"/"or" or a comma to the item before, a name in capitals of up to three words.
            var gap = text.AsSpan(0, at).TrimEnd(' ');
            if (word is "and" or "or") gap = text.AsSpan(0, before).TrimEnd(' ');
            else if (gap.EndsWith(",")) gap = gap[..^1].TrimEnd(' ');
            else return false;
            var itemStart = gap.Length;
            for (var w = 0; w < 3; w++)
            {
                var ws = Work.WordBefore(text, itemStart, out var iw);
                if (iw.IsEmpty || !char.IsUpper(iw[0])) break;
                itemStart = ws;
            }
            if (itemStart == gap.Length) return false;
            at = itemStart;
        }
        return false;
    }

    /// <summary>
    /// The person (for "it", the body) opening the sentence of <paramref name="m"/> as its subject (after any opening
    /// phrase and its comma; for a body, also after up to five words that describe it), named before <paramref name="m"/>
    /// and outside quotations, when it fits <paramref name="lower"/> and is not <paramref name="m"/>'s own entity, and that
    /// sentence is the pronoun's (at <paramref name="pronoun"/>) or the one before.
    /// </summary>
    private ResolvedMention? SubjectBefore(ResolvedMention m, int pronoun, string lower, IReadOnlySet<string>? skip)
    {
        if (sentences is null || AnalyzedText.SentenceAt(sentences, m.Start) is not { } own) return null;
        // (Not when the nearer name is itself a subject, of a clause of its own or a relative clause after it: "Ward
        // replaced Reid after Reid injured his knee", "Sand succeeds Dahl, who retired".)
        var rest = text.AsSpan(m.End).TrimStart();
        if (rest.StartsWith(", who") || rest.StartsWith(", whose")) return null;
        Work.WordAfter(text, m.End, out var next);
        if (next.Length > 1 && char.IsLower(next[0]) && IsVerbLike(next.ToString())) return null;
        // (Only in the pronoun's sentence or the one before: past a sentence between, its own subject may be meant,
        // named or not: "Ana Holm meets Per Lund ... Later the minister flies to Oslo. She said ..." may be the minister.)
        if (AnalyzedText.SentenceAt(sentences, pronoun) is not { } at || at.Index - own.Index > 1) return null;
        var toks = own.Tokens;
        var i = 0;
        if (i < toks.Count && toks[i].Text is "And" or "But" or "So" or "Yet") i++;
        if (i < toks.Count && toks[i].IsWord && char.IsUpper(toks[i].Text[0]) && OpeningPhraseWords.Contains(toks[i].Text) || i < toks.Count && toks[i].Text.EndsWith("ing", StringComparison.Ordinal))
            for (var k = i + 1; k < toks.Count && k <= i + 12 && toks[k].Start < m.Start; k++)
                if (toks[k].Text == ",")
                {
                    i = k + 1;
                    break;
                }
        if (i >= toks.Count || toks[i].Start >= m.Start) return null;
        var subject = entities.Within(toks[i].Start, m.Start).Where(x => x.Start == toks[i].Start && x.Kind == MentionKind.Name).MaxBy(x => x.End);
        // A body's name may follow the words that describe it: "The harbour regulator Sjofart sued ...".
        if (subject is null && lower == "it")
        {
            subject = entities.Within(toks[i].Start, m.Start).Where(x => x.Kind == MentionKind.Name && x.Start > toks[i].Start).MinBy(x => x.Start);
            var words = 0;
            for (var k = i; subject is not null && k < toks.Count && toks[k].Start < subject.Start; k++)
                if (!toks[k].IsWord || IsVerbLike(toks[k].Text) || ++words > 5) subject = null;
        }
        if (subject is null || subject.EntityId == m.EntityId || skip is not null && skip.Contains(subject.EntityId)) return null;
        if (quotes is not null && QuoteFinder.Containing(quotes, subject.Start) is not null) return null;
        if (lower == "it")
        {
            if (entities[subject.EntityId] is not { Type: EntityType.Institution or EntityType.Country }) return null;
        }
        else
        {
            if (entities[subject.EntityId] is not { Type: EntityType.Person } || !PersonGender.Fits(GenderOf(subject.EntityId), lower)) return null;
            // (Only a subject whose gender is known, when the nearer person's is, within the sentence: "Sasha Berg sued Per
            // Lund over his claims". A pronoun opening the next sentence goes on with its subject: "Sasha Berg beat Per Lund
            // and Tom Beck to the prize. He thanked ...".)
            if (GenderOf(subject.EntityId) == Gender.Unknown && GenderOf(m.EntityId) != Gender.Unknown && at.Index == own.Index) return null;
        }
        var after = 0;
        while (after < toks.Count && toks[after].Start < subject.End) after++;
        // (Past a relative clause set off by commas: "Lund, who won the prize for ..., paid tribute to ...".)
        if (after + 1 < toks.Count && toks[after].Text == "," && toks[after + 1].Text is "who")
        {
            var close = after + 2;
            while (close < toks.Count && toks[close].Text != "," && toks[close].Kind != TokenKind.Quote) close++;
            if (close + 1 < toks.Count && toks[close].Text == "," && toks[close].Start > m.Start) after = close + 1;
        }
        // (A present tense too: "Peter Lund faces ...".)
        if (after >= toks.Count || !(IsVerbLike(toks[after].Text) || toks[after].IsWord && char.IsLower(toks[after].Text[0]) && toks[after].Text.Length > 3
                && toks[after].Text.EndsWith('s') && !toks[after].Text.EndsWith("ss", StringComparison.Ordinal))) return null;
        // (Not a passive subject, to whom something was done: "Berg was dropped by the club, a step Lund backed. But he said").
        var v = after;
        while (v < toks.Count && toks[v].Text is "was" or "were" or "is" or "are" or "has" or "have" or "had" or "been" or "being" or "be" or "originally" or "later" or "then" or "also") v++;
        return v > after && v < toks.Count && toks[v].IsWord && (toks[v].Text.EndsWith("ed", StringComparison.Ordinal) || toks[v].Text.EndsWith("en", StringComparison.Ordinal) || SpeakerPhrases.IsIrregularPast(toks[v].Text))
               && toks[v - 1].Text is not ("has" or "have" or "had") ? null : subject;
    }

    /// <summary>
    /// "he" and "she" (and "his", "him", "her") outside quotations that no claim took as its speaker ("Ana Ruiz has
    /// toured every dock, and she ..."): each becomes a mention of the nearest earlier person whose gender fits, and a
    /// relative "who" one of the person it follows, so the person's entity lists the text's references to them and not only the ones that spoke.
    /// </summary>
    public void ResolveOtherPronouns(AnalyzedText analyzed)
    {
        var done = extra.Select(m => m.Start).Concat(unbound).ToHashSet();
        foreach (var sentence in analyzed.Sentences)
            foreach (var t in sentence.Tokens)
            {
                if (t.Text == "who" && !done.Contains(t.Start) && RelativeAntecedent(t.Start, sentence.Start) is { } named)
                {
                    extra.Add(new ResolvedMention(t.Start, t.End, t.Text, MentionKind.Pronoun, named.EntityId));
                    continue;
                }
                // "his", "him" and "her" refer to a person as "he" and "she" do: "Ana Ruiz said her crew ..." lists Ana.
                var lower = t.Text switch
                {
                    "he" or "He" or "his" or "His" or "him" or "himself" => "he",
                    "she" or "She" or "her" or "Her" or "herself" => "she",
                    _ => null,
                };
                if (lower is null || done.Contains(t.Start) || quotes is not null && QuoteFinder.Containing(quotes, t.Start) is not null) continue;
                if (Antecedent(t.Start, lower) is { } antecedent)
                    extra.Add(new ResolvedMention(t.Start, t.End, t.Text, MentionKind.Pronoun, antecedent.EntityId));
            }
    }

    /// <summary>
    /// The actor named nearest before the pronoun in its sentence (outside quotations) that fits it (<see cref="Fits"/>), skipping
    /// names after a preposition or before "'s", which are seldom the subject ("Asked about Eva Holm, Ann Berg said
    /// she ..." is Ann); none when the last speaker is named in the sentence before the pronoun too.
    /// </summary>
    private string? SentenceActor(Token pronoun, string lower, int sentenceStart, string speaker)
    {
        if (sentenceStart < 0 || sentenceStart > pronoun.Start) return null;
        // "Replying to attacks by pundit Tom Beck, he maintained ...", "After meeting Ruiz, she said ...": a
        // participle phrase opening the sentence has the pronoun as its subject; whom it names is not the pronoun.
        if (OpensWithParticiplePhrase(sentenceStart, pronoun.Start)) return null;
        string? found = null;
        foreach (var m in entities.Within(sentenceStart, pronoun.Start).Reverse())
        {
            if (quotes is not null && QuoteFinder.Containing(quotes, m.Start) is not null) continue;
            if (m.EntityId == speaker) return null;
            if (found is not null || m.Kind != MentionKind.Name || !Fits(m.EntityId, lower)) continue;
            if (IsPreposition(WordBefore(m.Start))
                || text.AsSpan(m.End).StartsWith("'s") || text.AsSpan(m.End).StartsWith("\u2019s")) continue;
            // (Nor a country named as a place: "lending grew in Sweden and Denmark, it said".)
            if (lower == "it" && entities[m.EntityId]?.Type == EntityType.Country && NamedAsPlace(m.Start)) continue;
            found = m.EntityId;
        }
        return found;
    }

    /// <summary>
    /// The words from <paramref name="start"/> to <paramref name="pronoun"/> are one participle phrase and its comma
    /// ("And replying to ..., ", "After meeting ..., "), with no clause of their own.
    /// </summary>
    private bool OpensWithParticiplePhrase(int start, int pronoun)
    {
        var before = text.AsSpan(start, pronoun - start).TrimEnd();
        if (before.Length == 0 || before[^1] != ',' || before.IndexOfAny('"', '\u201C', '\u201D') >= 0) return false;
        var words = before[..^1].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var w = 0;
        if (w < words.Length && words[w] is "And" or "But" or "Then" or "Later" or "Earlier") w++;
        if (w < words.Length && words[w].ToLowerInvariant() is "after" or "before" or "while" or "when" or "since" or "upon" or "on") w++;
        return w < words.Length && words[w].Length > 4 && words[w].EndsWith("ing", StringComparison.Ordinal)
            && words[w].ToLowerInvariant() is not ("during" or "according" or "including" or "following" or "regarding" or "concerning")
            && !words.Skip(w + 1).Any(x => x.TrimEnd(',') is "he" or "she" or "it" or "they");
    }

    /// <summary>Whether the sentence before the one starting at <paramref name="sentenceStart"/> opens on the actor <paramref name="id"/>.</summary>
    private bool PreviousSentenceOpensOn(string id, int sentenceStart)
    {
        if (sentences is null || sentenceStart < 2) return false;
        var end = text.AsSpan(0, sentenceStart).TrimEnd().Length;
        if (end < 1 || AnalyzedText.SentenceAt(sentences, end - 1) is not { } previous || previous.Start >= sentenceStart) return false;
        var mentions = entities.Within(previous.Start, end).ToList();
        return mentions.Count > 0 && Opener(mentions).EntityId == id;
    }

    /// <summary>The longest of the mentions that start first: "The Norway Harbour Dredging Corp" rather than the "Norway" in it.</summary>
    private static ResolvedMention Opener(List<ResolvedMention> mentions) => mentions.Where(m => m.Start == mentions[0].Start).MaxBy(m => m.End)!;

    /// <summary>
    /// "He quit as chairman after ... - but he wants to stay on": the same pronoun opening the sentence (after "But" or
    /// "And"), which a later one goes on with (a name between is the caller's to weigh first); null if there is none.
    /// </summary>
    private Token? OpeningPronoun(Token pronoun, string lower, int sentenceStart)
    {
        if (lower is not ("he" or "she") || sentenceStart < 0 || pronoun.Start - sentenceStart <= 2) return null;
        var m = OpensOnPronoun.Match(text, sentenceStart, Math.Min(8, pronoun.Start - sentenceStart));
        if (!m.Success || !m.Groups[1].Value.Equals(lower, StringComparison.OrdinalIgnoreCase)) return null;
        var at = m.Groups[1].Index;
        return new Token(at, at + m.Groups[1].Length, m.Groups[1].Value, TokenKind.Word);
    }

    private static readonly Regex OpensOnPronoun = new(@"\G(?:(?:But|And|Yet)\s+)?(He|She)\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// "Hague was asked about the leadership. He said ...": when the pronoun opens its sentence, the actor fitting it who is the
    /// subject of the sentence right before it (named at its start), if the last speaker spoke before that sentence
    /// and is not in it.
    /// </summary>
    private string? PreviousSubject(Token pronoun, string lower, int sentenceStart, (string Id, int Offset) last)
    {
        // "It" may follow a short opening ("Still, it argued", "On Monday, it denied") and stand for a body the sentence
        // before opened on by description ("The board, ..., was told to ... Still, it argued").
        var body = lower == "it";
        if (sentences is null) return null;
        // "Tom Lind disagreed. “...,” he said.": a quote that opens a sentence and closes right before the pronoun is
        // the pronoun's own sentence; the sentence before it is the one before the quote.
        var said = !body && sentenceStart >= 0 && pronoun.Start - sentenceStart > 2 ? QuoteRightBefore(pronoun.Start) : null;
        var afterQuote = said is not null && said.Span.Start <= sentenceStart
            && AnalyzedText.SentenceAt(sentences, said.Span.Start) is { } opened && opened.Start == said.Span.Start;
        if (afterQuote)
        {
            // (Not when the quote speaks of a third person of that gender: "“We will miss him,” he said" after a
            // sentence about an injured player is the coach's.)
            if (ThirdPerson(lower).IsMatch(text.AsSpan(said!.Inner.Start, said.Inner.End - said.Inner.Start).ToString())) return null;
            sentenceStart = said.Span.Start;
        }
        if (sentenceStart < 0 || !afterQuote && pronoun.Start - sentenceStart > (body ? 16 : 2)) return null;
        // "... he added", "She went on": the one speaking goes on, whoever the sentence before was about.
        if (!body && ContinuedSpeech.IsMatch(text.AsSpan(pronoun.End, Math.Min(20, text.Length - pronoun.End)).ToString())) return null;
        var end = text.AsSpan(0, sentenceStart).TrimEnd().Length;
        if (end < 2 || text[end - 1] is not ('.' or '!' or '?')) return null;
        if (AnalyzedText.SentenceAt(sentences, end - 1) is not { } previous || previous.Start >= sentenceStart) return null;
        var start = previous.Start;
        if (last.Offset >= start) return null;
        var mentions = entities.Within(start, end).ToList();
        if (mentions.Count == 0 || mentions.Any(m => m.EntityId == last.Id)) return null;
        var first = Opener(mentions);
        // "The Norway Harbour Dredging Corp was fined ...": a country that opens a firm's name is not the subject.
        if (body && mentions.Count > 1 && mentions[1].Start == first.End + 1 && entities[mentions[1].EntityId] is { Type: EntityType.Institution }) first = mentions[1];
        if (!(first.Kind == MentionKind.Name || body && first.Kind == MentionKind.Nominal) || !Fits(first.EntityId, lower)) return null;
        // The name opens the sentence, after at most a conjunction, "the" and capitalised titles ("And Striker Ana
        // Ruiz ...", "The Attorney General Lord X ...", "Man-of-the-match Ana Ruiz", "And even Ana Ruiz"), and is not a
        // possessor ("Mr Brown's Budget was ...").
        // (After a short opening phrase and its comma: "On Wednesday, Mr Holm provoked fury ...".)
        var lead = text[start..first.Start];
        if (lead.IndexOf(',') is var comma and > 0 && lead[..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 4 } opening
            && OpeningPhraseWords.Contains(opening[0]))
            lead = lead[(comma + 1)..];
        foreach (var word in lead.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!(char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '.' or '-') || word is "and" or "but" or "the" or "even" or "also" or "then" or "later" or "still" or "now")) return null;
        if (text.AsSpan(first.End).StartsWith("'s") || text.AsSpan(first.End).StartsWith("\u2019s")) return null;
        // Not a sentence that only says what befell them ("Tony Smith was convicted in May. He said ..." follows the
        // lawyer who spoke before): a passive or "died" after the name. (A body is answering for what befell it: "The
        // firm was fined in May. It said it would appeal.")
        if (!body && PassiveAfter.IsMatch(text.AsSpan(first.End, Math.Min(40, end - first.End)).ToString())) return null;
        // Nor one who would not speak ("When asked, Mr Holm declined to comment. “...,” he said" is the one before).
        if (WouldNotSpeak.IsMatch(text.AsSpan(first.End, end - first.End).ToString())) return null;
        if (quotes is not null && QuoteFinder.Containing(quotes, first.Start) is not null) return null;
        // Nor a sentence someone after the name reports ("Mr Brown liked to boast of his sums, the Tory leader said.").
        if (ReportedBySomeoneAfter.IsMatch(text.AsSpan(first.End, end - first.End).ToString())) return null;
        return first.EntityId;
    }

    /// <summary>
    /// "One dissenting view came from Tom Lund, an analyst at Nordbank. He said ...": when the pronoun opens its
    /// sentence (not "he added"), the one person fitting it whom the sentence right before names for the first time
    /// in the article, by a name of two words or more, when the last speaker spoke before that sentence and is not in it.
    /// </summary>
    private string? IntroducedBefore(Token pronoun, string lower, int sentenceStart, (string Id, int Offset) last)
    {
        if (lower is not ("he" or "she") || sentences is null || sentenceStart < 0 || pronoun.Start - sentenceStart > 2) return null;
        if (ContinuedSpeech.IsMatch(text.AsSpan(pronoun.End, Math.Min(20, text.Length - pronoun.End)).ToString())) return null;
        var end = text.AsSpan(0, sentenceStart).TrimEnd().Length;
        if (end < 2 || text[end - 1] is not '.') return null;
        if (AnalyzedText.SentenceAt(sentences, end - 1) is not { } previous || previous.Start >= sentenceStart || last.Offset >= previous.Start) return null;
        var mentions = entities.Within(previous.Start, end).Where(m => quotes is null || QuoteFinder.Containing(quotes, m.Start) is null).ToList();
        if (mentions.Any(m => m.EntityId == last.Id)) return null;
        var fitting = mentions.Where(m => Fits(m.EntityId, lower)).Select(m => m.EntityId).Distinct().ToList();
        if (fitting is not [var only]) return null;
        var firstMention = entities.Within(0, end).First(m => m.EntityId == only);
        if (firstMention.Start < previous.Start || firstMention.Kind != MentionKind.Name || !firstMention.Text.Contains(' ')) return null;
        // (Not one named beside the sentence's own subject: "The Scot broke away with Ines Lopes", "his talks with Tom Berg";
        // nor a possessor, nor one the sentence only says what befell, as for the subject above.)
        if (WordBefore(firstMention.Start) is var before && (before is "and" || before is not "from" && IsPreposition(before))
            || text.AsSpan(firstMention.End).StartsWith("'s") || text.AsSpan(firstMention.End).StartsWith("\u2019s")
            || PassiveAfter.IsMatch(text.AsSpan(firstMention.End, Math.Min(40, end - firstMention.End)).ToString())) return null;
        // (A person of unknown gender only when brought in by an apposition or "from": after a verb ("had blamed
        // Tom Berg") the name is as likely its object, and "she" someone else.)
        if (GenderOf(only) == Gender.Unknown && !text.AsSpan(0, firstMention.Start).TrimEnd().EndsWith(",") && WordBefore(firstMention.Start) is not "from") return null;
        // (Nor the agent of a passive: "The plan was drawn up with help from Per Lund." names who did something, not a
        // new voice.)
        if (PassiveVerb.IsMatch(text.AsSpan(previous.Start, firstMention.Start - previous.Start).ToString())) return null;
        return only;
    }

    /// <summary>A preposition before a name makes it no subject: "of", "with", "by", "from", ...</summary>
    private static bool IsPreposition(string lower) => lower is "of" or "about" or "with" or "to" or "for" or "by" or "against" or "from" or "on" or "at"
        or "in" or "than" or "like";

    /// <summary>The quote that closes right before <paramref name="offset"/>, with nothing but a comma or a space between.</summary>
    private QuoteSpan? QuoteRightBefore(int offset)
    {
        if (quotes is null) return null;
        for (var i = quotes.Count - 1; i >= 0; i--)
        {
            var q = quotes[i];
            if (q.Span.End > offset) continue;
            return text.AsSpan(q.Span.End, offset - q.Span.End).Trim().TrimStart(',').Trim().IsEmpty ? q : null;
        }
        return null;
    }

    private string WordBefore(int start)
    {
        Work.WordBefore(text, start, out var word);
        return word.ToString().ToLowerInvariant();
    }

    private readonly Dictionary<string, Gender> genders = new(StringComparer.Ordinal);

    private Gender GenderOf(string id)
    {
        if (!genders.TryGetValue(id, out var g))
            genders[id] = g = entities[id] is { Type: EntityType.Person } person ? PersonGender.Of(person, text) : Gender.Unknown;
        return g != Gender.Unknown ? g : GenderByPronouns(id);
    }

    /// <summary>
    /// For a person whose name and titles tell nothing ("Ozzy"), what the text has called them so far: two or more
    /// of "he" and no "she" already resolved to them make a later "she" someone else (and the other way round).
    /// </summary>
    private Gender GenderByPronouns(string id)
    {
        int he = 0, she = 0;
        foreach (var m in extra)
        {
            if (m.EntityId != id || m.Kind != MentionKind.Pronoun) continue;
            switch (m.Text.ToLowerInvariant())
            {
                case "he" or "him" or "his" or "himself": he++; break;
                case "she" or "her" or "hers" or "herself": she++; break;
            }
        }
        return he >= 2 && she == 0 ? Gender.Male : she >= 2 && he == 0 ? Gender.Female : Gender.Unknown;
    }

    /// <summary>
    /// Whether the sentence at <paramref name="sentenceStart"/> opens on a body by description ("The committee", "The
    /// harbour board") that no entity stands for, with no actor named from there to <paramref name="pronoun"/>.
    /// </summary>
    private bool DescribedBodyOpens(int sentenceStart, int pronoun)
    {
        var m = DescribedBodyOpening.Match(text, sentenceStart, pronoun - sentenceStart);
        if (!m.Success || !m.Groups[1].Captures.Any(c => NamedBodyHeads.Contains(c.Value))) return false;
        return !entities.Within(sentenceStart, pronoun).Any(IsActor);
    }

    private static readonly Regex DescribedBodyOpening = new(@"\G(?:(?:But|And)\s+)?[Tt]he(?:\s+([a-z][a-z-]*)){1,3}\b", RegexOptions.CultureInvariant);

    private Speaker Unbound(Token pronoun, Span span)
    {
        unbound.Add(pronoun.Start);
        return new Speaker([], span);
    }

    private Speaker Bind(Token pronoun, string entityId)
    {
        var mention = new ResolvedMention(pronoun.Start, pronoun.End, pronoun.Text, MentionKind.Pronoun, entityId);
        if (!extra.Any(m => m.Start == mention.Start)) extra.Add(mention);
        return new Speaker([entityId], mention.Span);
    }

    /// <summary>"both sides", "the two countries": the parties of the latest meeting reported before them, or its two main countries.</summary>
    private Speaker? Group(IReadOnlyList<Token> toks, Phrase phrase)
    {
        var j = phrase.Last;
        if (j < 1 || j - phrase.First > 2) return null;
        var head = toks[j].Text.ToLowerInvariant();
        var det = toks[j - 1].Text.ToLowerInvariant();
        // "The two men said", "both candidates", "the pair": two people (or two firms) named together just before.
        if (j == phrase.First + 1 && toks[phrase.First].Text is "the" or "The" && head is "two" or "pair"
            || det is "both" or "two" && (PairedPeople.Contains(head) || PairedBodies.Contains(head)))
        {
            var named = NamedPairBefore(toks[phrase.First].Start, PairedBodies.Contains(head) ? EntityType.Institution : EntityType.Person);
            return named.Count == 2 ? new Speaker(named, Span.Of(text, toks[phrase.First].Start, toks[j].End)) : null;
        }
        // "The firms said", "the parties say": the bodies named together, as a list, in the latest sentence naming any
        // ("Korvix, Nordlys and Vestbank unveiled ...", "Labour and the Conservatives are ...").
        if (j == phrase.First + 1 && det is "the" && (PairedBodies.Contains(head) || head is "parties")
            && NamedListBefore(toks[phrase.First].Start) is { Count: >= 2 } listed)
            return new Speaker(listed, Span.Of(text, toks[phrase.First].Start, toks[j].End));
        if (head is not ("sides" or "countries" or "nations" or "governments" or "parties")) return null;
        if (det is not ("both" or "two")) return null;
        var ids = Pair(toks[phrase.First].Start);
        if (ids.Count < 2) return null;
        return new Speaker(ids, Span.Of(text, toks[phrase.First].Start, toks[j].End));
    }

    /// <summary>
    /// The parties a claim's content names as a pair ("both sides", "the two countries"), so the claim is about each of
    /// them: the parties of the latest meeting reported before them, or (not for "sides") its two main countries, each named at least
    /// twice. Not "the two parties", which in political news are as often two political parties, and not the sides of
    /// something ("on both sides", "both sides of the divide").
    /// </summary>
    public IReadOnlyList<string> PairsNamedIn(int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (!span.Contains("both", StringComparison.OrdinalIgnoreCase) && !span.Contains("the two", StringComparison.Ordinal)) return [];
        foreach (Match m in PairPhrase.Matches(text.Substring(start, end - start)))
        {
            // "Both sides" of a dispute or a match are the parties of a meeting only; two countries must each be named twice.
            var ids = MeetingBefore(start + m.Index)?.Participants
                      ?? (m.Groups[1].Value is "sides" ? null
                          : entities.Entities.Where(e => e.Type == EntityType.Country && e.Mentions.Count >= 2).OrderByDescending(e => e.Mentions.Count).Take(2).Select(e => e.Id).ToList());
            if (ids is { Count: >= 2 }) return ids;
        }
        return [];
    }

    private static readonly Regex PairPhrase = new(@"(?<!\b(?:[Oo]n|[Ff]rom|[Oo]f|[Tt]o|[Bb]etween|[Aa]cross)\s+)\b(?:[Bb]oth|the two)\s+(sides|countries|nations|governments)\b(?!\s+of\b)",
        RegexOptions.CultureInvariant);

    private static readonly FrozenSet<string> PairedPeople = new[]
    {
        "men", "women", "candidates", "lawmakers", "senators", "leaders", "ministers", "players", "executives", "politicians",
        "brothers", "sisters", "presidents", "nominees", "rivals", "officials", "campaigns",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PairedBodies = new[] { "companies", "firms", "banks", "groups", "outlets", "clubs", "networks" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The two people (or bodies) named by name in the latest of this sentence and the two before it that names any two,
    /// before <paramref name="at"/> and outside quotations ("Ana Ruiz and Tom Beck wrote to the board. The two said ...");
    /// none when that sentence names more.
    /// </summary>
    private IReadOnlyList<string> NamedPairBefore(int at, EntityType type)
    {
        if (LatestNamesBefore(at, type) is not { } named) return [];
        var ids = named.Select(m => m.EntityId).Distinct().ToList();
        if (ids.Count > 2) return [];
        // (Named together, joined by "and": "Ana Ruiz and Tom Beck", "Rep. Ana Ruiz and Rep. Tom Beck".)
        var one = named.First(m => m.EntityId == ids[0]);
        var other = named.First(m => m.EntityId == ids[1]);
        return one.End < other.Start && other.Start - one.End < 60 && JoinedByAnd.IsMatch(text[one.End..other.Start]) ? ids : [];
    }

    /// <summary>
    /// The institutions named in the latest of this sentence and the two before it that names two or more (before
    /// <paramref name="at"/>, outside quotations), when they are one list: each name joined to the next by a comma or
    /// "and" ("Korvix, Nordlys and Vestbank", "Labour and the Conservatives"); none otherwise, or for more than six.
    /// </summary>
    private IReadOnlyList<string> NamedListBefore(int at)
    {
        if (LatestNamesBefore(at, EntityType.Institution) is not { } named) return [];
        var ids = named.Select(m => m.EntityId).Distinct().ToList();
        if (ids.Count > 6) return [];
        for (var n = 1; n < named.Count; n++)
        {
            // (A short form right after its name, "Sumitomo Mitsui Financial (SMFG)", is the same one.)
            if (named[n].EntityId == named[n - 1].EntityId) continue;
            if (named[n].Start < named[n - 1].End || !ListJoin.IsMatch(text[named[n - 1].End..named[n].Start])) return [];
        }
        return ids;
    }

    /// <summary>
    /// The name mentions of <paramref name="type"/> before <paramref name="at"/> (outside quotations) in the latest of
    /// its sentence and the two before it that names two or more actors of that type, in text order; null if none does.
    /// </summary>
    private List<ResolvedMention>? LatestNamesBefore(int at, EntityType type)
    {
        if (sentences is null) return null;
        var s = 0;
        while (s + 1 < sentences.Count && sentences[s + 1].Start <= at) s++;
        for (var k = s; k >= Math.Max(0, s - 2); k--)
        {
            var named = entities.Within(sentences[k].Start, Math.Min(sentences[k].End, at))
                .Where(m => m.End <= at && m.Kind is MentionKind.Name && entities[m.EntityId]?.Type == type
                            && (quotes is null || QuoteFinder.Containing(quotes, m.Start) is null)).ToList();
            if (named.Select(m => m.EntityId).Distinct().Count() >= 2) return named;
        }
        return null;
    }

    private static readonly Regex ListJoin = new(@"^(?:\s*\([^()]{1,12}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", RegexOptions.CultureInvariant);

    private static readonly Regex JoinedByAnd = new(@"^(?:,[^.;:]*,)?\s+and\s+(?:\S+\s+){0,3}$", RegexOptions.CultureInvariant);

    private IReadOnlyList<string> Pair(int at) =>
        MeetingBefore(at)?.Participants
        ?? entities.Entities.Where(e => e.Type == EntityType.Country).OrderByDescending(e => e.Mentions.Count).Take(2).Select(e => e.Id).ToList();

    /// <summary>
    /// The meeting of two or more parties the text reports last before <paramref name="at"/> ("Norway and Chile met ...
    /// Both sides said"), or its first one when none comes before (a headline ahead of the report).
    /// </summary>
    private GraphEvent? MeetingBefore(int at) =>
        events.Where(e => e.Participants.Count >= 2 && e.Evidence.Start < at).MaxBy(e => e.Evidence.Start)
        ?? events.FirstOrDefault(e => e.Participants.Count >= 2);

    /// <summary>Whether an actor's name ends at <paramref name="end"/>.</summary>
    public bool ActorEndsAt(int end) => ActorEndingAt(end) is not null;

    /// <summary>The kind of the mention that covers the token, if any (a demonym, a name, ...).</summary>
    public MentionKind? MentionKindAt(Token t) =>
        entities.Within(Math.Max(0, t.Start - 200), t.End).LastOrDefault(m => m.Start <= t.Start && m.End >= t.End)?.Kind;

    private ResolvedMention? ActorEndingAt(int end)
    {
        var mentions = entities.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
            if (mentions[i].End == end && IsActor(mentions[i])) return mentions[i];
        return null;
    }

    // ("the Swede", "the 41-year-old Frenchman" is a person, not the country; "the Israelis said" may well be the state.)
    // (A party's word for one member, "Republican", "Democratic", describes people; it does not stand for the party, as
    // its plural, "Republicans", may.)
    private bool IsActor(ResolvedMention m) => entities[m.EntityId] is { } e && Entity.IsActor(e.Type)
                                               && !(m.Kind == MentionKind.Demonym && !ResolvedEntities.IsPeoplesPlural(m)
                                                    && (e.Type == EntityType.Institution || ResolvedEntities.StandsForAPerson(text, m)));

    private IReadOnlyList<string> SameSpan(ResolvedMention mention) =>
        entities.Mentions.Where(m => m.Start == mention.Start && m.End == mention.End && IsActor(m)).Select(m => m.EntityId).Distinct().ToList();
}
