using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Extraction.Claims;

/// <summary>What a person is referred to as, when the text or a common first name says so.</summary>
internal enum Gender { Unknown, Male, Female }

/// <summary>
/// Guesses whether "he" or "she" can refer to a person: from a title or role next to a mention ("Mr", "Mrs",
/// "spokeswoman", ", the daughter of"), else from a common first name, else, for someone not named in full, from a
/// role in "-man" that news also gives women ("a spokesman"). Unknown is never a reason to reject an antecedent; only a
/// clear mismatch is.
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
        aaron abdul abraham adam adrian ahmad ahmed alain alan alastair albert alberto alejandro alessandro alex
        alexander alfred ali alistair allan alvaro amir andre andreas andrew andy angelo angus anthony antoine anton
        antonio arnold arthur arturo austin barack barney barry bashar ben benedict benjamin benoit bernard bernie
        bertrand bill billy bjorn bob bobby boris brad bradley brendan brett brian bruce bryan byron calvin carl carlo
        carlos cecil cedric cesar chad charles charlie chester chris christopher chuck clarence clifford clint clive
        colin conor craig cyril damian damien dan daniel darren darryl dave david dean declan dennis derek dermot
        desmond dick diego dieter dimitri dmitry dominic don donald doug douglas duncan dwight earl ed eddie edgar
        edmund eduardo edward edwin elliot emile emmanuel enrique eric erik ernest ernesto ernst eugene evan fabio
        federico felipe felix fernando florian francesco francis franco francois frank fraser fred friedrich gabriel
        gareth garry gary gavin geoff geoffrey george gerald gerard gerhard gianni gilbert giorgio giovanni giuseppe
        glen glenn godfrey gonzalo gordon graham grant greg gregory gustavo guy hamid hans harold harry harvey hassan
        hector heinz helmut henry herbert herman horst howard hugh hugo humphrey ian ivan jack jacob jacques jake
        jamal james jamie jason javier jeb jeff jeffrey jens jeremy jerome jerry jim jimmy joachim joaquin joe joel
        johan johannes john johnny jon jonathan jorge jose josef joseph josh joshua juan julian julius jurgen justin
        karl keith ken kenneth kenny kevin kieran kim_jong kirk klaus kofi konstantin kurt lance larry laurence
        lawrence lee_hsien lenny leo leon leonard leonardo liam lindsey_graham lionel lloyd lorenzo louis luca lucas
        ludwig luigi luis luke lyndon malcolm manuel marc marcel marcelo marco marcus mario mark martin massimo
        mathieu matt matthew matthias maurice max michael mike mikhail miles milton mitch mohamed mohammad mohammed
        morris muhammad nathan neil neville nicholas nick nicolas nigel nikolai noah noel norman olaf oleg oliver omar
        otto owen pablo patrick paul pedro percy pete peter phil philip phillip pierre piers quentin rafael ralph
        ramon randy raul ray raymond reginald reince rex ricardo richard rick rob robert roberto rod rodney rodrigo
        roger roland rolf ron ronald ronnie roy rudolf rudy rupert russell ryan salvatore sam samuel santiago saul
        scott sean sebastian sergei sergio seth shane shaun silvio simon spencer stanley stefan stephen steve steven
        stuart sven ted terence terry theo theodore thierry thomas tim timothy tobias toby todd tom tony travis trevor
        ulrich umberto vernon victor vince vincent vladimir volker wallace walter warren wayne werner wesley william
        willie winston wolfgang xavier xi yasser yuri yusuf zachary
        """);

    private static readonly FrozenSet<string> FemaleNames = Names("""
        abigail agnes aileen aisha alexandra alice alicia alison amanda amelia amy anastasia andrea angela angelina
        angie anita ann anna annabel anne annette annie antonia audrey barbara beatrice becky belinda bernadette beth
        bethany betsy betty beverly bianca bonnie brenda bridget britney camilla carla carly carmen carol caroline
        carolyn cassandra catherine charlene charlotte chelsea cherie cheryl chloe christina christine cindy claire
        clara clare claudia colleen constance cynthia dana daphne darlene dawn debbie deborah debra deirdre denise
        diana diane dolores donna doris dorothy edith eileen elaine eleanor elena eliza elizabeth ella ellen elsa
        emily emma esther ethel eva evelyn felicity fiona flora florence frances gabriela gabrielle gail geraldine
        germaine gillian gina gladys gloria grace greta gwen gwyneth hannah harriet hazel heather heidi helen helena
        hillary holly huma imelda ingrid irene iris isabel isabella isabelle ivana jacqueline jane janet janice jean
        jeanette jeanne jennifer jenny jessica jill joan joanna joanne josephine joyce judi judith judy julia julie
        juliet justine karen karin kate katherine kathleen kathryn kathy katie katrina kelly kellyanne kim_kardashian
        kirsten kylie lara laura lauren lena lesley lilian lillian lily linda lisa liz loretta lorraine louise lucia
        lucy lydia lynne madeleine maggie mandy marcia margaret maria marianne marie marilyn marina marine marjorie
        marlene martha martina mary maureen megan melania melanie melinda melissa meryl mia michelle miranda miriam
        molly monica nadia nancy naomi natalie natasha nicola nicole nina nora norma olga olivia pamela patricia patti
        paula pauline peggy penelope penny petra phyllis polly rachel rebecca rita roberta rosa rose rosemary ruby
        ruth sabrina sally samantha sandra sara sarah serena sharon sheila shirley silvia simone sonia sophia sophie
        stella stephanie sue susan suzanne sylvia tamara tammy tanya tara teresa tessa theresa tina tracey tulsi
        ursula valerie vanessa vera veronica victoria virginia vivienne wendy yoko yvette yvonne zoe
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
