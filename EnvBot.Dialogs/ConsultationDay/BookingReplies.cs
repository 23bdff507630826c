using EnvBot.Data.Domain.ConsultationDay;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>What the consultation-day booking says (STYLE.md: user-facing Chinese in one place per feature).</summary>
public static class BookingReplies
{
    public const string ContactNameHasDigits = "联系人姓名中不应有数字，请只填写姓名。";
    public const string ConfirmHint = "回复“确认”提交预约；如需修改或补充，直接发送新的内容，例如“电话 13900000000”“邮编 316000”。";
    public const string WhatToChange = "请直接发送要修改的内容，例如“联系人 李四”“电话 13900000000”。";
    public const string NotUnderstoodAtConfirm = "没有从您的消息中识别出要修改的内容。";
    public const string QuestionNotedNameStillNeeded = "已把这句记为咨询事项。";
    public const string HelpText = "正在预约企业环保咨询日：需要企业名称、统一社会信用代码、联系人姓名、身份证号码、联系电话和咨询事项，可以一条消息发多项。输入“取消”可退出。";
    public const string NoBookings = "您还没有咨询日预约。发送“预约咨询日”即可预约。";
    public const string NothingToCancel = "您没有可以取消的预约（已结束、已取消或未通过的预约不能取消）。";
    public const string ConfirmSeatUsage = "请发送“确认席位 预约编号”，例如：确认席位 12。";

    public static string FieldName(BookingField field) => field switch
    {
        BookingField.EnterpriseName => "企业名称",
        BookingField.CreditCode => "统一社会信用代码",
        BookingField.ContactName => "联系人",
        BookingField.IdNumber => "身份证号码",
        BookingField.Phone => "联系电话",
        BookingField.Question => "咨询事项",
        BookingField.Address => "通信地址",
        BookingField.PostalCode => "邮政编码",
        _ => "电子邮箱",
    };

    public static string Ask(BookingField field) => field switch
    {
        BookingField.EnterpriseName => "请问企业名称？（与营业执照一致；也可以把企业名称、统一社会信用代码、联系人和电话一起发给我）",
        BookingField.CreditCode => "请输入统一社会信用代码（18位，见营业执照）。",
        BookingField.ContactName => "请问联系人姓名？（实名填写）",
        BookingField.IdNumber => "请输入联系人的18位身份证号码（仅用于实名登记，加密保存，不会完整显示）。",
        BookingField.Phone => "请输入联系电话（手机号，或带区号的固定电话）。",
        BookingField.Question => "请简要描述咨询事项或问题需求。",
        _ => $"请输入{FieldName(field)}。",
    };

    public static string Empty(BookingField field) => $"{FieldName(field)}不能为空。";

    public static string TooLong(BookingField field, int max) => $"{FieldName(field)}最多{max}个字。";

    public static string Problems(IEnumerable<KeyValuePair<BookingField, string>> errors) =>
        "以下内容需要更正：\n\n" + string.Join("\n", errors.Select(e => $"- {FieldName(e.Key)}：{e.Value}"));

    /// <summary>"2026年12月10日（周四）08:30–11:30，主题和地点待公布" — an unapproved plan shows nothing of its draft.</summary>
    public static string Session(DateOnly date, ConsultationSessionPlan? plan) =>
        $"{Date(date)}{ConsultationSchedule.Opens:HH\\:mm}–{ConsultationSchedule.Closes:HH\\:mm}，" +
        (plan is { IsAnnounced: true } ? $"主题：{plan.Theme}，地点：{plan.Location}" : "主题和地点待公布");

    /// <summary>Said once when the booking begins, so the one asking "怎么报名" sees the whole form before its first question.</summary>
    public static string StillNeeded(IEnumerable<BookingField> missing) =>
        $"预约需要填写：{string.Join("、", missing.Select(FieldName))}（可以一条消息发多项）。随时输入“取消”可退出。";

    public static string Intro(DateOnly date, ConsultationSessionPlan? plan) => $"本次预约的是企业环保咨询日 {Session(date, plan)}。";

    /// <summary>DOMAIN.md §1: booking closes at the end of the month before; say plainly which session is booked instead.</summary>
    public static string Closed(ConsultationSession missed, ConsultationSession bookable) =>
        $"{Date(missed.Date)}那一场的预约已于{Date(DateOnly.FromDateTime(missed.BookingClosesAt.AddDays(-1).DateTime))}截止（活动前一个月的月底），" +
        $"现在预约的是{Date(bookable.Date)}那一场。";

    public static string Summary(ConsultationBookingDetails d, ConsultationSessionPlan? plan)
    {
        string V(BookingField f) => d.Values.TryGetValue(f, out var v) ? v : "（未填写）";
        return "请核对预约信息：\n\n" +
               $"- 场次：{Session(d.SessionDate, plan)}\n" +
               $"- 企业名称：{V(BookingField.EnterpriseName)}\n" +
               $"- 统一社会信用代码：{V(BookingField.CreditCode)}\n" +
               $"- 联系人：{V(BookingField.ContactName)}\n" +
               $"- 身份证号码：{d.MaskedIdNumber}\n" +
               $"- 联系电话：{V(BookingField.Phone)}\n" +
               $"- 咨询事项：{V(BookingField.Question)}\n" +
               $"- 通信地址：{V(BookingField.Address)}\n" +
               $"- 邮政编码：{V(BookingField.PostalCode)}\n" +
               $"- 电子邮箱：{V(BookingField.Email)}\n\n" + ConfirmHint;
    }

    public static string Booked(Booking booking, int capacity) =>
        $"预约已提交，编号 {booking.Id}。场次：{Date(booking.SessionDate)}。综合处审核后会通知您是否确认席位（每场最多{capacity}家企业）。" +
        "发送“我的预约”可查看，发送“取消预约”可取消。";

