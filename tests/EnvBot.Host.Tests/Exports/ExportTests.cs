using EnvBot.Data.Exports;
using EnvBot.Host.Tests.Guides;

namespace EnvBot.Host.Tests.Exports;

/// <summary>
/// Issue 10: "the exports opened and read back". A leader asks in chat for the province's 结对服务企业清单 (seed 001) and
/// the month's summary; each answer is a signed link, the .xlsx behind it is opened with XlsxReader and its rows checked
/// against the Dinghai pairing table and November's service records.
/// </summary>
public sealed class ExportTests
{
    private static readonly DateTimeOffset Wednesday25November = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private static string Link(string text, string path) => text[text.IndexOf(path, StringComparison.Ordinal)..].Split(')')[0];

    [Fact]
    public async Task PairingList_AsTheSeedLaysItOut_WithLiaisonAndLeaders()
    {
        await using var chats = await GuideChats.StartAsync(Wednesday25November, ("u-zhou", "周局长"));
        var text = await chats.SayOneAsync("u-zhou", "导出结对清单");
        Assert.StartsWith("结对服务企业清单（截至 2026年11月25日，含对企联络员和联系领导）：[下载 Excel](/api/reports/pairing-list?day=2026-11-25&", text, StringComparison.Ordinal);
        var xlsx = await chats.Host.Client.GetByteArrayAsync(Link(text, "/api/reports/pairing-list?"));
        var rows = XlsxReader.Rows(xlsx, "结对服务企业清单");
        Assert.Equal(PairingListSheet.Title, rows[0][0]);
        Assert.StartsWith("填报单位：舟山市生态环境局　　填报日期：2026年11月25日　　共 31 家", rows[1][0], StringComparison.Ordinal);
        Assert.Equal(PairingListSheet.Header, rows[2]);
        Assert.Equal(3 + 31, rows.Count);
        Assert.Equal(["1", "舟山长宏国际船舶修造有限公司(+再生利用)"], rows[3].Take(2));
        Assert.Equal(["方静卫", "夏爱萍、陆佩军"], rows[3].Skip(6).Take(2));
        var jinying = rows.Single(r => r.Count > 1 && r[1] == "浙江金鹰股份有限公司");
        Assert.Equal("", jinying[2]); // 统一社会信用代码 only where known: the Dinghai table has none
        Assert.Equal(["陆佩军", "夏爱萍、陆佩军"], jinying.Skip(6).Take(2));
        // Row 26 of the source table names no guide: the list says so rather than leaving a blank.
        var noGuide = rows.Single(r => r.Count > 1 && r[1] == "舟山干览镇污水处理厂");
        Assert.Equal("（待定）", noGuide[6]);
        Assert.Contains(XlsxReader.MergedRanges(xlsx, "结对服务企业清单"), r => r == "A1:I1");

        // The link is the authorisation: a guide is refused in chat, a tampered link is 404.
        Assert.StartsWith("抱歉，该操作仅限局领导或信息员使用", await chats.SayOneAsync("u-fang", "导出结对清单"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await chats.Host.Client.GetAsync(Link(text, "/api/reports/pairing-list?").Replace("day=2026-11-25", "day=2026-11-24", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task MonthlySummary_PerBlock_WithContactsByChannel_ProblemsAndATotal()
    {
        await using var chats = await GuideChats.StartAsync(Wednesday25November, ("u-zhou", "周局长"));
        await chats.RecordAsync("方静卫", "长宏", "2026-11-03", "电话", "危废贮存间防渗怎么做", "已解决", "当场解答");
        await chats.RecordAsync("方静卫", "长宏", "2026-11-12", "现场走访", "废气收集不到位", "正在解决", "限期整改");
        await chats.RecordAsync("赵露渊", "欧莱克", "2026-11-10", "微信");
        await chats.RecordAsync("赵露渊", "欧莱克", "2026-10-20", "电话", "VOCs在线监测数据缺失", "未解决"); // October: not counted

        Assert.Equal("请按“导出月度汇总 2026-11”或“导出月度汇总 2026年11月”指定月份；不写月份时导出上个月。", await chats.SayOneAsync("u-zhou", "导出月度汇总 十一月吧"));
        var text = await chats.SayOneAsync("u-zhou", "导出月度汇总 2026年11月");
        Assert.StartsWith("2026年11月 环保服务企业工作月度汇总", text, StringComparison.Ordinal);
        var xlsx = await chats.Host.Client.GetByteArrayAsync(Link(text, "/api/reports/monthly-summary?"));
        var rows = XlsxReader.Rows(xlsx, "月度汇总202611");
        Assert.Equal("环保服务企业工作月度汇总（2026年11月）", rows[0][0]);
        Assert.Equal(["区块", "结对企业数", "服务企业数", "服务次数", "电话", "微信", "QQ", "现场走访", "视频", "收集问题", "已解决问题", "咨询日预约", "新增整改项", "通过整改项", "月末未完成整改项", "移交执法"], rows[2]);
        // 长宏 and 欧莱克 are both in block 1 of the Dinghai table.
        var block1 = rows[3];
        Assert.Equal(["2", "3", "1", "1", "0", "1", "0", "2", "1"], block1.Skip(2).Take(9));
        var total = rows[^1];
        Assert.Equal("合计", total[0]);
        Assert.Equal(["31", "2", "3", "1", "1", "0", "1", "0", "2", "1", "0", "0", "0", "0", "0"], total.Skip(1));
        Assert.Equal(3 + 4 + 1, rows.Count); // title, note, header; four blocks and the total, no 未结对 row when nothing is unpaired
    }
}
