using System.Globalization;
using System.Text.RegularExpressions;
using EnvBot.Data.Domain.EnterpriseFiles;

namespace EnvBot.Dialogs.EnterpriseFile;

/// <summary>
/// Reads a fact of the enterprise's file the way a guide types it (issue 10, rules only, LLM off): the enterprise,
/// then the part, then the value — "金鹰档案 排污许可证 91330900xxxx001P 重点管理 2027-03-31到期", "长宏 应急预案
/// 2024年5月备案", "金鹰 主要污染物 VOCs、颗粒物". What a part needs and is missing is asked for in Chinese; nothing
/// is saved until the guide confirms.
/// </summary>
public static partial class FileEntryParser
{
    // Longest first, so "排污许可证" wins over "排污许可" and "主要污染物" over "污染物".
    private static readonly (string Keyword, EnterpriseFileField Field)[] Keywords =
    [
        ("突发环境事件应急预案", EnterpriseFileField.EmergencyPlan),
        ("污染防治设施", EnterpriseFileField.TreatmentFacilities),
        ("排污许可证", EnterpriseFileField.DischargePermit),
        ("主要污染物", EnterpriseFileField.MainPollutants),
        ("环保负责人", EnterpriseFileField.Contact),
        ("排污许可", EnterpriseFileField.DischargePermit),
        ("排污登记", EnterpriseFileField.DischargePermit),
        ("环评批复", EnterpriseFileField.EiaApproval),
        ("环评审批", EnterpriseFileField.EiaApproval),
        ("竣工验收", EnterpriseFileField.Acceptance),
        ("环保验收", EnterpriseFileField.Acceptance),
        ("应急预案", EnterpriseFileField.EmergencyPlan),
        ("危险废物", EnterpriseFileField.HazardousWastes),
        ("治理设施", EnterpriseFileField.TreatmentFacilities),
        ("环保设施", EnterpriseFileField.TreatmentFacilities),
        ("主要产品", EnterpriseFileField.Products),
        ("生产工艺", EnterpriseFileField.Process),
        ("内部备注", EnterpriseFileField.InternalNote),
        ("污染物", EnterpriseFileField.MainPollutants),
        ("排放口", EnterpriseFileField.Outlets),
        ("排污口", EnterpriseFileField.Outlets),
        ("联系人", EnterpriseFileField.Contact),
        ("环评", EnterpriseFileField.EiaApproval),
        ("验收", EnterpriseFileField.Acceptance),
        ("危废", EnterpriseFileField.HazardousWastes),
        ("产品", EnterpriseFileField.Products),
        ("工艺", EnterpriseFileField.Process),
        ("备注", EnterpriseFileField.InternalNote),
    ];

    private static readonly char[] NotInAName = ['：', ':', '；', ';', '，', ',', '。'];

    private static readonly string[] QuestionWords = ["怎么", "如何", "什么", "吗", "呢", "是否", "能否", "哪些", "多久", "?", "？"];

    /// <summary>
    /// Does the message read as a fact for a file: a short enterprise name, a separator (space, colon or 档案), then
    /// a part's keyword? Questions ("金鹰 排污许可证怎么延续？") are not facts; they go to the policy answerer.
    /// </summary>
    public static bool LooksLikeEntry(string text) => Split(text) is { } s && s.Rest.Length > 0 && !QuestionWords.Any(q => text.Contains(q, StringComparison.Ordinal));

    /// <summary>"金鹰的档案" / "金鹰档案" → "金鹰"; null when the message is not a request to see a file.</summary>
    public static string? ViewedEnterprise(string text)
    {
        var m = ViewRequest().Match(text.Trim());
        return m.Success && m.Groups[1].Value is not ("我的" or "我的企业" or "企业" or "本企业") ? m.Groups[1].Value : null;
    }

