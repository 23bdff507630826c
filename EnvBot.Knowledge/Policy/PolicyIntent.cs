using System.Text.RegularExpressions;

namespace EnvBot.Knowledge.Policy;

/// <summary>What kind of article answers a kind of question (DOMAIN.md §4: the most relevant article quoted).</summary>
internal static partial class PolicyIntent
{
    /// <summary>The article states a period, a time limit or a date (三十日, 5年, 3个月, 20个工作日, 每年3月15日前, 届满 …).</summary>
    public static bool StatesTime(string text) => TimeExpression().IsMatch(text);

    /// <summary>The article states a calendar date (每年3月15日前, 每月15日前, 月底前, 年底前).</summary>
    public static bool StatesDate(string text) => DateExpression().IsMatch(text);

    /// <summary>"最晚几号之前", "哪天之前要交", "最晚什么时候交": a date is asked for, which a period ("三十日内") does not give.</summary>
    public static bool AsksDate(string question) => DateQuestion().IsMatch(question);

    [GeneratedRegex(@"[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日(前|之前|以前)|[0-9一二三四五六七八九十]+月底(前|之前)|月底前|年底前|季度终了|年度终了")]
    private static partial Regex DateExpression();

    [GeneratedRegex(@"几号|哪天|哪一天|哪个月|几月份|几月几|什么日子|啥日子|截止日期|截止到|(最晚|最迟)[^，。？?]{0,4}(什么时候|啥时候|什么时间)|(什么时候|啥时候)(之前|以前|前)")]
    private static partial Regex DateQuestion();

    /// <summary>The article's duty falls on a government body (国务院…, 县级以上人民政府…, 生态环境主管部门应当 …), not on the enterprise.</summary>
    public static bool GovernmentDuty(string body) => GovernmentSubject().IsMatch(body);

    /// <summary>The question is about what the authorities do (环保局会…, 执法, 复查), so their articles answer it.</summary>
    public static bool AsksAboutAuthorities(string question) => Authorities().IsMatch(question);

    [GeneratedRegex(@"^\s*(国务院|国家|各级|县级以上|地方各级|省|设区的市|市、县|沿海|[^，。；]{0,12}人民政府|[^，。；]{0,16}(主管部门|管理机构|管理部门|有关部门|生态环境部))")]
    private static partial Regex GovernmentSubject();

    /// <summary>
    /// "一定要布围油栏吗", "这样可以吗", "要不要办证", "能不能先拆": besides the penalty, whether something is required or
    /// allowed is asked — a duty or a prohibition answers that part.
    /// </summary>
    public static bool AsksWhatIsRequired(string question) => RequiredOrAllowed().IsMatch(question);

    [GeneratedRegex(@"(一定|必须|非得|需要|要)[^，。？?]{0,12}吗|要不要|需不需要|用不用|能不能|可不可以|行不行|可以吗|允许吗|行吗|是否(需要|可以|允许)")]
    private static partial Regex RequiredOrAllowed();

    [GeneratedRegex(@"环保局|环保部门|分局|执法|部门会|复查|检查|他们|政府|海事")]
    private static partial Regex Authorities();

    /// <summary>
    /// "要去哪个部门备案", "找哪里审批", "到哪儿办手续": the procedures asked about in the clause that asks where (empty when
    /// the question does not ask where).
    /// </summary>
    public static IReadOnlyList<string> ProceduresAskedWhere(string question)
    {
        var procedures = new List<string>();
        foreach (var clause in Clause().Split(question))
        {
            if (!AskWhere().IsMatch(clause))
            {
                continue;
            }
            foreach (Match m in Procedure().Matches(clause))
            {
                procedures.AddRange(m.Value switch
                {
                    "办手续" or "办什么手续" => ["备案", "审批", "许可", "批准"],
                    "办" or "办理" => ["申请", "审批", "许可", "备案"],
                    "办证" => ["许可", "申请"],
                    "报批" => ["审批", "报批"],
                    var v => [v],
                });
            }
        }
        return procedures;
    }

    /// <summary>
    /// The article names the authority a procedure is done with ("向港口行政主管部门备案", "报海事管理机构批准") — as a duty,
    /// not as the breach a penalty punishes ("未按照规定…报海事管理机构备案的").
    /// </summary>
    public static bool NamesAuthorityFor(string text, IReadOnlyList<string> procedures)
    {
        foreach (Match m in AuthorityThenProcedure().Matches(text))
        {
            var clauseStart = text.AsSpan(0, m.Index).LastIndexOfAny("，。；：\n") + 1;
            if (text.AsSpan(clauseStart, m.Index - clauseStart).Contains('未'))
            {
                continue;
            }
            foreach (var procedure in procedures)
            {
                if (m.Groups["procedure"].Value.Contains(procedure, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    [GeneratedRegex(@"[，。？！?!；;\n]")]
    private static partial Regex Clause();

    [GeneratedRegex(@"(哪个|哪些|什么|哪一个|哪一级|哪级|啥)(部门|单位|机构|机关)|(去|到|向|找|跟|在)(哪里|哪儿|哪|谁)")]
    private static partial Regex AskWhere();

    // "排污证去哪办": 办 right after where asks where the papers are applied for.
    [GeneratedRegex(@"备案|审批|报批|批准|申请|登记|申报|许可|办什么手续|办手续|办证|(?<=哪|哪里|哪儿)办理?")]
    private static partial Regex Procedure();

    [GeneratedRegex(@"(部门|机构|机关|人民政府|海事局|管理局)(?<procedure>[^，。；]{0,10}?(备案|审批|报批|批准|申请|登记|申报|许可))")]
    private static partial Regex AuthorityThenProcedure();

    [GeneratedRegex(@"[0-9〇零一二三四五六七八九十百两]+\s*(个)?(日|天|年|月|工作日|小时)|届满|有效期|期限")]
    private static partial Regex TimeExpression();
}
