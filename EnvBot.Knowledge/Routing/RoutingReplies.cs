using System.Globalization;

namespace EnvBot.Knowledge.Routing;

/// <summary>The routing feature's user-facing Chinese text (STYLE.md: one place per feature).</summary>
public static class RoutingReplies
{
    public static string Target(string department, string? unit) =>
        unit is null ? department : $"{department}（三定：{unit}）";

    public static string RuleWhy(string ruleName, string department, string? unit, IEnumerable<string> terms) =>
        $"规则：{ruleName}→{Target(department, unit)}（命中：{string.Join("、", terms)}）";

    public static string OutOfScopeWhy(string kind, IEnumerable<string> matched) =>
        $"规则：{kind}→不属咨询日范围（命中：{string.Join("、", matched)}），请告知企业拨打12369环保热线或通过网上举报平台反映";

    public static string ClassifierOutOfScopeWhy(double probability) =>
        $"分类器：疑似投诉举报/信访（概率{Format(probability)}），不属咨询日范围";

    public static string ClassifierWhy(string department, string? unit, double probability, string rules) =>
        $"分类器：→{Target(department, unit)}（概率{Format(probability)}；规则不确定：{rules}）";

    public static string LlmWhy(string department, string rationale, string rules) =>
        $"大模型：→{department}（理由：{rationale}；规则不确定：{rules}）";

    public static string LlmRejected(string answer) => $"大模型答复“{answer}”不在交办表内，已拒绝";

    public static string FallbackWhy(string fallback, double confidence, string rules) =>
        $"置信度低（{Format(confidence)}），交{fallback}人工分办；{rules}";

    public static string NoRuleMatched => "未命中任何规则";

    public static string RulesSummary(IEnumerable<RuleHit> hits) =>
        string.Join("；", hits.Take(3).Select(h => $"{h.Rule.Name}→{h.Rule.Department}（{string.Join("、", h.Terms)}）"));

    private static string Format(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
