namespace EnvBot.Data.Attachments;

/// <summary>A file as it arrived: who sent it where, its name as given, and its bytes.</summary>
public sealed record NewAttachment(int? EnterpriseId, string ChannelId, string UserId, string? ConversationId, string? FileName, byte[] Content);
