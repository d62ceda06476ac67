using System.Globalization;
using Graph.Core.Storage;
using Graph.Storage.Sqlite;
using Newtonsoft.Json;

namespace Graph.Storage.Tests;

public sealed class PropertyJsonTests
{
    // What the store wrote before it wrote JSON by hand: Newtonsoft's writer, keys in ordinal order.
    private static string WithNewtonsoft(IReadOnlyDictionary<string, object?> props)
    {
        var sw = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(sw) { Formatting = Formatting.None })
        {
            json.WriteStartObject();
            foreach (var (k, v) in props.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (v is null) continue;
                json.WritePropertyName(k);
                switch (v)
                {
                    case string s: json.WriteValue(s); break;
                    case string[] a:
                        json.WriteStartArray();
                        foreach (var item in a) json.WriteValue(item);
                        json.WriteEndArray();
                        break;
                    case long l: json.WriteValue(l); break;
                    case int i: json.WriteValue(i); break;
                    case double d: json.WriteValue(d); break;
                    case bool b: json.WriteValue(b); break;
                    default: json.WriteValue(Convert.ToString(v, CultureInfo.InvariantCulture)); break;
                }
            }
            json.WriteEndObject();
        }
        return sw.ToString();
    }

    public static TheoryData<string> Texts() => new()
    {
        "",
        "plain words",
        "She said: \"we will not sign\" \u2014 and left.",
        "a back\\slash, a tab\there, a line\nbreak, a return\r, a bell\a, a null\0 and \u001f",
        "form\ffeed and back\bspace",
        "next line \u0085, line separator \u2028, paragraph separator \u2029",
        "curly \u201Cquotes\u201D, \u00E9t\u00E9, \u4E2D\u6587, emoji \uD83D\uDE00, del \u007F",
        "'single' quotes and </script> and & < >",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_string_is_written_as_Newtonsoft_writes_it(string text)
    {
        var props = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["text"] = text, [text + "key"] = 1L };
        Assert.Equal(WithNewtonsoft(props), PropertyJson.Write(props));
        Assert.Equal(text, PropertyJson.Read(PropertyJson.Write(props))["text"]);
    }

    [Fact]
    public void Numbers_booleans_arrays_and_other_values_are_written_as_Newtonsoft_writes_them()
    {
        var props = new Dictionary<string, object?>
        {
            ["zeta"] = 0.1, ["whole"] = 1.0, ["tiny"] = 1e-7, ["huge"] = 1.5e300, ["negative"] = -2.25, ["rounded"] = Math.Round(0.8567, 3),
            ["count"] = 42L, ["small"] = 7, ["min"] = long.MinValue, ["yes"] = true, ["no"] = false,
            ["aliases"] = new[] { "A \"b\"", "c\\d", "" }, ["none"] = null, ["empty"] = Array.Empty<string>(),
            ["date"] = new DateTime(2026, 11, 26, 8, 30, 0), ["Upper"] = "sorts before lower case",
        };
        Assert.Equal(WithNewtonsoft(props), PropertyJson.Write(props));
    }

    [Fact]
    public void A_property_bag_keeps_keys_in_ordinal_order_the_last_value_of_a_key_and_no_nulls()
    {
        var bag = PropertyBag.From([("start", 5L), ("articleId", "article:1"), ("role", null), ("Start", 1L), ("start", 7L)]);
        Assert.Equal(["Start", "articleId", "start"], bag.Keys);
        Assert.Equal(7L, bag["start"]);
        Assert.False(bag.ContainsKey("role"));
        Assert.Equal(3, bag.Count);
        Assert.Equal("{\"Start\":1,\"articleId\":\"article:1\",\"start\":7}", PropertyJson.Write(bag));
        Assert.Equal(WithNewtonsoft(bag), PropertyJson.Write(bag));
    }
}
