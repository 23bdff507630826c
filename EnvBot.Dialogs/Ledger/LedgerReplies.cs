using System.Globalization;
using System.Text;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Knowledge.Routing;

namespace EnvBot.Dialogs.Ledger;

/// <summary>Every Chinese text of the service ledger (issue 5), so scripts and code share them.</summary>
public static class LedgerReplies
{
    public const string AskUsage = "请把问题写在“我要咨询”后面一起发送，例如：\n我要咨询：排污许可证到期如何延续？";
    public const string ActionUsage = "用法：认领 编号｜回复 编号 答复内容｜转办 编号 处室 原因｜退回 编号 原因代码 说明｜无法解决 编号 说明｜办结 编号。";
    public const string AnswerNeedsText = "请在编号后写上答复内容，例如：回复 12 您好，延续申请应在有效期届满60日前提出……";
    public const string ExplainNeedsText = "请在编号后写上向企业说明的理由，例如：无法解决 12 该事项涉及国家政策调整，暂无法办理……";
    public const string NoMatters = "您目前没有登记的问题。发送“我要咨询：问题内容”即可提交。";
    public const string NoDepartment = "您的账号未关联处室，无法设为处室工作群。请联系管理员，或由管理员发送“设为本处室工作群 处室名称”。";
    public const string RepeatedPress = "该按钮的操作已经处理过，未重复执行。";

    public static string Accepted(Matter matter, string department) =>
        $"已受理您的问题，编号 #{matter.Id}，已交 {department} 办理，办理时限 {Date(matter.DueDate)}。答复会发到本对话；发送“我的问题进度”可随时查看。";

    public static string ReturnUsage => $"请写明退回原因代码：{string.Join("、", ReturnReasons.All)}，例如：退回 12 非本处职责 应由执法支队办理。";

    public static string ReassignUsage => "请写明转办的处室和原因，例如：转办 12 大气处 涉及VOCs排放。";

    public static string NewMatter(Matter matter, MatterEvent assigned) =>
        $"【新交办事项 #{matter.Id}】\n企业：{matter.EnterpriseName}\n问题：{matter.Question}\n交办理由：{assigned.Reason}（{DecidedBy(assigned.DecidedBy)}）\n办理时限：{Date(matter.DueDate)}\n请选择：认领、回复、转办、退回、办结。";

    /// <summary>Who decided the department, in the staff's words (stored as the router's source name).</summary>
    private static string? DecidedBy(string? source) => source switch
    {
        nameof(DecisionSource.Rules) => "分办规则表",
        nameof(DecisionSource.Classifier) => "文本分类",
        nameof(DecisionSource.Llm) => "大模型",
        nameof(DecisionSource.Fallback) => "无匹配，默认分办",
        Data.Ledger.LedgerService.NamedByCollector => "指导员指明",
        _ => source,
    };

    public static string Returned(Matter matter, MatterEvent e) =>
        $"【退回事项 #{matter.Id}】{e.ActorName} 退回，原因：{e.Reason}\n企业：{matter.EnterpriseName}\n问题：{matter.Question}\n请综合处重新分办：转办 {matter.Id} 处室 原因。";

    public static string Reassigned(Matter matter, MatterEvent e) =>
        $"【转办事项 #{matter.Id}】由 {e.ActorName} 转来，原因：{e.Reason}\n企业：{matter.EnterpriseName}\n问题：{matter.Question}\n办理时限：{Date(matter.DueDate)}";

    public static string Done(Matter matter, MatterEvent e) => e.Action switch
    {
        MatterAction.Claim => $"{e.ActorName} 已认领 #{matter.Id}，办理时限 {Date(matter.DueDate)}。",
        MatterAction.Answer => $"#{matter.Id} 已答复，答复已转发给 {matter.EnterpriseName}。确认无误后发送“办结 {matter.Id}”销号。",
        MatterAction.ExplainUnsolvable => $"#{matter.Id} 的说明已转发给 {matter.EnterpriseName}。",
        MatterAction.Reassign => $"#{matter.Id} 已转办 {e.DepartmentName}。",
        MatterAction.Return => $"#{matter.Id} 已退回综合处，原因：{e.Reason}。",
        MatterAction.Close => $"#{matter.Id} 已办结销号。",
        _ => $"#{matter.Id} 已{MatterStateNames.Chinese(e.Action)}。",
    };

