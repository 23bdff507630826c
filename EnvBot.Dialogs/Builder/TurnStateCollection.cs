namespace EnvBot.Dialogs.Builder;

/// <summary>Per-turn services and values, keyed by type or by name.</summary>
public sealed class TurnStateCollection : Dictionary<string, object>
{
    public T? Get<T>() where T : class => TryGetValue(typeof(T).FullName!, out var v) ? v as T : null;

    public T? Get<T>(string key) where T : class => TryGetValue(key, out var v) ? v as T : null;

    public void Set<T>(T value) where T : class => this[typeof(T).FullName!] = value;
}
