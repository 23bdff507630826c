namespace EnvBot.Data.Domain.Compliance;

/// <summary>
/// The service channels of the record form 企业指导员服务记录表 (DOMAIN.md §2: 电话、微信、QQ、现场走访; seed 001 adds
/// 视频). Flags, so a rule's accepted channels are one mask and counting a contact is one AND.
/// </summary>
[Flags]
public enum ContactChannel
{
    None = 0,
    Phone = 1,
    WeChat = 2,
    QQ = 4,
    Visit = 8,
    Video = 16,
    Any = Phone | WeChat | QQ | Visit | Video,
}

public static class ContactChannels
{
    private static readonly (string Name, ContactChannel Channel)[] Names =
    [
        ("电话", ContactChannel.Phone), ("微信", ContactChannel.WeChat), ("QQ", ContactChannel.QQ),
        ("现场走访", ContactChannel.Visit), ("视频", ContactChannel.Video),
    ];

    /// <summary>The form's own word for a channel ("电话" …), or null for none/several.</summary>
    public static string? Name(ContactChannel channel) =>
        Array.Find(Names, n => n.Channel == channel).Name;

    /// <summary>Reads the form's word; null when it is not one of them.</summary>
    public static ContactChannel? Parse(string? name) =>
        Array.Find(Names, n => string.Equals(n.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } hit ? hit.Channel : null;

    /// <summary>
    /// The mask a frequency rule accepts: its listed channels, or every channel when it lists none
    /// (<see cref="Pairings.FrequencyRule.Channels"/>: "empty means any"). An unknown word is an error in the
    /// programme's data, not something to ignore silently.
    /// </summary>
    public static ContactChannel MaskOf(IReadOnlyCollection<string> names)
    {
        if (names.Count == 0)
        {
            return ContactChannel.Any;
        }
        var mask = ContactChannel.None;
        foreach (var name in names)
        {
            mask |= Parse(name) ?? throw new InvalidDataException($"Unknown service channel “{name}” in a frequency rule.");
        }
        return mask;
    }
}
