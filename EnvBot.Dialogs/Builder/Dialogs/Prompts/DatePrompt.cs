using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>
/// Asks for a calendar date and ends with a <see cref="DateOnly"/> (JSON "yyyy-MM-dd"). "Today" is taken from the
/// <see cref="TimeProvider"/> in Beijing time (Asia/Shanghai), whatever the server's zone; the rules for reading the
/// answer are in <see cref="ChineseDateRecognizer"/>.
/// </summary>
public sealed class DatePrompt : Prompt<DateOnly>
{
    /// <summary>Beijing time, resolved once (STYLE.md: the zone is resolved once).</summary>
    public static readonly TimeZoneInfo ChinaTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private readonly TimeProvider _timeProvider;

    public DatePrompt(string dialogId, TimeProvider timeProvider, PromptValidator<DateOnly>? validator = null)
        : base(dialogId, validator)
    {
        _timeProvider = timeProvider;
    }

    protected override string DefaultRetryText => PromptReplies.DateRetry;

    /// <summary>Today's date in Beijing.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_timeProvider.GetUtcNow(), ChinaTimeZone).DateTime);

    protected override Task<PromptRecognizerResult<DateOnly>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(ChineseDateRecognizer.TryRecognize(turnContext.Activity.Text, Today, out var date)
            ? PromptRecognizerResult<DateOnly>.Success(date)
            : PromptRecognizerResult<DateOnly>.Failure());
}
