using System.Text.RegularExpressions;

namespace EnvBot.Dialogs.Main;

/// <summary>Recognizes the top-level commands the way people type them (with or without punctuation, English or Chinese).</summary>
public static partial class MainCommands
{
    private static readonly Dictionary<string, MainCommand> Exact = new(StringComparer.OrdinalIgnoreCase)
    {
        ["帮助"] = MainCommand.Help, ["help"] = MainCommand.Help, ["?"] = MainCommand.Help, ["？"] = MainCommand.Help,
        ["怎么用"] = MainCommand.Help, ["使用说明"] = MainCommand.Help,
        ["菜单"] = MainCommand.Menu, ["menu"] = MainCommand.Menu, ["你好"] = MainCommand.Menu, ["您好"] = MainCommand.Menu,
        ["hi"] = MainCommand.Menu, ["hello"] = MainCommand.Menu, ["开始"] = MainCommand.Menu, ["start"] = MainCommand.Menu,
        ["取消"] = MainCommand.Cancel, ["cancel"] = MainCommand.Cancel, ["退出"] = MainCommand.Cancel, ["返回"] = MainCommand.Cancel,
        ["咨询日"] = MainCommand.ConsultationDay, ["咨询日安排"] = MainCommand.ConsultationDay, ["下次咨询日"] = MainCommand.ConsultationDay,
        ["环保咨询日"] = MainCommand.ConsultationDay, ["企业环保咨询日"] = MainCommand.ConsultationDay,
        ["转人工"] = MainCommand.HandOver, ["人工"] = MainCommand.HandOver, ["人工服务"] = MainCommand.HandOver,
        ["待办"] = MainCommand.OpenMatters, ["我的待办"] = MainCommand.OpenMatters, ["待办事项"] = MainCommand.OpenMatters,
        ["本处室待办"] = MainCommand.OpenMatters, ["处室待办"] = MainCommand.OpenMatters, ["未办结"] = MainCommand.OpenMatters,
        ["我是谁"] = MainCommand.WhoAmI, ["我的身份"] = MainCommand.WhoAmI, ["whoami"] = MainCommand.WhoAmI,
        ["我的问题进度"] = MainCommand.MyMatters, ["问题进度"] = MainCommand.MyMatters, ["我的问题"] = MainCommand.MyMatters,
        ["预约咨询日"] = MainCommand.BookConsultation, ["预约"] = MainCommand.BookConsultation, ["咨询日预约"] = MainCommand.BookConsultation,
        ["我的预约"] = MainCommand.MyBookings,
        ["待审预约"] = MainCommand.ReviewQueue, ["待审核预约"] = MainCommand.ReviewQueue, ["预约审核"] = MainCommand.ReviewQueue,
        ["发送失败"] = MainCommand.FailedSends, ["发送失败的消息"] = MainCommand.FailedSends, ["失败消息"] = MainCommand.FailedSends,
        ["本月考核"] = MainCommand.AssessmentRanking, ["考核排名"] = MainCommand.AssessmentRanking,
        ["本周问题清单"] = MainCommand.WeeklyProblemList, ["问题清单"] = MainCommand.WeeklyProblemList,
        ["我的企业"] = MainCommand.MyEnterprises, ["我的结对企业"] = MainCommand.MyEnterprises, ["结对企业"] = MainCommand.MyEnterprises,
        ["整改清单"] = MainCommand.MyRectification, ["我的整改"] = MainCommand.MyRectification, ["整改事项"] = MainCommand.MyRectification,
        ["路由表"] = MainCommand.RoutingTable, ["交办规则"] = MainCommand.RoutingTable, ["分办规则"] = MainCommand.RoutingTable,
        ["导出结对清单"] = MainCommand.ExportPairingList, ["结对清单"] = MainCommand.ExportPairingList, ["结对服务企业清单"] = MainCommand.ExportPairingList,
        ["我的企业档案"] = MainCommand.MyEnterpriseFile, ["本企业档案"] = MainCommand.MyEnterpriseFile, ["企业档案"] = MainCommand.MyEnterpriseFile,
        ["已阅"] = MainCommand.AcknowledgeNotice, ["已读"] = MainCommand.AcknowledgeNotice,
        ["企业认证"] = MainCommand.EnterpriseBinding, ["绑定企业"] = MainCommand.EnterpriseBinding, ["企业绑定"] = MainCommand.EnterpriseBinding,
    };

