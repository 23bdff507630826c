using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Notices;
using EnvBot.Data.Domain.Outbox;

namespace EnvBot.Data.Tests.Domain.Notices;

/// <summary>Issue 10: quiet hours, the acknowledgement clock across holidays, and the outbox's rate-limit rules.</summary>
public sealed class NoticeRulesTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly NoticeOptions Options = new();
    private static WorkingDayCalendar Calendar => WorkingDayCalendar.China;

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Beijing);

    [Theory]
    [InlineData(20, 59, false)]
    [InlineData(21, 0, true)]
    [InlineData(23, 30, true)]
    [InlineData(0, 0, true)]
    [InlineData(7, 59, true)]
    [InlineData(8, 0, false)]
    [InlineData(12, 0, false)]
    public void QuietHours_Default21To8_WrapsMidnight(int hour, int minute, bool quiet) =>
        Assert.Equal(quiet, QuietHours.Default.IsQuiet(At(12, 1, hour, minute)));

    [Fact]
    public void QuietHours_EveningAndEarlyMorning_WaitUntil8OfTheNextMorning()
    {
        Assert.Equal(At(12, 2, 8), QuietHours.Default.SendableAt(At(12, 1, 21, 30)));
        Assert.Equal(At(12, 2, 8), QuietHours.Default.SendableAt(At(12, 2, 6, 15)));
        Assert.Equal(At(12, 2, 10), QuietHours.Default.SendableAt(At(12, 2, 10)));
        // The same instant written in UTC: 13:30Z is 21:30 in Shanghai.
        Assert.Equal(At(12, 2, 8), QuietHours.Default.SendableAt(new DateTimeOffset(2026, 12, 1, 13, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void QuietHours_EqualEnds_NeverQuiet() =>
        Assert.False(new QuietHours(new TimeOnly(8, 0), new TimeOnly(8, 0)).IsQuiet(At(12, 1, 23)));

    [Fact]
    public void AcknowledgementDue_OneWorkingDay_SameTimeNextWorkingDay() =>
        Assert.Equal(At(12, 3, 10), NoticeRules.AcknowledgementDue(At(12, 2, 10), Options, Calendar));

    [Fact]
    public void AcknowledgementDue_BeforeNationalDay_SkipsTheWholeBreak() =>
        // 2026: 1–7 October off; told Wednesday 30 September, the enterprise has until Thursday 8 October.
        Assert.Equal(At(10, 8, 10), NoticeRules.AcknowledgementDue(At(9, 30, 10), Options, Calendar));

    [Fact]
    public void AcknowledgementDue_ToldOnADayOff_ClockStartsAtTheNextWorkingDaysStart() =>
        // Saturday 19 September; Sunday 20 September 2026 is a make-up working day, so the clock starts then at 08:30.
        Assert.Equal(At(9, 21, 8, 30), NoticeRules.AcknowledgementDue(At(9, 19, 10), Options, Calendar));

    [Fact]
    public void Reminder_ThenCall_EachOnceAfterItsTime()
    {
        var d = new NoticeDelivery { EnterpriseName = "舟山旺能环保能源有限公司", SentAt = At(9, 30, 10) };
        Assert.False(NoticeRules.ReminderDue(d, At(10, 8, 9, 59), Options, Calendar));
        Assert.True(NoticeRules.ReminderDue(d, At(10, 8, 10), Options, Calendar));
        Assert.False(NoticeRules.CallDue(d, At(10, 20, 10), Options, Calendar));

        d.RemindedAt = At(10, 8, 10);
        Assert.False(NoticeRules.ReminderDue(d, At(10, 20, 10), Options, Calendar));
        Assert.False(NoticeRules.CallDue(d, At(10, 9, 9), Options, Calendar));
        Assert.True(NoticeRules.CallDue(d, At(10, 9, 10), Options, Calendar));

        d.AcknowledgedAt = At(10, 9, 9, 30);
        Assert.False(NoticeRules.CallDue(d, At(10, 9, 10), Options, Calendar));
    }

    [Fact]
    public void Reminder_NotYetSent_NotDue() =>
        Assert.False(NoticeRules.ReminderDue(new NoticeDelivery { EnterpriseName = "x", QueuedAt = At(9, 1, 10) }, At(12, 1, 10), Options, Calendar));

    [Fact]
    public void ConversationPacer_SevenPerSecond_EighthWaitsForTheNextSecond_OtherConversationsDoNot()
    {
        var pacer = new ConversationPacer(7);
        var waits = Enumerable.Range(0, 8).Select(_ => pacer.Reserve("a", TimeSpan.Zero)).ToList();
        Assert.Equal(TimeSpan.Zero, waits[0]);
        Assert.True(waits[7] >= TimeSpan.FromSeconds(0.99), waits[7].ToString());
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("b", TimeSpan.Zero));
        // Time has passed: the conversation is free again.
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("a", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void OutboxBackoff_RetryAfterLongerThanTheCap_IsHonouredInFull()
    {
        Assert.Equal(TimeSpan.FromHours(1), OutboxBackoff.After(1, TimeSpan.FromHours(1)));
        Assert.Equal(TimeSpan.FromSeconds(30), OutboxBackoff.After(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(TimeSpan.FromSeconds(5), OutboxBackoff.After(1, TimeSpan.FromSeconds(2)));
    }
}
