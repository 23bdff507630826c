using System.Globalization;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.EnterpriseFiles;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.Rectification;
using EnvBot.Data.Persistence;
using EnvBot.Data.Time;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.EnterpriseFiles;

/// <summary>Ledger matters (一事一单), except health-check findings, which <see cref="FindingTimelineSource"/> shows with their answers.</summary>
public sealed class MatterTimelineSource : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ForEnterpriseAsync(EnvBotDbContext db, int enterpriseId, CancellationToken cancellationToken)
    {
        var matters = await db.Matters.AsNoTracking().Where(m => m.EnterpriseId == enterpriseId && m.Source != MatterSources.HealthCheck)
            .Select(m => new { m.Id, m.CreatedAt, m.Question, m.State }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return matters.Select(m => new TimelineEntry(m.CreatedAt, TimelineSources.Matter, Ref(m.Id), m.Question, MatterStateNames.Chinese(m.State))).ToList();
    }

    internal static string Ref(long id) => "#" + id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The guides' service records (企业指导员服务记录表): the bureau's working record, so internal.</summary>
public sealed class ServiceRecordTimelineSource : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ForEnterpriseAsync(EnvBotDbContext db, int enterpriseId, CancellationToken cancellationToken)
    {
        var records = await (from r in db.ServiceRecords.AsNoTracking()
                             where r.EnterpriseId == enterpriseId
                             join p in db.People on r.GuidePersonId equals p.Id
                             select new { r.Id, r.Date, r.Channel, r.Problem, r.Resolution, p.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        // The contact's own date (noon, bureau time) orders it, not when it was typed in.
        return records.Select(r => new TimelineEntry(BureauTime.At(r.Date, new TimeOnly(12, 0)), TimelineSources.Contact, MatterTimelineSource.Ref(r.Id),
            $"{r.Name} {r.Channel}{(r.Problem.Length > 0 ? "：" + r.Problem : "")}", r.Resolution, InternalOnly: true)).ToList();
    }
}

/// <summary>Consultation-day bookings (企业环保咨询日).</summary>
public sealed class BookingTimelineSource : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ForEnterpriseAsync(EnvBotDbContext db, int enterpriseId, CancellationToken cancellationToken)
    {
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.EnterpriseId == enterpriseId)
            .Select(b => new { b.Id, b.CreatedAt, b.SessionDate, b.Question, b.Status }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return bookings.Select(b => new TimelineEntry(b.CreatedAt, TimelineSources.Booking, MatterTimelineSource.Ref(b.Id),
            string.Create(CultureInfo.InvariantCulture, $"{b.SessionDate:yyyy-MM-dd} 咨询日：{b.Question}"), Status(b.Status))).ToList();
    }

    private static string Status(BookingStatus status) => status switch
    {
        BookingStatus.Pending => "待审核",
        BookingStatus.Confirmed => "已确认席位",
        BookingStatus.Rejected => "未受理",
        BookingStatus.Cancelled => "已取消",
        BookingStatus.Waitlisted => "书面答复",
        _ => status.ToString(),
    };
}

/// <summary>Health-check findings with where their rectification stands (seed 002 一查二劝三改).</summary>
public sealed class FindingTimelineSource : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ForEnterpriseAsync(EnvBotDbContext db, int enterpriseId, CancellationToken cancellationToken)
    {
        var items = await db.RectificationItems.AsNoTracking().Where(i => i.EnterpriseId == enterpriseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return items.Select(i => new TimelineEntry(i.RecordedAt, TimelineSources.Finding, MatterTimelineSource.Ref(i.Id),
            string.Create(CultureInfo.InvariantCulture, $"{i.Finding}（期限 {i.Deadline:yyyy-MM-dd}）"), Status(i.State))).ToList();
    }

    private static string Status(RectificationState state) => state switch
    {
        RectificationState.Open => "待整改",
        RectificationState.Answered => "已回复待复核",
        RectificationState.Returned => "已退回重改",
        RectificationState.Accepted => "已通过",
        _ => state.ToString(),
    };
}

/// <summary>Changes to the file itself (who added or corrected what); internal notes stay internal.</summary>
public sealed class FileTimelineSource : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ForEnterpriseAsync(EnvBotDbContext db, int enterpriseId, CancellationToken cancellationToken)
    {
        var entries = await db.EnterpriseFileEntries.AsNoTracking().Where(e => e.EnterpriseId == enterpriseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return entries.Select(e => new TimelineEntry(e.RecordedAt, TimelineSources.File, e.Field.ToString(), e.Value, e.RecordedByName,
            InternalOnly: e.Field == EnterpriseFileField.InternalNote)).ToList();
    }
}
