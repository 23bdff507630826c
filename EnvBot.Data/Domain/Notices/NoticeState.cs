namespace EnvBot.Data.Domain.Notices;

/// <summary>Stored by name.</summary>
public enum NoticeState
{
    /// <summary>Composed, recipient count shown, waiting for the author's 确认.</summary>
    Draft,

    /// <summary>Confirmed; goes out at its scheduled time (or, in quiet hours, when they end).</summary>
    Scheduled,

    /// <summary>Queued to every recipient's chat.</summary>
    Sent,

    Cancelled,
}
