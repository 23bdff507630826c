using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder.Schema;
using Microsoft.Extensions.Options;

namespace EnvBot.Host.DirectLine;

/// <summary>
/// The history and live stream of each Direct Line conversation. Every activity shown to the client (the user's echo,
/// the bot's replies, proactive messages) is appended here: it gets the next sequence number (the watermark), is
/// stored, and is pushed to the conversation's one WebSocket. Appends and socket hand-over share a per-conversation
/// gate, so a socket's replay and its live frames neither overlap nor leave a gap.
/// </summary>
public sealed class DirectLineConversations(DirectLineStore store, TimeProvider time, IOptions<DirectLineOptions> options, ILogger<DirectLineConversations> logger)
{
    private const int PageSize = 500;
    private readonly ConcurrentDictionary<string, LiveConversation> _live = new(StringComparer.Ordinal);

    /// <summary>Assigns id and timestamp, stores the activity and pushes it to the open socket; returns the id.</summary>
    public async Task<string> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var live = _live.GetOrAdd(conversationId, _ => new LiveConversation());
        await live.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            string json = "";
            var sequence = await store.AppendActivityAsync(conversationId, seq =>
            {
                activity.Id = DirectLineChannel.ActivityId(conversationId, seq);
                activity.Timestamp = now;
                // DOMAIN.md §1: an ID number typed into the chat is kept (and echoed) masked; the bot still reads the original.
                var typed = activity.Text;
                activity.Text = Data.Domain.Privacy.PersonalDataRedactor.Redact(typed);
                json = JsonSerializer.Serialize(activity, BotJson.Context.Activity);
                activity.Text = typed;
                return json;
            }, cancellationToken).ConfigureAwait(false);
            if (live.Current is { } subscriber)
            {
                if (sequence == subscriber.Delivered + 1)
                {
                    subscriber.Outbox.Writer.TryWrite(ActivitySetJson([json], sequence));
                    subscriber.Delivered = sequence;
                }
                else
                {
                    // Another instance appended in between (issue 9): send the gap and this one in order.
                    await PushFromStoreAsync(conversationId, subscriber, cancellationToken).ConfigureAwait(false);
                }
            }
            return activity.Id!;
        }
        finally
        {
            live.Gate.Release();
        }
    }

    /// <summary>
    /// Another instance appended <paramref name="sequence"/> to the conversation (PostgreSQL NOTIFY, issue 9): when this
    /// instance holds the conversation's socket, it sends what the socket has not had yet, read from the store.
    /// </summary>
    public async Task DeliverAppendedAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        if (!_live.TryGetValue(conversationId, out var live) || live.Current is not { } current || current.Delivered >= sequence)
        {
            return;
        }
        await live.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (live.Current is { } subscriber)
            {
                await PushFromStoreAsync(conversationId, subscriber, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            live.Gate.Release();
        }
    }

    /// <summary>Brings every open socket up to date from the store: notifications sent while the listener was reconnecting are lost.</summary>
    public async Task CatchUpAllAsync(CancellationToken cancellationToken)
    {
        foreach (var (conversationId, live) in _live)
        {
            if (live.Current is not null)
            {
                await DeliverAppendedAsync(conversationId, long.MaxValue, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sends the stored activities after the subscriber's watermark; the caller holds the conversation's gate.</summary>
    private async Task PushFromStoreAsync(string conversationId, Subscriber subscriber, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await store.ReadActivitiesAsync(conversationId, subscriber.Delivered, PageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                return;
            }
            subscriber.Outbox.Writer.TryWrite(ActivitySetJson(page.Select(a => a.ActivityJson), page[^1].Sequence));
            subscriber.Delivered = page[^1].Sequence;
        }
    }

    /// <summary>The ActivitySet after <paramref name="watermark"/> for GET activities.</summary>
    public async Task<string> ReadAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        var after = watermark ?? -1;
        var page = await store.ReadActivitiesAsync(conversationId, after, PageSize, cancellationToken).ConfigureAwait(false);
        return ActivitySetJson(page.Select(a => a.ActivityJson), page.Count > 0 ? page[^1].Sequence : after);
    }

    /// <summary>
    /// Serves the conversation's stream until the client closes it, the host stops, or a newer socket replaces it
    /// (one WebSocket per conversation, BOTFRAMEWORK.md §5.4). It first replays what came after <paramref name="watermark"/>.
    /// </summary>
    public async Task StreamAsync(string conversationId, WebSocket socket, long? watermark, CancellationToken cancellationToken)
    {
        var live = _live.GetOrAdd(conversationId, _ => new LiveConversation());
        var subscriber = new Subscriber();
        Subscriber? replaced;
        await live.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var after = watermark ?? -1;
            while (true)
            {
                var page = await store.ReadActivitiesAsync(conversationId, after, PageSize, cancellationToken).ConfigureAwait(false);
                if (page.Count == 0)
                {
                    break;
                }
                after = page[^1].Sequence;
                subscriber.Outbox.Writer.TryWrite(ActivitySetJson(page.Select(a => a.ActivityJson), after));
            }
            subscriber.Delivered = after;
            replaced = live.Current;
            live.Current = subscriber;
        }
        finally
        {
            live.Gate.Release();
        }
        replaced?.Replaced.Cancel();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, subscriber.Replaced.Token);
        // The reader gets no token: cancelling a pending receive aborts a WebSocket, and the close handshake needs it.
        var clientClosed = DrainIncomingAsync(socket);
        try
        {
            await PumpAsync(socket, subscriber, clientClosed, stop.Token).ConfigureAwait(false);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var (status, reason) = subscriber.Replaced.IsCancellationRequested
                    ? (WebSocketCloseStatus.PolicyViolation, "collision")
                    : (WebSocketCloseStatus.NormalClosure, "");
                using var closeTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(status, reason, closeTimeout.Token).ConfigureAwait(false);
            }
            // Let the client answer the close before the connection goes away.
            await Task.WhenAny(clientClosed, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            logger.LogDebug("Direct Line stream of {ConversationId} ended: {Error}", conversationId, ex.Message);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await live.Gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                if (ReferenceEquals(live.Current, subscriber))
                {
                    live.Current = null;
                }
            }
            finally
            {
                live.Gate.Release();
            }
        }
    }

    private async Task PumpAsync(WebSocket socket, Subscriber subscriber, Task clientClosed, CancellationToken cancellationToken)
    {
        using var pump = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var ready = subscriber.Outbox.Reader.WaitToReadAsync(pump.Token).AsTask();
                var keepAlive = Task.Delay(options.Value.KeepAliveInterval, time, pump.Token);
                var first = await Task.WhenAny(ready, keepAlive, clientClosed).ConfigureAwait(false);
                if (first == clientClosed || cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                if (first == ready)
                {
                    while (subscriber.Outbox.Reader.TryRead(out var frame))
                    {
                        await SendTextAsync(socket, frame, cancellationToken).ConfigureAwait(false);
                    }
                }
                else
                {
                    // Keep-alive: an empty frame, which clients ignore (BOTFRAMEWORK.md §5.4).
                    await SendTextAsync(socket, "", cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            // Ends the pending wait and delay of the last round.
            await pump.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Reads and ignores what the client sends (DLJS sends "" as pings) until it closes or the connection drops.</summary>
    private static async Task DrainIncomingAsync(WebSocket socket)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection dropped or the host is stopping: either way the client is gone.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Task SendTextAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>An ActivitySet <c>{activities, watermark}</c> built from stored activity JSON without re-serializing it.</summary>
    public static string ActivitySetJson(IEnumerable<string> activities, long watermark)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var json in activities)
            {
                writer.WriteRawValue(json, skipInputValidation: true);
            }
            writer.WriteEndArray();
            writer.WriteString("watermark", watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private sealed class LiveConversation
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public Subscriber? Current { get; set; }
    }

    private sealed class Subscriber
    {
        public Channel<string> Outbox { get; } = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        public CancellationTokenSource Replaced { get; } = new();

        /// <summary>The last sequence written to this socket; changed only under the conversation's gate.</summary>
        public long Delivered { get; set; } = -1;
    }
}
