namespace EnvBot.Data.Guides;

/// <summary>
/// An enterprise a guide may log a contact for, as the extractor sees it: <see cref="IsOwn"/> when the sender is its
/// guide or a lead of its block (DOMAIN.md §2 "Block leads serve too"); others are known only to say "not yours".
/// <see cref="Guide"/> names its guide, so a lead covering for an absent guide ("方静卫休假，我替她…") is read as meaning
/// that guide's enterprise.
/// </summary>
public sealed record PairedEnterprise(int EnterpriseId, string Name, bool IsOwn, string? Guide = null);
