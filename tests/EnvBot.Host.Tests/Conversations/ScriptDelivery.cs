namespace EnvBot.Host.Tests.Conversations;

/// <summary>How a script's replies come back from the bot.</summary>
public enum ScriptDelivery
{
    /// <summary><c>deliveryMode: expectReplies</c>: the replies are the HTTP response body.</summary>
    ExpectReplies,

    /// <summary>The normal channel path: 200 empty, replies POSTed to the (fake) Connector at serviceUrl.</summary>
    Connector,
}