    /// <summary>Reads the message; on failure the Chinese problem to show (nothing is saved).</summary>
    public static (FileFact? Fact, string? Problem) Parse(string text, DateOnly today)
    {
        if (Split(text) is not { } s)
        {
            return (null, EnterpriseFileReplies.EditUsage);
        }
        var fact = new FileFact { EnterpriseText = s.Enterprise, Field = s.Field, SourceText = text.Trim() };
        var rest = s.Rest;
        switch (s.Field)
        {
            case EnterpriseFileField.DischargePermit:
            {
                var dates = Dates(rest);
                var number = PermitNumber().Match(RemoveDates(rest));
                var cls = PermitClass().Match(rest);
                fact.PermitClass = cls.Success ? cls.Groups[1].Value + "管理" : s.Keyword == "排污登记" ? "登记管理" : null;
                if (!number.Success)
                {
                    return (null, EnterpriseFileReplies.PermitNumberMissing);
                }
                // The expiry is the date marked 到期 (or the end of a validity range: the last date given).
                var expiry = dates.FirstOrDefault(d => d.Expiry) ?? dates.LastOrDefault();
                if (expiry is null || expiry.MonthOnly)
                {
                    return (null, EnterpriseFileReplies.PermitExpiryMissing);
                }
                fact.Number = number.Value;
                fact.Date = expiry.Date;
                fact.Value = EnterpriseFileReplies.PermitValue(fact.Number, fact.PermitClass, expiry.Date);
                return (fact, null);
            }
            case EnterpriseFileField.EmergencyPlan:
            {
                var filed = Dates(rest).FirstOrDefault();
                if (filed is null)
                {
                    return (null, EnterpriseFileReplies.PlanDateMissing);
                }
                if (filed.Date > today)
                {
                    return (null, EnterpriseFileReplies.FilingInFuture(filed.Date, filed.MonthOnly));
                }
                var number = FilingNumber().Match(rest);
                fact.Number = number.Success ? number.Value : null;
                fact.Date = filed.Date;
                fact.DateIsMonthOnly = filed.MonthOnly;
                fact.Value = EnterpriseFileReplies.PlanValue(filed.Date, filed.MonthOnly, fact.Number);
                return (fact, null);
            }
            case EnterpriseFileField.EiaApproval:
            {
                var number = ApprovalNumber().Match(rest);
                var date = Dates(rest).FirstOrDefault();
                if (!number.Success)
                {
                    return (null, EnterpriseFileReplies.ApprovalNumberMissing);
                }
                fact.Number = number.Value;
                fact.Date = date?.Date;
                fact.DateIsMonthOnly = date?.MonthOnly ?? false;
                var project = Clean(RemoveDates(rest.Replace(number.Value, "", StringComparison.Ordinal)));
                fact.Value = EnterpriseFileReplies.ApprovalValue(project, fact.Number, date?.Date, fact.DateIsMonthOnly);
                return (fact, null);
            }
            case EnterpriseFileField.Acceptance:
            {
                var date = Dates(rest).FirstOrDefault();
                if (date is null)
                {
                    return (null, EnterpriseFileReplies.AcceptanceDateMissing);
                }
                fact.Date = date.Date;
                fact.DateIsMonthOnly = date.MonthOnly;
                var what = Clean(RemoveDates(rest));
                fact.Value = EnterpriseFileReplies.AcceptanceValue(what, date.Date, date.MonthOnly);
                // Each acceptance is its own entry (one per project or phase): keyed by what and when.
                fact.Number = EnterpriseFileReplies.DateText(date.Date, date.MonthOnly) + (what.Length > 0 ? " " + what : "");
                if (fact.Number.Length > 64)
                {
                    fact.Number = fact.Number[..64];
                }
                return (fact, null);
            }
            case EnterpriseFileField.HazardousWastes:
            {
                var items = Items(rest);
                if (items.Count == 0)
                {
                    return (null, EnterpriseFileReplies.ValueMissing(s.Field));
                }
                var codes = WasteCode().Matches(rest).Select(m => m.Value.ToUpperInvariant()).Distinct().ToList();
                fact.Number = codes.Count > 0 ? string.Join(",", codes) is var joined && joined.Length <= 64 ? joined : joined[..64] : null;
                fact.Value = string.Join("、", items);
                return (fact, null);
            }
            case EnterpriseFileField.MainPollutants or EnterpriseFileField.Products or EnterpriseFileField.Outlets or EnterpriseFileField.TreatmentFacilities:
            {
                var items = Items(rest);
                if (items.Count == 0)
                {
                    return (null, EnterpriseFileReplies.ValueMissing(s.Field));
                }
                fact.Value = string.Join("、", items);
                return (fact, null);
            }
            default:
            {
                var value = Clean(rest);
                if (value.Length == 0)
                {
                    return (null, EnterpriseFileReplies.ValueMissing(s.Field));
                }
                fact.Value = value.Length > 1000 ? value[..1000] : value;
                if (s.Field == EnterpriseFileField.Contact && Phone().Match(value) is { Success: true } phone)
                {
                    fact.Number = phone.Value;
                }
                return (fact, null);
            }
        }
    }

    private sealed record Split3(string Enterprise, string Keyword, EnterpriseFileField Field, string Rest);

