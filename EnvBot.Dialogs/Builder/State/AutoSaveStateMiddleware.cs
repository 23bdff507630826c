namespace EnvBot.Dialogs.Builder.State;

/// <summary>
/// Loads the given states before the bot runs and saves them after it. States that share a storage are written in
/// one call, so a turn's conversation and user state commit together or not at all.
/// </summary>
public sealed class AutoSaveStateMiddleware(params BotState[] states) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        foreach (var state in states)
        {
            await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        }
        await next(cancellationToken).ConfigureAwait(false);
        await SaveAllAsync(turnContext, states, cancellationToken).ConfigureAwait(false);
    }

    public static async Task SaveAllAsync(ITurnContext turnContext, IEnumerable<BotState> states, CancellationToken cancellationToken)
    {
        foreach (var group in states.GroupBy(s => s.StorageForBatch))
        {
            var pending = group
                .Select(s => (State: s, Save: s.PrepareSave(turnContext, false)))
                .Where(p => p.Save is not null)
                .ToList();
            if (pending.Count == 0)
            {
                continue;
            }
            var changes = pending.ToDictionary(p => p.Save!.Value.Key, p => p.Save!.Value.Item, StringComparer.Ordinal);
            await group.Key.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
            foreach (var (state, save) in pending)
            {
                state.CompleteSave(turnContext, save!.Value.Item, save.Value.Json);
            }
        }
    }
}
