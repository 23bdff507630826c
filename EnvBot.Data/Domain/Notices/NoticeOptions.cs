namespace EnvBot.Data.Domain.Notices;

/// <summary>Notices' settings (section <c>Notices</c>); defaults from issue 10.</summary>
public sealed record NoticeOptions
{
    /// <summary>No notice, reminder or call-list message reaches an enterprise between these (Asia/Shanghai).</summary>
    public TimeOnly QuietStart { get; init; } = new(21, 0);
    public TimeOnly QuietEnd { get; init; } = new(8, 0);

    /// <summary>Working days an enterprise has to acknowledge (已阅) before it is reminded, and again before it is listed for a call.</summary>
    public int AcknowledgeWithinWorkingDays { get; init; } = 1;

    /// <summary>A notice sent on a day off starts its acknowledgement clock at this time of the next working day.</summary>
    public TimeOnly WorkdayStart { get; init; } = new(8, 30);

    public QuietHours QuietHours => new(QuietStart, QuietEnd);
}
