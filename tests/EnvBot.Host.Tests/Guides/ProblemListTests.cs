using System.Net;
using System.Text.RegularExpressions;
using EnvBot.Data.Exports;

namespace EnvBot.Host.Tests.Guides;

/// <summary>
/// Issue 8: the week's 问题清单 in chat for the information officer and the leaders, and as .xlsx through the signed,
/// expiring link the chat answer carries — downloaded from the real host, opened and read back.
/// </summary>
public sealed partial class ProblemListTests
{
    private static readonly DateTimeOffset Thursday26November = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));

    [GeneratedRegex(@"/api/reports/problem-list\?\S+")]
    private static partial Regex Link();

    [Fact]
    public async Task InformationOfficerAsksInChat_GetsTheList_AndTheLinkDownloadsTheFormAsXlsx_UntilItExpires()
    {
        await using var chats = await GuideChats.StartAsync(Thursday26November, ("u-lin", "林信息"), ("u-fang", "方静卫"));
        await chats.RecordAsync("方静卫", "长宏", "2026-11-24", "电话", "危废贮存间防渗怎么做", "已解决", "当场解答");
        await chats.RecordAsync("夏爱萍", "纳海固体", "2026-11-25", "现场走访", "渗滤液收集池破损", "未解决", "需水处协调，已报区块负责人");
        await chats.RecordAsync("方静卫", "长宏", "2026-11-25", "微信"); // a routine contact with no problem is not listed

        var answer = await chats.SayOneAsync("u-lin", "本周问题清单");
        Assert.StartsWith("企业指导员问题清单\n日期：2026年11月23日—11月29日（11月27日报送）\n1. 夏爱萍｜舟山市纳海固体废物集中处置有限公司｜现场走访｜渗滤液收集池破损｜需水处协调，已报区块负责人｜未解决\n2. 方静卫｜舟山长宏国际船舶修造有限公司(+再生利用)｜电话｜危废贮存间防渗怎么做｜当场解答｜已解决\n\n下载 Excel", answer, StringComparison.Ordinal);

        var link = Link().Match(answer).Value;
        using var response = await chats.Host.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var xlsx = await response.Content.ReadAsByteArrayAsync();
        var rows = XlsxReader.Rows(xlsx, Assert.Single(XlsxReader.SheetNames(xlsx)));
        Assert.Equal("企业指导员问题清单", rows[0][0]);
        Assert.Equal("日期：2026年11月23日—11月29日（11月27日报送）", rows[1][0]);
        Assert.Equal(WeeklyProblemListSheet.Header, rows[2]);
        Assert.Equal(["夏爱萍", "舟山市纳海固体废物集中处置有限公司", "现场走访", "渗滤液收集池破损", "需水处协调，已报区块负责人", "未解决"], rows[3]);
        Assert.Equal(["方静卫", "舟山长宏国际船舶修造有限公司(+再生利用)", "电话", "危废贮存间防渗怎么做", "当场解答", "已解决"], rows[4]);
        Assert.Equal(5, rows.Count);

        // Another week with the same signature, no signature, or the link after 7 days: nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await chats.Host.Client.GetAsync(link.Replace("week=2026-11-23", "week=2026-11-16", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chats.Host.Client.GetAsync("/api/reports/problem-list?week=2026-11-23")).StatusCode);
        chats.Host.Time.Advance(TimeSpan.FromDays(8));
        Assert.Equal(HttpStatusCode.NotFound, (await chats.Host.Client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task AGuideAsking_IsRefused_AndGetsNoLink()
    {
        await using var chats = await GuideChats.StartAsync(Thursday26November, ("u-fang", "方静卫"));
        var answer = await chats.SayOneAsync("u-fang", "本周问题清单");
        Assert.StartsWith("抱歉，该操作仅限信息员或局领导使用，未做任何更改。", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/reports", answer, StringComparison.Ordinal);
    }
}