    /// <summary>Commands that carry an argument after the keyword: "绑定 7KQ2M9XA", "生成绑定码 方静卫".</summary>
    private static readonly (string Prefix, MainCommand Command)[] WithArgument =
    [
        ("生成绑定码", MainCommand.GenerateBindingCode),
        ("考核排名", MainCommand.AssessmentRanking),
        ("调整考核", MainCommand.AdjustGrade),
        ("导入结对表", MainCommand.ImportPairings),
        ("绑定", MainCommand.Bind),
        // Issue 5: the service ledger.
        ("我要咨询", MainCommand.AskQuestion),
        ("我有问题", MainCommand.AskQuestion),
        ("设为本处室工作群", MainCommand.RegisterDepartmentChannel),
        ("取消预约", MainCommand.CancelBooking),
        ("确认席位", MainCommand.ConfirmSeat),
        ("退回预约", MainCommand.RejectBooking),
        ("受理预约", MainCommand.AcceptBooking),
        ("重复预约", MainCommand.RepeatBooking),
        ("咨询日名单", MainCommand.SessionList),
        // Issue 7: 综合处 sees a booking's full ID number through a short-lived link (longer keywords first).
        ("查看身份证号码", MainCommand.RevealIdNumber),
        ("查看身份证号", MainCommand.RevealIdNumber),
        ("查看身份证", MainCommand.RevealIdNumber),
        ("查看证件号码", MainCommand.RevealIdNumber),
        ("查看证件号", MainCommand.RevealIdNumber),
        ("查看证件", MainCommand.RevealIdNumber),
        ("咨询日计划", MainCommand.ProposePlan),
        ("批准咨询日计划", MainCommand.ApprovePlan),
        ("顺延预约", MainCommand.CarryOverBooking),
        ("评价预约", MainCommand.RateBooking),
        // Issue 8: the enterprise rates a guide's contact (企业反向测评).
        (Guides.ServiceRatingReplies.Command, MainCommand.RateService),
        // Issue 10: health checks and rectification (seed 002 一查二劝三改).
        ("体检记录", MainCommand.RecordHealthCheck),
        ("整改回复", MainCommand.AnswerRectification),
        ("整改通过", MainCommand.AcceptRectification),
        ("整改退回", MainCommand.ReturnRectification),
        // Issue 5: the routing table, edited by an administrator and versioned.
        ("添加路由词", MainCommand.AddRoutingTerms),
        ("删除路由词", MainCommand.RemoveRoutingTerm),
        ("启用路由表", MainCommand.ActivateRoutingTable),
        ("路由测试", MainCommand.TestRouting),
        ("移交执法", MainCommand.HandToEnforcement),
        ("导出月度汇总", MainCommand.ExportMonthlySummary),
        ("月度汇总", MainCommand.ExportMonthlySummary),
        // Issue 10: notices (送政策) and their acknowledgement.
        ("发通知", MainCommand.ComposeNotice),
        ("确认通知", MainCommand.ConfirmNotice),
        ("通知回执", MainCommand.NoticeReceipt),
        ("已阅", MainCommand.AcknowledgeNotice),
    ];

    public static MainCommand Match(string normalizedText) => Parse(normalizedText).Command;

