namespace EnvBot.Host.Tests.Conversations;

public enum ScriptStepKind
{
    /// <summary><c>user: text</c>.</summary>
    Message,

    /// <summary><c>event: membersAdded</c>.</summary>
    MembersAdded,

    /// <summary><c># advance: 8d</c>: moves the host's fake clock.</summary>
    Advance,

    /// <summary><c># setup: binding-code 管理员 -> admin</c>: a binding code made through IdentityService.</summary>
    BindingCode,
}
