using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnvBot.Dialogs.Builder.Schema;

public sealed class ConversationAccount
{
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public ConversationAccount Clone() => new()
    {
        IsGroup = IsGroup,
        ConversationType = ConversationType,
        Id = Id,
        Name = Name,
        AadObjectId = AadObjectId,
        Role = Role,
        TenantId = TenantId,
        Extra = Extra is null ? null : new Dictionary<string, JsonElement>(Extra),
    };
}