    public static (MainCommand Command, string Argument) Parse(string normalizedText)
    {
        var key = normalizedText.Trim().TrimEnd('。', '.', '!', '！', '~', '～');
        if (key.Length == 0)
        {
            return (MainCommand.None, "");
        }
        if (Exact.TryGetValue(key, out var command))
        {
            return (command, "");
        }
        if (MonthRanking().Match(key) is { Success: true } ranking)
        {
            // "上个月的考核排名", "10月考核": the ranking of that month (AssessmentCommands.RelativeMonth reads it).
            return (MainCommand.AssessmentRanking, ranking.Groups[1].Value);
        }
        if (key.Length <= 20 && AsksForPerson().IsMatch(key))
        {
            // "能帮我转人工吗", "我要人工客服", "转给工作人员吧": the offer under every answer said 转人工, people ask politely.
            return (MainCommand.HandOver, "");
        }
        if (Ledger.LedgerCommandParser.LooksLikeAction(key))
        {
            // The ledger parser reads the verb, the matter number and the rest itself; an answer keeps its final 。
            return (MainCommand.LedgerAction, normalizedText.Trim());
        }
        foreach (var (prefix, withArgument) in WithArgument)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                if (withArgument is MainCommand.AcknowledgeNotice && !key[prefix.Length..].Trim(' ', '#', ':', '：').All(char.IsAsciiDigit))
                {
                    // "已阅 5" acknowledges notice 5; "已阅读了新规，请问…" is a question, not an acknowledgement.
                    continue;
                }
                if (withArgument is MainCommand.AskQuestion or MainCommand.ComposeNotice or MainCommand.TestRouting or MainCommand.RecordHealthCheck or MainCommand.AnswerRectification or MainCommand.ReturnRectification or MainCommand.HandToEnforcement)
                {
                    // A question, a health check (one finding a line) or an answer is kept as written, final punctuation included.
                    return (withArgument, normalizedText.Trim()[prefix.Length..].Trim(' ', ':', '：', '\n'));
                }
                return (withArgument, key[prefix.Length..].Trim(' ', ':', '：', '\n'));
            }
        }
        // Issue 10: the enterprise's file — "金鹰 主要污染物 VOCs、颗粒物" adds a fact, "金鹰的档案" shows it.
        if (EnterpriseFile.FileEntryParser.LooksLikeEntry(key))
        {
            return (MainCommand.EditEnterpriseFile, normalizedText.Trim());
        }
        if (EnterpriseFile.FileEntryParser.ViewedEnterprise(key) is { } viewed)
        {
            return (MainCommand.ViewEnterpriseFile, viewed);
        }
        if (key.Contains("咨询日", StringComparison.Ordinal) && BookingWords().IsMatch(key) && !key.Contains("取消", StringComparison.Ordinal))
        {
            // "我想预约下个月的咨询日", "怎么报名咨询日": booking, not a policy question about 咨询 (found trying the bot).
            return (MainCommand.BookConsultation, "");
        }
        if (key.Contains("预约", StringComparison.Ordinal) && key.Contains("取消", StringComparison.Ordinal))
        {
            // "我想取消咨询日的预约" without a number: the bookings, each with how to cancel it.
            return (MainCommand.MyBookings, "");
        }
        if (key.Contains("咨询日", StringComparison.Ordinal) && DayWords().IsMatch(key))
        {
            return (MainCommand.ConsultationDay, "");
        }
        return (MainCommand.None, "");
    }

    [GeneratedRegex("^(" + Guides.AssessmentCommands.MonthWords + ")的?(考核排名|考核|排名|指导员排名|指导员考核)$")]
    private static partial Regex MonthRanking();

    [GeneratedRegex("预约|报名|参加|约一下|登记|订个位|占个位")]
    private static partial Regex BookingWords();

    [GeneratedRegex("什么时候|时间|安排|哪天|几号|哪一天|是不是每月")]
    private static partial Regex DayWords();

    /// <summary>A request for a person, not a question that merely contains 人工 (人工繁育, 人工回灌).</summary>
    [GeneratedRegex("转人工|转接人工|人工客服|人工服务|(找|要|接|联系|换)(个)?人工|真人|(转给|转交|让)(相关的?)?(处室|工作人员)|找(个)?(工作人员|人)(问问|回答|答复|聊聊)")]
    private static partial Regex AsksForPerson();
}
