using System.Text.RegularExpressions;
using EnvBot.Data.Guides;

namespace EnvBot.Dialogs.Guides;

/// <summary>
/// Applies a guide's correction or answer to the draft: "企业改成金鹰", "方式 现场", "日期 昨天", "问题 …", "解决情况 已解决",
/// "说明 …", a bare "已解决", or — when a question is pending — the plain answer to it ("金鹰", "2", "3月5日").
/// Returns false when nothing in the text could be read, so the dialog says so and keeps the draft as it was.
/// </summary>
public static partial class ContactCorrection
{
    [GeneratedRegex(@"^(企业|服务企业|单位|公司|日期|时间|方式|服务方式|渠道|问题|具体问题|解决情况|情况|状态|说明|其他|其他说明|备注|配合部门|协调部门|部门|处室)\s*(改成|改为|换成|应该是|应为|是|=|：|:)?\s*(.+)$")]
    private static partial Regex Labelled();

    /// <summary>"企业改成…", "方式 …", "问题 …": the text names the field it corrects.</summary>
    public static bool IsLabelled(string text) => Labelled().IsMatch(ContactExtractor.Normalize(text));

    public static bool Apply(ContactDraft draft, string text, DateTimeOffset now, IReadOnlyList<PairedEnterprise> candidates)
    {
        text = ContactExtractor.Normalize(text).TrimEnd('。', '.', '!', '！');
        if (Labelled().Match(text) is { Success: true } m)
        {
            var value = m.Groups[3].Value.Trim();
            return m.Groups[1].Value switch
            {
                "企业" or "服务企业" or "单位" or "公司" => SetEnterprise(draft, value, candidates),
                "日期" or "时间" => SetDate(draft, value, now),
                "方式" or "服务方式" or "渠道" => SetChannel(draft, value),
                "问题" or "具体问题" => Set(() => { draft.Problem = value == "无" ? "" : value; draft.Questions.Remove(ContactQuestion.WhichResolution); draft.Questions.Remove(ContactQuestion.WhatHappened); }),
                "解决情况" or "情况" or "状态" => SetResolution(draft, value),
                "配合部门" or "协调部门" or "部门" or "处室" => SetDepartment(draft, value),
                _ => Set(() => draft.Other = value),
            };
        }
        var pending = draft.Questions.FirstOrDefault();
        if (draft.Questions.Count > 0)
        {
            var answered = pending switch
            {
                ContactQuestion.WhichEnterprise or ContactQuestion.SeveralEnterprises or ContactQuestion.NotOwnEnterprise => SetEnterprise(draft, text, candidates),
                ContactQuestion.WhichDate or ContactQuestion.FutureDate or ContactQuestion.SeveralDates => SetDate(draft, text, now),
                ContactQuestion.WhichChannel => SetChannel(draft, text),
                ContactQuestion.WhichResolution => SetResolution(draft, text),
                ContactQuestion.WhatHappened => SetWhatHappened(draft, text),
                _ => false,
            };
            if (answered)
            {
                return true;
            }
        }
        // A bare channel or resolution word is a correction of that field.
        return SetResolution(draft, text) || SetChannel(draft, text);
    }

    /// <summary>
    /// "部门 水科", "配合部门改成大气处", "部门 无": the department the guide says must help, which the ledger sends the
    /// matter to (DOMAIN.md §2 "Problems"); a problem still waiting for it is not solved yet.
    /// </summary>
    private static bool SetDepartment(ContactDraft draft, string value)
    {
        if (value is "无" or "没有" or "不用" or "不需要" or "不需要配合")
        {
            draft.Department = null;
            return true;
        }
        draft.Department = value;
        if (draft.Resolution == ServiceResolutions.Solved)
        {
            draft.Resolution = ServiceResolutions.InProgress;
        }
        return true;
    }

    private static bool Set(Action change)
    {
        change();
        return true;
    }

