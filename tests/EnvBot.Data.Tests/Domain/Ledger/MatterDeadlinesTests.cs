using System.Globalization;
using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Ledger;

namespace EnvBot.Data.Tests.Domain.Ledger;

/// <summary>2026 National Day: 1–7 Oct off, Sat 10 Oct a make-up working day (Seed/Calendar/2026.json).</summary>
public sealed class MatterDeadlinesTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Fact]
    public void DueDate_FiveWorkingDaysAcrossNationalDay_CountsTheMakeUpSaturday()
    {
        // 30 Sep, 8 Oct, 9 Oct, Sat 10 Oct (调休上班), Mon 12 Oct.
        Assert.Equal(D("2026-10-12"), MatterDeadlines.DueDate(China, D("2026-09-29"), 5));
    }

    [Theory]
    [InlineData("2026-10-09", null)]
    [InlineData("2026-10-10", ReminderKind.DueSoon)]
    [InlineData("2026-10-11", null)]
    [InlineData("2026-10-12", null)]
    [InlineData("2026-10-13", ReminderKind.Overdue)]
    [InlineData("2026-10-17", null)]
    [InlineData("2026-10-19", ReminderKind.Overdue)]
    public void ReminderOn_DueMonday12October_RemindsOnTheMakeUpSaturdayAndChasesOnWorkingDaysAfter(string today, ReminderKind? expected)
    {
        Assert.Equal(expected, MatterDeadlines.ReminderOn(China, D("2026-10-12"), D(today)));
    }
}
