namespace EnvBot.Data.Domain.Notices;

/// <summary>Stored by name.</summary>
public enum NoticeKind
{
    /// <summary>送政策: a policy or other notice.</summary>
    Ordinary,

    /// <summary>限停产、错峰生产 advance notice (seed 004): the bureau keeps proof of when each enterprise was told.</summary>
    ProductionLimit,
}
