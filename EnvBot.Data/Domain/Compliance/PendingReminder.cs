namespace EnvBot.Data.Domain.Compliance;

/// <summary>
/// A reminder that is due: what, about which period (its first and last day — the key that makes sending it once
/// idempotent), when it fell due, and until when it is still worth sending.
/// </summary>
public readonly record struct PendingReminder(GuideReminderKind Kind, CompliancePeriod About, DateTimeOffset DueAt, DateTimeOffset RelevantUntil);
