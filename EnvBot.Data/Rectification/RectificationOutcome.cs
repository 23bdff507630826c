namespace EnvBot.Data.Rectification;

public enum RectificationOutcome
{
    Applied,
    NotFound,
    /// <summary>Not this person's enterprise (not its guide or block lead; not its contact).</summary>
    NotYours,
    /// <summary>The item is not in a state that allows this (already answered, accepted …); nothing changed.</summary>
    WrongState,
}
