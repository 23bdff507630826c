using System.Net;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Protocol.Connector;

namespace EnvBot.Host.DirectLine;

/// <summary>
/// The Connector API of EnvBot's own Direct Line channel, in process: what the bot sends (replies and proactive
/// messages alike) becomes part of the conversation's history and goes out on its live socket.
/// </summary>
public sealed class DirectLineConnector(DirectLineConversations conversations, DirectLineStore store) : IConnectorClient
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId) || await store.FindConversationAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ConnectorException(HttpStatusCode.NotFound, "ConversationNotFound", null);
        }
        var outgoing = activity.Clone();
        outgoing.ChannelId = Channels.DirectLine;
        outgoing.ServiceUrl = DirectLineChannel.ServiceUrl;
        outgoing.From ??= DirectLineChannel.Bot();
        // Web Chat places a message left or right by from.role (BOTFRAMEWORK.md §5.7).
        outgoing.From.Role ??= "bot";
        var id = await conversations.AppendAsync(conversationId, outgoing, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(id);
    }
}
