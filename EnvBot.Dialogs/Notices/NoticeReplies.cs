using System.Globalization;
using System.Text;
using EnvBot.Data.Domain.Notices;
using EnvBot.Data.Time;

namespace EnvBot.Dialogs.Notices;

/// <summary>Every user-facing text of notices (送政策; seed 004 限停产/错峰生产 advance notice).</summary>
public static class NoticeReplies
{
    public const string ComposeUsage =
        "请按以下格式发通知（发送对象必填，其余可省略；未写时间则确认后立即发送）：\n" +
        "发通知 类别=重点监管 时间=12月1日 9:00 类型=限停产\n" +
        "标题=12月上旬错峰生产预告\n" +
        "12月3日至7日重污染天气预警期间，请提前安排错峰生产。\n" +
        "发送对象写一项：类别=重点监管/重点整治/精细化示范，行业=船舶修造，区域=金塘镇，企业=金鹰、旺能，或 对象=全部。\n" +
        "可选：附件=名称|链接，依据=《…》第…条。";

    public const string TextMissing = "通知缺少正文，未保存。\n\n" + ComposeUsage;
    public const string TargetMissing = "通知缺少发送对象（类别=、行业=、区域=、企业= 或 对象=全部），未保存。\n\n" + ComposeUsage;
    public const string TargetTwice = "发送对象请只写一项（类别=、行业=、区域=、企业= 或 对象=全部），未保存。";
    public const string ConfirmUsage = "请按“确认通知 编号”确认发送，例如：确认通知 5。";
    public const string ReceiptUsage = "请按“通知回执 编号”查看，例如：通知回执 5。";
    public const string NothingToAcknowledge = "目前没有需要贵单位确认已阅的通知。";
    public const string AcknowledgeButton = "已阅";

    public static string TimeUnreadable(string text) => $"发送时间“{text}”无法识别，请写成“12月1日 9:00”或“2026-12-01 09:00”，未保存。";

    public static string TimeInThePast(DateTimeOffset at) => $"发送时间 {Time(at)} 已过，请给出以后的时间（或不写时间，确认后立即发送），未保存。";

    public static string NoRecipients(string target) => $"没有符合“{target}”的企业，未保存。";

    public static string Unmatched(IEnumerable<string> names) => $"以下企业名称没有找到或对应多家企业：{string.Join("、", names)}。请写更完整的名称，未保存。";

    public static string KindLabel(NoticeKind kind) => kind == NoticeKind.ProductionLimit ? "限停产/错峰生产预告" : "通知";

    public static string Preview(Notice notice, string target, int unreachable, bool immediate, DateTimeOffset sendAt)
    {
        var sb = new StringBuilder(Invariant($"通知草稿 #{notice.Id}：【{KindLabel(notice.Kind)}】{notice.Title}\n"));
        sb.Append(Invariant($"发送对象：{target}，共 {notice.Deliveries.Count} 家企业"));
        if (unreachable > 0)
        {
            sb.Append(Invariant($"（其中 {unreachable} 家尚无可联系的聊天账号，将列入电话通知名单）"));
        }
        sb.Append('\n');
        sb.Append(immediate ? "发送时间：确认后立即发送" : $"发送时间：{Time(notice.ScheduledAt)}");
        if (sendAt > notice.ScheduledAt.AddMinutes(1))
        {
            sb.Append($"（处于免打扰时段，顺延至 {Time(sendAt)}）");
        }
        sb.Append('\n');
        sb.Append(Invariant($"请回复“确认通知 {notice.Id}”发送；不发送则不必理会本草稿。"));
        return sb.ToString();
    }

    public static string ConfirmButton(int id) => Invariant($"确认通知 {id}");

    public static string Confirmed(Notice notice, bool immediate) =>
        Invariant($"已确认通知 #{notice.Id}，{(immediate ? "正在发送" : $"将于 {Time(notice.ScheduledAt)} 发送")}给 {notice.Deliveries.Count} 家企业。可用“通知回执 {notice.Id}”查看送达和已阅情况。");

    public static string AlreadyConfirmed(int id) => Invariant($"通知 #{id} 此前已确认，不会重复发送。可用“通知回执 {id}”查看情况。");

