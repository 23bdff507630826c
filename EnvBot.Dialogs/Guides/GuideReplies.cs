using System.Globalization;
using System.Text;
using EnvBot.Data.Guides;

namespace EnvBot.Dialogs.Guides;

/// <summary>What guides read when they log a contact and ask 我的企业 (issue 8).</summary>
public static class GuideReplies
{
    public const string Confirm = "确认保存";
    public const string Change = "修改";
    public const string Cancel = "取消";

    public const string HelpText = "请核对服务记录：回复“确认保存”保存；要改哪一项直接说，例如“企业改成金鹰”“方式 现场”“日期 昨天”“解决情况 已解决”“问题 …”；回复“取消”放弃本条记录。";
    public const string WhatToChange = "请直接说要改的项，例如“企业改成金鹰”“方式 现场”“日期 3月5日”“解决情况 正在解决”“部门 水处”（需其他部门配合时；“部门 无”则不报）。";
    public static string DraftNotSavedYet(ContactDraft draft) =>
        $"这条像是另一次服务，已先记下。上一条（{draft.EnterpriseName ?? "企业未定"}，{draft.Channel ?? "方式未定"}）还没保存：回复“确认保存”后我接着处理这条；回复“取消”则两条都不记。";

    public const string NextHeldContact = "接着处理您刚才发的另一条：";

    /// <summary>A menu command ("我的企业") typed while the form waits: what to do first, not "not understood".</summary>
    public static string FinishDraftFirst(string command) =>
        $"这条服务记录还没保存：请先回复“确认保存”或“取消”，再发“{command}”。";

    public const string AnswerFirst = "还差一项没定，请先回答下面的问题，再确认保存。";

    public const string NotUnderstood = "没看懂要改哪一项，记录未变。可以说“企业改成…”“方式 …”“日期 …”“问题 …”“解决情况 …”，或回复“确认保存”。";
    public const string Cancelled = "已取消，本条服务记录没有保存。";
    public const string NoEnterprises = "您名下没有结对企业，无法记录服务。如结对关系有误，请联系管理员导入结对表。";

    public static string Form(ContactDraft d)
    {
        var b = new StringBuilder("服务记录（请核对）：\n");
        b.Append("- 服务企业：").AppendLine(d.EnterpriseName ?? "（待确认）");
        b.Append("- 日期：").AppendLine(d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "（待确认）");
        b.Append("- 服务方式：").AppendLine(d.Channel ?? "（待确认）");
        b.Append("- 具体问题：").AppendLine(d.Problem.Length == 0 ? "无" : d.Problem);
        b.Append("- 解决情况：").AppendLine(d.Resolution ?? "（待确认）");
        if (d.Other.Length > 0)
        {
            b.Append("- 其他说明：").AppendLine(d.Other);
        }
        if (d.Department is not null)
        {
            b.Append("- 需其他部门配合：保存后将作为台账事项报区块负责人协调（").Append(d.Department)
                .Append(Data.Ledger.DepartmentNames.NamedIn(d.Department) is { } named ? $"，交 {named}" : "").AppendLine("）");
        }
        return b.ToString().TrimEnd();
    }

    public static string Ask(ContactQuestion question, ContactDraft d) => question switch
    {
        ContactQuestion.SeveralEnterprises => "提到的企业不止一家，是哪一家？请回复序号或简称：\n" + Numbered(d.Candidates),
        ContactQuestion.WhichEnterprise => "是哪家企业？请回复序号或简称：\n" + Numbered(d.Candidates),
        ContactQuestion.NotOwnEnterprise => $"{d.EnterpriseName} 不是您结对的企业，确认记在这家企业吗？回复“是”确认，或告诉我正确的企业。",
        // A call logged before the working day is asked too (ContactExtractor): "走访" only for a visit.
        ContactQuestion.WhichDate when d.DayChoices.Count > 1 =>
            $"这次{(d.Channel == ServiceChannels.OnSite ? "走访" : "联系")}是{string.Join("还是", d.DayChoices.Take(4).Select(Day))}？",
        ContactQuestion.WhichDate => $"这次{(d.Channel == ServiceChannels.OnSite ? "走访" : "联系")}是哪天？例如“昨天”“3月5日”“上周三”。",
        ContactQuestion.FutureDate => "消息里的日期还没到：这次服务是哪天进行的？（还没进行的服务请在完成后再记录）",
        // "昨天 11月20号" when yesterday was another day: no date is taken, so none is shown as the current one.
        ContactQuestion.SeveralDates => d.Date is { } taken
            ? $"消息里有不止一个日期，这条记录按哪天？（目前按 {taken:yyyy-MM-dd}）"
            : "消息里的日期前后对不上，这次服务是哪天？例如“昨天”“3月5日”“上周三”。",
        ContactQuestion.WhichChannel => "这次是通过什么方式服务的？电话、微信、QQ、现场走访还是视频？",
        ContactQuestion.WhichResolution => "这个问题解决了吗？已解决、正在解决还是未解决？",
        ContactQuestion.WhatHappened => "这次服务情况怎样？没有问题请回复“无问题”；有问题请简单说一下问题和解决情况。",
        _ => WhatToChange,
    };

