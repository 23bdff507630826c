namespace EnvBot.Dialogs.Builder.State;

internal sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
    {
        await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        var cached = state.GetCached(turnContext);
        if (cached.TryGet<T>(Name, out var value) && value is not null)
        {
            return value;
        }
        var created = defaultValueFactory();
        cached.Set(Name, created);
        return created;
    }

    public async Task<T?> GetOrNullAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        return state.GetCached(turnContext).TryGet<T>(Name, out var value) ? value : default;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        state.GetCached(turnContext).Set(Name, value);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        state.GetCached(turnContext).Remove(Name);
    }
}
