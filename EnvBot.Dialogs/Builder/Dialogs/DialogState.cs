namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>The persisted dialog stack; index 0 is the active (top) dialog, as in the SDK.</summary>
public sealed class DialogState
{
    public DialogState()
    {
    }

    public DialogState(List<DialogInstance> stack)
    {
        DialogStack = stack;
    }

    public List<DialogInstance> DialogStack { get; set; } = [];
}
