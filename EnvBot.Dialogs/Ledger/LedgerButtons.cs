using System.Globalization;
using System.Text.Json;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Ledger;

/// <summary>
/// The action buttons sent with a routed matter: messageBack buttons that post the typed command (so they read in
/// the transcript as if typed) plus a value with the matter's version and an action id, so a stale or repeated press
/// is refused by the ledger.
/// </summary>
public static class LedgerButtons
{
    public static List<CardAction> For(Matter matter) =>
    [
        Button("认领", $"认领 {matter.Id}", matter, MatterAction.Claim),
        Button("回复", $"回复 {matter.Id}", matter, MatterAction.Answer),
        Button("转办", $"转办 {matter.Id}", matter, MatterAction.Reassign),
        Button("退回", $"退回 {matter.Id}", matter, MatterAction.Return),
        Button("办结", $"办结 {matter.Id}", matter, MatterAction.Close),
    ];

    private static CardAction Button(string title, string text, Matter matter, MatterAction action) => new()
    {
        Type = ActionTypes.MessageBack,
        Title = title,
        Text = text,
        DisplayText = text,
        // Numbers and an ASCII id only, so the JSON is built as text without escaping concerns.
        Value = JsonDocument.Parse(string.Create(CultureInfo.InvariantCulture, $"{{\"ledgerMatter\":{matter.Id},\"version\":{matter.Version},\"actionId\":\"{matter.Id}:{action}:v{matter.Version}\"}}")).RootElement.Clone(),
    };
}
