namespace Graph.Extraction.Entities.Statistical;

/// <summary>Settings for <see cref="NerTrainer"/>. Each setter rejects values that make no sense, naming the setting.</summary>
public sealed class NerTrainingOptions
{
    private int _epochs = 12;
    private int _stageTwoEpochs = 12;
    private int _folds = 5;
    private int _minFeatureCount = 1;
    private double _lowerCaseFraction = 0.1;
    private double _upperCaseFraction = 0.05;
    private int _clusterCount = 1024;
    private int _clusterIterations = 8;
    private int _clusterMinCount = 3;
    private float _pruneThreshold = 0.5f;
    private int _maxParallelism = 2;
    private int _ensembleSize = 3;

    /// <summary>Perceptron epochs for stage one (and for each jack-knife fold).</summary>
    public int Epochs { get => _epochs; set => _epochs = Positive(value, nameof(Epochs)); }

    /// <summary>Perceptron epochs for stage two; 0 trains a one-stage model.</summary>
    public int StageTwoEpochs { get => _stageTwoEpochs; set => _stageTwoEpochs = NonNegative(value, nameof(StageTwoEpochs)); }

    /// <summary>
    /// Jack-knife folds used to give stage two stage-one labels on the training set that come from a model which
    /// did not see those documents (otherwise stage two would learn to trust stage one far too much).
    /// </summary>
    public int Folds
    {
        get => _folds;
        set => _folds = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(Folds), value, "Folds must be at least 2.");
    }

    /// <summary>Seed for shuffling and augmentation; the same seed and data give the same model bytes.</summary>
    public int Seed { get; set; } = 17;

    /// <summary>Features seen fewer times than this in training are not learnt.</summary>
    public int MinFeatureCount { get => _minFeatureCount; set => _minFeatureCount = Positive(value, nameof(MinFeatureCount)); }

    /// <summary>Share of training documents added again in lower case (robustness to lower-case input).</summary>
    public double LowerCaseFraction { get => _lowerCaseFraction; set => _lowerCaseFraction = Fraction(value, nameof(LowerCaseFraction)); }

    /// <summary>Share of training documents added again in capitals (robustness to all-caps input).</summary>
    public double UpperCaseFraction { get => _upperCaseFraction; set => _upperCaseFraction = Fraction(value, nameof(UpperCaseFraction)); }

    /// <summary>Folders of raw UTF-8 <c>.txt</c> news text (searched recursively) for word clusters and usual casing.</summary>
    public IReadOnlyList<string> UnlabeledTextDirectories { get; set; } = [];

    /// <summary>Number of fine word clusters (middle and coarse levels are 1/4 and 1/16 of it); 0 disables clusters.</summary>
    public int ClusterCount
    {
        get => _clusterCount;
        set => _clusterCount = value is 0 or (>= 16 and <= 1024)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ClusterCount), value, "ClusterCount must be 0 or between 16 and 1024.");
    }

    /// <summary>Passes of the exchange clustering algorithm.</summary>
    public int ClusterIterations { get => _clusterIterations; set => _clusterIterations = Positive(value, nameof(ClusterIterations)); }

    /// <summary>Words rarer than this in the raw text get no cluster.</summary>
    public int ClusterMinCount { get => _clusterMinCount; set => _clusterMinCount = Positive(value, nameof(ClusterMinCount)); }

    /// <summary>Averaged weights smaller than this in magnitude are dropped from the shipped model.</summary>
    public float PruneThreshold
    {
        get => _pruneThreshold;
        set => _pruneThreshold = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(PruneThreshold), value, "PruneThreshold must be >= 0.");
    }

    /// <summary>Perceptrons per stage, trained on different example orders and averaged.</summary>
    public int EnsembleSize { get => _ensembleSize; set => _ensembleSize = Positive(value, nameof(EnsembleSize)); }

    /// <summary>Threads for the jack-knife folds (results do not depend on it).</summary>
    public int MaxParallelism { get => _maxParallelism; set => _maxParallelism = Positive(value, nameof(MaxParallelism)); }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");

    private static int NonNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative.");

    private static double Fraction(double value, string name) =>
        value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 0 and 1.");
}
