namespace EnvBot.Data.Notices;

public enum NoticeOutcome
{
    Applied,
    NotFound,

    /// <summary>Another person's draft: only its author confirms it.</summary>
    NotYours,

    /// <summary>Already done (confirmed, acknowledged …): nothing changed, nothing is done twice.</summary>
    AlreadyDone,
}
