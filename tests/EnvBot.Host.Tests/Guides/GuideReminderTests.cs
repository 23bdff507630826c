using System.Globalization;
using EnvBot.Dialogs.Guides;

namespace EnvBot.Host.Tests.Guides;

/// <summary>
/// Issue 8 reminders with a fake clock, calling the service the 15-minute Quartz job calls. Dinghai table: 方静卫 guides
/// 长宏 (block 1), 夏爱萍 leads block 1 and guides 纳海 herself, 林信息 is the information officer.
/// </summary>
public sealed class GuideReminderTests
{
    private const string Fang = "u-fang";
    private const string Xia = "u-xia";
    private const string Lin = "u-lin";

    private static DateTimeOffset At(string dayAndTime) =>
        new(DateTime.Parse(dayAndTime, CultureInfo.InvariantCulture), TimeSpan.FromHours(8));

    private static bool Nudge(string text) => text.StartsWith("【联系提醒】", StringComparison.Ordinal);

    private static Task<GuideChats> StartAsync(string day) =>
        GuideChats.StartAsync(At(day + " 08:00"), (Fang, "方静卫"), (Xia, "夏爱萍"), (Lin, "林信息"));

    [Fact]
    public async Task CallNudge_OnlyToGuidesWithoutACall_OnceAcrossRuns_AndSentLateAfterDowntime()
    {
        await using var chats = await StartAsync("2026-11-02");
        var reminders = chats.Host.Services.GetRequiredService<GuideReminderService>();
        await chats.RecordAsync("方静卫", "长宏", "2026-11-17", "电话", "问危废贮存间防渗", "已解决");

        // Nobody ran the job since Monday: Monday's overdue list (last week) to the lead goes out now, no nudge yet.
        Assert.Equal(1, await reminders.RunAsync(At("2026-11-19 08:45"), default));
        Assert.StartsWith("【上周未达标】上周（11月9日–11月15日）", Assert.Single(await chats.DeliveredToAsync(Xia)), StringComparison.Ordinal);
        // The host was down Thursday morning: at 16:00 the nudge is still relevant for the week and goes out once.
        Assert.Equal(1, await reminders.RunAsync(At("2026-11-19 16:00"), default));
        Assert.Equal(0, await reminders.RunAsync(At("2026-11-19 16:15"), default));
        Assert.Equal(0, await reminders.RunAsync(At("2026-11-20 09:00"), default));

        Assert.DoesNotContain(await chats.DeliveredToAsync(Fang), Nudge); // 长宏 was phoned on Tuesday: satisfied, nothing sent
        var nudge = Assert.Single(await chats.DeliveredToAsync(Xia), Nudge);
        Assert.StartsWith("【联系提醒】本周（11月16日–11月22日）以下结对企业还没有电话联系记录", nudge, StringComparison.Ordinal);
        Assert.Contains("- 舟山市纳海固体废物集中处置有限公司（每周至少一次电话沟通）", nudge, StringComparison.Ordinal);
        Assert.DoesNotContain("长宏", nudge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallNudge_SatisfiedBeforeItIsDue_IsNotSent_NextWeekItIs()
    {
        await using var chats = await StartAsync("2026-11-02");
        var reminders = chats.Host.Services.GetRequiredService<GuideReminderService>();
        await chats.RecordAsync("方静卫", "长宏", "2026-11-18", "现场走访"); // a visit is not the weekly phone call
        await chats.RecordAsync("夏爱萍", "纳海固体", "2026-11-19", "电话");

        await reminders.RunAsync(At("2026-11-19 09:00"), default);
        Assert.DoesNotContain(await chats.DeliveredToAsync(Xia), Nudge);
        Assert.Contains("舟山长宏国际船舶修造有限公司", Assert.Single(await chats.DeliveredToAsync(Fang), Nudge), StringComparison.Ordinal);

        await chats.RecordAsync("方静卫", "长宏", "2026-11-24", "电话");
        await reminders.RunAsync(At("2026-11-26 09:00"), default);
        Assert.Single(await chats.DeliveredToAsync(Fang), Nudge); // called on Tuesday: no second nudge
        Assert.Single(await chats.DeliveredToAsync(Xia), Nudge); // 纳海 not phoned this week
    }

    [Fact]
    public async Task FridayReportReminder_ToGuidesWithoutARecord_ThenTheProblemListToTheInformationOfficer()
    {
        await using var chats = await StartAsync("2026-11-02");
        var reminders = chats.Host.Services.GetRequiredService<GuideReminderService>();
        await chats.RecordAsync("方静卫", "长宏", "2026-11-24", "电话", "危废贮存间防渗怎么做", "已解决", "当场解答，发送防渗规范");
        await chats.RecordAsync("方静卫", "长宏", "2026-11-26", "现场走访", "废气收集不到位", "正在解决", "下周整改，需要大气科配合");
        await chats.RecordAsync("方静卫", "长宏", "2026-11-16", "电话", "上周的问题", "已解决"); // last week: not in this list

        await reminders.RunAsync(At("2026-11-27 13:00"), default);
        await reminders.RunAsync(At("2026-11-27 13:30"), default);
        Assert.DoesNotContain(await chats.DeliveredToAsync(Fang), t => t.StartsWith("【周报提醒】", StringComparison.Ordinal));
        var toXia = await chats.DeliveredToAsync(Xia);
        Assert.Single(toXia, t => t.StartsWith("【周报提醒】本周还没有您的服务记录。请在 11月27日 14:00 前", StringComparison.Ordinal));
        Assert.Empty(await chats.DeliveredToAsync(Lin));

        // The host was down from 13:30 to 15:10: the report reminder is over, the list is compiled once when it is back.
        await reminders.RunAsync(At("2026-11-27 15:10"), default);
        await reminders.RunAsync(At("2026-11-27 15:25"), default);
        Assert.Single(await chats.DeliveredToAsync(Xia), t => t.StartsWith("【周报提醒】", StringComparison.Ordinal));
        var list = Assert.Single(await chats.DeliveredToAsync(Lin));
        var lines = list.Split('\n');
        Assert.Equal("企业指导员问题清单", lines[0]);
        Assert.Equal("日期：2026年11月23日—11月29日（11月27日报送）", lines[1]);
        Assert.Equal("1. 方静卫｜舟山长宏国际船舶修造有限公司(+再生利用)｜电话｜危废贮存间防渗怎么做｜当场解答，发送防渗规范｜已解决", lines[2]);
        Assert.Equal("2. 方静卫｜舟山长宏国际船舶修造有限公司(+再生利用)｜现场走访｜废气收集不到位｜下周整改，需要大气科配合｜正在解决", lines[3]);
        Assert.DoesNotContain("上周的问题", list, StringComparison.Ordinal);
        Assert.Contains("/api/reports/problem-list?week=2026-11-23&expires=", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Holidays_MidAutumnFridayMovesTheDeadlineToThursday_NationalDayWeekAsksForNoCall_OverdueWaitsForTheFirstWorkingDay()
    {
        await using var chats = await StartAsync("2026-09-01");
        var reminders = chats.Host.Services.GetRequiredService<GuideReminderService>();
        await chats.RecordAsync("方静卫", "长宏", "2026-09-22", "电话");

        // Friday 25 September is 中秋 (off): the report falls due on Thursday 24th, its reminder at 13:00 that day.
        await reminders.RunAsync(At("2026-09-24 13:05"), default);
        Assert.Single(await chats.DeliveredToAsync(Xia), t => t.StartsWith("【周报提醒】本周还没有您的服务记录。请在 9月24日 14:00 前", StringComparison.Ordinal));
        await reminders.RunAsync(At("2026-09-24 14:05"), default);
        Assert.Contains("（9月24日报送）", Assert.Single(await chats.DeliveredToAsync(Lin)), StringComparison.Ordinal);
        Assert.Equal(0, await reminders.RunAsync(At("2026-09-25 14:05"), default));

        // National Day week (28 Sep – 4 Oct): Thursday 1 October is off and so is the rest of the week — no call nudge.
        await reminders.RunAsync(At("2026-09-30 14:05"), default); // its report deadline moved to Wednesday 30th
        var beforeHoliday = (await chats.DeliveredToAsync(Xia)).Count;
        Assert.Equal(0, await reminders.RunAsync(At("2026-10-01 09:00"), default));
        Assert.Equal(0, await reminders.RunAsync(At("2026-10-02 09:00"), default));
        Assert.DoesNotContain(await chats.DeliveredToAsync(Xia), t => t.Contains("本周（9月28日–10月4日）", StringComparison.Ordinal));

        // Monday 5 October is off: last week's misses go to the block lead on Thursday 8th, the first working day.
        Assert.Equal(0, await reminders.RunAsync(At("2026-10-05 09:00"), default));
        Assert.Equal(beforeHoliday, (await chats.DeliveredToAsync(Xia)).Count);
        await reminders.RunAsync(At("2026-10-08 09:00"), default);
        var overdue = Assert.Single(await chats.DeliveredToAsync(Xia), t => t.StartsWith("【上周未达标】上周（9月28日–10月4日）", StringComparison.Ordinal));
        Assert.Contains("舟山市纳海固体废物集中处置有限公司（指导员：夏爱萍；每周至少一次电话沟通）", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("干览", overdue, StringComparison.Ordinal); // block 3 is not hers
        Assert.Contains("舟山长宏国际船舶修造有限公司", overdue, StringComparison.Ordinal); // 22 Sep was the week before
    }

    [Fact]
    public async Task MonthlyRanking_GoesToTheLeadersOnceOnTheFirstWorkingDay_WithTheSpreadsheetLink()
    {
        await using var chats = await GuideChats.StartAsync(At("2026-11-02 08:00"), (Fang, "方静卫"), ("u-zhou", "周局长"));
        var reminders = chats.Host.Services.GetRequiredService<GuideReminderService>();
        await chats.RecordAsync("方静卫", "长宏", "2026-11-17", "电话", "问危废贮存间防渗", "已解决");

        // On 30 November October's ranking is (still) due; November's is not: its records are not complete.
        await reminders.RunAsync(At("2026-11-30 09:00"), default);
        Assert.DoesNotContain(await chats.DeliveredToAsync("u-zhou"), t => t.StartsWith("【月度考核】2026年11月", StringComparison.Ordinal));

        await reminders.RunAsync(At("2026-12-01 09:00"), default);
        await reminders.RunAsync(At("2026-12-01 09:15"), default);

        var ranking = Assert.Single(await chats.DeliveredToAsync("u-zhou"), t => t.StartsWith("【月度考核】2026年11月 指导员考核排名（", StringComparison.Ordinal));
        Assert.Contains("方静卫", ranking, StringComparison.Ordinal);
        Assert.Contains("下载 Excel（链接 7 天内有效，请勿转发）：", ranking, StringComparison.Ordinal);
        Assert.EndsWith("如需调整等级，请发送“调整考核 姓名 月份 等级 理由：……”。", ranking, StringComparison.Ordinal);
        Assert.DoesNotContain(await chats.DeliveredToAsync(Fang), t => t.StartsWith("【月度考核】", StringComparison.Ordinal));
    }
}
