namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>Where the dialog stack stands after a call on a <see cref="DialogContext"/>.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing ran.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended with a result.</summary>
    Complete,

    /// <summary>The stack was cancelled (by the user, or by a prompt that gave up).</summary>
    Cancelled,
}
