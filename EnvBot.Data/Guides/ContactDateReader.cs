using System.Text.RegularExpressions;
using EnvBot.Data.Domain.Calendar;

namespace EnvBot.Data.Guides;

/// <summary>A date a message states, where it says it, and whether it was relative (今天) or a calendar date (3月5日).</summary>
/// <remarks>
/// <see cref="Doubtful"/>: a bare day of the month later than today, read as last month's although that is weeks ago
/// ("3号去现场" written on 2 September is 3 August — or a slip for 2号): worth asking, not guessing.
/// </remarks>
public sealed record DateMention(DateOnly Date, int Start, int Length, bool Doubtful = false);

/// <summary>
/// Reads the dates a guide writes (今天/昨天/前天/上周三/周三/3月5日/3.5/5号) against the day the message was sent on
/// the bureau's calendar (Asia/Shanghai): "上周三" is the Wednesday of the week before the one <c>today</c> is in (weeks
/// run Monday to Sunday, BureauWeek), a bare "周三" is the latest Wednesday not after today, and a month and day with no
/// year is this year's unless that is more than two months ahead (then last year's: "12.28" written on 3 January).
/// </summary>
public static partial class ContactDateReader
{
    // "今上午去的", "王能 今xc …" (今现场 once the initials are read): a bare 今 before how or when is today (blind set 63).
    // "昨儿下午", "前晚…打电话过来": spoken forms (blind set 86).
    [GeneratedRegex(@"大前天|前天|前晚|前儿个?|昨天|昨日|昨晚|昨儿个?|昨个|今天|今日|今早|今晨|今晚|今儿个?|今(?=\s*(电话|现场|微信|视频|[qQ]{2}|上午|下午|中午))|刚才|刚刚|明天|后天")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"(上上|上个?|这个?|本|下个?)?(?:周|星期|礼拜)([一二三四五六日天1-7])")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<![\d.])(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<!\d)(20\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})(?!\d)[日号]?")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<![\d.\-/])(\d{1,2})[./\-](\d{1,2})(?![\d.]|\s*(?:吨|倍|米|%|％|万|元|个|公斤|kg|mg|立方|平方|方(?!式|面|案|法|向)|小时|天|度|分))")]
    private static partial Regex NumericMonthDay();

    // What follows a weekday that makes it a plan: a deadline (前/之前), or someone going to do something (再去, 我去复查,
    // 要/会/准备…) with nothing saying it was done (了/过).
    [GeneratedRegex(@"^\s*(之前|以前|前|[^了过]{0,8}(再|要|会|将|准备|打算|计划|安排|复查|复核|回访)[^了过]*$)")]
    private static partial Regex PlanAfter();

    [GeneratedRegex(@"(约了?|约好|约定|定在|安排在)$")]
    private static partial Regex PlanBefore();

    [GeneratedRegex(@"[，,。；;！!？?\s]")]
    private static partial Regex ClauseEnd();

    // "5日内修复": a span of days, not the 5th.
    // "二号坞", "3号炉", "1号线", "3号监测井" (blind set 70), "3号地下水监测井", "1号码头" (blind set 75): a number before a works part is its name, not a day (blind set 37).
    [GeneratedRegex(@"(?<![\d月.])(\d{1,2}|[一二三四五六七八九十]{1,3})[号日](?![期常内坞线池炉机罐库仓门楼泵塔井窑车间排口监泊槽柜桶锅储堆码]|船台|风机|地下水|厂房)")]
    private static partial Regex DayOfMonth();

    // "本月3号", "这个月3日", "上个月28号": the day-of-month pattern refuses a number right after 月 (that is "3月5日"),
    // so a month named relatively is read here.
    [GeneratedRegex(@"(本|这个?|上个?)月(\d{1,2}|[一二三四五六七八九十]{1,3})[号日](?![期常内])")]
    private static partial Regex RelativeMonthDay();

    // "上个月底去益民看了下": the last day of last month, when the guide went or called then (blind set 40); "上个月底已经
    // 截止了" is when something else happened, and "月底前" a deadline.
    [GeneratedRegex(@"上个?月(底|末)(?=[^，,。；;\s]{0,6}?(去|到|来|打|电话|微信|视频|[qQ]{2}|上门|走访|现场|看|联系|问))")]
    private static partial Regex LastMonthEnd();

    // "放假前一天": the last working day before the latest holiday that has begun (the China calendar, DOMAIN.md §2);
    // "国庆前最后一天": before the latest National Day holiday (blind set 76).
    [GeneratedRegex(@"(?<name>国庆|中秋|春节|过年|五一|劳动节|元旦|端午|清明)?(节)?(放假|节假日|假期|过节|节|(?<=国庆|中秋|春节|过年|五一|劳动节|元旦|端午|清明))前的?(一天|最后一天|最后一个工作日)")]
    private static partial Regex BeforeHoliday();

    // "国庆回来第一天", "节后第一天": the first working day after the latest holiday that has ended (blind set 86).
    [GeneratedRegex(@"((?<name>国庆|中秋|春节|过年|五一|劳动节|元旦|端午|清明)(节)?|节)(假期)?(回来|过后|后|结束后|收假|收假后|上班)(的)?第一天")]
    private static partial Regex AfterHoliday();

    // "上个月底那个周五", "这个月初的周一": that weekday at the month's end or start (blind set 86).
    [GeneratedRegex(@"(?<month>上个?|本|这个?)月(?<end>底|末|初)(那个|的)?(?:周|星期|礼拜)(?<day>[一二三四五六日天])")]
    private static partial Regex WeekdayAtMonthEdge();

    // "11月4号（周三）", "11月16日周一": the weekday of the date just told, when it agrees, is the same day.
    [GeneratedRegex(@"\G\s*[（(]?\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[）)]?")]
    private static partial Regex WeekdayAfter();

    // "10号咨询日的前一天": the day before (or after) the day named (blind set 86).
    [GeneratedRegex(@"\G[\u4e00-\u9fa5]{0,4}?的?(?<dir>前一天|头一天|后一天|第二天)")]
    private static partial Regex DayBeside();

    /// <summary>How far back a bare "N号" may reach into last month before it is asked about rather than taken.</summary>
    private const int DoubtfulAfterDays = 14;

    public static IReadOnlyList<DateMention> Read(string text, DateOnly today, WorkingDayCalendar? calendar = null)
    {
        var found = new List<DateMention>();
        foreach (Match m in BeforeHoliday().Matches(text))
        {
            if (DayBeforeLatestHoliday(today, calendar ?? WorkingDayCalendar.China, HolidayCalled(m.Groups["name"].Value)) is { } date)
            {
                found.Add(new DateMention(date, m.Index, m.Length));
            }
        }
        foreach (Match m in AfterHoliday().Matches(text))
        {
            if (FirstDayAfterLatestHoliday(today, calendar ?? WorkingDayCalendar.China, HolidayCalled(m.Groups["name"].Value)) is { } date)
            {
                found.Add(new DateMention(date, m.Index, m.Length));
            }
        }
        foreach (Match m in WeekdayAtMonthEdge().Matches(text))
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(m.Groups["month"].Value.StartsWith('上') ? -1 : 0);
            var weekday = WeekdayNumbered(m.Groups["day"].Value);
            var date = m.Groups["end"].Value == "初"
                ? Enumerable.Range(0, 7).Select(month.AddDays).First(d => MondayBased(d) == weekday)
                : Enumerable.Range(0, 7).Select(i => month.AddMonths(1).AddDays(-1 - i)).First(d => MondayBased(d) == weekday);
            found.Add(new DateMention(date, m.Index, m.Length));
        }
        foreach (Match m in LastMonthEnd().Matches(text))
        {
            if (!Overlaps(found, m))
            {
                found.Add(new DateMention(new DateOnly(today.Year, today.Month, 1).AddDays(-1), m.Index, m.Length));
            }
        }
        foreach (Match m in RelativeDay().Matches(text))
        {
            var offset = m.Value switch
            {
                "大前天" => -3,
                "前天" or "前晚" or "前儿" or "前儿个" => -2,
                "昨天" or "昨日" or "昨晚" or "昨儿" or "昨儿个" or "昨个" => -1,
                "明天" => 1,
                "后天" => 2,
                _ => 0,
            };
            found.Add(new DateMention(today.AddDays(offset), m.Index, m.Length));
        }
        var (monday, _) = Domain.Calendar.BureauWeek.WeekOf(today);
        foreach (Match m in Weekday().Matches(text))
        {
            if (Overlaps(found, m))
            {
                continue;
            }
            var day = WeekdayNumbered(m.Groups[2].Value);
            var date = m.Groups[1].Value switch
            {
                "上上" => monday.AddDays(day - 14),
                "上" or "上个" => monday.AddDays(day - 7),
                "下" or "下个" => monday.AddDays(day + 7),
                "这" or "这个" or "本" => monday.AddDays(day),
                // "周五我去现场复查", "周五前整改完" said on a Tuesday: a plan for this week's Friday, not last week's.
                // "跟土壤处约了周三一起过去看" said on a Monday: the coming Wednesday (blind set 87).
                _ when monday.AddDays(day) > today && (PlanAfter().IsMatch(ClauseFrom(text, m.Index + m.Length)) || PlanBefore().IsMatch(text.AsSpan(0, m.Index))) => monday.AddDays(day),
                _ => monday.AddDays(day) <= today ? monday.AddDays(day) : monday.AddDays(day - 7),
            };
            found.Add(new DateMention(date, m.Index, m.Length));
        }
        foreach (Match m in RelativeMonthDay().Matches(text))
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(m.Groups[1].Value.StartsWith('上') ? -1 : 0);
            var day = Number(m.Groups[2].Value);
            if (day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month) && !Overlaps(found, m))
            {
                found.Add(new DateMention(new DateOnly(month.Year, month.Month, day), m.Index, m.Length));
            }
        }
        foreach (Match m in FullDate().Matches(text))
        {
            // "2026-12-02", "2026.5.19": the year written out is the year (blind set 46).
            var (year, month, day) = (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                found.Add(new DateMention(new DateOnly(year, month, day), m.Index, m.Length));
            }
        }
        foreach (Match m in MonthDay().Matches(text))
        {
            if (Overlaps(found, m))
            {
                continue;
            }
            AddMonthDay(found, today, Number(m.Groups[1].Value), Number(m.Groups[2].Value), m);
        }
        foreach (Match m in NumericMonthDay().Matches(text))
        {
            if (!Overlaps(found, m))
            {
                AddMonthDay(found, today, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m);
            }
        }
        foreach (Match m in DayOfMonth().Matches(text))
        {
            var day = Number(m.Groups[1].Value);
            if (Overlaps(found, m) || day is < 1 or > 31)
            {
                continue;
            }
            var month = new DateOnly(today.Year, today.Month, 1);
            if (day > today.Day)
            {
                month = month.AddMonths(-1);
            }
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var date = new DateOnly(month.Year, month.Month, day);
                found.Add(new DateMention(date, m.Index, m.Length, Doubtful: day > today.Day && date < today.AddDays(-DoubtfulAfterDays)));
            }
        }
        return Beside(SameDayNamedTwice(found.OrderBy(d => d.Start).ToList(), text), text);
    }

    /// <summary>Monday 0 … Sunday 6.</summary>
    private static int WeekdayNumbered(string day) => day switch
    {
        "一" or "1" => 0, "二" or "2" => 1, "三" or "3" => 2, "四" or "4" => 3, "五" or "5" => 4, "六" or "6" => 5, _ => 6,
    };

    /// <summary>The date's weekday as <see cref="WeekdayNumbered"/> counts it (Chinese weeks start on Monday).</summary>
    private static int MondayBased(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    /// <summary>"11月4号（周三）": a weekday right after a date it agrees with names that date, not another week's day.</summary>
    private static List<DateMention> SameDayNamedTwice(List<DateMention> found, string text)
    {
        for (var i = 1; i < found.Count; i++)
        {
            var (before, weekday) = (found[i - 1], found[i]);
            var between = text.AsSpan(before.Start + before.Length, weekday.Start - before.Start - before.Length);
            if (between.Trim(" （(").Length == 0 && WeekdayAfter().Match(text, before.Start + before.Length) is { Success: true } w
                && w.Index + w.Length >= weekday.Start + weekday.Length
                && WeekdayNumbered(text[(weekday.Start + weekday.Length - 1)..(weekday.Start + weekday.Length)]) == MondayBased(before.Date))
            {
                found[i] = weekday with { Date = before.Date };
            }
        }
        return found;
    }

    /// <summary>"10号咨询日的前一天": the day named, moved by one.</summary>
    private static List<DateMention> Beside(List<DateMention> found, string text) =>
        found.Select(d => DayBeside().Match(text, d.Start + d.Length) is { Success: true } m && m.Index == d.Start + d.Length
            ? d with { Date = d.Date.AddDays(m.Groups["dir"].Value is "前一天" or "头一天" ? -1 : 1), Length = d.Length + m.Length }
            : d).ToList();

    /// <summary>
    /// The working day before the first day off of the latest statutory holiday that has begun by <paramref name="today"/>
    /// (May Day 2026 is off 1–5 May: 30 April); null when no holiday is listed in the last year.
    /// </summary>
    /// <summary>The calendar's name of the holiday people call so ("过年" is 春节, "五一" 劳动节), or null for any holiday.</summary>
    private static string? HolidayCalled(string spoken) => spoken switch
    {
        "" => null,
        "过年" => "春节",
        "五一" => "劳动节",
        _ => spoken,
    };

    private static DateOnly? DayBeforeLatestHoliday(DateOnly today, WorkingDayCalendar calendar, string? name)
    {
        for (var day = today; day > today.AddYears(-1); day = day.AddDays(-1))
        {
            if (calendar.HolidayName(day) is { } holiday && !calendar.IsWorkingDay(day) && (name is null || holiday.Contains(name, StringComparison.Ordinal)))
            {
                var first = day;
                while (!calendar.IsWorkingDay(first.AddDays(-1)))
                {
                    first = first.AddDays(-1);
                }
                return calendar.AddWorkingDays(first, -1);
            }
        }
        return null;
    }

    /// <summary>The first working day after the last day off of the latest statutory holiday that has ended by <paramref name="today"/>.</summary>
    private static DateOnly? FirstDayAfterLatestHoliday(DateOnly today, WorkingDayCalendar calendar, string? name)
    {
        for (var day = today.AddDays(-1); day > today.AddYears(-1); day = day.AddDays(-1))
        {
            if (calendar.HolidayName(day) is { } holiday && !calendar.IsWorkingDay(day) && (name is null || holiday.Contains(name, StringComparison.Ordinal)))
            {
                var next = calendar.AddWorkingDays(day, 1);
                return next <= today ? next : null;
            }
        }
        return null;
    }

    private static void AddMonthDay(List<DateMention> found, DateOnly today, int month, int day, Match m)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(today.Year, month) && !(month == 2 && day == 29))
        {
            return;
        }
        var year = today.Year;
        if (new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))) > today.AddMonths(2))
        {
            year--;
        }
        if (day <= DateTime.DaysInMonth(year, month))
        {
            found.Add(new DateMention(new DateOnly(year, month, day), m.Index, m.Length));
        }
    }

    private static string ClauseFrom(string text, int start)
    {
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var end = ClauseEnd().Match(text, start);
        return text[start..(end.Success && end.Index > start ? end.Index : text.Length)];
    }

    private static bool Overlaps(List<DateMention> found, Match m) =>
        found.Any(f => m.Index < f.Start + f.Length && f.Start < m.Index + m.Length);

    /// <summary>1–31 written in digits or Chinese (五, 十二, 二十三, 三十一).</summary>
    private static int Number(string s)
    {
        if (int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        const string Digits = "零一二三四五六七八九";
        var ten = s.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return s.Length == 1 ? Digits.IndexOf(s[0], StringComparison.Ordinal) : -1;
        }
        var tens = ten == 0 ? 1 : Digits.IndexOf(s[0], StringComparison.Ordinal);
        var ones = ten == s.Length - 1 ? 0 : Digits.IndexOf(s[^1], StringComparison.Ordinal);
        return tens * 10 + ones;
    }
}
