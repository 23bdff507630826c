using System.Collections.Concurrent;
using System.Text.Json;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Builder.State;
using EnvBot.Host.Protocol.Connector;

namespace EnvBot.Host.Protocol;

/// <summary>
/// Runs inbound activities through the middleware and the bot, and delivers what the bot sends.
/// A turn's replies are held until its state has committed: if another turn wrote the same state first
/// (ETag conflict), the turn runs again on fresh state and nobody sees the replies of the lost attempt.
/// </summary>
public sealed class CloudAdapter : BotAdapter
{
    private const int MaxConcurrencyRetries = 3;
    private const string PendingRepliesKey = "EnvBot.PendingReplies";
    private const string InvokeResponseKey = "EnvBot.InvokeResponse";

    private readonly ConnectorClientFactory _connectors;
    private readonly ProcessedActivityStore _processed;
    private readonly ConversationLocks _locks = new();
    private readonly ILogger<CloudAdapter> _logger;

    public CloudAdapter(ConnectorClientFactory connectors, ProcessedActivityStore processed, ILogger<CloudAdapter> logger)
        : base(logger)
    {
        _connectors = connectors;
        _processed = processed;
        _logger = logger;
    }

    public async Task<TurnResult> ProcessActivityAsync(Activity activity, InboundAuthResult auth, BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        // Never trust callerId from the wire (SPEC-ACT A2251); set it from what authentication established.
        activity.CallerId = auth.CallerId;
        activity.InputHint = InputHints.Normalize(activity.InputHint);
        var conversationId = activity.Conversation?.Id;
        var dedupable = !string.IsNullOrEmpty(activity.Id) && !string.IsNullOrEmpty(conversationId) && !string.IsNullOrEmpty(activity.ChannelId);

        using var _ = await _locks.AcquireAsync($"{activity.ChannelId}/{conversationId}", cancellationToken).ConfigureAwait(false);

        // Channels retry after 15 s (BOTFRAMEWORK.md §2.3): a delivered id is acknowledged again, not processed again.
        if (dedupable && await _processed.WasProcessedAsync(activity.ChannelId!, conversationId!, activity.Id!, cancellationToken).ConfigureAwait(false))
        {
            _logger.LogInformation("Duplicate delivery of activity {ActivityId} ignored", activity.Id);
            return AlreadyHandled(activity);
        }

        // A state write during the turn records the activity as processed in the same transaction (one write per turn),
        // with the replies said so far: if this host dies before sending them, another host does (UndeliveredReplySweeper).
        // Replies returned in the response body (expectReplies) are the caller's to keep.
        TurnContext context = null!;
        var storesReplies = dedupable && activity.DeliveryMode != DeliveryModes.ExpectReplies;
        using var mark = dedupable
            ? _processed.BeginTurn(activity.ChannelId!, conversationId!, activity.Id!, storesReplies ? () => SerializeReplies(context) : null)
            : null;
        var attempt = 0;
        while (true)
        {
            context = new TurnContext(this, activity, cancellationToken);
            context.TurnState[PendingRepliesKey] = new List<Activity>();
            context.TurnState.Set(auth);
            try
            {
                await RunPipelineAsync(context, bot, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (StorageConcurrencyException) when (++attempt < MaxConcurrencyRetries)
            {
                _logger.LogInformation("State conflict on turn {ActivityId}; running it again on fresh state (attempt {Attempt})", activity.Id, attempt + 1);
            }
            catch (TurnAlreadyHandledException)
            {
                return HandledElsewhere(activity);
            }
        }

        var replies = (List<Activity>)context.TurnState[PendingRepliesKey];
        var repliesStored = storesReplies && replies.Count > 0;
        if (dedupable && mark?.Recorded != true
            && !await _processed.TryMarkProcessedAsync(activity.ChannelId!, conversationId!, activity.Id!, storesReplies ? SerializeReplies(context) : null, cancellationToken).ConfigureAwait(false))
        {
            return HandledElsewhere(activity);
        }
        var invokeResponse = context.TurnState.Get<InvokeResponse>(InvokeResponseKey);

        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            var expected = new ExpectedReplies { Activities = replies };
            return new TurnResult(200, JsonSerializer.SerializeToElement(expected, BotJson.Context.ExpectedReplies));
        }

        await DeliverAsync(replies, cancellationToken).ConfigureAwait(false);
        if (repliesStored)
        {
            await ForgetDeliveredRepliesAsync(activity.ChannelId!, conversationId!, activity.Id!, cancellationToken).ConfigureAwait(false);
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            // An invoke nobody answered gets 501, as the SDK does (BOTFRAMEWORK.md §2.4).
            return invokeResponse is null ? new TurnResult(501) : new TurnResult(invokeResponse.Status, invokeResponse.Body);
        }
        return new TurnResult(200);
    }

    /// <summary>
    /// This host was too slow for the channel, whose retry was handled (and answered) on another host while this turn ran:
    /// nothing of this turn was saved, and nothing it said is sent.
    /// </summary>
    private TurnResult HandledElsewhere(Activity activity)
    {
        _logger.LogWarning("Activity {ActivityId} was handled by another delivery while this one ran (this host was too slow for the channel); its replies are dropped", activity.Id);
        return AlreadyHandled(activity);
    }

    /// <summary>The answer to a delivery of an activity that was (or meanwhile got) handled: acknowledged, nothing said.</summary>
    private static TurnResult AlreadyHandled(Activity activity) =>
        activity.DeliveryMode == DeliveryModes.ExpectReplies
            ? new TurnResult(200, JsonSerializer.SerializeToElement(new ExpectedReplies(), BotJson.Context.ExpectedReplies))
            : new TurnResult(200);

    /// <summary>Sends activities outside a turn (proactive): straight to the channel's connector.</summary>
    public async Task<ResourceResponse[]> SendProactiveAsync(ConversationReference reference, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var results = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i].ApplyConversationReference(reference);
            results[i] = await _connectors.For(a.ServiceUrl).SendAsync(a, cancellationToken).ConfigureAwait(false);
        }
        return results;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var pending = turnContext.TurnState.Get<List<Activity>>(PendingRepliesKey);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i];
            if (a.Type == ActivityTypes.InvokeResponse)
            {
                var body = a.Value is { } v && v.ValueKind == JsonValueKind.Object && v.TryGetProperty("body", out var b) ? b : (JsonElement?)null;
                var status = a.Value is { } s && s.ValueKind == JsonValueKind.Object && s.TryGetProperty("status", out var st) ? st.GetInt32() : 200;
                turnContext.TurnState[InvokeResponseKey] = new InvokeResponse(status, body);
            }
            else if (a.Type == ActivityTypes.Trace && turnContext.Activity.ChannelId != Channels.Emulator)
            {
                // Real channels drop trace activities; only the Emulator shows them (BOTFRAMEWORK.md §3.2).
            }
            else if (pending is not null)
            {
                pending.Add(a);
            }
            responses[i] = new ResourceResponse(null);
        }
        return Task.FromResult(responses);
    }

    /// <summary>
    /// The failed turn's state was not committed, so what it said before failing must not go out either: the user would
    /// read an answer (e.g. "saved") followed by the apology that says the operation was reset.
    /// </summary>
    protected override void OnTurnFailed(ITurnContext turnContext)
    {
        turnContext.TurnState.Get<List<Activity>>(PendingRepliesKey)?.Clear();
        turnContext.TurnState.Remove(InvokeResponseKey);
    }

    /// <summary>Sends the replies of a committed turn whose host died before it could (see <see cref="ProcessedActivityStore.ClaimUndeliveredAsync"/>).</summary>
    public async Task DeliverCommittedAsync(UndeliveredTurn turn, CancellationToken cancellationToken)
    {
        var replies = JsonSerializer.Deserialize(turn.RepliesJson, BotJson.Context.ExpectedReplies)?.Activities ?? [];
        using (await _locks.AcquireAsync($"{turn.ChannelId}/{turn.ConversationId}", cancellationToken).ConfigureAwait(false))
        {
            await DeliverAsync(replies, cancellationToken).ConfigureAwait(false);
        }
        await ForgetDeliveredRepliesAsync(turn.ChannelId, turn.ConversationId, turn.ActivityId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The replies are out; their stored copy must go, or another host sends them again once the lease is over and the
    /// user reads every answer twice. The database may be restarting just now (bench/scaleout restarts PostgreSQL under
    /// load: three menu turns were answered twice that way), so the write is retried for half the lease, well inside
    /// it. If the database is still away, the worst left is that second copy — not worth failing a turn that succeeded.
    /// </summary>
    private async Task ForgetDeliveredRepliesAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        // Elapsed time, not the injected clock: this waits for a database to come back, not for a domain date (a test
        // host's fake clock never moves on its own).
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                await _processed.MarkRepliesDeliveredAsync(channelId, conversationId, activityId, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (System.Diagnostics.Stopwatch.GetElapsedTime(started) + delay >= ProcessedActivityStore.ReplyLease / 2)
                {
                    _logger.LogWarning("Replies of activity {ActivityId} were sent but could not be recorded as sent ({ExceptionType}); another host may send them again", activityId, ex.GetType().Name);
                    return;
                }
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
        }
    }

    private static string? SerializeReplies(TurnContext? context) =>
        context?.TurnState.Get<List<Activity>>(PendingRepliesKey) is { Count: > 0 } replies
            ? JsonSerializer.Serialize(new ExpectedReplies { Activities = [.. replies] }, BotJson.Context.ExpectedReplies)
            : null;

    private async Task DeliverAsync(List<Activity> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            if (string.IsNullOrEmpty(reply.ServiceUrl))
            {
                // SDK test fixtures without a serviceUrl: nothing to deliver to, and no outbound call is made.
                _logger.LogDebug("Reply dropped: the inbound activity had no serviceUrl");
                continue;
            }
            try
            {
                await _connectors.For(reply.ServiceUrl).SendAsync(reply, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The turn itself succeeded and its state is saved; a reply the channel refused is logged, not retried here.
                _logger.LogWarning("Reply to conversation on {ChannelId} failed: {Error}", reply.ChannelId, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Anything else (an unusable address, a bug in sending) must not turn a committed turn into a 500 either:
                // the channel would retry, the retry would be deduplicated, and the reply would be lost silently.
                _logger.LogError("Reply to conversation on {ChannelId} could not be sent: {ExceptionType}", reply.ChannelId, ex.GetType().Name);
            }
        }
    }
}