    public static string Mine(IReadOnlyList<Booking> bookings, DateOnly lastEndedSessionDay) =>
        "您的咨询日预约：\n\n" + string.Join("\n", bookings.Select(b =>
            $"- 编号 {b.Id}：{Date(b.SessionDate)}，{b.EnterpriseName}，联系人 {b.ContactName}（{b.MaskedIdNumber}），{Status(b.Status)}" +
            (b.Reason is { Length: > 0 } r ? $"（{r}）" : "") +
            (b.MatterId is { } m ? $"；问题已交办（事项 {m}，发送“我的问题进度”查看办理情况）" : "") +
            (b.PriorityFromBookingId is not null ? "；优先安排" : "") +
            (b.Status == BookingStatus.Waitlisted ? $"；如仍需现场咨询，发送“顺延预约 {b.Id}”" : "") +
            (b.Rating is { } score ? $"；您的评价：{score}分" : b.SessionDate <= lastEndedSessionDay && (b.Status == BookingStatus.Confirmed || b.MatterId is not null) ? $"；欢迎发送“评价预约 {b.Id} 分数(1-5) 意见”评价本次服务" : "")));

    public static string ChooseToCancel(IReadOnlyList<Booking> active) =>
        "您有多个可取消的预约，请发送“取消预约 编号”：\n\n" + string.Join("\n", active.Select(b => $"- 编号 {b.Id}：{Date(b.SessionDate)}，{Status(b.Status)}"));

    public static string Cancelled(Booking booking, int reviewersTold) =>
        $"已取消预约（编号 {booking.Id}，{Date(booking.SessionDate)}），席位已释放。" + (reviewersTold > 0 ? "已通知综合处。" : "");

    public static string CancelledForReviewers(Booking booking) =>
        $"企业取消了咨询日预约：编号 {booking.Id}，{booking.EnterpriseName}，{Date(booking.SessionDate)}。";

    public static string SeatConfirmed(Booking booking, int seats, int capacity) =>
        $"已确认席位：编号 {booking.Id}，{booking.EnterpriseName}，{Date(booking.SessionDate)}。本场已确认 {seats}/{capacity} 家。";

    public static string SeatFull(Booking booking, int capacity) =>
        $"{Date(booking.SessionDate)}已确认满 {capacity} 家，编号 {booking.Id} 未能确认席位，仍为待审核。请先书面答复该企业，如确需现场咨询，可在下次活动优先安排。";

    public const string CarryOverUsage = "请发送“顺延预约 预约编号”，例如：顺延预约 12。仅名额已满的预约可以顺延到下月并优先安排。";
    public const string RateUsage = "请发送“评价预约 预约编号 分数 意见”，分数为1到5，例如：评价预约 12 5 答复很及时。";

    public static string CannotCarryOver(int id) => $"编号 {id} 不是您名额已满的预约，或已经顺延过，无法顺延。发送“我的预约”查看。";

    public static string CarriedOver(Booking carried) =>
        $"已顺延到{Date(carried.SessionDate)}的咨询日并优先安排，新编号 {carried.Id}。综合处确认席位后会通知您。";

    public static string CarriedForReviewers(Booking carried) =>
        $"企业申请顺延（上次名额已满，下次优先）：编号 {carried.Id}，{carried.EnterpriseName}，{Date(carried.SessionDate)}。";

    public static string CannotRate(int id) => $"编号 {id} 不是您已参加或已获答复的咨询日预约，或活动尚未举行，暂时不能评价。";

    public static string Rated(Booking booking) => $"感谢评价！编号 {booking.Id}：{booking.Rating}分" + (booking.RatingComment is { Length: > 0 } c ? $"，意见：{c}" : "") + "。";

    public const string RejectUsage = "请发送“退回预约 预约编号 理由”，例如：退回预约 12 属于投诉事项，不在咨询日范围内。";

    public static string Rejected(Booking booking, bool informed) =>
        $"已退回预约：编号 {booking.Id}，{booking.EnterpriseName}，理由：{booking.Reason}。" +
        (informed ? "已通知企业。" : "该企业暂时无法在线通知，请电话联系告知理由。");

    /// <summary>
    /// DOMAIN.md §1: an out-of-scope request is told the reason; a complaint or petition is told where to report it.
    /// </summary>
    public static string RejectedForEnterprise(Booking booking) =>
        $"您的企业环保咨询日预约（编号 {booking.Id}，{Date(booking.SessionDate)}）未通过初审。理由：{booking.Reason}。" +
        (booking.Reason is { } r && (r.Contains("投诉", StringComparison.Ordinal) || r.Contains("信访", StringComparison.Ordinal))
            ? "如需反映环境问题，请拨打12369环保热线或通过网上举报平台反映。"
            : "");

    public static string SeatNotFound(int id) => $"没有编号为 {id} 的预约。";

    public static string SeatAlreadyConfirmed(Booking booking) => $"编号 {booking.Id} 已经确认过席位，无需重复确认。";

    public static string SeatNotPending(Booking booking) => $"编号 {booking.Id} 当前状态为“{Status(booking.Status)}”，不能确认席位。";

    public static string Status(BookingStatus status) => status switch
    {
        BookingStatus.Pending => "待审核",
        BookingStatus.Confirmed => "已确认席位",
        BookingStatus.Rejected => "未通过审核",
        BookingStatus.Cancelled => "已取消",
        _ => "名额已满（书面答复，下次优先）",
    };

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日（{"日一二三四五六"[(int)date.DayOfWeek]}）".Replace("（", "（周", StringComparison.Ordinal);
}
