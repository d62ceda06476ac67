using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Extraction.Claims;

/// <summary>What a person is referred to as, when the text or a common first name says so.</summary>
internal enum Gender { Unknown, Male, Female }

/// <summary>
/// Guesses whether "he" or "she" can refer to a person: from a title or role next to a mention ("Mr", "Mrs",
/// "spokeswoman", ", the daughter of"), else from a common first name, else, for someone not named in full, from a role in "-man" that
/// news also gives women ("a spokesman"). Unknown is never a reason to reject an antecedent; only a clear mismatch is.
/// </summary>
internal static class PersonGender
{
    private static readonly FrozenSet<string> MaleTitles = new[]
    {
        "mr", "mr.", "sir", "lord", "king", "prince", "duke", "earl", "baron", "father", "brother", "uncle",
        "husband", "son", "boy", "man", "gentleman", "emperor", "pope",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FemaleTitles = new[]
    {
        "mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess", "duchess", "countess", "baroness",
        "mother", "sister", "aunt", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
        "councilwoman", "assemblywoman", "wife", "daughter", "girl", "woman", "actress", "empress",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Common first names whose bearers are, in news, overwhelmingly of one gender (written for this project).
    private static readonly FrozenSet<string> MaleNames = Names("""
        aaron abdul adam adrian ahmed alan albert alex alexander alfred ali andrew andy angus anthony antonio arnold
        arthur barack barry ben benjamin bernie bill billy bob boris brian bruce carl carlos charles charlie chris
        christopher chuck colin craig dan daniel dave david dennis derek dick don donald doug douglas duncan ed eddie
        edward emmanuel eric frank fred gary george gordon graham greg gregory harold harry henry howard hugh ian
        jack jacob james jamie jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jose
        joseph josh juan keith ken kenneth kevin kim_jong larry lee_hsien leo liam lindsey_graham luis marco mark
        martin matt matthew michael mike mitch mohammed muhammad neil nicholas nick nigel noah oliver omar patrick
        paul pete peter phil philip ralph ray raymond reince richard rick rob robert rod roger ron ronald rudy russell
        ryan sam samuel scott sean sergei simon stephen steve steven stuart ted terry thomas tim timothy todd tom tony
        vladimir walter wayne william xi yusuf
        abraham ahmad alain alastair alberto alejandro alessandro alistair allan alvaro amir andre andreas angelo antoine
        anton arturo austin barney bashar benedict benoit bernard bertrand bjorn bobby brad bradley brendan brett bryan byron
        calvin carlo cecil cedric cesar chad chester clarence clifford clint clive conor cyril damian damien darren
        darryl dean declan dermot desmond diego dieter dimitri dmitry dominic dwight earl edgar edmund eduardo edwin elliot
        emile enrique erik ernest ernesto ernst eugene evan fabio federico felipe felix fernando florian francesco francis
        franco francois fraser friedrich gabriel gareth garry gavin geoff geoffrey gerald gerard gerhard gianni gilbert
        giorgio giovanni giuseppe glen glenn godfrey gonzalo grant gustavo guy hamid hans harvey hassan hector heinz helmut
        herbert herman horst hugo humphrey ivan jacques jake jamal javier jens jerome joachim joaquin johan johannes jorge
        josef joshua julian julius jurgen justin karl kenny kieran kirk klaus kofi konstantin kurt lance laurence lawrence
        lenny leon leonard leonardo lionel lloyd lorenzo louis luca lucas ludwig luigi luke lyndon malcolm manuel marc marcel
        marcelo marcus mario massimo mathieu matthias maurice max mikhail miles milton mohamed mohammad morris nathan neville
        nicolas nikolai noel norman oleg olaf otto owen pablo pedro percy phillip pierre piers quentin rafael ramon
        randy raul reginald rex ricardo roberto rodney rodrigo roland rolf ronnie roy rupert rudolf salvatore santiago saul
        sebastian sergio seth shane shaun silvio spencer stanley stefan sven terence theo theodore thierry tobias toby
        travis trevor ulrich umberto vernon victor vince vincent volker wallace warren werner wesley willie winston wolfgang
        xavier yasser yuri zachary
        """);

    private static readonly FrozenSet<string> FemaleNames = Names("""
        abigail alice alicia alison amanda amy andrea angela angelina ann anna anne barbara betty beverly brenda
        carol caroline catherine cheryl chelsea christine claire claudia cynthia dana deborah debbie diana diane donna
        dorothy elaine eleanor elizabeth ellen emily emma eva fiona frances gloria hannah harriet heather helen hillary
        huma ingrid irene jane janet janice jean jennifer jessica jill joan joanna joyce judith judy julia julie karen
        kate katherine kathleen kathy katie kelly kellyanne kim_kardashian kirsten laura lauren linda lisa loretta lucy
        madeleine margaret maria marie marine martha mary megan melania melissa michelle nancy natalie nicola nicole
        olivia pamela patricia paula rachel rebecca rose ruth sally samantha sandra sarah sharon sheila sophie stephanie
        susan suzanne tammy teresa theresa tina tulsi valerie victoria virginia wendy yvonne zoe
        agnes aileen aisha alexandra amelia anastasia angie anita annabel annette annie antonia audrey beatrice becky
        belinda bernadette beth bethany betsy bianca bonnie bridget britney camilla carla carly carmen carolyn cassandra
        charlene charlotte cherie chloe christina cindy clara clare colleen constance daphne darlene dawn debra deirdre
        denise dolores doris edith eileen elena eliza ella elsa esther ethel evelyn felicity flora florence gabriela
        gabrielle gail geraldine germaine gillian gina gladys grace greta gwen gwyneth hazel heidi helena holly imelda
        iris isabel isabella isabelle ivana jacqueline jeanette jeanne jenny joanne josephine judi juliet justine
        karin kathryn katrina kylie lara lena lesley lilian lillian lily liz lorraine louise lucia lydia lynne maggie
        mandy marcia marianne marilyn marina marjorie marlene martina maureen melanie melinda meryl mia miranda miriam molly
        monica nadia naomi natasha nina nora norma olga patti pauline peggy penelope penny petra phyllis polly rita roberta
        rosa rosemary ruby sabrina sara serena shirley silvia simone sonia sophia stella sue sylvia tamara tanya tara tessa
        tracey ursula vanessa vera veronica vivienne yoko yvette
        """);

    private static FrozenSet<string> Names(string list) =>
        list.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Where(n => !n.Contains('_')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Roles in "-man" (and "actor") that news also gives women ("party chairman Karen Holt", "council spokesman Ana
    /// Ruiz"): weaker than a common first name, which decides before them, and telling nothing of someone named in full.
    /// </summary>
    private static readonly FrozenSet<string> RolesAlsoForWomen = new[]
    {
        "spokesman", "chairman", "congressman", "businessman", "councilman", "assemblyman", "alderman", "actor",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static Gender Of(Entity person, string text)
    {
        var byRole = Gender.Unknown;
        foreach (var m in person.Mentions)
        {
            // The word before a mention ("Mrs Clinton") or the nominal's own head ("a spokeswoman"); after a name, also
            // the head of a description set off by a comma ("Ana Ruiz, the daughter of ...", "Per Vik, her husband,").
            var words = m.Kind == MentionKind.Nominal ? m.Text.Split(' ')
                : m.Kind == MentionKind.Name ? [WordBefore(text, m.Start), .. AppositionWords(text, m.End)] : [WordBefore(text, m.Start)];
            foreach (var w in words)
            {
                if (RolesAlsoForWomen.Contains(w))
                {
                    if (byRole == Gender.Unknown) byRole = Gender.Male;
                    continue;
                }
                if (MaleTitles.Contains(w)) return Gender.Male;
                if (FemaleTitles.Contains(w)) return Gender.Female;
            }
        }
        var first = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        // (An unnamed person's name is a description, "board spokesman": no first name in it.)
        if (first is null || person.Name.IndexOf(' ') < 0 || !person.Mentions.Any(m => m.Kind == MentionKind.Name)) return byRole;
        if (MaleNames.Contains(first)) return Gender.Male;
        if (FemaleNames.Contains(first)) return Gender.Female;
        // A full name whose first name the lists do not know ("party chairman Marit Solberg"): the role in "-man" is
        // given to women too, so it tells nothing; a later "she" may be this person.
        return Gender.Unknown;
    }

    /// <summary>
    /// Whether a courtesy title and a full name tell two people: "Mrs Beck" is not a "Tom Beck", nor "Mr Lund" a
    /// "Karen Lund" (a title or first name of no known gender contradicts nothing).
    /// </summary>
    public static bool TitleContradicts(string? title, string fullName)
    {
        if (title is null || fullName.IndexOf(' ') < 0) return false;
        var word = title.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var first = fullName[..fullName.IndexOf(' ')];
        return FemaleTitles.Contains(word) && MaleNames.Contains(first)
               || MaleTitles.Contains(word) && FemaleNames.Contains(first);
    }

    /// <summary>Whether <paramref name="word"/> is one of the common first names above.</summary>
    public static bool IsFirstName(string word) => MaleNames.Contains(word) || FemaleNames.Contains(word);

    public static bool Fits(Gender gender, string pronoun) => gender switch
    {
        Gender.Male => pronoun is not ("she" or "her" or "hers" or "herself"),
        Gender.Female => pronoun is not ("he" or "him" or "his" or "himself"),
        _ => true,
    };

    // ", the daughter of ...", ", his late wife,": a description closed by "of" or a comma (not a list: "Per Vik, his
    // wife and their son").
    private static readonly Regex Apposition = new(@"^, (?:the|a|an|his|her|their) (?:[a-z]+ )?([a-z]+)(?= of\b|,|\.)", RegexOptions.CultureInvariant);

    /// <summary>The head of ", the [eldest] daughter of" right after a name, if that is how the text goes on.</summary>
    private static string[] AppositionWords(string text, int end)
    {
        var match = Apposition.Match(text.Substring(end, Math.Min(40, text.Length - end)));
        return match.Success ? [match.Groups[1].Value] : [];
    }

    private static string WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ') end--;
        var begin = end;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.')) begin--;
        return text[begin..end];
    }
}
