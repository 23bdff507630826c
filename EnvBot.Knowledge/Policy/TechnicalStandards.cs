namespace EnvBot.Knowledge.Policy;

/// <summary>A national technical standard the corpus does not contain, and the subject words that identify a question about it.</summary>
public sealed record TechnicalStandard(string Number, string Name, IReadOnlyList<string[]> Subjects);

/// <summary>
/// Standards are not in the corpus (DOMAIN.md §4: laws, regulations and rules only). A question about a standard's
/// technical content (防渗, 限值, 分贝 …) is answered by naming the standard and offering 转人工, not by quoting a
/// general-duty article ("应当按照国家标准贮存") as if it answered. Numbers and names from the Ministry of Ecology and
/// Environment's standard catalogue (https://www.mee.gov.cn/ywgz/fgbz/bz/); each subject is a list of alternatives,
/// every one of which must be matched.
/// </summary>
public static class TechnicalStandards
{
    public static IReadOnlyList<TechnicalStandard> All { get; } =
    [
        new("GB 18597—2023", "危险废物贮存污染控制标准", [["危险废物", "危废"], ["贮存", "仓库", "暂存", "库房"]]),
        new("HJ 1276—2022", "危险废物识别标志设置技术规范", [["危险废物", "危废"], ["标志", "标签", "标识"]]),
        new("GB 18599—2020", "一般工业固体废物贮存和填埋污染控制标准", [["一般工业固体废物", "一般固废", "一般固体废物"], ["贮存", "堆场", "填埋"]]),
        new("GB 8978—1996", "污水综合排放标准", [["废水", "污水", "水污染物"]]),
        new("GB 16297—1996", "大气污染物综合排放标准", [["废气", "大气污染物"]]),
        new("GB 37822—2019", "挥发性有机物无组织排放控制标准", [["挥发性有机物", "vocs"]]),
        new("GB 12348—2008", "工业企业厂界环境噪声排放标准", [["噪声"], ["厂界", "厂区", "车间", "工厂", "厂里"]]),
        new("GB 12523—2011", "建筑施工场界环境噪声排放标准", [["噪声"], ["施工", "工地"]]),
        new("HJ 819—2017", "排污单位自行监测技术指南 总则", [["自行监测"], ["频次", "点位", "指标", "技术"]]),
    ];

    /// <summary>Words that say the question is about a standard's technical content, not about a legal duty.</summary>
    private static readonly string[] Cues =
    [
        // "比标准低一半" (a tax rate) compares with a standard but does not ask what it says.
        "什么标准", "哪个标准", "哪些标准", "有什么标准", "标准是多少", "标准要求", "执行标准", "执行什么", "国标", "技术规范", "技术要求", "限值", "gb", "hj", "毫克", "mg", "分贝", "db", "防渗", "厚度", "渗透系数",
        "多高", "尺寸", "规格", "频次",
    ];

    /// <summary>The standards a question is clearly about; empty for a question about duties or penalties.</summary>
    public static IReadOnlyList<TechnicalStandard> Match(PolicyQuery query)
    {
        // "超标排放怎么罚" names 排放标准 but asks about the penalty, which the corpus answers.
        if (query.AsksPenalty || query.ArticleNumber is not null)
        {
            return [];
        }
        var text = query.Text;
        if (!Cues.Any(c => text.Contains(c, StringComparison.Ordinal)))
        {
            return [];
        }
        return [.. All.Where(s => s.Subjects.All(any => any.Any(w => text.Contains(w, StringComparison.Ordinal))))];
    }
}
