namespace EnvBot.Data.Identity;

public enum BindingOutcome
{
    Bound,
    AlreadyBound,
    UnknownCode,
    ExpiredCode,
    UsedCode,
    BoundToSomeoneElse,
}