    private static bool SetEnterprise(ContactDraft draft, string value, IReadOnlyList<PairedEnterprise> candidates)
    {
        // "是" / "确认" to "not yours — is it right?": keep it.
        if (draft.Questions.FirstOrDefault() == ContactQuestion.NotOwnEnterprise && value is "是" or "对" or "是的" or "确认" or "没错")
        {
            draft.Questions.RemoveAll(q => q is ContactQuestion.NotOwnEnterprise);
            return true;
        }
        PairedEnterprise? chosen = null;
        if (int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= draft.Candidates.Count)
        {
            chosen = candidates.FirstOrDefault(c => c.EnterpriseId == draft.Candidates[n - 1].EnterpriseId);
        }
        else
        {
            var found = EnterpriseMatcher.Find(value, candidates);
            var own = found.Where(f => f.Enterprise.IsOwn).ToList();
            var pick = own.Count > 0 ? own : found.ToList();
            if (pick.Count == 1)
            {
                chosen = pick[0].Enterprise;
            }
            else if (pick.Count > 1)
            {
                draft.Candidates = pick.Select(p => new ContactChoice(p.Enterprise.EnterpriseId, p.Enterprise.Name)).ToList();
                draft.Questions.RemoveAll(q => q is ContactQuestion.WhichEnterprise or ContactQuestion.SeveralEnterprises or ContactQuestion.NotOwnEnterprise);
                draft.Questions.Insert(0, ContactQuestion.SeveralEnterprises);
                return true;
            }
        }
        if (chosen is null)
        {
            return false;
        }
        draft.EnterpriseId = chosen.EnterpriseId;
        draft.EnterpriseName = chosen.Name;
        draft.EnterpriseIsOwn = chosen.IsOwn;
        draft.Questions.RemoveAll(q => q is ContactQuestion.WhichEnterprise or ContactQuestion.SeveralEnterprises or ContactQuestion.NotOwnEnterprise);
        if (!chosen.IsOwn)
        {
            // DOMAIN.md §2: an enterprise that is not theirs is confirmed, not silently saved.
            draft.Candidates = [new ContactChoice(chosen.EnterpriseId, chosen.Name)];
            draft.Questions.Insert(0, ContactQuestion.NotOwnEnterprise);
        }
        return true;
    }

    private static bool SetDate(ContactDraft draft, string value, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(Data.Time.BureauTime.ToBureau(now).DateTime);
        var dates = ContactDateReader.Read(ContactExtractor.Normalize(value), today).Where(d => d.Date <= today).ToList();
        if (dates.Count != 1)
        {
            return false;
        }
        draft.Date = dates[0].Date;
        draft.Questions.RemoveAll(q => q is ContactQuestion.WhichDate or ContactQuestion.FutureDate or ContactQuestion.SeveralDates);
        return true;
    }

    private static bool SetChannel(ContactDraft draft, string value)
    {
        var channel = ContactExtractor.ChannelIn(value);
        if (channel is null)
        {
            return false;
        }
        draft.Channel = channel;
        draft.Questions.Remove(ContactQuestion.WhichChannel);
        if (channel == ServiceChannels.OnSite && draft.Date is null && !draft.Questions.Contains(ContactQuestion.WhichDate))
        {
            draft.Questions.Add(ContactQuestion.WhichDate);
        }
        return true;
    }

    /// <summary>The answer to "这次服务情况怎样": "无问题", or the problem in a few words (its resolution asked next if not said).</summary>
    private static bool SetWhatHappened(ContactDraft draft, string value)
    {
        draft.Questions.Remove(ContactQuestion.WhatHappened);
        if (value is "无" or "没有" or "没" || ContactExtractor.SaysNoProblem(value))
        {
            draft.Problem = "";
            draft.Resolution = ServiceResolutions.Solved;
            return true;
        }
        if (value.Length <= 6 && ContactExtractor.ResolutionIn(value) is { } outcome)
        {
            // "已解决", "当场解答了": how it ended, not what it was — the problem stays empty, not "已解决" (found trying it).
            draft.Problem = "";
            draft.Resolution = outcome;
            return true;
        }
        draft.Problem = value;
        draft.Resolution = ContactExtractor.ResolutionIn(value);
        if (draft.Resolution is null && !draft.Questions.Contains(ContactQuestion.WhichResolution))
        {
            draft.Questions.Add(ContactQuestion.WhichResolution);
        }
        return true;
    }

    private static bool SetResolution(ContactDraft draft, string value)
    {
        var resolution = ServiceResolutions.All.FirstOrDefault(r => value.Contains(r, StringComparison.Ordinal)) ?? ContactExtractor.ResolutionIn(value);
        if (resolution is null)
        {
            return false;
        }
        draft.Resolution = resolution;
        draft.Questions.Remove(ContactQuestion.WhichResolution);
        return true;
    }
}
