using EnvBot.Data.Domain.People;
using EnvBot.Data.Identity;
using EnvBot.Data.Import;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Dialogs.Authorization;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.ConsultationDay;
using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Builder.State;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Policy;

namespace EnvBot.Dialogs.Main;

/// <summary>
/// The bot every channel talks to: continues an active dialog (which handles 帮助/取消/返回 itself), otherwise
/// recognizes a command, checks its policy in one place, and runs it. Rules live in services; this only shows results.
/// </summary>
public sealed class MainBot : ActivityHandler
{
    private readonly ConversationState _conversationState;
    private readonly PolicyConversation _policy;
    private readonly TimeProvider _time;
    private readonly IdentityService _identities;
    private readonly PairingTableImporter _importer;
    private readonly IStatePropertyAccessor<ConversationData> _conversationData;
    private readonly DialogSet _dialogs;
    private readonly Ledger.LedgerConversation _ledger;
    private readonly BookingCommands _bookingCommands;
    private readonly ReviewCommands _reviewCommands;
    private readonly Data.Guides.ServiceRecordService _serviceRecords;
    private readonly Data.Outbox.OutboxStore _outbox;
    private readonly Rectification.RectificationCommands _rectification;
    private readonly Guides.GuideReports _guideReports;
    private readonly Guides.AssessmentCommands _assessment;
    private readonly Routing.RoutingAdminCommands _routingAdmin;
    private readonly Guides.ServiceRatingCommands _serviceRatings;
    private readonly Exports.ExportCommands _exports;
    private readonly EnterpriseFile.EnterpriseFileCommands _files;
    private readonly Notices.NoticeCommands _notices;
    private readonly IdNumberCommands _idNumbers;
    private readonly Data.Privacy.PersonalDataAudit _audit;

