namespace EnvBot.Data.Guides;

/// <summary>
/// An enterprise a guide may log a contact for, as the extractor sees it: <see cref="IsOwn"/> when the sender is its
/// guide or a lead of its block (DOMAIN.md §2 "Block leads serve too"); others are known only to say "not yours".
/// </summary>
public sealed record PairedEnterprise(int EnterpriseId, string Name, bool IsOwn);
