using System.Net;
using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Domain.Privacy;
using EnvBot.Data.Identity;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Host.Tests.Guides;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Host.Tests.ConsultationDay;

/// <summary>
/// Issue 7 / DOMAIN.md §1: "only the general department sees it unmasked, and that access is recorded". 综合处 asks in
/// chat (查看证件 编号) and gets a short-lived link bound to them and the booking; the page shows the number and records
/// each open; everyone else is refused in chat, and a link that is forged, another viewer's or expired shows nothing.
/// </summary>
public sealed class IdNumberRevealTests
{
    private const string IdNumber = "330902199001011238";
    private const string Masked = "3309**********1238";
    private static readonly DateTimeOffset Wednesday25November = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private static string Link(string text) => text[text.IndexOf("/reports/id-number?", StringComparison.Ordinal)..].Split(')')[0];

    [Fact]
    public async Task Reviewer_GetsLink_PageShowsFullNumber_EveryOpenRecorded_ForgedOtherViewerAndExpiredLinksShowNothing()
    {
        await using var chats = await GuideChats.StartAsync(Wednesday25November, ("u-rev", "陈综合"), ("u-lin", "林信息"));
        var booking = await BookAsync(chats);
        var chen = await chats.PersonIdAsync("陈综合");

        var reply = await chats.SayOneAsync("u-rev", $"查看证件 {booking.Id}");
        Assert.Contains($"预约编号 {booking.Id}：舟山XX公司，联系人 王五（{Masked}）", reply, StringComparison.Ordinal);
        Assert.Contains("[查看完整证件号](/reports/id-number?booking=", reply, StringComparison.Ordinal);
        Assert.Contains("链接 5 分钟内有效，仅限您本人使用", reply, StringComparison.Ordinal);
        Assert.Contains("用途：咨询日现场核验", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, reply, StringComparison.Ordinal);
        var link = Link(reply);
        Assert.Contains($"viewer={chen}&", link, StringComparison.Ordinal);
        Assert.Empty(await AccessesAsync(chats));

        // Each open shows the number, the enterprise and the contact, is never cached, and is recorded.
        for (var open = 1; open <= 2; open++)
        {
            using var page = await chats.Host.Client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.True(page.Headers.CacheControl?.NoStore);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains(IdNumber, html, StringComparison.Ordinal);
            Assert.Contains("舟山XX公司", html, StringComparison.Ordinal);
            Assert.Contains("王五", html, StringComparison.Ordinal);
            Assert.Contains("13800000000", html, StringComparison.Ordinal);
            var accesses = await AccessesAsync(chats);
            Assert.Equal(open, accesses.Count);
            Assert.All(accesses, a => Assert.Equal((chen, booking.Id, "咨询日现场核验"), (a.PersonId, a.BookingId, a.Purpose)));
        }

        // One message with the purpose; the other keyword; the purpose is what is recorded.
        var withPurpose = await chats.SayOneAsync("u-rev", $"查看身份证 {booking.Id} 现场核验");
        Assert.Contains("用途：现场核验", withPurpose, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await chats.Host.Client.GetAsync(Link(withPurpose))).StatusCode);
        Assert.Equal("现场核验", (await AccessesAsync(chats))[^1].Purpose);
        Assert.Equal(3, (await AccessesAsync(chats)).Count);

        // Another viewer's id, another booking, another purpose, a changed signature, no signature, garbage: 403, nothing shown.
        var lin = await chats.PersonIdAsync("林信息");
        var other = await chats.Host.Services.GetRequiredService<BookingService>().CreateAsync(Form(Wednesday25November, chats.Host.Services.GetRequiredService<IPersonalDataProtector>(), "舟山乙公司"), default);
        var sig = link[(link.IndexOf("&sig=", StringComparison.Ordinal) + 5)..];
        foreach (var forged in new[]
        {
            link.Replace($"viewer={chen}&", $"viewer={lin}&", StringComparison.Ordinal),
            link.Replace($"booking={booking.Id}&", $"booking={other.Id}&", StringComparison.Ordinal),
            link.Replace("purpose=", "purpose=%E5%85%B6%E4%BB%96", StringComparison.Ordinal),
            link.Replace("&sig=" + sig, "&sig=" + (sig[0] == 'A' ? "B" : "A") + sig[1..], StringComparison.Ordinal),
            link[..link.IndexOf("&sig=", StringComparison.Ordinal)],
            "/reports/id-number?booking=abc&viewer=&expires=x",
            "/reports/id-number",
        })
        {
            Assert.NotEqual(link, forged);
            using var page = await chats.Host.Client.GetAsync(forged);
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            Assert.True(page.Headers.CacheControl?.NoStore);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("无权查看", html, StringComparison.Ordinal);
            Assert.DoesNotContain(IdNumber, html, StringComparison.Ordinal);
        }
        Assert.Equal(3, (await AccessesAsync(chats)).Count);