    private static Split3? Split(string text)
    {
        var t = text.Trim();
        foreach (var (keyword, field) in Keywords)
        {
            var at = t.IndexOf(keyword, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }
            var head = t[..at];
            var separated = head.EndsWith(' ') || head.EndsWith('\u3000') || head.EndsWith('：') || head.EndsWith(':') || head.TrimEnd().EndsWith("档案", StringComparison.Ordinal);
            var enterprise = head.Trim(' ', '\u3000', ':', '：', '，', ',');
            foreach (var suffix in new[] { "的档案", "档案", "的" })
            {
                if (enterprise.EndsWith(suffix, StringComparison.Ordinal))
                {
                    enterprise = enterprise[..^suffix.Length].TrimEnd();
                    break;
                }
            }
            // A name is short and has no spaces; a longer head is a sentence that mentions the part (a contact log). A head
            // with its own separators ("企业：长宏；日期：昨天；方式：微信；问题：危废…") is a service record written as the
            // form, not a name.
            if (!separated || enterprise.Length is 0 or > 30 || enterprise.Any(char.IsWhiteSpace) || enterprise.IndexOfAny(NotInAName) >= 0)
            {
                return null;
            }
            var rest = t[(at + keyword.Length)..].Trim(' ', '\u3000', ':', '：', '，', ',', '。');
            return new Split3(enterprise, keyword, field, rest);
        }
        return null;
    }

    private sealed record FoundDate(DateOnly Date, bool MonthOnly, bool Expiry);

    private static List<FoundDate> Dates(string text)
    {
        var found = new List<(int At, FoundDate Date)>();
        foreach (Match m in FullDate().Matches(text))
        {
            if (TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date))
            {
                found.Add((m.Index, new FoundDate(date, false, IsExpiry(text, m))));
            }
        }
        foreach (Match m in MonthDate().Matches(text))
        {
            if (found.Any(f => f.At == m.Index))
            {
                continue;
            }
            if (TryDate(m.Groups["y"].Value, m.Groups["m"].Value, "1", out var date))
            {
                found.Add((m.Index, new FoundDate(date, true, IsExpiry(text, m))));
            }
        }
        return found.OrderBy(f => f.At).Select(f => f.Date).ToList();
    }

    private static bool IsExpiry(string text, Match m)
    {
        var after = text[(m.Index + m.Length)..].TrimStart();
        var before = text[..m.Index].TrimEnd();
        return after.StartsWith("到期", StringComparison.Ordinal) || after.StartsWith("过期", StringComparison.Ordinal) || before.EndsWith("有效期至", StringComparison.Ordinal) || before.EndsWith("至", StringComparison.Ordinal) || before.EndsWith("到", StringComparison.Ordinal);
    }

    private static bool TryDate(string y, string m, string d, out DateOnly date)
    {
        date = default;
        var year = int.Parse(y, CultureInfo.InvariantCulture);
        var month = int.Parse(m, CultureInfo.InvariantCulture);
        var day = int.Parse(d, CultureInfo.InvariantCulture);
        if (year is < 1980 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static string RemoveDates(string text) => MonthDate().Replace(FullDate().Replace(text, " "), " ");

    private static List<string> Items(string text) =>
        ItemSeparator().Split(text).Select(Clean).Where(i => i.Length > 0 && i is not "等" and not "和").Select(i => i.TrimEnd('等')).Where(i => i.Length > 0).Distinct().ToList();

    private static string Clean(string text) => WhiteSpace().Replace(text, " ").Trim(' ', '，', ',', '；', ';', '。', '：', ':', '、');

    [GeneratedRegex(@"(?<y>\d{4})\s*(?:年|-|/|\.)\s*(?<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?<d>\d{1,2})\s*日?")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<y>\d{4})\s*(?:年|-|/|\.)\s*(?<m>\d{1,2})(?:\s*月|(?![\d\-/.]))")]
    private static partial Regex MonthDate();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9A-Za-z]{12,30}(?![0-9A-Za-z])")]
    private static partial Regex PermitNumber();

    [GeneratedRegex(@"(重点|简化|登记)(?:管理)?")]
    private static partial Regex PermitClass();

    // 舟定环建审〔2019〕12号, 舟环建审[2020]5号.
    [GeneratedRegex(@"[\u4e00-\u9fa5A-Za-z]*[〔\[［(（]\d{4}[〕\]］)）]\s*\d+\s*号")]
    private static partial Regex ApprovalNumber();

    // 备案编号 330902-2024-012-L.
    [GeneratedRegex(@"\d{6}-\d{4}-\d{2,4}-[A-Za-z]{1,2}")]
    private static partial Regex FilingNumber();

    [GeneratedRegex(@"HW\d{2}|\d{3}-\d{3}-\d{2}", RegexOptions.IgnoreCase)]
    private static partial Regex WasteCode();

    [GeneratedRegex(@"1[3-9]\d{9}|0\d{2,3}-?\d{7,8}")]
    private static partial Regex Phone();

    [GeneratedRegex(@"[、，,；;/]+")]
    private static partial Regex ItemSeparator();

    [GeneratedRegex(@"^(?:查看|看看|看一下)?\s*([^\s，,。：:？?]{1,30}?)\s*的?\s*档案$")]
    private static partial Regex ViewRequest();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
