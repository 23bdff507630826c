using EnvBot.Data.Domain.Conversations;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using System.Text.Json;

namespace EnvBot.Host.Protocol;

/// <summary>
/// Upserts the sender's ConversationReference on every inbound activity so proactive messages (reminders, routed
/// questions, answers relayed back) reach people after a restart (BOTFRAMEWORK.md §3.3, checklist item 5).
/// </summary>
public sealed class ConversationReferenceMiddleware(ConversationReferenceStore store, TimeProvider time) : EnvBot.Dialogs.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var a = turnContext.Activity;
        if (!string.IsNullOrEmpty(a.ServiceUrl) && !string.IsNullOrEmpty(a.ChannelId) && !string.IsNullOrEmpty(a.Conversation?.Id) && !string.IsNullOrEmpty(a.From?.Id))
        {
            var reference = a.GetConversationReference();
            reference.ActivityId = null; // proactive messages start a new message, not a reply to an old one
            var auth = turnContext.TurnState.Get<InboundAuthResult>();
            await store.UpsertAsync(new StoredConversationReference
            {
                ChannelId = a.ChannelId,
                ConversationId = a.Conversation.Id,
                UserId = a.From.Id,
                UserName = a.From.Name,
                TenantId = a.Conversation.TenantId ?? TenantFromChannelData(a),
                IsGroup = a.Conversation.IsGroup == true,
                ServiceUrl = a.ServiceUrl,
                ServiceUrlTrusted = auth?.ServiceUrlTrusted == true,
                ReferenceJson = JsonSerializer.Serialize(reference, BotJson.Context.ConversationReference),
                UpdatedAt = time.GetUtcNow(),
            }, cancellationToken).ConfigureAwait(false);
        }
        await next(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Older Teams payloads carry the tenant only in channelData.tenant.id (fixtures README §4.2).</summary>
    private static string? TenantFromChannelData(Activity a) =>
        a.ChannelData is { ValueKind: JsonValueKind.Object } cd && cd.TryGetProperty("tenant", out var t)
            && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("id", out var id) ? id.GetString() : null;
}
