using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Host.Protocol.Connector;

/// <summary>The Connector REST API v3 operations EnvBot uses (BOTFRAMEWORK.md §3.2).</summary>
public interface IConnectorClient
{
    /// <summary>Reply-to when <see cref="Activity.ReplyToId"/> is set, otherwise send-to-conversation (as the SDK picks).</summary>
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);
}
