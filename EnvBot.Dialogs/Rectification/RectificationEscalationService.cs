using System.Globalization;
using EnvBot.Data.Rectification;
using EnvBot.Dialogs.Ledger;

namespace EnvBot.Dialogs.Rectification;

/// <summary>
/// Seed 002 (一查二劝三改, then 罚): an item the enterprise has not rectified by its deadline goes to the block lead, in
/// their own chat, once. The daily job calls this; each item is marked escalated in the same step, so a second run
/// sends nothing again.
/// </summary>
public sealed class RectificationEscalationService(RectificationService rectification, LedgerNotifier notifier)
{
    /// <returns>How many items were escalated.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var escalated = await rectification.EscalateOverdueAsync(now, cancellationToken).ConfigureAwait(false);
        foreach (var (item, leads) in escalated)
        {
            foreach (var lead in leads)
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"rectification:{item.Id}:escalated:{lead}");
                await notifier.ToPersonAsync(lead, key, RectificationReplies.EscalatedToBlockLead(item), cancellationToken).ConfigureAwait(false);
            }
        }
        return escalated.Count;
    }
}
