namespace EnvBot.Data.Domain.Rectification;

/// <summary>The rectification loop's rules as pure functions (seed 002 一查二劝三改).</summary>
public static class RectificationRules
{
    /// <summary>The enterprise may answer an item that waits for it: new or returned.</summary>
    public static bool CanAnswer(RectificationState state) => state is RectificationState.Open or RectificationState.Returned;

    /// <summary>The guide reviews only what the enterprise answered.</summary>
    public static bool CanReview(RectificationState state) => state == RectificationState.Answered;

    /// <summary>
    /// Escalated when the deadline has passed and the enterprise still owes an answer. An item answered and waiting for
    /// the guide is not the enterprise's delay; an item already escalated is not escalated twice.
    /// </summary>
    public static bool IsOverdue(RectificationItem item, DateOnly today) =>
        CanAnswer(item.State) && item.Deadline < today && item.EscalatedAt is null;

    /// <summary>
    /// Seed 002: 四罚 is for an enterprise that did not rectify by the deadline. Only an item already escalated past its
    /// deadline and still owed by the enterprise may be handed to enforcement, and only once.
    /// </summary>
    public static bool CanHandToEnforcement(RectificationItem item) => CanAnswer(item.State) && item.EscalatedAt is not null;

    public static string Chinese(RectificationState state) => state switch
    {
        RectificationState.Open => "待整改",
        RectificationState.Answered => "待复核",
        RectificationState.Returned => "已退回，待重新整改",
        RectificationState.Accepted => "已通过",
        RectificationState.HandedToEnforcement => "已移交执法",
        _ => state.ToString(),
    };
}
