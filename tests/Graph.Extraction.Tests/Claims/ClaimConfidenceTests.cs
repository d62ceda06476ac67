using System.Text;
using Graph.Extraction.Claims;

namespace Graph.Extraction.Tests.Claims;

/// <summary>The learned claim confidence: what it is trained to do, and that the shipped model rates claims sensibly.</summary>
public sealed class ClaimConfidenceTests
{
    [Fact]
    public void Training_learns_which_features_go_with_right_claims_and_the_weights_survive_a_round_trip()
    {
        var examples = new List<(IReadOnlyList<string>, bool)>();
        for (var i = 0; i < 200; i++)
        {
            examples.Add((["bias", "cue=said", "sm=cap"], i % 10 != 0));
            examples.Add((["bias", "cue=saw", "sm=low"], i % 10 == 0));
        }
        var model = ClaimConfidenceModel.Train(examples);
        var said = model.Probability(["bias", "cue=said", "sm=cap"]);
        var saw = model.Probability(["bias", "cue=saw", "sm=low"]);
        Assert.InRange(said, 0.75, 0.97);
        Assert.InRange(saw, 0.03, 0.25);
        // A feature the model never saw adds nothing.
        Assert.Equal(said, model.Probability(["bias", "cue=said", "sm=cap", "unseen"]), 12);

        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true)) model.Write(writer, "a test");
        buffer.Position = 0;
        var read = ClaimConfidenceModel.Read(buffer);
        Assert.Equal(model.Weights.OrderBy(kv => kv.Key), read.Weights.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void The_same_examples_in_any_order_give_the_same_model()
    {
        var examples = Enumerable.Range(0, 300).Select(i => ((IReadOnlyList<string>)["bias", "w" + (i % 7), "v" + (i % 3)], i % 4 != 0 && i % 7 != 2)).ToList();
        var a = ClaimConfidenceModel.Train(examples);
        var b = ClaimConfidenceModel.Train(examples.AsEnumerable().Reverse().Where((_, i) => i % 2 == 0).Concat(examples.AsEnumerable().Reverse().Where((_, i) => i % 2 == 1)).ToList());
        Assert.Equal(a.Weights.OrderBy(kv => kv.Key), b.Weights.OrderBy(kv => kv.Key));
        Assert.True(a.Weights["w2"] < a.Weights["w1"]);
    }

    [Fact]
    public void Shipped_model_rates_a_named_speaker_saying_something_above_a_group_seeing_something()
    {
        Assert.NotNull(ClaimConfidence.Model);
        var g = Extract.From("Ferry plan delayed\n\nMayor Ana Ruiz told reporters the ferry would stay in port until spring.\n\n"
                             + "Critics saw the delay as a sign of weakness.");
        var said = g.ClaimWith("stay in port");
        var saw = g.ClaimWith("sign of weakness");
        Assert.True(said.Confidence >= 0.8, $"said: {said.Confidence}");
        Assert.True(saw.Confidence < 0.5, $"saw: {saw.Confidence}");
        Assert.All(g.Claims, c => Assert.InRange(c.Confidence, 0.0, 1.0));
    }
}
