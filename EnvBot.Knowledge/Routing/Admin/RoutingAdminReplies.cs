using System.Globalization;
using EnvBot.Data.Domain.Routing;
using EnvBot.Data.Time;

namespace EnvBot.Knowledge.Routing.Admin;

/// <summary>The routing table administration's Chinese text (STYLE.md: one place per feature).</summary>
public static class RoutingAdminReplies
{
    public const string ShippedBy = "EnvBot（随产品发布）";
    public const string ShippedReason = "随产品发布的路由表";

    public const string AddTermsUsage =
        "用法：添加路由词 处室 词语1、词语2（例：添加路由词 大气处 油烟净化器、餐饮油烟）。词语为问题中出现即判给该处室的关键词。";

    public const string RemoveTermUsage = "用法：删除路由词 词语（例：删除路由词 油烟净化器）。该词将从所有规则中删除。";

    public const string ActivateUsage = "用法：启用路由表 版本号（例：启用路由表 2025-11-25.1）。发送“路由表”查看各版本。";

    public const string TestUsage = "用法：路由测试 问题（例：路由测试 喷漆房废气怎么收集）。只显示分办结果，不登记事项。";

    public static string UnknownDepartment(string department, IEnumerable<string> departments) =>
        $"路由表中没有“{department}”。可选处室：{string.Join("、", departments)}。未做任何更改。\n{AddTermsUsage}";

    public static string NothingNew(string department, IEnumerable<string> already) =>
        $"{string.Join("、", already)} 已在{department}的规则中，未做任何更改。";

    public static string TermNotFound(string term) => $"没有规则包含“{term}”，未做任何更改。";

    public static string AdministratorRuleName(string department) => $"管理员补充（{department}）";

    public static string AdministratorRuleSource(string by, DateOnly day) => $"管理员{by}于{Day(day)}补充";

    public static string EditedSource(string by, DateOnly day) => $"管理员{by}于{Day(day)}修改";

    public static string AddedNote(string department, IEnumerable<string> added) => $"添加 {department}：{string.Join("、", added)}";

    public static string RemovedNote(string term, IEnumerable<string> from) => $"删除“{term}”（{string.Join("；", from)}）";

    public static string Added(string department, IReadOnlyList<string> added, IReadOnlyList<string> already, IReadOnlyList<(string Term, string Department)> elsewhere, string version)
    {
        var lines = new List<string> { $"已添加到{department}：{string.Join("、", added)}。路由表新版本 {version} 已生效。" };
        if (already.Count > 0)
        {
            lines.Add($"已存在，未重复添加：{string.Join("、", already)}。");
        }
        if (elsewhere.Count > 0)
        {
            lines.Add($"注意：{string.Join("；", elsewhere.Select(e => $"“{e.Term}”也在{e.Department}的规则中"))}，含这些词的问题将由各处室规则共同投票。");
        }
        lines.Add($"可发送“路由测试 问题”试一试；如需撤回，发送“启用路由表 上一版本号”。");
        return string.Join("\n", lines);
    }

    public static string Removed(string term, IReadOnlyList<string> from, string version) =>
        $"已从 {string.Join("；", from)} 删除“{term}”。路由表新版本 {version} 已生效。";

    public static string VersionNotFound(string version) => $"没有版本“{version}”的路由表，未做任何更改。发送“路由表”查看各版本。";

    public static string AlreadyActive(string version) => $"路由表 {version} 已是现行版本，未做任何更改。";

    public static string Activated(string version) => $"已启用路由表 {version}，此后的分办按该版本执行；原版本保留，可随时再启用。";

    public static string ActivatedReason(string version) => $"启用 {version}";

    public static string VersionExists(string version) => $"版本号“{version}”已存在，请在文件中改用新的版本号，未做任何更改。";

    public static string Invalid(string reason) => $"路由表无效：{reason}。未做任何更改。";

    public static string Imported(string version, int rules) => $"已导入并启用路由表 {version}（{rules} 条规则）。";

    public static string Test(RoutingDecision decision)
    {
        var target = decision.OutOfScope ? $"不属咨询范围（{decision.OutOfScopeKind}）" : RoutingReplies.Target(decision.Department, decision.Unit);
        var secondary = decision.Secondary.Count > 0 ? $"\n协办：{string.Join("、", decision.Secondary)}" : "";
        return $"分办：{target}\n置信度：{decision.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}（{decision.DecidedBy}）{secondary}\n依据：{decision.Why}\n路由表版本：{decision.TableVersion}";
    }

    public static string Describe(RoutingTable table, RoutingTableVersion? active, RoutingTableActivation? activation, IReadOnlyList<RoutingTableVersion> history)
    {
        var lines = new List<string>
        {
            $"现行路由表：{table.Version}（{table.Rules.Count} 条分办规则，{table.OutOfScope.Count} 类不属咨询范围）",
        };
        if (active is not null && activation is not null)
        {
            lines.Add($"来源：{Origin(active.Origin)}；{activation.ActivatedBy} 于 {At(activation.ActivatedAt)} 启用{(active.Note is { Length: > 0 } note ? $"；{note}" : "")}");
        }
        if (history.Count > 0)
        {
            lines.Add("");
            lines.Add("最近的版本：");
            lines.AddRange(history.Select(v => $"- {v.Version}{(v.Version == table.Version ? "（现行）" : "")} · {Origin(v.Origin)} · {v.CreatedBy} · {At(v.CreatedAt)}{(v.Note is { Length: > 0 } n ? $" · {n}" : "")}"));
        }
        lines.Add("");
        lines.Add("管理：添加路由词 处室 词语 · 删除路由词 词语 · 启用路由表 版本号 · 路由测试 问题");
        return string.Join("\n", lines);
    }

    private static string Origin(string origin) => origin == RoutingTableVersion.ShippedOrigin ? "随产品发布" : "管理员修改";

    private static string Day(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string At(DateTimeOffset at) => BureauTime.ToBureau(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