        // Five minutes later the link is gone: 410 with a Chinese page that says how to get a new one.
        chats.Host.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(2));
        using (var expired = await chats.Host.Client.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
            var html = await expired.Content.ReadAsStringAsync();
            Assert.Contains("链接已过期", html, StringComparison.Ordinal);
            Assert.Contains("查看证件", html, StringComparison.Ordinal);
            Assert.DoesNotContain(IdNumber, html, StringComparison.Ordinal);
        }
        Assert.Equal(3, (await AccessesAsync(chats)).Count);

        // A fresh link, but 陈综合 has left 综合处 before opening it: the role is checked again at the page.
        var fresh = Link(await chats.SayOneAsync("u-rev", $"查看证件 {booking.Id}"));
        await using (var db = chats.Host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext())
        {
            await db.PersonRoles.Where(r => r.PersonId == chen && r.Role == Role.GeneralReviewer).ExecuteDeleteAsync();
        }
        using (var revoked = await chats.Host.Client.GetAsync(fresh))
        {
            Assert.Equal(HttpStatusCode.Forbidden, revoked.StatusCode);
            Assert.Contains("已不是综合处审核人员", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(3, (await AccessesAsync(chats)).Count);
    }

    [Fact]
    public async Task Chat_UsageAndUnknownBooking_ToldPlainly_NothingRecorded()
    {
        await using var chats = await GuideChats.StartAsync(Wednesday25November, ("u-rev", "陈综合"));
        await BookAsync(chats);
        Assert.StartsWith("请发送“查看证件 预约编号”", await chats.SayOneAsync("u-rev", "查看证件"), StringComparison.Ordinal);
        Assert.StartsWith("请发送“查看证件 预约编号”", await chats.SayOneAsync("u-rev", "查看证件 王五"), StringComparison.Ordinal);
        Assert.Equal("没有编号为 99 的咨询日预约，请核对编号（见“待审预约”或“咨询日名单”）。", await chats.SayOneAsync("u-rev", "查看证件 99"));
        Assert.Contains("查看证件 编号", await chats.SayOneAsync("u-rev", "帮助"), StringComparison.Ordinal);
        Assert.Empty(await AccessesAsync(chats));
    }

    [Fact]
    public async Task EnterpriseGuideAndOtherStaff_RefusedInChat_NoLinkNoRecord()
    {
        await using var chats = await GuideChats.StartAsync(Wednesday25November, ("u-fang", "方静卫"), ("u-he", "何水"), ("u-lin", "林信息"), ("u-zhou", "周局长"));
        var identities = chats.Host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, default);
        await identities.BindEnterpriseContactAsync("test", "u-ent", bureauId, "舟山XX公司", "91330900MA2A1B2C34", "王五", default);
        var booking = await BookAsync(chats);

        // The enterprise contact (its own booking), an unbound account, a guide, 水处, 综合处's information officer, a leader.
        foreach (var user in new[] { "u-ent", "u-stranger", "u-fang", "u-he", "u-lin", "u-zhou" })
        {
            var reply = await chats.SayOneAsync(user, $"查看证件 {booking.Id}");
            Assert.StartsWith("抱歉，该操作仅限综合处审核人员使用，未做任何更改。", reply, StringComparison.Ordinal);
            Assert.DoesNotContain("/reports/id-number", reply, StringComparison.Ordinal);
            Assert.DoesNotContain(IdNumber, reply, StringComparison.Ordinal);
            Assert.StartsWith("抱歉，该操作仅限综合处审核人员使用", await chats.SayOneAsync(user, $"查看身份证 {booking.Id} 现场核验"), StringComparison.Ordinal);
        }
        Assert.Empty(await AccessesAsync(chats));
    }

    private static async Task<Booking> BookAsync(GuideChats chats) =>
        await chats.Host.Services.GetRequiredService<BookingService>().CreateAsync(
            Form(Wednesday25November, chats.Host.Services.GetRequiredService<IPersonalDataProtector>(), "舟山XX公司"), default);

    private static NewBooking Form(DateTimeOffset now, IPersonalDataProtector protector, string name) => new(
        new DateOnly(now.Year, now.Month, 10).AddMonths(1), null, name, "91330900MA2A1B2C34", null, null, "王五", protector.Protect(IdNumber), Masked,
        "13800000000", null, "排污许可证延续", "test", "u-ent");

    private static async Task<List<PersonalDataAccess>> AccessesAsync(GuideChats chats)
    {
        await using var db = chats.Host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
        return await db.PersonalDataAccesses.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }
}
