using EnvBot.Data.Domain.Compliance;
using EnvBot.Data.Exports;
using EnvBot.Data.Guides;

namespace EnvBot.Host.Tests.Guides;

/// <summary>
/// Issue 8 monthly assessment through real records (Dinghai table, November 2026: weeks of 2, 9, 16 and 23 November
/// are judged in November by their Thursday, plus one visit — 5 requirements per pairing). Four guides with one
/// enterprise each earn the four grades; the ranking and a leader's adjustment are read in chat.
/// </summary>
public sealed class GuideAssessmentTests
{
    private static readonly DateTimeOffset Monday2November = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(8));

    private static async Task<GuideChats> NovemberAsync()
    {
        var chats = await GuideChats.StartAsync(Monday2November, ("u-zhou", "周局长"));
        foreach (var (guide, enterprise) in new[] { ("方静卫", "长宏"), ("赵露渊", "欧莱克"), ("丁建平", "纳海油污水"), ("徐吉波", "益民") })
        {
            foreach (var day in new[] { "2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24" })
            {
                if (guide == "徐吉波" && day == "2026-11-17")
                {
                    continue; // one week without a call
                }
                await chats.RecordAsync(guide, enterprise, day, "电话");
            }
            await chats.RecordAsync(guide, enterprise, "2026-11-12", "现场走访");
        }
        // 方静卫: two problems collected, both solved (one at once, one a week later): 优秀.
        await chats.RecordAsync("方静卫", "长宏", "2026-11-05", "电话", "危废贮存间防渗怎么做", "已解决", "当场解答");
        await chats.RecordAsync("方静卫", "长宏", "2026-11-12", "现场走访", "废气收集不到位", "正在解决", "限期整改");
        await chats.RecordAsync("方静卫", "长宏", "2026-11-19", "现场走访", "废气收集不到位", "已解决", "整改完成");
        // 赵露渊: this month's problem solved, but October's is still open at the enterprise: 良好, not 优秀.
        await chats.RecordAsync("赵露渊", "欧莱克", "2026-10-20", "电话", "VOCs在线监测数据缺失", "未解决", "待设备厂家维修");
        await chats.RecordAsync("赵露渊", "欧莱克", "2026-11-10", "电话", "排污许可证延续材料", "已解决", "已指导提交");
        // 丁建平: frequency met, nothing collected: 合格. 徐吉波: a week without a call: 不合格.
        return chats;
    }

    [Fact]
    public async Task FourGuides_FourGrades_FromTheirRecords_RankedWithFiguresAndRule()
    {
        await using var chats = await NovemberAsync();
        var ranking = await chats.Host.Services.GetRequiredService<GuideAssessmentService>().RankingAsync(2026, 11, default);
        var by = ranking.ToDictionary(r => r.Assessment.Figures.GuideName);

        Assert.Equal(GuideGrade.Excellent, by["方静卫"].Assessment.Grade);
        Assert.Equal((5, 5, 2, 2, 0, 2, 0), Figures(by["方静卫"]));
        Assert.Equal(GuideGrade.Good, by["赵露渊"].Assessment.Grade);
        Assert.Equal((5, 5, 1, 1, 0, 1, 1), Figures(by["赵露渊"]));
        Assert.Equal(GuideGrade.Qualified, by["丁建平"].Assessment.Grade);
        Assert.Equal("合格：频次达标，但本月未收集到问题。", by["丁建平"].Assessment.Explanation);
        Assert.Equal(GuideGrade.Unqualified, by["徐吉波"].Assessment.Grade);
        Assert.Equal("不合格：联系频次未达标（每周至少一次电话、每月至少一次现场走访），本月应完成 5 项，完成 4 项。", by["徐吉波"].Assessment.Explanation);
        Assert.Null(by["方静卫"].Assessment.Figures.AverageRating); // no rating source for guides' service yet

        Assert.Equal([1, 2, 3, 4], new[] { "方静卫", "赵露渊", "丁建平", "徐吉波" }.Select(n => by[n].Rank));
        // Everyone else in the table made no contact: 不合格 at 0/5, sharing rank 5.
        Assert.All(ranking.Skip(4), r => Assert.Equal((GuideGrade.Unqualified, 5), (r.Assessment.Grade, r.Rank)));
    }

    [Fact]
    public async Task Leader_ReadsTheRankingInChat_AndAdjustsAGradeWithAReason()
    {
        await using var chats = await NovemberAsync();
        var text = await chats.SayOneAsync("u-zhou", "考核排名 2026-11");
        Assert.StartsWith("2026年11月 指导员考核排名", text, StringComparison.Ordinal);
        Assert.Contains("1. 方静卫 优秀 — 频次 5/5；收集 2，解决 2", text, StringComparison.Ordinal);
        Assert.Contains("4. 徐吉波 不合格 — 频次 4/5", text, StringComparison.Ordinal);

        Assert.StartsWith("调整考核等级须写明理由", await chats.SayOneAsync("u-zhou", "调整考核 徐吉波 2026-11 合格"), StringComparison.Ordinal);
        Assert.Equal("已将 徐吉波 2026年11月的考核等级由“不合格”调整为“合格”，理由已记录：台风停航一周无法联系",
            await chats.SayOneAsync("u-zhou", "调整考核 徐吉波 2026-11 合格 理由：台风停航一周无法联系"));
        text = await chats.SayOneAsync("u-zhou", "考核排名 2026-11");
        Assert.Contains("4. 徐吉波 合格 — 频次 4/5", text, StringComparison.Ordinal);
        Assert.Contains("（周局长 由“不合格”调整为“合格”，理由：台风停航一周无法联系）", text, StringComparison.Ordinal);
        // The compliance page linked beside it: Chinese, per block and guide, with the SVG charts.
        var pageLink = text[text.IndexOf("/reports/compliance?", StringComparison.Ordinal)..].Split('\n')[0];
        var page = await chats.Host.Client.GetStringAsync(pageLink);
        Assert.Contains("<h1>2026年11月 指导员服务频次达标情况</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>方静卫</td><td>5/5</td><td>100%</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>徐吉波</td><td>4/5</td><td>80%</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"每周服务记录数\"", page, StringComparison.Ordinal);
        Assert.Contains("11月2日周", page, StringComparison.Ordinal);

        // The same ranking as .xlsx through the signed link in the answer, opened and read back.
        var link = text[text.IndexOf("/api/reports/ranking?", StringComparison.Ordinal)..];
        var xlsx = await chats.Host.Client.GetByteArrayAsync(link);
        var rows = XlsxReader.Rows(xlsx, "考核202611");
        Assert.Equal(GuideRankingSheet.Header, rows[2]);
        Assert.Equal(["1", "方静卫", "优秀", "5/5", "2", "2", "2", "—"], rows[3].Take(8));
        Assert.Equal(["4", "徐吉波", "合格"], rows[6].Take(3));
        Assert.EndsWith("（周局长 由“不合格”调整为“合格”，理由：台风停航一周无法联系）", rows[6][8], StringComparison.Ordinal);
        Assert.StartsWith("抱歉，该操作仅限局领导使用", await chats.SayOneAsync("u-fang-unbound", "考核排名 2026-11"), StringComparison.Ordinal);

        // A month before any pairing: said in words, not "（0 人）" with links to an empty chart and sheet.
        Assert.Equal("2025年6月没有处于结对期内的指导员，所以没有考核排名（考核只计结对期内的月份）。",
            await chats.SayOneAsync("u-zhou", "考核排名 2025-06"));
    }

    private static (int, int, int, int, int, int, int) Figures(RankedGuide r)
    {
        var f = r.Assessment.Figures;
        return (f.RequiredContacts, f.MetContacts, f.ProblemsCollected, f.ProblemsSolved, f.ProblemsBlocked, f.ProblemsFedBack, f.OpenProblemsAtEnterprises);
    }
}
