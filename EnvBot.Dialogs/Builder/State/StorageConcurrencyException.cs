namespace EnvBot.Dialogs.Builder.State;

public sealed class StorageConcurrencyException(string key)
    : Exception($"State for '{key}' was changed by another turn since it was read.")
{
    public string Key { get; } = key;
}