    public MainBot(ConversationState conversationState, TimeProvider time, IdentityService identities, PairingTableImporter importer, EnterpriseBindingDialog enterpriseBinding, BookConsultationDialog bookConsultation, BookingCommands bookingCommands, ReviewCommands reviewCommands, Ledger.LedgerConversation ledger, PolicyConversation policy, Guides.LogContactDialog logContact, Data.Guides.ServiceRecordService serviceRecords, Data.Outbox.OutboxStore outbox, Rectification.RectificationCommands rectification, Guides.GuideReports guideReports, Guides.AssessmentCommands assessment, Routing.RoutingAdminCommands routingAdmin, Guides.ServiceRatingCommands serviceRatings, Exports.ExportCommands exports, EnterpriseFile.EditEnterpriseFileDialog editFile, EnterpriseFile.EnterpriseFileCommands files, Notices.NoticeCommands notices, IdNumberCommands idNumbers, Data.Privacy.PersonalDataAudit audit)
    {
        _idNumbers = idNumbers;
        _audit = audit;
        _notices = notices;
        _files = files;
        _exports = exports;
        _serviceRatings = serviceRatings;
        _routingAdmin = routingAdmin;
        _assessment = assessment;
        _guideReports = guideReports;
        _rectification = rectification;
        _outbox = outbox;
        _serviceRecords = serviceRecords;
        _ledger = ledger;
        _policy = policy;
        _conversationState = conversationState;
        _time = time;
        _identities = identities;
        _importer = importer;
        _bookingCommands = bookingCommands;
        _reviewCommands = reviewCommands;
        _conversationData = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));
        _dialogs = new DialogSet(conversationState.CreateProperty<DialogState>(nameof(DialogState))).Add(enterpriseBinding).Add(bookConsultation).Add(logContact).Add(editFile);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        data.LastActivityAt = _time.GetUtcNow();
        data.Turns++;

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is not null)
        {
            var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            if (result.Status != DialogTurnStatus.Empty)
            {
                return;
            }
        }

        var text = UserText.Normalize(turnContext.Activity);
        if (text.Length == 0 && Attachments.InboundAttachments.HasFiles(turnContext.Activity))
        {
            // Issue 10: a photo or file sent alone (Web Chat's upload button) waits for the 整改回复 it belongs to.
            await turnContext.SendActivityAsync(WithMenu(await _rectification.FilesOnlyAsync(turnContext, cancellationToken).ConfigureAwait(false), turnContext.Identity()), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (text.Length == 0)
        {
            // An Adaptive Card submit arrives with value and no text (fixture 03).
            if (turnContext.Activity.Value is not null)
            {
                await turnContext.SendActivityAsync(Activity.CreateMessage(MainReplies.CardSubmitReceived), cancellationToken).ConfigureAwait(false);
            }
            return;
        }

        var identity = turnContext.Identity();
        // Multi-line input (a pasted table) keeps its line breaks for the argument; the keyword is on the first line.
        var (command, argument) = MainCommands.Parse(UserText.Fold(turnContext.Activity.Text ?? text).Trim() is var raw && raw.Contains('\n') ? raw : text);
        if (CommandPolicies.Refusal(command, identity) is { } refusal)
        {
            await turnContext.SendActivityAsync(WithMenu(refusal, identity), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (CommandPolicies.PersonalDataShown(command) is { } personalData && identity.PersonId is { } viewer)
        {
            await _audit.RecordAsync(viewer, personalData, argument, cancellationToken).ConfigureAwait(false);
        }

        switch (command)
        {
            case MainCommand.EnterpriseBinding:
                await dc.BeginDialogAsync(EnterpriseBindingDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.Bind:
                await BindAsync(turnContext, argument, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.GenerateBindingCode:
                await GenerateCodeAsync(turnContext, identity, argument, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.BookConsultation:
                await dc.BeginDialogAsync(BookConsultationDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.ConsultationDay or MainCommand.MyBookings or MainCommand.CancelBooking or MainCommand.CarryOverBooking or MainCommand.RateBooking:
                await turnContext.SendActivityAsync(WithMenu(await _bookingCommands.RunAsync(command, argument, turnContext, cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.ConfirmSeat or MainCommand.RejectBooking or MainCommand.AcceptBooking or MainCommand.RepeatBooking
                or MainCommand.ReviewQueue or MainCommand.SessionList or MainCommand.ProposePlan or MainCommand.ApprovePlan:
                await turnContext.SendActivityAsync(WithMenu(await _reviewCommands.RunAsync(command, argument, turnContext, cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.RevealIdNumber:
                await turnContext.SendActivityAsync(WithMenu(await _idNumbers.RevealAsync(argument, turnContext, cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.RecordHealthCheck or MainCommand.AnswerRectification or MainCommand.AcceptRectification or MainCommand.ReturnRectification or MainCommand.MyRectification
                or MainCommand.HandToEnforcement:
                await turnContext.SendActivityAsync(WithMenu(await _rectification.RunAsync(command, argument, turnContext, cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.RoutingTable or MainCommand.AddRoutingTerms or MainCommand.RemoveRoutingTerm or MainCommand.ActivateRoutingTable or MainCommand.TestRouting:
                await turnContext.SendActivityAsync(WithMenu(await _routingAdmin.RunAsync(command, argument, turnContext, cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.RateService:
                await turnContext.SendActivityAsync(WithMenu(await _serviceRatings.RateAsync(argument, turnContext, cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.ExportPairingList:
                await turnContext.SendActivityAsync(WithMenu(_exports.PairingList(), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.ExportMonthlySummary:
                await turnContext.SendActivityAsync(WithMenu(_exports.MonthlySummary(argument), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.EditEnterpriseFile:
                await dc.BeginDialogAsync(EnterpriseFile.EditEnterpriseFileDialog.DialogId, argument.ToJsonNode(), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.ViewEnterpriseFile:
                await turnContext.SendActivityAsync(WithMenu(await _files.ViewAsync(identity, argument, cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.MyEnterpriseFile:
                await turnContext.SendActivityAsync(WithMenu(await _files.MyFileAsync(identity, cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.ComposeNotice or MainCommand.ConfirmNotice or MainCommand.NoticeReceipt or MainCommand.AcknowledgeNotice:
                var (noticeReply, buttons) = await _notices.RunAsync(command, argument, turnContext, cancellationToken).ConfigureAwait(false);
                var noticeActivity = WithMenu(noticeReply, identity);
                if (buttons is not null)
                {
                    noticeActivity.SuggestedActions = new SuggestedActions { Actions = [.. buttons] };
                }
                await turnContext.SendActivityAsync(noticeActivity, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.ImportPairings:
                await ImportAsync(turnContext, argument, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.AskQuestion:
                await _ledger.AskAsync(turnContext, argument, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.OpenMatters when identity.IsStaff:
                await _ledger.OpenMattersAsync(turnContext, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.MyMatters:
                await _ledger.ProgressAsync(turnContext, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.RegisterDepartmentChannel:
                await _ledger.RegisterChannelAsync(turnContext, argument, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.HandOver:
                await HandOverAsync(turnContext, identity, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.FailedSends:
                var failed = await _outbox.FailedAsync(20, cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(WithMenu(Outbox.FailedSendsReplies.List(failed), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.MyEnterprises:
                var (monday, sunday) = Data.Domain.Calendar.BureauWeek.WeekOf(_time.GetUtcNow());
                var mine = await _serviceRecords.MyEnterprisesAsync(identity.PersonId!.Value, cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(WithMenu(Guides.GuideReplies.MyEnterprises(mine, monday, sunday), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.AssessmentRanking:
                await turnContext.SendActivityAsync(WithMenu(await _assessment.RankingAsync(argument, cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.AdjustGrade:
                await turnContext.SendActivityAsync(WithMenu(await _assessment.AdjustAsync(argument, identity, cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.WeeklyProblemList:
                await turnContext.SendActivityAsync(WithMenu(await _guideReports.ProblemListAsync(_time.GetUtcNow(), cancellationToken).ConfigureAwait(false), identity), cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.None when identity.IsStaff && (identity.Has(Role.Guide) || identity.Has(Role.BlockLead)):
                // Issue 8: a guide tells what happened in one message; anything that reads as a contact starts the form.
                // Only what does not read as a contact is taken as a policy question (guides ask those too).
                var candidates = await _serviceRecords.CandidatesAsync(identity.PersonId!.Value, cancellationToken).ConfigureAwait(false);
                if (Guides.LogContactDialog.Read(turnContext.Activity.Text ?? text, _time.GetUtcNow(), candidates) is { } draft)
                {
                    if (draft.Unreached)
                    {
                        // "电话两次都没人接": no contact was made, so no form to confirm — said, not saved.
                        await turnContext.SendActivityAsync(WithMenu(Guides.GuideReplies.NotReached(draft), identity), cancellationToken).ConfigureAwait(false);
                        return;
                    }
                    await dc.BeginDialogAsync(Guides.LogContactDialog.DialogId, draft.ToJsonNode(), cancellationToken).ConfigureAwait(false);
                    return;
                }
                if (PolicyQuestionDetector.LooksLikeQuestion(text))
                {
                    await _policy.AnswerAsync(turnContext, text, cancellationToken).ConfigureAwait(false);
                    return;
                }
                break;
            case MainCommand.None when PolicyQuestionDetector.LooksLikeQuestion(text):
                await _policy.AnswerAsync(turnContext, text, cancellationToken).ConfigureAwait(false);
                return;
            case MainCommand.LedgerAction:
                await _ledger.ActAsync(turnContext, argument, cancellationToken).ConfigureAwait(false);
                return;
        }

        if (command == MainCommand.None && await _policy.TryFollowUpAsync(turnContext, text, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var reply = command switch
        {
            MainCommand.Help => HelpText.For(identity),
            MainCommand.Menu => MainReplies.Welcome,
            MainCommand.Cancel => MainReplies.NothingToCancel,
            MainCommand.WhoAmI => IdentityReplies.WhoAmI(identity, turnContext.Activity.ChannelId ?? "", turnContext.Activity.From?.Id ?? ""),
            _ => MainReplies.NotUnderstood,
        };
        await turnContext.SendActivityAsync(WithMenu(reply, identity), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> members, bool botAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var isGroup = turnContext.Activity.Conversation?.IsGroup == true;
        if (botAdded && isGroup)
        {
            await turnContext.SendActivityAsync(Activity.CreateMessage(MainReplies.BotAddedToConversation), cancellationToken).ConfigureAwait(false);
            return;
        }
        // In a team, greeting every joining member in the channel would be noise; greet people in 1:1 chats only.
        if (members.Count > 0 && !isGroup)
        {
            await turnContext.SendActivityAsync(WithMenu(MainReplies.Welcome, turnContext.Identity()), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The conversation ended (fixture 28): forget its dialog state so nothing half-done lingers.</summary>
    protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _conversationState.ClearState(turnContext);
        return Task.CompletedTask;
    }

    protected override Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeReplies.For(turnContext.Activity));

    /// <summary>转人工 (issue 6): the last policy question becomes a ledger matter routed to its department (issue 5).</summary>
    private async Task HandOverAsync(ITurnContext turnContext, UserIdentity identity, CancellationToken cancellationToken)
    {
        if (await _policy.LastQuestionAsync(turnContext, cancellationToken).ConfigureAwait(false) is not { } question)
        {
            await turnContext.SendActivityAsync(WithMenu(PolicyConversationReplies.NothingToHandOver, identity), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!identity.IsEnterpriseContact)
        {
            await turnContext.SendActivityAsync(WithMenu(PolicyConversationReplies.BindBeforeHandOver, identity), cancellationToken).ConfigureAwait(false);
            return;
        }
        await _ledger.AskAsync(turnContext, question, cancellationToken).ConfigureAwait(false);
        await _policy.ForgetLastQuestionAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    private async Task BindAsync(ITurnContext turnContext, string code, CancellationToken cancellationToken)
    {
        if (code.Length == 0)
        {
            await turnContext.SendActivityAsync(Activity.CreateMessage(IdentityReplies.BindUsage), cancellationToken).ConfigureAwait(false);
            return;
        }
        var a = turnContext.Activity;
        var (outcome, identity) = await _identities.BindWithCodeAsync(a.ChannelId!, a.From!.Id!, code, cancellationToken).ConfigureAwait(false);
        turnContext.SetIdentity(identity);
        var text = outcome == BindingOutcome.Bound ? IdentityReplies.Bound(identity) : IdentityReplies.BindFailed(outcome);
        await turnContext.SendActivityAsync(WithMenu(text, identity), cancellationToken).ConfigureAwait(false);
    }

    private async Task GenerateCodeAsync(ITurnContext turnContext, UserIdentity admin, string personName, CancellationToken cancellationToken)
    {
        if (personName.Length == 0)
        {
            await turnContext.SendActivityAsync(Activity.CreateMessage(IdentityReplies.GenerateCodeUsage), cancellationToken).ConfigureAwait(false);
            return;
        }
        var bureauId = await _identities.BureauIdAsync(ReferenceData.BureauCode, cancellationToken).ConfigureAwait(false);
        var person = await _identities.FindPersonByNameAsync(bureauId, personName, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            await turnContext.SendActivityAsync(Activity.CreateMessage(IdentityReplies.PersonNotFound(personName)), cancellationToken).ConfigureAwait(false);
            return;
        }
        var code = await _identities.CreateBindingCodeAsync(person.Id, admin.PersonId!.Value, null, cancellationToken).ConfigureAwait(false);
        var expires = Data.Time.BureauTime.ToBureau(_time.GetUtcNow() + IdentityService.DefaultCodeLifetime);
        await turnContext.SendActivityAsync(Activity.CreateMessage(IdentityReplies.CodeCreated(person.Name, code, expires)), cancellationToken).ConfigureAwait(false);
    }

    private async Task ImportAsync(ITurnContext turnContext, string csv, CancellationToken cancellationToken)
    {
        if (!csv.Contains('\n', StringComparison.Ordinal))
        {
            await turnContext.SendActivityAsync(Activity.CreateMessage(IdentityReplies.ImportUsage), cancellationToken).ConfigureAwait(false);
            return;
        }
        var report = await _importer.ImportAsync(csv, ReferenceData.GuideProgramme, ReferenceData.BureauCode, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(Activity.CreateMessage(report.ToText()), cancellationToken).ConfigureAwait(false);
    }

    private static Activity WithMenu(string text, UserIdentity identity) => MainMenu.Message(text, identity);
}
