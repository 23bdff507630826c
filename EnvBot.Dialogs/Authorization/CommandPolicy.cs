using EnvBot.Data.Domain.People;

namespace EnvBot.Dialogs.Authorization;

/// <summary>Who may run a command, and how a refusal is explained (in Chinese, changing nothing).</summary>
public sealed record CommandPolicy(string Description, Func<UserIdentity, bool> IsAllowed)
{
    public static CommandPolicy Anyone { get; } = new("所有用户", _ => true);

    public static CommandPolicy Roles(string description, params Role[] roles) => new(description, identity => roles.Any(identity.Has));
}
