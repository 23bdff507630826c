using System.Globalization;

namespace EnvBot.Knowledge.Routing.Evaluation;

/// <summary>Correct out of total; <see cref="Value"/> is null when nothing was scored.</summary>
public readonly record struct Accuracy(int Correct, int Total)
{
    public double? Value => Total == 0 ? null : (double)Correct / Total;

    public Accuracy Add(bool correct) => new(Correct + (correct ? 1 : 0), Total + 1);

    public override string ToString() =>
        Value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.000} ({Correct}/{Total})") : "n/a";
}
