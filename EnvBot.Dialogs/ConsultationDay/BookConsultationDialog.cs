using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.Identity;
using EnvBot.Data.Domain.Privacy;
using EnvBot.Data.Time;
using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Identity;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>
/// 预约咨询日 (issue 7): asks only for what is missing (a bound enterprise contact is not asked the company again),
/// accepts several fields in one message, re-prompts with what was wrong, lets any field be corrected before the
/// confirmation, and books the session <see cref="ConsultationSchedule.NextBookableSession"/> gives for the clock.
/// Each turn is one loop of the waterfall: ask → read the answer → ask again (ReplaceDialog) until confirmed.
/// </summary>
public sealed class BookConsultationDialog : InterruptibleComponentDialog
{
    public const string DialogId = nameof(BookConsultationDialog);
    private const string AnswerPrompt = "bookingAnswer";
    private const string DetailsKey = "details";

    // DOMAIN.md §1: the required fields (* on the form), in the order they are asked.
    private static readonly BookingField[] Required =
    [
        BookingField.EnterpriseName, BookingField.CreditCode, BookingField.ContactName,
        BookingField.IdNumber, BookingField.Phone, BookingField.Question,
    ];

    private static readonly string[] Yes = ["确认", "是", "是的", "对", "没问题", "提交", "确认提交", "好", "好的", "yes", "ok"];
    private static readonly string[] No = ["否", "不对", "不是", "修改", "有误", "no"];

    private readonly BookingService _bookings;
    private readonly BookingReviewService _review;
    private readonly IPersonalDataProtector _protector;
    private readonly TimeProvider _time;

