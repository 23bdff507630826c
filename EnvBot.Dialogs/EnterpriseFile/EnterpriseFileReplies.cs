using System.Globalization;
using System.Text;
using EnvBot.Data.Domain.EnterpriseFiles;
using EnvBot.Data.EnterpriseFiles;

namespace EnvBot.Dialogs.EnterpriseFile;

/// <summary>What the enterprise's file (一企一档、一企一账) and the expiry watch say, in one place.</summary>
public static class EnterpriseFileReplies
{
    public const string MenuMyFile = "我的企业档案";

    public const string EditUsage =
        "请按“企业 项目 内容”填写档案，例如：\n\n" +
        "- 金鹰档案 排污许可证 91330900xxxx001P 重点管理 2027-03-31到期\n" +
        "- 长宏 应急预案 2024年5月备案\n" +
        "- 金鹰 主要污染物 VOCs、颗粒物\n\n" +
        "可填项目：主要产品、生产工艺、主要污染物、排放口、治理设施、排污许可证、环评批复、验收、危废、应急预案、联系人、内部备注（企业看不到）。";

    public const string PermitNumberMissing = "没有找到排污许可证编号（12–30 位字母数字），档案未改动。请按“企业 排污许可证 编号 管理类别 有效期至（年-月-日）”重新发送，例如：金鹰 排污许可证 91330900MA28JYNG08001P 重点管理 2027-03-31到期。";
    public const string PermitExpiryMissing = "没有找到排污许可证的到期日（需写到日），档案未改动。请在编号后写上到期日，例如“2027-03-31到期”或“有效期至2027年3月31日”。";
    public const string PlanDateMissing = "没有找到应急预案的备案时间，档案未改动。请写明备案年月（或日期），例如：长宏 应急预案 2024年5月备案。";
    public const string ApprovalNumberMissing = "没有找到环评批复文号，档案未改动。请写明文号，例如：金鹰 环评批复 舟定环建审〔2019〕12号 2019年6月3日 年产5万吨纱线项目。";
    public const string AcceptanceDateMissing = "没有找到验收时间，档案未改动。请写明验收年月（或日期），例如：金鹰 验收 2020年6月 自主验收（一期）。";
    public const string ConfirmPrompt = "无误请点“确认保存”，不保存请点“取消”。";
    public const string ConfirmAgain = "请回复“确认保存”保存，或“取消”放弃（档案尚未改动）。要改内容请取消后重新发送整句。";
    public const string Discarded = "已取消，档案未改动。";
    public const string NotYourEnterprise = "只能填写和查看您结对企业（区块负责人：本区块企业）的档案。";
    public const string NotBoundToEnterprise = "请先完成“企业认证”，再查看本企业的档案。";
    public const string EmptyFile = "档案还是空的。";
    public const string EmptyTimeline = "暂无台账记录。";

    public static IReadOnlyList<string> ConfirmButtons { get; } = ["确认保存", "取消"];

    public static string FieldName(EnterpriseFileField field) => field switch
    {
        EnterpriseFileField.Products => "主要产品",
        EnterpriseFileField.Process => "生产工艺",
        EnterpriseFileField.MainPollutants => "主要污染物",
        EnterpriseFileField.Outlets => "排放口",
        EnterpriseFileField.TreatmentFacilities => "治理设施",
        EnterpriseFileField.DischargePermit => "排污许可证",
        EnterpriseFileField.EiaApproval => "环评批复",
        EnterpriseFileField.Acceptance => "竣工环保验收",
        EnterpriseFileField.HazardousWastes => "危险废物",
        EnterpriseFileField.EmergencyPlan => "突发环境事件应急预案",
        EnterpriseFileField.Contact => "联系人",
        EnterpriseFileField.InternalNote => "内部备注（企业不可见）",
        _ => field.ToString(),
    };

    public static string ValueMissing(EnterpriseFileField field) =>
        $"“{FieldName(field)}”后面没有内容，档案未改动。请写上内容，多项用“、”隔开，例如：金鹰 {FieldName(field)} ……";

