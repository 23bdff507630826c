using System.Globalization;
using System.Threading.Channels;
using EnvBot.Data.Persistence.Storage;
using Npgsql;

namespace EnvBot.Host.DirectLine;

/// <summary>
/// Direct Line delivery across instances (issue 9): a reply or proactive message may be produced on an instance other
/// than the one holding the conversation's WebSocket. Every append NOTIFYs <see cref="DirectLineStore.NotifyChannel"/>;
/// this service LISTENs on one dedicated connection and lets <see cref="DirectLineConversations"/> push the new rows,
/// which it reads from the table by watermark (the table stays the single source; a lost notification only delays).
/// Only on PostgreSQL: a SQLite database serves one instance, which delivers its own appends directly.
/// </summary>
public sealed class DirectLineNotificationListener(IServiceProvider services, DirectLineConversations conversations, ILogger<DirectLineNotificationListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<NpgsqlDataSource>() is not { } dataSource)
        {
            return;
        }
        var appended = Channel.CreateUnbounded<(string ConversationId, long Sequence)>(new UnboundedChannelOptions { SingleReader = true });
        var delivery = DeliverAsync(appended.Reader, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, e) =>
                {
                    var space = e.Payload.LastIndexOf(' ');
                    if (space > 0 && long.TryParse(e.Payload.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
                    {
                        appended.Writer.TryWrite((e.Payload[..space], sequence));
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {DirectLineStore.NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }
                // Appends made while this connection was down (a database restart) sent notifications nobody heard.
                appended.Writer.TryWrite(("", long.MaxValue));
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                logger.LogWarning("Direct Line notification listener lost its connection ({Error}); reconnecting", ex.Message);
                try
                {
                    await Task.Delay(ReconnectDelay, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        appended.Writer.TryComplete();
        await delivery.ConfigureAwait(false);
    }

    private async Task DeliverAsync(ChannelReader<(string ConversationId, long Sequence)> appended, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (conversationId, sequence) in appended.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    if (conversationId.Length == 0)
                    {
                        await conversations.CatchUpAllAsync(stoppingToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await conversations.DeliverAppendedAsync(conversationId, sequence, stoppingToken).ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
                {
                    // The socket catches up on the next append or reconnect; its client can also re-read by watermark.
                    logger.LogWarning("Direct Line delivery to {ConversationId} failed: {Error}", conversationId, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