    public BookConsultationDialog(BookingService bookings, BookingReviewService review, IPersonalDataProtector protector, TimeProvider time)
        : base(DialogId)
    {
        _bookings = bookings;
        _review = review;
        _protector = protector;
        _time = time;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(AnswerPrompt));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public override string HelpText => BookingReplies.HelpText;

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var details = step.Options.ToValue<ConsultationBookingDetails>();
        var lines = new List<string>();
        if (details is null)
        {
            details = await StartAsync(step, lines, cancellationToken).ConfigureAwait(false);
        }
        if (details.Notice is { } notice)
        {
            lines.Add(notice);
            details.Notice = null;
        }
        var missing = Required.Where(f => !details.Has(f)).Cast<BookingField?>().FirstOrDefault();
        details.Asking = missing;
        if (missing is null)
        {
            var plan = await _bookings.PlanAsync(details.SessionDate, cancellationToken).ConfigureAwait(false);
            lines.Add(BookingReplies.Summary(details, plan));
        }
        else
        {
            lines.Add(BookingReplies.Ask(missing.Value));
        }
        step.Values.SetValue(DetailsKey, details);
        return await step.PromptAsync(AnswerPrompt, PromptOptions.FromText(string.Join("\n\n", lines)), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var details = step.Values.GetValue<ConsultationBookingDetails>(DetailsKey)!;
        var text = step.Result?.ToValue<string>() ?? "";
        var answer = text.Trim().TrimEnd('。', '.', '!', '！').ToLowerInvariant();
        if (details.Asking is null && Yes.Contains(answer))
        {
            // The clock may have crossed the end of the month since the dialog began (DOMAIN.md §1): say so and re-confirm.
            var bookable = ConsultationSchedule.NextBookableSession(_time.GetUtcNow());
            if (bookable.Date != details.SessionDate)
            {
                details.Notice = BookingReplies.Closed(ConsultationSchedule.SessionIn(details.SessionDate.Year, details.SessionDate.Month), bookable);
                details.SessionDate = bookable.Date;
                return await LoopAsync(step, details, cancellationToken).ConfigureAwait(false);
            }
            var booking = await _bookings.CreateAsync(ToNewBooking(step, details), cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync(Activity.CreateMessage(BookingReplies.Booked(booking, _bookings.Capacity)), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        if (details.Asking is null && No.Contains(answer))
        {
            details.Notice = BookingReplies.WhatToChange;
            return await LoopAsync(step, details, cancellationToken).ConfigureAwait(false);
        }

        var extraction = BookingFieldExtractor.Extract(text, BureauTime.Today(_time), details.Asking);
        foreach (var (field, value) in extraction.Values)
        {
            if (field == BookingField.IdNumber)
            {
                // Protected at once: dialog state is saved in the database and must never hold the number in clear.
                details.ProtectedIdNumber = _protector.Protect(value);
                details.MaskedIdNumber = ResidentIdNumber.TryParse(value, DateOnly.MaxValue, out var id, out _) ? id.Masked : null;
            }
            else
            {
                details.Values[field] = value;
            }
        }
        if (extraction.Errors.Count > 0)
        {
            details.Notice = BookingReplies.Problems(extraction.Errors);
        }
        else if (details.Asking == BookingField.ContactName && extraction.Values.ContainsKey(BookingField.Question) && !extraction.Values.ContainsKey(BookingField.ContactName))
        {
            details.Notice = BookingReplies.QuestionNotedNameStillNeeded;
        }
        else if (extraction.IsEmpty && details.Asking is null)
        {
            details.Notice = BookingReplies.NotUnderstoodAtConfirm;
        }
        return await LoopAsync(step, details, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ConsultationBookingDetails> StartAsync(WaterfallStepContext step, List<string> lines, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var next = ConsultationSchedule.NextSession(now);
        var bookable = ConsultationSchedule.NextBookableSession(now);
        var details = new ConsultationBookingDetails { SessionDate = bookable.Date };
        if (next.Date != bookable.Date)
        {
            lines.Add(BookingReplies.Closed(next, bookable));
        }
        var plan = await _bookings.PlanAsync(bookable.Date, cancellationToken).ConfigureAwait(false);
        lines.Add(BookingReplies.Intro(bookable.Date, plan));
        // Issue 7: an unfinished booking is reminded three days before booking closes; remember who began (no form data).
        var a = step.Context.Activity;
        if (a.ChannelId is { } channelId && a.From?.Id is { } userId && a.Conversation?.Id is { } conversationId && a.Conversation.IsGroup != true)
        {
            await _review.StartDraftAsync(channelId, userId, conversationId, bookable.Date, cancellationToken).ConfigureAwait(false);
        }

        // A bound enterprise contact is not asked the company again (issue 7).
        var identity = step.Context.Identity();
        if (identity is { EnterpriseId: { } enterpriseId, EnterpriseName: { } name })
        {
            details.EnterpriseId = enterpriseId;
            details.Values[BookingField.EnterpriseName] = name;
            if (await _bookings.EnterpriseCreditCodeAsync(enterpriseId, cancellationToken).ConfigureAwait(false) is { } code)
            {
                details.Values[BookingField.CreditCode] = code;
            }
        }
        // "咨询日怎么报名" lands here too: say once what the whole form needs and how to leave, not only the first question.
        lines.Add(BookingReplies.StillNeeded(Required.Where(f => !details.Has(f))));
        return details;
    }

    private static Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, ConsultationBookingDetails details, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(nameof(WaterfallDialog), details.ToJsonNode(), cancellationToken);

    private static NewBooking ToNewBooking(WaterfallStepContext step, ConsultationBookingDetails d)
    {
        string? V(BookingField f) => d.Values.GetValueOrDefault(f);
        var a = step.Context.Activity;
        return new NewBooking(
            d.SessionDate, d.EnterpriseId, V(BookingField.EnterpriseName)!, V(BookingField.CreditCode)!, V(BookingField.Address), V(BookingField.PostalCode),
            V(BookingField.ContactName)!, d.ProtectedIdNumber!, d.MaskedIdNumber!, V(BookingField.Phone)!, V(BookingField.Email), V(BookingField.Question)!,
            a.ChannelId ?? "", a.From?.Id ?? "");
    }
}
