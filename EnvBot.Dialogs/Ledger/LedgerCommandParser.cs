using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Ledger;

namespace EnvBot.Dialogs.Ledger;

/// <summary>
/// Reads staff actions typed ("认领 12", "回复 #12 内容", "转办 12 大气处 原因", "退回 12 非本处职责 说明") or pressed
/// (a messageBack button whose value carries the matter's version and an action id, so a repeat is recognised).
/// </summary>
public static partial class LedgerCommandParser
{
    private static readonly Dictionary<string, MatterAction> Verbs = new()
    {
        ["认领"] = MatterAction.Claim,
        ["回复"] = MatterAction.Answer,
        ["答复"] = MatterAction.Answer,
        ["转办"] = MatterAction.Reassign,
        ["退回"] = MatterAction.Return,
        ["办结"] = MatterAction.Close,
        ["销号"] = MatterAction.Close,
        ["无法解决"] = MatterAction.ExplainUnsolvable,
    };

    [GeneratedRegex(@"^(认领|回复|答复|转办|退回|办结|销号|无法解决)\s*#?(\d+)[\s:：,，]*(.*)$", RegexOptions.Singleline)]
    private static partial Regex Pattern();

    public static bool LooksLikeAction(string text) => Pattern().IsMatch(text.Trim());

    /// <returns>The command, or null with the usage text to show.</returns>
    public static (LedgerCommand? Command, string? Problem) Parse(string text, JsonElement? value)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return (null, LedgerReplies.ActionUsage);
        }
        var action = Verbs[match.Groups[1].Value];
        var matterId = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var rest = match.Groups[3].Value.Trim();
        var (version, actionId) = FromButton(value, matterId);
        switch (action)
        {
            case MatterAction.Answer when rest.Length == 0:
                return (null, LedgerReplies.AnswerNeedsText);
            case MatterAction.ExplainUnsolvable when rest.Length == 0:
                return (null, LedgerReplies.ExplainNeedsText);
            case MatterAction.Reassign:
                var parts = rest.Split([' ', '　', '：', ':', '，', ','], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length < 2)
                {
                    return (null, LedgerReplies.ReassignUsage);
                }
                return (new LedgerCommand(matterId, action, parts[1], parts[0], null, version, actionId), null);
            case MatterAction.Return:
                if (!ReturnReasons.TryParse(rest, out var reason))
                {
                    return (null, LedgerReplies.ReturnUsage);
                }
                var detail = rest[ReturnReasons.Chinese(reason).Length..].Trim(' ', '：', ':', '，', ',');
                return (new LedgerCommand(matterId, action, detail.Length == 0 ? null : detail, null, reason, version, actionId), null);
            default:
                return (new LedgerCommand(matterId, action, rest.Length == 0 ? null : rest, null, null, version, actionId), null);
        }
    }

    /// <summary>A button's value: {"ledgerMatter": 12, "version": 2, "actionId": "…"}; ignored when it names another matter.</summary>
    private static (int? Version, string? ActionId) FromButton(JsonElement? value, int matterId)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v
            || !v.TryGetProperty("ledgerMatter", out var m) || !m.TryGetInt32(out var id) || id != matterId)
        {
            return (null, null);
        }
        int? version = v.TryGetProperty("version", out var ver) && ver.TryGetInt32(out var n) ? n : null;
        var actionId = v.TryGetProperty("actionId", out var a) ? a.GetString() : null;
        return (version, actionId);
    }
}
