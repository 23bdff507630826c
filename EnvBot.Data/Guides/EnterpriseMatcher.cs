namespace EnvBot.Data.Guides;

/// <summary>Where a message names an enterprise: the span of text and the alias it matched.</summary>
public sealed record EnterpriseMention(PairedEnterprise Enterprise, int Start, int Length, bool Fuzzy);

/// <summary>
/// Finds the enterprises a message names among the candidates (DOMAIN.md §2: matched among the sender's own paired
/// enterprises by short names, abbreviations and typos). Exact aliases first; a longer match hides a shorter one inside
/// it ("纳海固废" is not also "纳海"); a typo (one character wrong in a name of three or more, or in a two-character
/// name right before 公司/厂/那边 or after 去/到/联系) is tried only on the sender's own enterprises, so it cannot land on
/// someone else's.
/// </summary>
public static partial class EnterpriseMatcher
{
    private static readonly string[] After = ["公司", "厂", "那边", "这边", "企业", "现场"];
    // Everyday two-character words one character away from a short name ("昨天" from "中天", "今天" from "金天"): never a typo of it.
    private static readonly HashSet<string> CommonWords =
    [
        "今天", "昨天", "前天", "明天", "后天", "当天", "上午", "下午", "中午", "晚上", "早上", "电话", "微信", "视频", "现场",
        "走访", "企业", "公司", "他们", "问题", "已经", "整改", "废气", "废水", "联系", "需要", "解决", "处理", "环保", "监测",
        "上周", "本周", "这周", "下周", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "中心", "东西", "金额", "方面",
        "海洋", "生物", "环境", "水产", "食品", "能源", "材料", "车间", "设备", "设施", "污水", "污泥", "储罐",
        // "我方跟踪进度" is not a typo of 东方 (blind set 18).
        "我方", "对方", "双方", "各方", "厂方", "官方", "地方", "多方", "第三方",
        // Holidays a day is told by ("中秋前一天" is not a typo of 中天).
        "中秋", "国庆", "春节", "元旦", "端午", "清明", "五一", "过年",
    ];

    /// <summary>An everyday word that is never taken for an enterprise's short name ("今天", "他们", "我方").</summary>
    public static bool IsCommonWord(string word) => CommonWords.Contains(word);

    // "那个王能今天早上视频连线了一下": a voice filler before the name as the recogniser heard it (blind set 89).
    private static readonly string[] Before = ["去", "到", "联系", "联系了", "给", "打给", "走访", "回访", "那个", "嗯"];

    public static IReadOnlyList<EnterpriseMention> Find(string text, IReadOnlyList<PairedEnterprise> candidates)
    {
        var mentions = new List<EnterpriseMention>();
        foreach (var enterprise in candidates)
        {
            foreach (var alias in EnterpriseAliases.For(enterprise.Name).Concat(EnterpriseAliases.GenericFor(enterprise.Name)))
            {
                for (var at = text.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = text.IndexOf(alias, at + 1, StringComparison.Ordinal))
                {
                    mentions.Add(new EnterpriseMention(enterprise, at, alias.Length, false));
                }
            }
        }
        var exact = mentions.ToList();
        // A typo overlapping an exact name is dropped — unless it is the same enterprise's longer name ("欧莱可" for
        // 欧莱克, where "欧莱" also matched exactly), so the whole name as written is taken.
        mentions.AddRange(FindTypos(text, candidates.Where(c => c.IsOwn))
            .Where(t => !exact.Any(e => t.Start < e.Start + e.Length && e.Start < t.Start + t.Length
                && !(e.Enterprise.EnterpriseId == t.Enterprise.EnterpriseId && t.Start <= e.Start && e.Start + e.Length < t.Start + t.Length))));
        // A mention inside a longer mention of another enterprise is part of that name.
        var kept = mentions
            .Where(m => !mentions.Any(o => o.Enterprise.EnterpriseId != m.Enterprise.EnterpriseId && o.Length > m.Length && o.Start <= m.Start && m.Start + m.Length <= o.Start + o.Length))
            .ToList();
        // "长洪再生利用": a typo of one name right before another name of the same enterprise is one name as written.
        kept = [.. kept.Select(m => kept.FirstOrDefault(o => o != m && o.Enterprise.EnterpriseId == m.Enterprise.EnterpriseId && o.Start == m.Start + m.Length) is { } next
            ? m with { Length = m.Length + next.Length }
            : m)];
        return kept
            .GroupBy(m => m.Enterprise.EnterpriseId)
            .Select(g => g.OrderByDescending(m => m.Length).ThenBy(m => m.Start).First())
            .OrderBy(m => m.Start)
            .ToList();
    }

    private static IEnumerable<EnterpriseMention> FindTypos(string text, IEnumerable<PairedEnterprise> own)
    {
        foreach (var enterprise in own)
        {
            foreach (var alias in EnterpriseAliases.For(enterprise.Name).Where(a => a.Length <= 8))
            {
                for (var at = 0; at + alias.Length <= text.Length; at++)
                {
                    if (OneSubstitution(text, at, alias) && !PersonAway(text, at + alias.Length)
                        && (alias.Length >= 3 || (InContext(text, at, alias.Length) && !CommonWords.Contains(text.Substring(at, 2))
                            && !FunctionChars.Contains(Substituted(text, at, alias)))))
                    {
                        yield return new EnterpriseMention(enterprise, at, alias.Length, true);
                    }
                }
            }
        }
    }

    // "，没生产" is not a typo of 富生: a two-character name with a negation or particle in place of one of its characters
    // is an ordinary phrase (blind set 65, from a block lead with 富生 in his block).
    private static readonly HashSet<char> FunctionChars = [.. "没不未无非已在有是的了都也还就再很太又才把被让给和跟与从向对"];

    private static char Substituted(string text, int at, string alias) =>
        Enumerable.Range(0, alias.Length).Select(i => text[at + i]).Where((c, i) => c != alias[i]).First();

    private static bool OneSubstitution(string text, int at, string alias)
    {
        var differences = 0;
        for (var i = 0; i < alias.Length; i++)
        {
            var c = text[at + i];
            if (!IsHan(c))
            {
                return false;
            }
            if (c != alias[i] && ++differences > 1)
            {
                return false;
            }
        }
        return differences == 1;
    }

    private static bool InContext(string text, int at, int length) =>
        at == 0 || "，,。；; \n".Contains(text[at - 1], StringComparison.Ordinal)
        || After.Any(a => string.CompareOrdinal(text, at + length, a, 0, a.Length) == 0)
        || Before.Any(b => at >= b.Length && string.CompareOrdinal(text, at - b.Length, b, 0, b.Length) == 0
            // "废水排放去向和实际不一致": 去向 is a word, not "去" and a name ("向和" one character from 兴和; blind set 27).
            && !WordsAfterGo.Contains(text.Substring(at - 1, 2)));

    private static readonly HashSet<string> WordsAfterGo = ["去向", "去年", "去除", "去掉", "去处", "去世", "到位", "到期", "到达", "到底", "给予"];

    /// <summary>"金通这周请假": a colleague away, not a typo of an enterprise's short name (金星; blind set 27).</summary>
    private static bool PersonAway(string text, int end) => AwayAfter().IsMatch(text.AsSpan(end));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(这周|本周|这两天|今天|最近|这几天)?(请假|休假|出差|生病|调休|不在)")]
    private static partial System.Text.RegularExpressions.Regex AwayAfter();

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