    public static IReadOnlyList<string> Buttons(ContactQuestion? question, ContactDraft d) => question switch
    {
        null => [Confirm, Change, Cancel],
        ContactQuestion.SeveralEnterprises or ContactQuestion.WhichEnterprise => d.Candidates.Take(10).Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture)).Append(Cancel).ToList(),
        ContactQuestion.NotOwnEnterprise => ["是", Cancel],
        // "3号还是4号去的": the two days told are the answers to offer, not 今天/昨天.
        ContactQuestion.WhichDate or ContactQuestion.SeveralDates when d.DayChoices.Count > 1 =>
            [.. d.DayChoices.Take(4).Select(Day), Cancel],
        ContactQuestion.WhichDate or ContactQuestion.FutureDate or ContactQuestion.SeveralDates => ["今天", "昨天", "前天", Cancel],
        ContactQuestion.WhichChannel => [.. ServiceChannels.All, Cancel],
        ContactQuestion.WhichResolution => [.. ServiceResolutions.All, Cancel],
        ContactQuestion.WhatHappened => ["无问题", Cancel],
        _ => [Cancel],
    };

    /// <summary>A day as a guide writes it and the date reader reads it back ("11月3日"; a past December in January too).</summary>
    private static string Day(DateOnly day) => day.ToString("M月d日", CultureInfo.InvariantCulture);

    /// <summary>A call nobody answered or a visit with nobody there: not a service contact (DOMAIN.md §2), so not saved.</summary>
    public static string NotReached(ContactDraft d) =>
        $"这次没联系上{(d.EnterpriseName is { } name ? $"（{name}）" : "")}，不算一次服务，没有记录。"
        + (d.Channel == ServiceChannels.OnSite ? "下次见到企业的人" : "联系上以后")
        + "把情况发给我即可；本周还没联系的企业仍会按时提醒。";

    public static string Saved(long id, string enterprise, int? matterId, string? department, int leadsTold) =>
        $"已保存服务记录 #{id}（{enterprise}）。"
        + (matterId is null ? "" : $"需其他部门配合的问题已登记为台账事项 #{matterId}（交 {department}），" + (leadsTold > 0 ? "并已报区块负责人协调。" : "区块负责人暂未在聊天中绑定，请另行告知。"));

    public static string Escalation(string guide, string enterprise, string problem, string proposal, int matterId, string department, bool namedByGuide) =>
        $"【指导员上报】{guide} 服务 {enterprise} 时发现需要其他部门配合的问题，已登记为台账事项 #{matterId}，{(namedByGuide ? "按指导员所提交" : "按分办规则先交")} {department}，请区块负责人协调：\n问题：{problem}\n指导员建议：{proposal}\n"
        + $"如应由其他处室办理，回复“转办 {matterId} 处室 原因”。";

    public static string MyEnterprises(IReadOnlyList<MyEnterpriseStatus> list, DateOnly monday, DateOnly sunday)
    {
        if (list.Count == 0)
        {
            return NoEnterprises;
        }
        var b = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"我的企业（本周 {monday:M月d日}–{sunday:M月d日}）：\n"));
        foreach (var e in list)
        {
            b.Append("- ").Append(e.EnterpriseName).Append("：本周电话").Append(e.PhoneThisWeek ? "✓" : "✗").Append("，本月走访").Append(e.VisitThisMonth ? "✓" : "✗");
            var others = e.OthersRecently.Count == 0 ? null
                : "近期其他人服务：" + string.Join("、", e.OthersRecently.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Person} {o.Date:M月d日} {o.Channel}")));
            if (e.OpenProblems.Count == 0)
            {
                b.Append("，未解决问题：无").Append(others is null ? "" : "；" + others).AppendLine();
                continue;
            }
            // One problem a line, with how long it has been open: a lead's list of several read as one run-on line.
            b.Append("，未解决问题 ").Append(e.OpenProblems.Count).AppendLine(" 件：");
            foreach (var p in e.OpenProblems)
            {
                b.Append("  · ").Append(p.Problem).AppendLine(string.Create(CultureInfo.InvariantCulture, $"（{p.Since:M月d日}起，{p.Resolution}）"));
            }
            if (others is not null)
            {
                b.Append("  ").AppendLine(others);
            }
        }
        return b.ToString().TrimEnd();
    }

    private static string Numbered(IReadOnlyList<ContactChoice> choices) =>
        string.Join("\n", choices.Take(10).Select((c, i) => $"{i + 1}. {c.Name}"));
}
