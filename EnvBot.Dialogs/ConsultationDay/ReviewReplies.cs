using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Ledger;
using static EnvBot.Dialogs.ConsultationDay.BookingReplies;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>What 综合处 and the leader see and what the enterprise is told about the review (DOMAIN.md §1).</summary>
public static class ReviewReplies
{
    public const string PlanUsage = "请发送“咨询日计划 主题：… 地点：…”，可在前面写月份，例如：咨询日计划 12月 主题：排污许可 地点：局三楼会议室。";
    public const string ApproveNothing = "该场次还没有完整的计划（主题和地点），无法批准。请综合处先发送“咨询日计划 主题：… 地点：…”。";
    public const string AcceptUsage = "请发送“受理预约 预约编号”，例如：受理预约 12。";
    public const string RepeatUsage = "请发送“重复预约 预约编号 事项编号”，例如：重复预约 12 5（事项 5 为此前已答复的同一问题）。";
    public const string QueueEmpty = "目前没有待审核的咨询日预约。";

    public static string Plan(ConsultationSessionPlan plan) =>
        $"{Date(plan.SessionDate)}咨询日计划：主题：{plan.Theme ?? "（未定）"}，地点：{plan.Location ?? "（未定）"}。" +
        (plan.ApprovedAt is not null ? "已经局领导批准并发布。" : "尚待局领导批准（批准前不对企业公布）。");

    public static string PlanProposed(ConsultationSessionPlan plan) =>
        Plan(plan) + (plan.Theme is not null && plan.Location is not null ? "请局领导发送“批准咨询日计划" + $" {plan.SessionDate.Month}月”。" : "");

    public static string PlanForLeaders(ConsultationSessionPlan plan) =>
        $"综合处提交了{Date(plan.SessionDate)}企业环保咨询日计划：主题：{plan.Theme}，地点：{plan.Location}。请发送“批准咨询日计划 {plan.SessionDate.Month}月”批准发布。";

    public static string PlanApproved(ConsultationSessionPlan plan, int told) =>
        $"已批准{Date(plan.SessionDate)}咨询日计划（主题：{plan.Theme}，地点：{plan.Location}），已向 {told} 位企业联系人发布。";

    public static string PlanAlreadyApproved(ConsultationSessionPlan plan) => $"{Date(plan.SessionDate)}的计划已经批准过，无需重复批准。";

    public static string PlanAnnouncement(ConsultationSessionPlan plan) =>
        $"企业环保咨询日通知：{Session(plan.SessionDate, plan)}。欢迎发送“预约咨询日”预约（{Date(plan.SessionDate.AddDays(-plan.SessionDate.Day + 1).AddDays(-1))}前）。";

    public static string Queue(IReadOnlyList<(Booking Booking, MatterRouting? Suggestion)> rows) =>
        "待审核的咨询日预约：\n\n" + string.Join("\n", rows.Select(r =>
            $"- 编号 {r.Booking.Id}{(r.Booking.PriorityFromBookingId is { } from ? $"【优先：上月名额已满，原编号 {from}】" : "")}：{Date(r.Booking.SessionDate)}，" +
            $"{r.Booking.EnterpriseName}，联系人 {r.Booking.ContactName}（{r.Booking.MaskedIdNumber}），{Status(r.Booking.Status)}；" +
            $"问题：{r.Booking.Question}；" +
            (r.Booking.MatterId is { } m ? $"已受理为事项 {m}" : r.Suggestion is { } s ? $"建议交 {s.Department}（{s.Why}）" : "")))
        + "\n\n受理：“受理预约 编号”；退回：“退回预约 编号 理由”；重复事项：“重复预约 编号 事项编号”；确认席位：“确认席位 编号”。";

    public static string Accepted(Booking booking, Matter matter, string department, string? why) =>
        $"已受理预约 {booking.Id}（{booking.EnterpriseName}）：问题已转为事项 {matter.Id}，交 {department} 准备答复" + (why is { Length: > 0 } ? $"（{why}）" : "") + "。";

    public static string AcceptedForEnterprise(Booking booking, string department) =>
        $"您的企业环保咨询日预约（编号 {booking.Id}，{Date(booking.SessionDate)}）已通过初审，问题已交{department}准备答复。席位确认后另行通知。";

