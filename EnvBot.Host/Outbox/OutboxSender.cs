using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using EnvBot.Data.Domain.Outbox;
using EnvBot.Data.Outbox;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Proactive;
using EnvBot.Host.Protocol;
using EnvBot.Host.Protocol.Connector;

namespace EnvBot.Host.Outbox;

/// <summary>
/// Sends what the outbox holds through the stored conversation reference (issue 5). Transient failures (connector
/// down, 429, 5xx) are retried with backoff and survive restarts; 403/404 are recorded as failed for an administrator.
/// </summary>
public sealed class OutboxSender(
    OutboxStore outbox,
    ConversationReferenceStore references,
    CloudAdapter adapter,
    OutboxSignal signal,
    ConversationPacer pacer,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>Conversations the channel answered 429 for, and until when nothing more is sent to them.</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _heldUntil = new();

    /// <summary>
    /// One send at a time per conversation in this process (the background pass and an explicit one may both hold
    /// messages to it): a 429 is known before the next message to the same conversation is tried.
    /// </summary>
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _conversationLocks = new();

    /// <summary>How often due messages are looked for when nothing signals (retries come due on their own).</summary>
    public static TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Outbox pass failed: {ExceptionType}", ex.GetType().Name);
            }
            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: claims and sends every due message. Tests call it directly.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            var batch = await outbox.ClaimDueAsync(_owner, 20, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return sent;
            }
            foreach (var message in batch)
            {
                if (await SendOneAsync(message, cancellationToken).ConfigureAwait(false))
                {
                    sent++;
                }
            }
        }
    }

    private async Task<bool> SendOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var stored = await references.FindAsync(message.ChannelId, message.ConversationId, message.UserId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            await outbox.MarkFailedAsync(message.Id, null, "no conversation reference", permanent: true, null, cancellationToken).ConfigureAwait(false);
            return false;
        }
        var reference = JsonSerializer.Deserialize(stored.ReferenceJson, BotJson.Context.ConversationReference)!;
        var activity = JsonSerializer.Deserialize(message.ActivityJson, BotJson.Context.Activity)!;
        var conversation = $"{message.ChannelId}|{message.ConversationId}";
        var gate = _conversationLocks.GetOrAdd(conversation, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await SendPacedAsync(message, conversation, reference, activity, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> SendPacedAsync(OutboxMessage message, string conversation, ConversationReference reference, EnvBot.Dialogs.Builder.Schema.Activity activity, CancellationToken cancellationToken)
    {
        if (_heldUntil.TryGetValue(conversation, out var heldUntil) && heldUntil > time.GetUtcNow())
        {
            // Another message to this conversation got a 429: this one waits as long, not sent earlier.
            await outbox.DeferAsync(message.Id, heldUntil, cancellationToken).ConfigureAwait(false);
            return false;
        }
        var wait = pacer.Reserve(conversation, Stopwatch.GetElapsedTime(_started));
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            await adapter.SendProactiveAsync(reference, [activity], cancellationToken).ConfigureAwait(false);
            await outbox.MarkSentAsync(message.Id, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConnectorException ex)
        {
            var status = (int)ex.Status;
            var permanent = OutboxBackoff.IsPermanent(status);
            if (status == 429)
            {
                _heldUntil[conversation] = time.GetUtcNow() + (ex.RetryAfter ?? OutboxBackoff.First);
            }
            logger.LogWarning("Outbox message {Id} to {ChannelId} failed with {Status} {Code}; {Next}", message.Id, message.ChannelId, status, ex.ErrorCode, permanent ? "recorded as failed" : "will retry");
            await outbox.MarkFailedAsync(message.Id, status, $"{status} {ex.ErrorCode}".Trim(), permanent, ex.RetryAfter, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Outbox message {Id} to {ChannelId} could not reach the channel; will retry", message.Id, message.ChannelId);
            await outbox.MarkFailedAsync(message.Id, null, ex.GetType().Name, permanent: false, null, cancellationToken).ConfigureAwait(false);
        }
        return false;
    }
}
