namespace EnvBot.Data.Domain.Calendar;

/// <summary>What the bot says about the limits of its holiday data (STYLE.md: user-facing Chinese text per feature).</summary>
public static class CalendarMessages
{
    /// <summary>Seed/Calendar/README.md: until a year's notice is published the project says so rather than guess.</summary>
    public static string YearMissing(int year) =>
        $"{year}年的法定节假日和调休安排尚未收录（国务院办公厅通常在上一年11月至12月发布放假通知），" +
        $"{year}年的工作日暂按周一至周五计算，遇节假日和调休可能有出入，请以国务院办公厅通知为准。";

    /// <param name="missingHolidays">Statutory holidays without any listed day; empty when only the source notice is missing.</param>
    public static string YearPartial(int year, IReadOnlyCollection<string> missingHolidays) =>
        $"{year}年的节假日数据不完整（" +
        (missingHolidays.Count > 0 ? $"缺少{string.Join("、", missingHolidays)}的安排" : "未注明所依据的国务院办公厅通知") +
        "），未收录的日期暂按周一至周五计算，请以国务院办公厅通知为准。";
}