    public static string FilingInFuture(DateOnly date, bool monthOnly) =>
        $"备案时间 {DateText(date, monthOnly)} 还没到，档案未改动。请写已经备案的时间。";

    public static string DateText(DateOnly date, bool monthOnly) =>
        monthOnly ? $"{date.Year}年{date.Month}月" : $"{date.Year}年{date.Month}月{date.Day}日";

    public static string PermitValue(string number, string? permitClass, DateOnly expiry) =>
        $"编号 {number}；{permitClass ?? "管理类别未填"}；有效期至 {DateText(expiry, false)}";

    public static string PlanValue(DateOnly filed, bool monthOnly, string? number) =>
        $"{DateText(filed, monthOnly)}备案{(number is null ? "" : $"（备案编号 {number}）")}";

    public static string ApprovalValue(string project, string number, DateOnly? date, bool monthOnly) =>
        $"{number}{(date is { } d ? " " + DateText(d, monthOnly) : "")}{(project.Length > 0 ? " " + project : "")}";

    public static string AcceptanceValue(string what, DateOnly date, bool monthOnly) =>
        $"{DateText(date, monthOnly)}{(what.Length > 0 ? " " + what : "")}";

    public static string UnknownEnterprise(string name) =>
        $"没有找到企业“{name}”，档案未改动。请写企业简称或全称（如“金鹰”“长宏国际”），或输入“我的企业”查看结对企业。";

    public static string Ambiguous(string name, IEnumerable<string> names) =>
        $"“{name}”对应多家企业：{string.Join("、", names)}。请写得更完整一些。";

    public static string Confirm(FileFact fact, string? previous) =>
        $"将保存到 {fact.EnterpriseName} 的档案：\n\n- {FieldName(fact.Field)}：{fact.Value}" +
        (previous is null ? "" : $"\n\n（原记录“{previous}”保留在档案历史中）") +
        (fact.Field == EnterpriseFileField.DischargePermit ? "\n\n到期前会按设定提前提醒企业和指导员（《排污许可管理条例》第十四条：有效期届满60日前申请延续）。" : "") +
        (fact.Field == EnterpriseFileField.EmergencyPlan ? "\n\n应急预案到修订期前会提前提醒企业和指导员。" : "") +
        "\n\n" + ConfirmPrompt;

    public static string Saved(FileFact fact) => $"已保存到 {fact.EnterpriseName} 的档案：{FieldName(fact.Field)}：{fact.Value}。输入“{ShortName(fact.EnterpriseText)}的档案”可查看全部。";

    private static string ShortName(string text) => text.Length > 0 ? text : "企业";

    private static readonly EnterpriseFileField[] Order =
    [
        EnterpriseFileField.Products, EnterpriseFileField.Process, EnterpriseFileField.MainPollutants, EnterpriseFileField.Outlets,
        EnterpriseFileField.TreatmentFacilities, EnterpriseFileField.DischargePermit, EnterpriseFileField.EiaApproval,
        EnterpriseFileField.Acceptance, EnterpriseFileField.HazardousWastes, EnterpriseFileField.EmergencyPlan,
        EnterpriseFileField.Contact, EnterpriseFileField.InternalNote,
    ];

    /// <summary>The file's current parts, in the form's order; the enterprise's own view leaves out internal notes.</summary>
    public static IReadOnlyList<(string Field, string Value)> Lines(Data.Domain.EnterpriseFiles.EnterpriseFile file, bool forEnterprise) =>
        Order.Where(f => !(forEnterprise && f == EnterpriseFileField.InternalNote))
            .SelectMany(f => file.All(f).Select(e => (FieldName(f), e.Value)))
            .ToList();

    public static string SourceName(string source) => source switch
    {
        TimelineSources.Matter => "台账事项",
        TimelineSources.Contact => "指导员服务",
        TimelineSources.Booking => "咨询日预约",
        TimelineSources.Finding => "体检整改",
        TimelineSources.File => "档案更新",
        _ => source,
    };

