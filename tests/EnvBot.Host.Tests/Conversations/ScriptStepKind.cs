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

    /// <summary>
    /// <c># outbox: NAME</c>: sends what the outbox holds; the expectation lines that follow are the proactive
    /// messages that reached conversation NAME (a <c># in:</c> name, or a user id for that account's 1:1 chat).
    /// </summary>
    Outbox,
}
