using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.Rectification;
using EnvBot.Data.Guides;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Data.Time;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Exports;

/// <summary>
/// The spreadsheets leaders ask for in chat (issue 10): the province's 结对服务企业清单 (seed 001) and the bureau's
/// monthly summary. A bureau holds tens to hundreds of enterprises, so the month's rows are read and grouped here
/// (and timestamps compared in memory, which reads the same on SQLite and PostgreSQL).
/// </summary>
public sealed class ExportService(IEnvBotDbContextFactory contexts, TimeProvider time)
{
    private const string Unpaired = "未结对";

    public async Task<byte[]> PairingListAsync(CancellationToken cancellationToken)
    {
        var today = BureauTime.Today(time);
        await using var db = contexts.CreateDbContext();
        var bureau = await db.Bureaus.AsNoTracking().SingleAsync(b => b.Code == ReferenceData.BureauCode, cancellationToken).ConfigureAwait(false);
        var pairings = (await db.Pairings.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)).Where(p => p.IsActiveOn(today)).OrderBy(p => p.Id).ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.BureauId == bureau.Id).ToDictionaryAsync(e => e.Id, cancellationToken).ConfigureAwait(false);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, cancellationToken).ConfigureAwait(false);
        var leads = await db.BlockLeads.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken).ConfigureAwait(false);

        var entries = pairings.Where(p => enterprises.ContainsKey(p.EnterpriseId))
            .GroupBy(p => p.EnterpriseId)
            .Select(g =>
            {
                var e = enterprises[g.Key];
                var blockIds = g.Select(p => p.BlockId).Distinct().ToList();
                var blockNames = blockIds.Select(id => blocks.TryGetValue(id, out var b) ? b : null).Where(b => b is not null).Select(b => b!).OrderBy(b => b.Number).ToList();
                var liaisons = g.Where(p => p.GuidePersonId is not null).Select(p => people.GetValueOrDefault(p.GuidePersonId!.Value, "")).Where(n => n.Length > 0).Distinct();
                var leaders = leads.Where(l => blockIds.Contains(l.BlockId)).Select(l => people.GetValueOrDefault(l.PersonId, "")).Where(n => n.Length > 0).Distinct();
                var notes = g.Select(p => p.Note).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct();
                var block = string.Join("、", blockNames.Select(b => b.Name));
                return (Order: blockNames.Count > 0 ? blockNames[0].Number : int.MaxValue, First: g.Min(p => p.Id), Entry: new PairingListEntry(
                    e.Name, e.CreditCode, e.Area ?? block, block, e.Industry, Join(liaisons, "（待定）"), Join(leaders, ""), string.Join("；", notes)));
            })
            .OrderBy(x => x.Order).ThenBy(x => x.First).Select(x => x.Entry).ToList();
        return XlsxWriter.Write(PairingListSheet.Table(bureau.Name, today, entries));
    }

    public async Task<byte[]> MonthlySummaryAsync(int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var from = BureauTime.At(first, TimeOnly.MinValue);
        var until = BureauTime.At(first.AddMonths(1), TimeOnly.MinValue);
        await using var db = contexts.CreateDbContext();
        var pairings = (await db.Pairings.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)).Where(p => p.IsActiveOn(last) || p.IsActiveOn(first)).ToList();
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        var records = await db.ServiceRecords.AsNoTracking().Where(r => r.Date >= first && r.Date <= last).ToListAsync(cancellationToken).ConfigureAwait(false);
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.SessionDate >= first && b.SessionDate <= last && b.Status != BookingStatus.Cancelled).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = await db.RectificationItems.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var events = await db.RectificationEvents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        bool InMonth(DateTimeOffset at) => at >= from && at < until;

        // An enterprise counts under the block it is paired in (the first, if several); others under 未结对.
        var blockOf = pairings.GroupBy(p => p.EnterpriseId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id).First().BlockId);
        string BlockName(int? enterpriseId) => enterpriseId is { } id && blockOf.TryGetValue(id, out var b) ? blocks.First(x => x.Id == b).Name : Unpaired;
        var channels = ServiceChannels.All.ToList();

        MonthlySummaryRow Row(string name, Func<int?, bool> mine)
        {
            var r = records.Where(x => mine(x.EnterpriseId)).ToList();
            var it = items.Where(x => mine(x.EnterpriseId)).ToList();
            var ids = it.Select(x => x.Id).ToHashSet();
            var ev = events.Where(e => ids.Contains(e.RectificationItemId)).ToList();
            var openAtEnd = it.Count(x => x.RecordedAt < until
                && !ev.Any(e => e.RectificationItemId == x.Id && e.At < until && e.Kind is RectificationEventKind.Accepted or RectificationEventKind.HandedToEnforcement));
            return new MonthlySummaryRow(
                name,
                blockOf.Keys.Count(id => mine(id)),
                r.Select(x => x.EnterpriseId).Distinct().Count(),
                r.Count,
                [.. channels.Select(c => r.Count(x => x.Channel == c))],
                r.Count(x => x.Problem.Length > 0),
                r.Count(x => x.Problem.Length > 0 && x.Resolution == ServiceResolutions.Solved),
                bookings.Count(b => mine(b.EnterpriseId)),
                it.Count(x => InMonth(x.RecordedAt)),
                ev.Count(e => e.Kind == RectificationEventKind.Accepted && InMonth(e.At)),
                openAtEnd,
                ev.Count(e => e.Kind == RectificationEventKind.HandedToEnforcement && InMonth(e.At)));
        }

        var rows = blocks.Select(b => Row(b.Name, id => BlockName(id) == b.Name)).ToList();
        var unpaired = Row(Unpaired, id => BlockName(id) == Unpaired);
        if (unpaired.Contacts + unpaired.Bookings + unpaired.RectificationRecorded + unpaired.RectificationOpenAtMonthEnd > 0)
        {
            rows.Add(unpaired);
        }
        rows.Add(Row("合计", _ => true) with { PairedEnterprises = blockOf.Count });
        return XlsxWriter.Write(MonthlySummarySheet.Table(year, month, channels, rows));
    }

    private static string Join(IEnumerable<string> names, string empty)
    {
        var text = string.Join("、", names);
        return text.Length == 0 ? empty : text;
    }
}