    public static string TimelineLine(TimelineEntry e)
    {
        var at = Data.Time.BureauTime.ToBureau(e.At);
        var reference = e.Source == TimelineSources.File && Enum.TryParse<EnterpriseFileField>(e.Reference, out var field) ? FieldName(field) : e.Reference;
        return string.Create(CultureInfo.InvariantCulture, $"{at:yyyy-MM-dd} 【{SourceName(e.Source)}】{reference} {e.Summary}{(e.Status is null ? "" : $"（{e.Status}）")}");
    }

    /// <summary>The file and the account in chat (the account's latest <paramref name="maxLines"/> lines; the page has all).</summary>
    public static string View(string enterpriseName, Data.Domain.EnterpriseFiles.EnterpriseFile file, IReadOnlyList<TimelineEntry> timeline, bool forEnterprise, string link, int maxLines = 10)
    {
        var b = new StringBuilder();
        b.Append("**").Append(enterpriseName).Append(" 档案（一企一档）**\n\n");
        var lines = Lines(file, forEnterprise);
        if (lines.Count == 0)
        {
            b.Append(EmptyFile).Append(forEnterprise ? "" : "请按“企业 项目 内容”填写，例如：金鹰 主要污染物 VOCs、颗粒物。").Append("\n\n");
        }
        foreach (var (field, value) in lines)
        {
            b.Append("- ").Append(field).Append("：").Append(value).Append('\n');
        }
        b.Append("\n**台账（一企一账，按时间）**\n\n");
        if (timeline.Count == 0)
        {
            b.Append(EmptyTimeline).Append('\n');
        }
        var shown = timeline.Skip(Math.Max(0, timeline.Count - maxLines)).ToList();
        if (shown.Count < timeline.Count)
        {
            b.Append(CultureInfo.InvariantCulture, $"（共 {timeline.Count} 条，以下为最近 {shown.Count} 条）\n");
        }
        foreach (var e in shown)
        {
            b.Append("- ").Append(TimelineLine(e)).Append('\n');
        }
        b.Append("\n完整档案和时间线：").Append(link);
        return b.ToString();
    }

    public static string ExpiryToEnterprise(DueReminder r, DateOnly today) => r.Item.Kind switch
    {
        ExpiryKind.DischargePermit =>
            $"【到期提醒】贵单位排污许可证（编号 {r.Item.Number}）将于 {DateText(r.Item.Due, false)} 到期，还有 {r.DaysLeft(today)} 天。" +
            $"依据《排污许可管理条例》第十四条，需要继续排放污染物的，应当于有效期届满60日前（即 {DateText(r.Item.Due.AddDays(-60), false)} 前）向审批部门提出延续申请。如有疑问可直接在此咨询。",
        _ =>
            $"【应急预案修订提醒】贵单位突发环境事件应急预案应于 {DateText(r.Item.Due, false)} 前完成回顾性评估和修订（备案满三年），还有 {r.DaysLeft(today)} 天。" +
            "依据《突发环境事件应急管理办法》第十三条、第十五条，企业应制定应急预案并备案，根据演练等情况及时修改完善；修订后请重新备案。",
    };

    public static string ExpiryToGuide(DueReminder r, DateOnly today) => r.Item.Kind switch
    {
        ExpiryKind.DischargePermit =>
            $"【到期提醒】结对企业 {r.Item.EnterpriseName} 的排污许可证（编号 {r.Item.Number}）将于 {DateText(r.Item.Due, false)} 到期，还有 {r.DaysLeft(today)} 天；" +
            $"延续申请最迟 {DateText(r.Item.Due.AddDays(-60), false)} 前提出（《排污许可管理条例》第十四条）。企业联系人已同时收到提醒，请跟进。",
        _ =>
            $"【应急预案修订提醒】结对企业 {r.Item.EnterpriseName} 的突发环境事件应急预案应于 {DateText(r.Item.Due, false)} 前完成修订（备案满三年），还有 {r.DaysLeft(today)} 天。企业联系人已同时收到提醒，请跟进。",
    };
}
