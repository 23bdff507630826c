using System.Globalization;
using EnvBot.Data.Domain.EnterpriseFiles;
using EnvBot.Data.EnterpriseFiles;
using EnvBot.Data.Ledger;
using EnvBot.Dialogs.Proactive;

namespace EnvBot.Dialogs.EnterpriseFile;

/// <summary>
/// What the expiry-watch job does (issue 10): asks <see cref="ExpiryWatch"/> which reminders are due now (never on a
/// day off; a make-up Saturday is a working day) and tells the enterprise's bound contacts and its guide (or its block
/// leads where the table names no guide) through the outbox. The key is (file entry, lead time, account), so each
/// item is reminded once per lead time whatever the number of runs; a renewed permit is a new entry, watched afresh.
/// </summary>
public sealed class ExpiryWatchService(EnterpriseFileService files, EnvBot.Data.Identity.IdentityService identities, ExpiryWatchOptions options, LedgerService ledger, ProactiveOutbox outbox)
{
    /// <returns>How many messages were newly queued.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = await files.DatedItemsAsync(options, cancellationToken).ConfigureAwait(false);
        var due = ExpiryWatch.DueAt(items, now, options, LedgerService.Calendar);
        var today = DateOnly.FromDateTime(Data.Time.BureauTime.ToBureau(now).DateTime);
        var queued = 0;
        foreach (var reminder in due)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"expiry:{reminder.Item.EntryId}:{reminder.LeadDays}");
            foreach (var (channelId, userId) in await identities.EnterpriseAccountsAsync(reminder.Item.EnterpriseId, cancellationToken).ConfigureAwait(false))
            {
                queued += await TellAsync(channelId, userId, key, EnterpriseFileReplies.ExpiryToEnterprise(reminder, today), cancellationToken).ConfigureAwait(false);
            }
            foreach (var person in await files.ResponsibleStaffAsync(reminder.Item.EnterpriseId, cancellationToken).ConfigureAwait(false))
            {
                foreach (var (channelId, userId) in await ledger.AccountsOfAsync(person, cancellationToken).ConfigureAwait(false))
                {
                    queued += await TellAsync(channelId, userId, key, EnterpriseFileReplies.ExpiryToGuide(reminder, today), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        return queued;
    }

    private async Task<int> TellAsync(string channelId, string userId, string key, string text, CancellationToken cancellationToken) =>
        await outbox.TellAccountAsync(channelId, userId, key, text, cancellationToken).ConfigureAwait(false) == TellResult.Queued ? 1 : 0;
}