    public static string NotFound(int id) => Invariant($"没有编号为 {id} 的通知。");

    public static string NotYours(int id) => Invariant($"通知 #{id} 不是您起草的，只有起草人可以确认发送。");

    /// <summary>What the enterprise receives; seed 004: advance notice so it can plan its production.</summary>
    public static string ToEnterprise(Notice notice)
    {
        var sb = new StringBuilder($"【{KindLabel(notice.Kind)}】{notice.Title}\n{notice.Text}");
        if (notice.PolicyLaw is { } law)
        {
            sb.Append($"\n依据：{law}{notice.PolicyArticle}");
        }
        if (notice.AttachmentName is not null || notice.AttachmentUrl is not null)
        {
            sb.Append($"\n附件：{string.Join(" ", new[] { notice.AttachmentName, notice.AttachmentUrl }.Where(s => s is not null))}");
        }
        sb.Append(Invariant($"\n（通知 #{notice.Id}，{notice.AuthorName} 发布）阅后请点“已阅”或回复“已阅 {notice.Id}”。"));
        return sb.ToString();
    }

    public static string AcknowledgeText(int id) => Invariant($"已阅 {id}");

    public static string Reminder(Notice notice) =>
        Invariant($"【提醒】贵单位尚未确认已阅通知 #{notice.Id}“{notice.Title}”。请查阅后点“已阅”或回复“已阅 {notice.Id}”。");

    public static string Acknowledged(Notice notice) => Invariant($"已记录贵单位已阅通知 #{notice.Id}“{notice.Title}”，谢谢。");

    public static string AlreadyAcknowledged(Notice notice) => Invariant($"贵单位此前已确认已阅通知 #{notice.Id}，无需重复操作。");

    public static string CallListToAuthor(Notice notice, IEnumerable<string> enterprises) =>
        Invariant($"【电话通知名单】通知 #{notice.Id}“{notice.Title}”：以下企业提醒后仍未确认已阅，请电话通知：{string.Join("、", enterprises)}。");

    public static string Receipt(Notice notice)
    {
        var d = notice.Deliveries;
        var sb = new StringBuilder(Invariant($"通知 #{notice.Id}【{KindLabel(notice.Kind)}】{notice.Title}：共 {d.Count} 家企业"));
        switch (notice.State)
        {
            case NoticeState.Draft:
                return sb.Append("，尚未确认发送。").ToString();
            case NoticeState.Scheduled:
                return sb.Append($"，计划于 {Time(notice.ScheduledAt)} 发送。").ToString();
        }
        sb.Append($"，{Time(notice.DispatchedAt!.Value)} 开始发送。");
        Group(sb, "已阅", d.Where(x => x.AcknowledgedAt is not null), x => $"{x.EnterpriseName}（送达 {Time(x.SentAt)}，已阅 {Time(x.AcknowledgedAt)}）");
        Group(sb, "已送达未阅", d.Where(x => x.AcknowledgedAt is null && x.SentAt is not null && x.ListedForCallAt is null),
            x => $"{x.EnterpriseName}（送达 {Time(x.SentAt)}{(x.RemindedAt is { } r ? $"，已于 {Time(r)} 提醒" : "")}）");
        Group(sb, "待送达", d.Where(x => x.AcknowledgedAt is null && x.SentAt is null && x.ListedForCallAt is null), x => x.EnterpriseName);
        Group(sb, "列入电话通知", d.Where(x => x.AcknowledgedAt is null && x.ListedForCallAt is not null),
            x => $"{x.EnterpriseName}（{(x.Accounts == 0 ? "无聊天账号" : "提醒后仍未阅")}）");
        return sb.ToString();
    }

    private static void Group(StringBuilder sb, string label, IEnumerable<NoticeDelivery> deliveries, Func<NoticeDelivery, string> line)
    {
        var list = deliveries.ToList();
        sb.Append(Invariant($"\n{label} {list.Count} 家"));
        if (list.Count > 0)
        {
            sb.Append('：').Append(string.Join("；", list.Select(line)));
        }
    }

    private static string Time(DateTimeOffset? at) => at is { } t ? BureauTime.ToBureau(t).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture) : "—";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
