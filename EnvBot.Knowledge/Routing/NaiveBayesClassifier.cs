namespace EnvBot.Knowledge.Routing;

/// <summary>
/// Multinomial Naive Bayes over jieba tokens and character bigrams, trained on the labelled examples in
/// training.jsonl. Used when the rules are unsure. Out-of-scope examples train a class of their own,
/// <see cref="OutOfScopeLabel"/>.
/// </summary>
public sealed class NaiveBayesClassifier
{
    public const string OutOfScopeLabel = "投诉信访";
    private const double Alpha = 0.3;

    /// <summary>
    /// Naive Bayes multiplies many weak, correlated features (tokens and overlapping bigrams) and is overconfident; the
    /// log-likelihoods are divided by this temperature so a vague question stays vague and falls to 综合处.
    /// </summary>
    private const double Temperature = 4.0;

    private readonly Dictionary<string, double> _logPrior = [];
    private readonly Dictionary<string, Dictionary<string, double>> _counts = [];
    private readonly Dictionary<string, double> _totals = [];
    private readonly HashSet<string> _vocabulary = [];
    private readonly Func<string, IEnumerable<string>> _features;

    public NaiveBayesClassifier(IEnumerable<(string Text, string Label)> examples, Func<string, IEnumerable<string>> features)
    {
        _features = features;
        var byLabel = examples.GroupBy(e => e.Label).ToList();
        foreach (var group in byLabel)
        {
            // A flat prior: the training set's class sizes say how many examples were written, not how often each
            // department is asked.
            _logPrior[group.Key] = Math.Log(1.0 / byLabel.Count);
            var counts = new Dictionary<string, double>();
            foreach (var (text, _) in group)
            {
                foreach (var f in features(text).Distinct())
                {
                    counts[f] = counts.GetValueOrDefault(f) + 1;
                    _vocabulary.Add(f);
                }
            }
            _counts[group.Key] = counts;
            _totals[group.Key] = counts.Values.Sum();
        }
    }

    public IReadOnlyCollection<string> Labels => _logPrior.Keys;

    /// <summary>Posterior probability per label, highest first.</summary>
    public IReadOnlyList<(string Label, double Probability)> Predict(string text)
    {
        var features = _features(text).Distinct().Where(_vocabulary.Contains).ToList();
        var logs = new Dictionary<string, double>();
        foreach (var (label, prior) in _logPrior)
        {
            var counts = _counts[label];
            var denominator = Math.Log(_totals[label] + Alpha * _vocabulary.Count);
            logs[label] = prior + features.Sum(f => Math.Log(counts.GetValueOrDefault(f) + Alpha) - denominator);
        }
        foreach (var label in logs.Keys.ToList())
        {
            logs[label] /= Temperature;
        }
        var max = logs.Values.Max();
        var sum = logs.Values.Sum(v => Math.Exp(v - max));
        return logs.Select(kv => (kv.Key, Math.Exp(kv.Value - max) / sum)).OrderByDescending(p => p.Item2).ToList();
    }
}
