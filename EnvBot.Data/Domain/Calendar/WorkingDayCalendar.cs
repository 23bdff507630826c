using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace EnvBot.Data.Domain.Calendar;

/// <summary>
/// Mainland China's working days: Monday to Friday, except the public holidays the State Council's yearly notice
/// gives off (放假), plus the weekend days it makes working days (调休上班). Data: Seed/Calendar/*.json, one file a
/// year (NateScarlet/holiday-cn format). A year without a published notice is counted as plain Monday–Friday weeks,
/// and <see cref="CoverageWarning(int)"/> says so in Chinese, so nothing is presented as certain that isn't.
/// </summary>
/// <remarks>
/// Counting rule used by every method: the start date itself is never counted. <see cref="AddWorkingDays"/> returns
/// the n-th working day after the start ("within 5 working days" of Friday 2026-09-18 is due 2026-09-24);
/// <see cref="WorkingDaysBetween"/> counts working days d with start &lt; d ≤ end, so
/// WorkingDaysBetween(s, AddWorkingDays(s, n)) == n for every n ≥ 0.
/// </remarks>
public sealed class WorkingDayCalendar
{
    // 《全国年节及纪念日放假办法》 art. 2: the seven festivals every yearly notice arranges.
    internal static readonly string[] StatutoryHolidays = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

    private const string ResourcePrefix = "EnvBot.Data.Seed.Calendar.";

    private static readonly Lazy<WorkingDayCalendar> LazyChina = new(LoadEmbedded);

    private readonly FrozenDictionary<DateOnly, (bool IsOffDay, string Name)> _days;
    private readonly FrozenDictionary<int, YearData> _years;

    private WorkingDayCalendar(Dictionary<DateOnly, (bool, string)> days, Dictionary<int, YearData> years)
    {
        _days = days.ToFrozenDictionary();
        _years = years.ToFrozenDictionary();
    }

    /// <summary>The calendar built from the data embedded in EnvBot.Data (loaded once, immutable, thread-safe).</summary>
    public static WorkingDayCalendar China => LazyChina.Value;

    /// <summary>Builds a calendar from year documents in the holiday-cn format ({ year, papers, days: [{ name, date, isOffDay }] }).</summary>
    /// <exception cref="InvalidDataException">A document is malformed, or two documents disagree about a date.</exception>
    public static WorkingDayCalendar FromJson(IEnumerable<string> yearDocuments)
    {
        var days = new Dictionary<DateOnly, (bool, string)>();
        var years = new Dictionary<int, YearData>();
        foreach (var json in yearDocuments)
        {
            var year = YearData.Parse(json);
            if (!years.TryAdd(year.Year, year))
            {
                throw new InvalidDataException($"Holiday data for {year.Year} is given twice.");
            }
            foreach (var (date, isOffDay, name) in year.Days)
            {
                if (days.TryGetValue(date, out var existing) && existing.Item1 != isOffDay)
                {
                    throw new InvalidDataException($"Holiday data disagree about {date:yyyy-MM-dd}.");
                }
                days[date] = (isOffDay, name);
            }
        }
        return new WorkingDayCalendar(days, years);
    }

