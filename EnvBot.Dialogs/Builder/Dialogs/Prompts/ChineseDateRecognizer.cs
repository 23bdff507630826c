using System.Globalization;
using System.Text.RegularExpressions;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>
/// Reads a calendar date the way people type it in Chinese, relative to <c>today</c> (Beijing time, supplied by the
/// caller). Pure: no clock, no time zone.
/// <list type="bullet">
/// <item>今天/今日, 明天/明日, 后天, 大后天, 昨天/昨日, 前天, 大前天.</item>
/// <item>Weeks run Monday–Sunday (the Chinese convention). 本周五/这周五 = the Friday of the current week, even if it has
/// passed; 下周三 = Wednesday of next week; 下下周三 = the week after; 上周三 = last week; a bare 周三/星期三/礼拜三 = the
/// next Wednesday, today included. 周日/周天/星期日/星期天 = Sunday (the last day of the week).</item>
/// <item>With a year: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 二〇二六年三月五日.</item>
/// <item>Month and day: 3月5日, 3月5号, 3月5, 三月五日, 3.5, 3/5, 12/10 (always month first, as written in China).
/// Without a year the date is the nearest one to today among last year, this year and next year — so it is never
/// more than about six months away; on an exact tie the future date wins. (On 2026-11-25, "3月5日" is 2027-03-05 and
/// "10月1日" is 2026-10-01.)</item>
/// </list>
/// Dates inside a short sentence are found too ("下周三上午", "我想约3月5号"), except the bare numeric month.day forms
/// (3.5, 12/10), which must be the whole answer so amounts like "3.5吨" are not taken for dates.
/// </summary>
public static partial class ChineseDateRecognizer
{
    private const string N = "[0-9零〇○一二两三四五六七八九十]";

    public static bool TryRecognize(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        var input = TextNormalizer.Normalize(text);
        if (input.Length == 0)
        {
            return false;
        }

        var m = FullDate().Match(input);
        if (m.Success)
        {
            return TryNumber(m.Groups["y"].Value, out var y) & TryNumber(m.Groups["m"].Value, out var mo) & TryNumber(m.Groups["d"].Value, out var d)
                && TryCreate(y, mo, d, out date);
        }

        m = MonthDayWithMarker().Match(input);
        if (!m.Success)
        {
            m = NumericMonthDay().Match(input);
        }
        if (m.Success)
        {
            return TryNumber(m.Groups["m"].Value, out var mo) & TryNumber(m.Groups["d"].Value, out var d)
                && TryNearest(today, mo, d, out date);
        }

        m = Weekday().Match(input);
        if (m.Success)
        {
            return TryWeekday(today, m.Groups["rel"].Value, m.Groups["d"].Value, out date);
        }

        m = Relative().Match(input);
        if (m.Success)
        {
            var offset = m.Value switch
            {
                "今天" or "今日" => 0,
                "明天" or "明日" => 1,
                "后天" => 2,
                "大后天" => 3,
                "昨天" or "昨日" => -1,
                "前天" => -2,
                "大前天" => -3,
                _ => (int?)null,
            };
            if (offset is { } days)
            {
                date = today.AddDays(days);
                return true;
            }
        }
        return false;
    }

    private static bool TryWeekday(DateOnly today, string relative, string day, out DateOnly date)
    {
        date = default;
        var target = day switch
        {
            "一" or "1" => 1,
            "二" or "2" => 2,
            "三" or "3" => 3,
            "四" or "4" => 4,
            "五" or "5" => 5,
            "六" or "6" => 6,
            "日" or "天" or "七" or "7" => 7,
            _ => 0,
        };
        if (target == 0)
        {
            return false;
        }
        var todayIso = IsoDay(today);
        var monday = today.AddDays(1 - todayIso);
        int? weekOffset = relative switch
        {
            "" => null,
            "本" or "这" or "这个" => 0,
            "下" or "下个" => 1,
            "下下" or "下下个" => 2,
            "上" or "上个" => -1,
            _ => null,
        };
        date = weekOffset is { } weeks
            ? monday.AddDays((7 * weeks) + target - 1)
            : today.AddDays((target - todayIso + 7) % 7);
        return true;
    }

    private static int IsoDay(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    private static bool TryNearest(DateOnly today, int month, int day, out DateOnly date)
    {
        date = default;
        var found = false;
        var best = int.MaxValue;
        foreach (var year in new[] { today.Year + 1, today.Year, today.Year - 1 })
        {
            if (!TryCreate(year, month, day, out var candidate))
            {
                continue;
            }
            var distance = Math.Abs(candidate.DayNumber - today.DayNumber);
            // Years are tried latest first, so on a tie the future date is kept.
            if (distance < best)
            {
                best = distance;
                date = candidate;
                found = true;
            }
        }
        return found;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryNumber(string text, out int value)
    {
        value = 0;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }
        if (ChineseNumber.TryParse(text, out var parsed) && parsed <= int.MaxValue)
        {
            value = (int)parsed;
            return true;
        }
        return false;
    }

    [GeneratedRegex($@"(?<y>\d{{4}}|{N}{{4}})(?:年|[-/.])(?<m>{N}{{1,3}})(?:月|[-/.])(?<d>{N}{{1,4}})(?:日|号)?")]
    private static partial Regex FullDate();

    [GeneratedRegex($@"(?<m>{N}{{1,3}})月(?<d>{N}{{1,4}})(?:日|号)?")]
    private static partial Regex MonthDayWithMarker();

    [GeneratedRegex(@"^(?<m>\d{1,2})[./](?<d>\d{1,2})$")]
    private static partial Regex NumericMonthDay();

    [GeneratedRegex("(?<rel>下下个?|下个?|上个?|本|这个?)?(?:周|星期|礼拜)(?<d>[一二三四五六日天七1-7])")]
    private static partial Regex Weekday();

    [GeneratedRegex("大后天|大前天|今天|今日|明天|明日|后天|昨天|昨日|前天")]
    private static partial Regex Relative();
}
