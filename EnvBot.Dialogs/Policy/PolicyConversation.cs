using EnvBot.Data.Complaints;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Builder.State;
using EnvBot.Dialogs.Main;
using EnvBot.Dialogs.Proactive;
using EnvBot.Knowledge.Policy;
using EnvBot.Knowledge.Policy.Llm;
using EnvBot.Knowledge.Routing;
using EnvBot.Knowledge.Routing.Llm;
using Microsoft.Extensions.Logging;

namespace EnvBot.Dialogs.Policy;

/// <summary>
/// Answers a policy question from the law with citations, or says it cannot and offers 转人工 (DOMAIN.md §4, issue 6).
/// A complaint or petition is not consultation: the bot says where to report it (DOMAIN.md §1). 转人工 hands the last
/// question to the ledger, whose answer comes back to this chat. With the LLM on, a slow model does not hold the turn:
/// the bot acknowledges at once and the answer follows through the outbox.
/// </summary>
/// <remarks>The index and the router load lazily (seconds of dictionary and index work), so no turn but the first
/// policy question waits for them; the host warms them up in the background at start.</remarks>
public sealed class PolicyConversation(
    Lazy<PolicySearch> search,
    PolicyAnswerService answers,
    LiveDepartmentRouter router,
    ConversationState conversationState,
    ProactiveOutbox outbox,
    ComplaintReferralLog complaints,
    LlmOptions llm,
    TimeProvider time,
    ILogger<PolicyConversation> logger)
{
    public const string HandOverCommand = "转人工";

    private readonly IStatePropertyAccessor<PolicyQuestionState> _state = conversationState.CreateProperty<PolicyQuestionState>(nameof(PolicyQuestionState));

    public async Task AnswerAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken)
    {
        var routing = router.Current.Route(question);
        if (routing.OutOfScope)
        {
            // DOMAIN.md §1: not dropped, and recorded that the reporting channels were given (no personal data logged).
            logger.LogInformation("Complaint guidance (12369) given on {ChannelId}, kind {Kind}", turnContext.Activity.ChannelId, routing.OutOfScopeKind);
            await turnContext.SendActivityAsync(Activity.CreateMessage(PolicyConversationReplies.ComplaintGuidance(routing.OutOfScopeKind)), cancellationToken).ConfigureAwait(false);
            // Issue 10: the referral is recorded after the guidance was sent, so a record means the person was told.
            await complaints.RecordAsync(turnContext.Identity(), turnContext.Activity.ChannelId ?? "", routing.OutOfScopeKind, question, cancellationToken).ConfigureAwait(false);
            return;
        }
        var state = await _state.GetAsync(turnContext, () => new PolicyQuestionState(), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var previous = state.LastQuestion;
        var combined = PolicyFollowUp.Combined(previous, state.LastAskedAt, question, now);
        var leansOn = combined is null ? null : previous;
        var result = await search.Value.SearchAsync(combined ?? question, 10, cancellationToken).ConfigureAwait(false);
        state.LastQuestion = combined ?? question;
        state.LastAskedAt = now;

        if (!answers.AsksModel(result))
        {
            await turnContext.SendActivityAsync(Reply(answers.Extractive(result), leansOn), cancellationToken).ConfigureAwait(false);
            return;
        }

        // The model call belongs to no turn: it outlives this one when the server is slow.
        var answering = answers.AnswerAsync(result, CancellationToken.None);
        var inline = TimeSpan.FromSeconds(llm.InlineAnswerSeconds);
        if (await Task.WhenAny(answering, Task.Delay(inline, cancellationToken)).ConfigureAwait(false) == answering)
        {
            await turnContext.SendActivityAsync(Reply(await answering.ConfigureAwait(false), leansOn), cancellationToken).ConfigureAwait(false);
            return;
        }
        await turnContext.SendActivityAsync(Activity.CreateMessage(PolicyConversationReplies.Working), cancellationToken).ConfigureAwait(false);
        var a = turnContext.Activity;
        var key = $"policy:{a.ChannelId}:{a.Conversation?.Id}:{a.Id ?? Guid.NewGuid().ToString("N")}";
        _ = DeliverLaterAsync(answering, result, leansOn, key, a.ChannelId!, a.Conversation!.Id!, a.From?.Id);
    }

    /// <summary>Queues the answer (the model's, or the extractive one if the model failed) for the outbox sender.</summary>
    private async Task DeliverLaterAsync(Task<PolicyAnswer> answering, PolicySearchResult result, string? leansOn, string key, string channelId, string conversationId, string? userId)
    {
        PolicyAnswer answer;
        try
        {
            answer = await answering.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning("Policy answer from the model failed ({ExceptionType}); sending the extractive answer", e.GetType().Name);
            answer = answers.Extractive(result);
        }
        try
        {
            await outbox.EnqueueAsync(key, channelId, conversationId, userId, Reply(answer, leansOn)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError("Policy answer could not be queued for {ChannelId} ({ExceptionType})", channelId, e.GetType().Name);
        }
    }

    /// <summary>
    /// Answers a message too short to read as a question on its own ("罚多少？", "那多久") when it follows a policy
    /// question within <see cref="PolicyFollowUp.Window"/>; false (nothing sent) otherwise.
    /// </summary>
    public async Task<bool> TryFollowUpAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(turnContext, () => new PolicyQuestionState(), cancellationToken).ConfigureAwait(false);
        if (PolicyFollowUp.Combined(state.LastQuestion, state.LastAskedAt, text, time.GetUtcNow()) is null)
        {
            return false;
        }
        await AnswerAsync(turnContext, text, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The question to hand to a person, or null when none was asked in this conversation.</summary>
    public async Task<string?> LastQuestionAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _state.GetAsync(turnContext, () => new PolicyQuestionState(), cancellationToken).ConfigureAwait(false)).LastQuestion;

    /// <summary>Forgets the question once it is in the ledger, so a second 转人工 does not open a duplicate matter.</summary>
    public async Task ForgetLastQuestionAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _state.GetAsync(turnContext, () => new PolicyQuestionState(), cancellationToken).ConfigureAwait(false)).LastQuestion = null;

    /// <param name="leansOn">The previous question a follow-up was read with, said first so a wrong reading is seen.</param>
    private static Activity Reply(PolicyAnswer answer, string? leansOn = null)
    {
        var reply = Activity.CreateMessage(leansOn is null ? answer.Text : PolicyConversationReplies.ReadWith(leansOn) + "\n\n" + answer.Text);
        reply.TextFormat = "markdown";
        reply.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(HandOverCommand), CardAction.ImBack(MainReplies.MenuHelp)] };
        return reply;
    }
}