    private static WorkingDayCalendar LoadEmbedded()
    {
        var assembly = typeof(WorkingDayCalendar).Assembly;
        var documents = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidDataException($"Embedded resource {name} cannot be opened.");
            using var reader = new StreamReader(stream);
            documents.Add(reader.ReadToEnd());
        }
        return FromJson(documents);
    }

    /// <summary>
    /// A listed day follows the notice (off, or a make-up working day); any other day is a working day from Monday to
    /// Friday. Years without data therefore count as plain weeks (see <see cref="CoverageWarning(int)"/>).
    /// </summary>
    public bool IsWorkingDay(DateOnly date) =>
        _days.TryGetValue(date, out var listed)
            ? !listed.IsOffDay
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The holiday a listed day belongs to (e.g. "春节" for a day off or a make-up working day), else null.</summary>
    public string? HolidayName(DateOnly date) => _days.TryGetValue(date, out var listed) ? listed.Name : null;

    /// <summary>True for a make-up working day (调休上班): a Saturday or Sunday the notice makes a working day.</summary>
    public bool IsMakeUpWorkingDay(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && _days.TryGetValue(date, out var listed) && !listed.IsOffDay;

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary><paramref name="date"/> itself if it is a working day, otherwise the next one (a deadline that falls on a holiday moves to it).</summary>
    public DateOnly ThisOrNextWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>
    /// The n-th working day after <paramref name="start"/> (the start is not counted, whether or not it is a working
    /// day); for negative n, the |n|-th working day before it; for 0, the start itself.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        var step = n >= 0 ? 1 : -1;
        var remaining = Math.Abs(n);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }
        return date;
    }

    /// <summary>
    /// Working days d with start &lt; d ≤ end (0 when end = start); negative, counted the same way, when end is
    /// before start.
    /// </summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            return -WorkingDaysBetween(end, start);
        }
        var count = 0;
        for (var date = start.AddDays(1); date <= end; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>True only when the year's whole arrangement is loaded (<see cref="CalendarCoverage.Complete"/>).</summary>
    public bool HasDataFor(int year) => CoverageOf(year) == CalendarCoverage.Complete;

    public CalendarCoverage CoverageOf(int year)
    {
        if (!_years.TryGetValue(year, out var data) || data.Days.Count == 0)
        {
            return CalendarCoverage.Missing;
        }
        return data.Papers.Count > 0 && MissingHolidays(data).Count == 0 ? CalendarCoverage.Complete : CalendarCoverage.Partial;
    }

    /// <summary>The State Council notices a year's data comes from (links to gov.cn), empty when none is loaded.</summary>
    public IReadOnlyList<string> SourcesFor(int year) => _years.TryGetValue(year, out var data) ? data.Papers : [];

    /// <summary>A Chinese note to show with any date computed in <paramref name="year"/> when its data is missing or partial; null when complete.</summary>
    public string? CoverageWarning(int year) => CoverageOf(year) switch
    {
        CalendarCoverage.Complete => null,
        CalendarCoverage.Partial => CalendarMessages.YearPartial(year, MissingHolidays(_years[year])),
        _ => CalendarMessages.YearMissing(year),
    };

    /// <summary>
    /// The notes for every year a computation from <paramref name="from"/> to <paramref name="to"/> relies on, one per
    /// line; null when all are complete. A range reaching into the last week of December also relies on the next
    /// year's notice, which can move days at the end of the year before (2019's notice moved 2018-12-29 to 12-31).
    /// </summary>
    public string? CoverageWarning(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }
        var lastYear = to >= new DateOnly(to.Year, 12, 25) ? to.Year + 1 : to.Year;
        var warnings = Enumerable.Range(from.Year, lastYear - from.Year + 1)
            .Select(CoverageWarning)
            .OfType<string>()
            .ToList();
        return warnings.Count == 0 ? null : string.Join("\n", warnings);
    }

    private static List<string> MissingHolidays(YearData data) =>
        StatutoryHolidays.Where(h => !data.Days.Any(d => d.Name.Contains(h, StringComparison.Ordinal))).ToList();

    private sealed record YearData(int Year, IReadOnlyList<string> Papers, IReadOnlyList<(DateOnly Date, bool IsOffDay, string Name)> Days)
    {
        public static YearData Parse(string json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                var root = document.RootElement;
                var year = root.GetProperty("year").GetInt32();
                var papers = root.TryGetProperty("papers", out var p)
                    ? p.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList()
                    : [];
                var days = root.GetProperty("days").EnumerateArray()
                    .Select(e => (
                        DateOnly.ParseExact(e.GetProperty("date").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture),
                        e.GetProperty("isOffDay").GetBoolean(),
                        e.GetProperty("name").GetString() ?? ""))
                    .ToList();
                return new YearData(year, papers, days);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException("Holiday data is not in the expected format (year, papers, days[name, date, isOffDay]).", e);
            }
        }
    }
}