    public static string AnswerToEnterprise(Matter matter, MatterEvent e, string? department) =>
        $"您的问题 #{matter.Id} 有答复了（{department} {e.ActorName}）：\n{e.Reason}\n\n原问题：{matter.Question}";

    public static string ExplanationToEnterprise(Matter matter, MatterEvent e, string? department) =>
        $"关于您的问题 #{matter.Id}，{department} 的说明：\n{e.Reason}\n\n原问题：{matter.Question}";

    public static string ClosedToEnterprise(Matter matter) => $"您的问题 #{matter.Id} 已办结销号。如仍有疑问，可再次发送“我要咨询”。";

    public static string NotFound(int matterId) => $"没有找到编号 #{matterId} 的事项，未做任何更改。";

    public static string Stale(Matter matter, MatterAction action) =>
        $"#{matter.Id} 当前状态为“{MatterStateNames.Chinese(matter.State)}”，不能{MatterStateNames.Chinese(action)}（可能已有人处理过），未做任何更改。";

    public static string NotYourDepartment(Matter matter, string? department) =>
        $"#{matter.Id} 目前由 {department} 办理，您不能操作，未做任何更改。";

    /// <summary>The departments a matter can go to, so whoever typed another name sees what to type instead.</summary>
    public static string UnknownDepartment(string? name) =>
        $"没有名为“{name}”的处室，未做任何更改。可转办的处室：{string.Join("、", Data.Persistence.Seeding.ReferenceData.Departments.Select(d => d.Name))}。";

    public static string ChannelRegistered(string department) => $"已将本对话设为 {department} 的工作群，交办给 {department} 的事项会发到这里。";

    public static string DueSoon(Matter matter) =>
        $"【办理提醒】#{matter.Id}（{matter.EnterpriseName}）将于 {Date(matter.DueDate)} 到期，请及时答复。问题：{matter.Question}";

    public static string Overdue(Matter matter, string? department) =>
        $"【逾期督办】{department} 的 #{matter.Id}（{matter.EnterpriseName}）已于 {Date(matter.DueDate)} 到期未办结，请处室负责人督办。经办人：{matter.AssigneeName ?? "未认领"}。";

    public static string Progress(IReadOnlyList<(Matter Matter, string? Department)> matters)
    {
        var sb = new StringBuilder("您的问题进度：");
        foreach (var (m, department) in matters)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n- #{m.Id} {Short(m.Question)}：{MatterStateNames.Chinese(m.State)}");
            if (MatterStateMachine.DeadlineRuns(m.State))
            {
                sb.Append(CultureInfo.InvariantCulture, $"（{department}，时限 {Date(m.DueDate)}）");
            }
        }
        return sb.ToString();
    }

    public const string NoDepartmentForOpenMatters = "待办按处室列出，您的账号还没有关联处室。请联系管理员。";

    /// <summary>The department's open matters (待办): number, enterprise, question, state, deadline, who took it.</summary>
    public static string OpenMatters(string department, IReadOnlyList<Matter> matters)
    {
        if (matters.Count == 0)
        {
            return $"{department}目前没有待办事项。";
        }
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{department}待办（{matters.Count} 件，时限近的在前）："));
        foreach (var m in matters)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n- #{m.Id} {m.EnterpriseName}：{Short(m.Question)}｜{MatterStateNames.Chinese(m.State)}｜时限 {Date(m.DueDate)}");
            if (m.AssigneeName is { Length: > 0 } who)
            {
                sb.Append("｜").Append(who);
            }
        }
        sb.Append("\n\n认领：“认领 编号”；答复：“回复 编号 答复内容”；转办：“转办 编号 处室 理由”。");
        return sb.ToString();
    }

    private static string Short(string text) => text.Length <= 20 ? text : text[..20] + "…";

    private static string Date(DateOnly? date) => date?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "未定";
}