    public static string AlreadyAccepted(Booking booking) => $"预约 {booking.Id} 已受理过（事项 {booking.MatterId}），未重复建事项。";

    public static string MatterNotAnswered(int matterId) => $"事项 {matterId} 不存在或尚未答复，不能作为重复事项引用。请核对事项编号。";

    public static string RepeatReason(Matter earlier) => $"重复事项，此前已答复（事项 {earlier.Id}）";

    public static string RepeatedForEnterprise(Booking booking, Matter earlier) =>
        $"您的企业环保咨询日预约（编号 {booking.Id}）所咨询的问题此前已答复过（事项 {earlier.Id}），本次不再安排。此前的答复：{earlier.Answer}";

    public static string Repeated(Booking booking, Matter earlier, bool informed) =>
        $"已按重复事项退回预约 {booking.Id}（{booking.EnterpriseName}），已关联事项 {earlier.Id} 的答复。" +
        (informed ? "已通知企业。" : "该企业暂时无法在线通知，请电话联系告知。");

    public static string SeatConfirmedForEnterprise(Booking booking, ConsultationSessionPlan? plan) =>
        $"您的企业环保咨询日席位已确认（编号 {booking.Id}）：{Session(booking.SessionDate, plan)}。如不能参加，请发送“取消预约 {booking.Id}”。";

    public static string Waitlisted(Booking booking, int capacity) =>
        $"{Date(booking.SessionDate)}已确认满 {capacity} 家，预约 {booking.Id}（{booking.EnterpriseName}）已列为“名额已满”，并已通知企业。" +
        (booking.MatterId is { } m ? $"其问题由事项 {m} 在活动前书面答复。" : $"请先“受理预约 {booking.Id}”，由处室在活动前书面答复。") +
        "企业如仍需现场咨询，可顺延到下月并优先安排。";

    public static string WaitlistedForEnterprise(Booking booking) =>
        $"{Date(booking.SessionDate)}的咨询日现场名额已满，您的预约（编号 {booking.Id}）未能安排席位。您的问题将在活动前由相关处室书面答复，答复会发到本对话。" +
        $"如仍需现场咨询，请发送“顺延预约 {booking.Id}”，下月咨询日优先安排。";

    public static string DayList(DateOnly session, ConsultationSessionPlan? plan, IReadOnlyList<Booking> bookings, int capacity)
    {
        var confirmed = bookings.Where(b => b.Status == BookingStatus.Confirmed).ToList();
        var text = $"{Session(session, plan)}\n\n已确认 {confirmed.Count}/{capacity} 家：\n\n" +
                   (confirmed.Count == 0 ? "（暂无）" : string.Join("\n", confirmed.Select((b, i) =>
                       $"{i + 1}. {b.EnterpriseName}，联系人 {b.ContactName}（{b.MaskedIdNumber}），电话 {b.Phone}；问题：{b.Question}" +
                       (b.MatterId is { } m ? $"（事项 {m}）" : ""))));
        var pending = bookings.Count(b => b.Status == BookingStatus.Pending);
        var waitlisted = bookings.Count(b => b.Status == BookingStatus.Waitlisted);
        if (pending + waitlisted > 0)
        {
            text += $"\n\n另有待审核 {pending} 家、名额已满（书面答复）{waitlisted} 家。";
        }
        return text;
    }

    public static string FinaliseReminder(DateOnly session, IReadOnlyList<Booking> bookings, int capacity) =>
        $"提醒：本月{Date(session)}企业环保咨询日预约已截止，请确定参会名单（最多 {capacity} 家）。\n\n" +
        string.Join("\n", bookings.Where(b => BookingService.IsActive(b.Status)).Select(b =>
            $"- 编号 {b.Id}{(b.PriorityFromBookingId is not null ? "【优先】" : "")}：{b.EnterpriseName}，{Status(b.Status)}")) +
        "\n\n发送“待审预约”查看详情。";

    public static string DraftReminder(DateOnly session) =>
        $"提醒：您开始填写的{Date(session)}企业环保咨询日预约还没有提交，预约将于本月底截止。发送“预约咨询日”继续填写。";

    public static string EveReminder(Booking booking, ConsultationSessionPlan? plan) =>
        $"提醒：明天是企业环保咨询日，{Session(booking.SessionDate, plan)}。您的席位已确认（编号 {booking.Id}），请准时参加。";
}
