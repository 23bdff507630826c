namespace EnvBot.Data.Domain.Outbox;

public enum OutboxStatus
{
    Pending,
    Sent,

    /// <summary>The channel refused for good (403 blocked, 404 gone): recorded and shown to an administrator.</summary>
    Failed,
}
