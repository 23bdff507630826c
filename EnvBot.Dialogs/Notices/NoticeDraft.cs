using EnvBot.Data.Notices;

namespace EnvBot.Dialogs.Notices;

/// <summary>A parsed 发通知 message: the notice, and whether a time was given (none: send on confirming).</summary>
public sealed record NoticeDraft(NewNotice Notice, string TargetText, bool Immediate);
