using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as imBack buttons. Recognized, in order:
/// a 1-based index ("2", "２", "第二个", "第2项", "二"), the exact title, an exact synonym, then a substring (the
/// answer contains exactly one title/synonym, or is part of exactly one title). Ambiguous answers are not guessed.
/// Ends with a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    protected override string DefaultRetryText => PromptReplies.ChoiceRetry;

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        var answer = TextNormalizer.Normalize(text);
        if (answer.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        if (TryParseIndex(answer, out var index) && index >= 1 && index <= choices.Count)
        {
            return Found(choices, (int)index - 1);
        }

        var exact = FindUnique(choices, names => names.Any(n => string.Equals(n, answer, StringComparison.OrdinalIgnoreCase)));
        if (exact >= 0)
        {
            return Found(choices, exact);
        }

        // "我选第二个方案" or "现场" for "现场咨询": the longest title/synonym contained in the answer wins if unique.
        var contained = choices
            .Select((c, i) => (Index: i, Length: Names(c).Where(n => n.Length > 0 && answer.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => n.Length).DefaultIfEmpty(0).Max()))
            .Where(x => x.Length > 0)
            .OrderByDescending(x => x.Length)
            .ToList();
        if (contained.Count == 1 || (contained.Count > 1 && contained[0].Length > contained[1].Length))
        {
            return Found(choices, contained[0].Index);
        }
        if (contained.Count == 0)
        {
            var partOf = FindUnique(choices, names => names.Any(n => n.Contains(answer, StringComparison.OrdinalIgnoreCase)));
            if (partOf >= 0)
            {
                return Found(choices, partOf);
            }
        }
        return null;
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = Recognize(turnContext.Activity.Text, options.Choices ?? []);
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failure() : PromptRecognizerResult<FoundChoice>.Success(found));
    }

    protected override void DecoratePrompt(Activity activity, PromptOptions options)
    {
        if (options.Choices is { Count: > 0 } choices)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(c => CardAction.ImBack(c.Value))] };
        }
    }

    private static bool TryParseIndex(string answer, out long index)
    {
        var core = answer;
        if (core.StartsWith('第'))
        {
            core = core[1..];
            foreach (var suffix in new[] { "个", "項", "项", "条", "种", "位" })
            {
                if (core.EndsWith(suffix, StringComparison.Ordinal))
                {
                    core = core[..^suffix.Length];
                    break;
                }
            }
        }
        if (long.TryParse(core, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out index))
        {
            return true;
        }
        return ChineseNumber.TryParse(core, out index);
    }

    private static int FindUnique(IReadOnlyList<Choice> choices, Func<IEnumerable<string>, bool> match)
    {
        var found = -1;
        for (var i = 0; i < choices.Count; i++)
        {
            if (match(Names(choices[i])))
            {
                if (found >= 0)
                {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static IEnumerable<string> Names(Choice choice) =>
        new[] { choice.Value }.Concat(choice.Synonyms ?? []).Select(TextNormalizer.Normalize);

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index) => new() { Value = choices[index].Value, Index = index };
}
