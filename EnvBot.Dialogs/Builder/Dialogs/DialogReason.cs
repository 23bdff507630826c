namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>Why a dialog is being begun, resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,

    /// <summary>The user asked to go back one step ("返回"); not in the SDK.</summary>
    BackCalled,
}
