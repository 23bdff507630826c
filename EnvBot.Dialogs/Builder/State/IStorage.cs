namespace EnvBot.Dialogs.Builder.State;

/// <summary>
/// Key/value storage for bot state with optimistic concurrency. A write whose <see cref="StoreItem.ETag"/> no longer
/// matches the stored one throws <see cref="StorageConcurrencyException"/>: a conflicting write is detected, not lost.
/// ETag semantics: null = create (fails if the key exists), "*" = overwrite whatever is there, else must match.
/// </summary>
public interface IStorage
{
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Writes all changes atomically; on success each item's <see cref="StoreItem.ETag"/> is set to the new value.</summary>
    Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
