using System.Text.RegularExpressions;

namespace EnvBot.Knowledge.Routing;

/// <summary>
/// Splits a question into clauses and weighs each one, because the department is decided by what is actually asked,
/// not by background statements (README 约定15): clauses of a sentence that asks something count fully, statements
/// less, a clause the asker marks ("主要想问…", "核心是…") more, and a clause the asker sets aside ("已经问过了",
/// "这块没问题") hardly at all.
/// </summary>
internal sealed partial class QuestionClauses
{
    private readonly List<(int Start, int End, double Factor)> _clauses = [];
    private readonly List<(int Start, int End)> _sentences = [];

    public QuestionClauses(string text, IReadOnlyList<string> focusMarkers, IReadOnlyList<string> dismissMarkers)
    {
        var sentenceStart = 0;
        foreach (var sentence in SentenceSplit().Split(text))
        {
            var start = text.IndexOf(sentence, sentenceStart, StringComparison.Ordinal);
            if (start < 0 || sentence.Length == 0)
            {
                continue;
            }
            var end = start + sentence.Length;
            _sentences.Add((start, end));
            var asks = end < text.Length && text[end] is '？' or '?' || QuestionWords().IsMatch(sentence);
            var clauseStart = start;
            var clauses = ClauseSplit().Split(sentence).Where(c => c.Length > 0).ToList();
            foreach (var clause in clauses)
            {
                var clauseIndex = text.IndexOf(clause, clauseStart, StringComparison.Ordinal);
                if (clauseIndex < 0)
                {
                    continue;
                }
                // In an asking sentence, the clause with the question word (or the last one) is the ask; the others
                // usually set the scene.
                var factor = !asks ? 0.6 : QuestionWords().IsMatch(clause) || ReferenceEquals(clause, clauses[^1]) ? 1.0 : 0.8;
                if (focusMarkers.Any(m => clause.Contains(m, StringComparison.Ordinal)))
                {
                    factor *= IsStrongFocus(clause) ? 1.8 : 1.3;
                }
                if (dismissMarkers.Any(m => clause.Contains(m, StringComparison.Ordinal)))
                {
                    factor *= 0.2;
                }
                _clauses.Add((clauseIndex, clauseIndex + clause.Length, factor));
                clauseStart = clauseIndex + clause.Length;
            }
            sentenceStart = end;
        }
    }

    /// <summary>The weight of the clause holding <paramref name="position"/>.</summary>
    public double FactorAt(int position)
    {
        foreach (var (start, end, factor) in _clauses)
        {
            if (position >= start && position < end)
            {
                return factor;
            }
        }
        return 0.6;
    }

    /// <summary>The sentence holding <paramref name="position"/>, as start and end offsets.</summary>
    public (int Start, int End) SentenceAt(int position)
    {
        foreach (var sentence in _sentences)
        {
            if (position >= sentence.Start && position < sentence.End)
            {
                return sentence;
            }
        }
        return (position, position);
    }

    /// <summary>True when the text at <paramref name="position"/> sits in a clause that is asked (not background).</summary>
    public bool IsAskedAt(int position) => FactorAt(position) >= 1.0;

    private static bool IsStrongFocus(string clause) =>
        clause.Contains("主要", StringComparison.Ordinal) || clause.Contains("核心", StringComparison.Ordinal)
        || clause.Contains("重点", StringComparison.Ordinal) || clause.Contains("关键", StringComparison.Ordinal);

    [GeneratedRegex("[。？！?!；;\\n]+")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex("[，,：:]+")]
    private static partial Regex ClauseSplit();

    [GeneratedRegex("吗|怎么|怎样|如何|能不能|能否|可不可以|可以不|要不要|需不需要|是否|是不是|算不算|有没有|多少|多久|多大|哪|什么|啥|咋|谁|几天|何时")]
    private static partial Regex QuestionWords();
}
