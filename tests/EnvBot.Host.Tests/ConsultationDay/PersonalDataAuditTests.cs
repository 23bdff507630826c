using EnvBot.Data.Domain.Privacy;
using EnvBot.Data.Persistence;
using EnvBot.Host.Tests.Guides;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Host.Tests.ConsultationDay;

/// <summary>
/// Issue 9, security pass: every access to personal data is audited. Lists and files that name people and their phone
/// numbers record who asked, what and when, each time; a refused request and the enterprise's own file do not.
/// </summary>
public sealed class PersonalDataAuditTests
{
    private static readonly DateTimeOffset Wednesday25November = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task SessionListReviewQueueAndEnterpriseFile_EachViewRecorded_RefusalsNot()
    {
        await using var chats = await GuideChats.StartAsync(Wednesday25November, ("u-chen", "陈综合"), ("u-lu", "陆佩军"));
        var chen = await chats.PersonIdAsync("陈综合");
        var lu = await chats.PersonIdAsync("陆佩军");

        await chats.SayAsync("u-chen", "咨询日名单");
        await chats.SayAsync("u-chen", "待审预约");
        await chats.SayAsync("u-chen", "咨询日名单");
        await chats.SayAsync("u-lu", "金鹰的档案");
        // A guide may not see the day's list: refused, nothing seen, nothing recorded.
        Assert.StartsWith("抱歉，该操作仅限", await chats.SayOneAsync("u-lu", "咨询日名单"), StringComparison.Ordinal);
        // A menu turn shows no personal data.
        await chats.SayAsync("u-chen", "菜单");

        await using var db = chats.Host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
        var rows = await db.PersonalDataAccesses.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [
                (chen, PersonalDataKinds.SessionList, (string?)null),
                (chen, PersonalDataKinds.ReviewQueue, null),
                (chen, PersonalDataKinds.SessionList, null),
                (lu, PersonalDataKinds.EnterpriseFile, "金鹰"),
            ],
            rows.Select(r => (r.PersonId, r.Kind, r.Subject)));
        Assert.All(rows, r => Assert.Equal((Wednesday25November, (int?)null), (r.At, r.BookingId)));
    }
}
