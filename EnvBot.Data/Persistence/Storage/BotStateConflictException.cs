namespace EnvBot.Data.Persistence.Storage;

public sealed class BotStateConflictException(string key) : Exception($"Bot state '{key}' changed since it was read.")
{
    public string Key { get; } = key;
}
