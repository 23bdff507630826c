using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Persistence.Storage;

namespace EnvBot.Dialogs.Main;

/// <summary>What the main conversation says, in one place (STYLE.md: user-facing Chinese text per feature).</summary>
public static class MainReplies
{
    public const string MenuHelp = "帮助";
    public const string MenuMyMatters = "我的问题进度";
    public const string MenuMyEnterprises = "我的企业";
    public const string MenuConsultationDay = "咨询日安排";
    public const string MenuWhoAmI = "我是谁";
    public const string MenuEnterpriseBinding = "企业认证";
    public const string MenuGenerateCode = "生成绑定码";
    public const string MenuBookConsultation = "预约咨询日";
    public const string MenuMyBookings = "我的预约";
    public const string MenuReviewQueue = "待审预约";
    public const string MenuSessionList = "咨询日名单";
    public const string MenuRoutingTable = "路由表";
    public const string MenuAssessment = "本月考核";
    public const string MenuProblemList = "本周问题清单";
    public const string MenuMyRectification = "整改清单";
    public const string MenuComposeNotice = "发通知";

    public const string Welcome =
        "您好！我是舟山市生态环境局的环保助手。\n\n" +
        "我可以告诉您企业环保咨询日的安排（每月10日上午）；企业用户可以先做“企业认证”，局内工作人员可发送“绑定 绑定码”绑定身份。请点击下方按钮，或直接输入“帮助”。";

    public const string BotAddedToConversation =
        "大家好，我是舟山市生态环境局的环保助手。在本会话中 @我 并输入“帮助”，即可查看我能做什么。";

    public const string NotUnderstood = "抱歉，我暂时没有理解您的意思。请输入“帮助”查看我能做什么，或点击下方按钮。";

    public const string CardSubmitReceived = "已收到您提交的内容。";

    public const string NothingToCancel = "当前没有进行中的操作。";

    public const string TurnFailed = "抱歉，处理您的消息时出了点问题，当前操作已重置。请重新发送指令，或输入“帮助”。";

    /// <summary>
    /// The turn failed after it had saved something (the database went away between the booking and the dialog's
    /// state): say what was saved, so nobody books or logs it again.
    /// </summary>
    public static string TurnFailedAfterSaving(IEnumerable<(string Kind, long Id)> saved) =>
        "抱歉，处理您的消息时出了点问题，对话已重置。不过这一步已经保存：" + string.Join("；", saved.Select(s => s.Kind switch
        {
            TurnEffects.Booking => $"咨询日预约已提交（编号 {s.Id}），发送“我的预约”可查看",
            TurnEffects.ServiceRecord => $"服务记录已保存（编号 {s.Id}）",
            TurnEffects.Matter => $"问题已登记（事项编号 {s.Id}），发送“问题进度”可查看",
            _ => $"编号 {s.Id}",
        })) + "。请不要重复提交。";

    public static string ConsultationDay(ConsultationSession next, ConsultationSession bookable)
    {
        var text = $"企业环保咨询日每月10日 {next.Opens:HH\\:mm}–{next.Closes:HH\\:mm} 举行，节假日照常。\n\n" +
                   $"下一场：{Format(next.Date)}。";
        if (next.Date == bookable.Date)
        {
            text += $"\n\n本场预约截止：{Format(DateOnly.FromDateTime(next.BookingClosesAt.AddDays(-1).DateTime))}（活动前一个月的月底）。";
        }
        else
        {
            text += $"\n\n本场预约已于上月底截止；现在可以预约的是 {Format(bookable.Date)} 那一场，" +
                    $"预约截止 {Format(DateOnly.FromDateTime(bookable.BookingClosesAt.AddDays(-1).DateTime))}。";
        }
        return text;
    }

    private static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日（{WeekdayName(date.DayOfWeek)}）";

    private static string WeekdayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };
}
