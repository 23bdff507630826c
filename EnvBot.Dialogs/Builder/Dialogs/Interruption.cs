namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>What a user's message asks for outside the current question.</summary>
public enum Interruption
{
    None,
    Help,
    Cancel,
    Back,
}
