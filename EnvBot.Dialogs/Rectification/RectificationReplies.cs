using System.Globalization;
using System.Text;
using EnvBot.Data.Domain.Rectification;

namespace EnvBot.Dialogs.Rectification;

/// <summary>Every user-facing text of health checks and rectification (seed 001 体检, seed 002 一查二劝三改).</summary>
public static class RectificationReplies
{
    public const string RecordUsage =
        "请按以下格式记录体检问题（第一行企业名称，之后每行一个问题，各部分用“；”分隔，依据可省略）：\n" +
        "体检记录 金鹰\n" +
        "1. 危废暂存间未设置警示标识；依据：《中华人民共和国固体废物污染环境防治法》第七十七条；建议：按规范设置标识牌；期限：12月10日";

    public const string AnswerUsage = "请按“整改回复 编号 整改情况”回复，例如：整改回复 1 已按规范设置危废标识牌。";
    public const string ReviewUsage = "请按“整改通过 编号”或“整改退回 编号 原因”复核，例如：整改退回 1 照片未体现标识内容。";
    public const string NoItems = "贵单位目前没有体检整改事项。";

    public static string FindingIncomplete(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {line} 个问题缺少问题描述、“建议：”或“期限：”，未做任何记录。\n\n{RecordUsage}");

    public static string DeadlineUnreadable(int line, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {line} 个问题的期限“{text}”无法识别，请写成“12月10日”或“2026-12-10”，未做任何记录。");

    public static string DeadlineInThePast(int line, DateOnly deadline) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {line} 个问题的期限 {Day(deadline)} 已过，请给出今天或以后的日期，未做任何记录。");

    public static string EnterpriseNotFound(string name) => $"没有找到名称包含“{name}”的企业，未做任何记录。";

    public static string EnterpriseAmbiguous(string name, IEnumerable<string> names) =>
        $"名称包含“{name}”的企业有多家：{string.Join("、", names)}。请写更完整的名称，未做任何记录。";

    public static string NotResponsible(string enterprise) => $"您不是 {enterprise} 的结对指导员或区块负责人，未做任何记录。";

    public static string Recorded(string enterprise, IReadOnlyList<RectificationItem> items, bool enterpriseTold, IReadOnlyDictionary<int, string> references)
    {
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"已记录 {enterprise} 的体检问题 {items.Count} 项，每项已登记台账："));
        foreach (var i in items)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"\n整改项 {i.Id}（台账 #{i.MatterId}）：{i.Finding}，期限 {Day(i.Deadline)}"));
            if (i.Basis is not null)
            {
                sb.Append($"，依据 {i.Basis}");
            }
        }
        foreach (var (id, article) in references)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"\n整改项 {id} 未写依据，知识库检索到 {article} 供参考（未发给企业，请核对）。"));
        }
        sb.Append(enterpriseTold ? "\n整改清单已发送给企业。" : "\n企业尚无联系人在对话中认证，整改清单暂未送达，请电话告知企业完成企业认证。");
        return sb.ToString();
    }

    /// <summary>The list the enterprise receives in its chat (劝): what was found, why, what to do, by when.</summary>
    public static string ListToEnterprise(string enterprise, string guide, IReadOnlyList<RectificationItem> items)
    {
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"【体检整改清单】{enterprise}：环保指导员 {guide} 在体检中发现以下 {items.Count} 个问题，请按期整改："));
        foreach (var i in items)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"\n\n整改项 {i.Id}：{i.Finding}"));
            if (i.Basis is not null)
            {
                sb.Append($"\n依据：{i.Basis}");
            }
            sb.Append($"\n建议：{i.Suggestion}\n期限：{Day(i.Deadline)}");
        }
        sb.Append("\n\n完成后请逐项回复“整改回复 编号 整改情况”，例如：整改回复 ")
            .Append(items[0].Id.ToString(CultureInfo.InvariantCulture)).Append(" 已完成整改。");
        return sb.ToString();
    }

    public static string Answered(RectificationItem i, IReadOnlyList<string> files) =>
        string.Create(CultureInfo.InvariantCulture, $"已收到整改项 {i.Id} 的整改情况{(files.Count > 0 ? $"和附件 {string.Join("、", files.Select(f => $"《{f}》"))}" : "")}，等待指导员 {i.RecordedByName} 复核。");

    /// <summary>The answer as the guide receives it, with each file as a signed download link (issue 10).</summary>
    public static string AnswerToGuide(RectificationItem i, IReadOnlyList<(string Name, string Link)> files)
    {
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"【整改回复】{i.EnterpriseName} 整改项 {i.Id}（{i.Finding}）：{i.Answer}"));
        foreach (var (name, link) in files)
        {
            sb.Append($"\n附件：[{name}]({link})");
        }
        return sb.Append(string.Create(CultureInfo.InvariantCulture, $"\n请回复“整改通过 {i.Id}”或“整改退回 {i.Id} 原因”。")).ToString();
    }

    public const string HandOverUsage = "请按“移交执法 编号 原因”移交，例如：移交执法 3 逾期未整改，经督促仍未报备应急预案。";

    public static string NotBlockLead(string enterprise) => $"您不是 {enterprise} 所在区块的负责人，也不是局领导，未做任何更改。";

    public static string CannotHandOver(RectificationItem i) => i.State == RectificationState.HandedToEnforcement
        ? string.Create(CultureInfo.InvariantCulture, $"整改项 {i.Id} 已于此前移交执法，未做任何更改。")
        : string.Create(CultureInfo.InvariantCulture, $"整改项 {i.Id} 当前状态为“{RectificationRules.Chinese(i.State)}”{(i.EscalatedAt is null && RectificationRules.CanAnswer(i.State) ? "，尚未逾期上报" : "")}，只有逾期未整改并已上报区块负责人的整改项可以移交执法，未做任何更改。");

    public static string HandedOver(RectificationItem i, bool departmentTold) =>
        string.Create(CultureInfo.InvariantCulture, $"整改项 {i.Id} 已移交执法支队，台账 #{i.MatterId} 已转执法支队办理。") +
        (departmentTold ? "完整记录已发送到执法支队工作群。" : "执法支队尚未登记工作群，请电话告知执法支队查看台账。");

    public static string HandedOverToGuide(RectificationItem i) =>
        string.Create(CultureInfo.InvariantCulture, $"【移交执法】{i.EnterpriseName} 整改项 {i.Id}（{i.Finding}）已由 {i.HandedOverBy} 移交执法支队：{i.HandOverReason}");

    /// <summary>
    /// The record handed to enforcement (seed 002 四罚): the finding with its basis, suggestion and deadline, every step
    /// in order (answers, returns, escalation), and the files as download links.
    /// </summary>
    public static string EnforcementRecord(RectificationItem i, string by, string reason, IReadOnlyList<RectificationEvent> history, IReadOnlyList<(string Name, string Link)> files)
    {
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"【移交执法】{i.EnterpriseName} 整改项 {i.Id}（台账 #{i.MatterId}），移交人 {by}：{reason}"));
        sb.Append($"\n问题：{i.Finding}");
        if (i.Basis is not null)
        {
            sb.Append($"\n依据：{i.Basis}");
        }
        sb.Append($"\n建议：{i.Suggestion}\n期限：{Day(i.Deadline)}\n记录：");
        foreach (var e in history)
        {
            sb.Append($"\n- {BureauDay(e.At)} {e.ActorName} {EventName(e.Kind)}{(string.IsNullOrEmpty(e.Text) ? "" : "：" + e.Text)}");
        }
        sb.Append(files.Count == 0 ? "\n附件：无" : "\n附件：");
        foreach (var (name, link) in files)
        {
            sb.Append($"\n- [{name}]({link})");
        }
        return sb.ToString();
    }

    private static string EventName(RectificationEventKind kind) => kind switch
    {
        RectificationEventKind.Recorded => "体检记录",
        RectificationEventKind.Answered => "企业回复",
        RectificationEventKind.Returned => "退回",
        RectificationEventKind.Accepted => "通过",
        RectificationEventKind.Escalated => "逾期上报",
        _ => "移交执法",
    };

    private static string BureauDay(DateTimeOffset at) => Data.Time.BureauTime.ToBureau(at).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string ItemNotFound(int id) => string.Create(CultureInfo.InvariantCulture, $"没有找到贵单位的整改项 {id}，未做任何更改。");

    public static string CannotAnswer(RectificationItem i) =>
        string.Create(CultureInfo.InvariantCulture, $"整改项 {i.Id} 当前状态为“{RectificationRules.Chinese(i.State)}”，无需再次回复，未做任何更改。");

    public static string CannotReview(RectificationItem i) =>
        string.Create(CultureInfo.InvariantCulture, $"整改项 {i.Id} 当前状态为“{RectificationRules.Chinese(i.State)}”，没有待复核的整改回复，未做任何更改。");

    public static string StaffItemNotFound(int id) => string.Create(CultureInfo.InvariantCulture, $"没有找到整改项 {id}，未做任何更改。");

    public static string Accepted(RectificationItem i) =>
        string.Create(CultureInfo.InvariantCulture, $"整改项 {i.Id} 已通过，台账 #{i.MatterId} 已办结销号。");

    public static string Returned(RectificationItem i) =>
        string.Create(CultureInfo.InvariantCulture, $"整改项 {i.Id} 已退回企业：{i.ReturnReason}");

    public static string AcceptedToEnterprise(RectificationItem i) =>
        string.Create(CultureInfo.InvariantCulture, $"您的整改项 {i.Id}（{i.Finding}）已通过指导员复核，感谢配合。");

    public static string ReturnedToEnterprise(RectificationItem i) =>
        string.Create(CultureInfo.InvariantCulture, $"您的整改项 {i.Id}（{i.Finding}）被退回：{i.ReturnReason}\n请在 {Day(i.Deadline)} 前完成并再次回复“整改回复 {i.Id} 整改情况”。");

    public static string EscalatedToBlockLead(RectificationItem i) =>
        string.Create(CultureInfo.InvariantCulture, $"【整改逾期】{i.EnterpriseName} 的整改项 {i.Id}（{i.Finding}）已于 {Day(i.Deadline)} 到期，企业仍未完成整改（{RectificationRules.Chinese(i.State)}）。指导员：{i.RecordedByName}，台账 #{i.MatterId}。请区块负责人督促，必要时回复“移交执法 {i.Id} 原因”移交执法支队。");

    public static string EnterpriseList(IReadOnlyList<RectificationItem> items)
    {
        if (items.Count == 0)
        {
            return NoItems;
        }
        var sb = new StringBuilder("贵单位的体检整改事项：");
        foreach (var i in items)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture, $"\n整改项 {i.Id}：{i.Finding}，期限 {Day(i.Deadline)}，{RectificationRules.Chinese(i.State)}"));
        }
        return sb.ToString();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
