using System.Globalization;
using System.Text.Json;
using EnvBot.Data.Domain.Outbox;
using EnvBot.Data.Time;

namespace EnvBot.Dialogs.Outbox;

/// <summary>
/// What an administrator sees of proactive messages the channel refused for good (issue 5: "a 403/404 from the
/// channel is recorded and shown to an administrator"): usually a user who removed the bot or a deleted channel.
/// </summary>
public static class FailedSendsReplies
{
    public const string None = "没有发送失败的消息。";

    public static string List(IReadOnlyList<OutboxMessage> failed)
    {
        if (failed.Count == 0)
        {
            return None;
        }
        var lines = new List<string> { $"最近 {failed.Count} 条发送失败的消息（渠道拒收，不再重试）：", "" };
        foreach (var m in failed)
        {
            var at = BureauTime.ToBureau(m.CreatedAt).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);
            var status = m.LastStatusCode is { } code ? $"HTTP {code}" : "无会话记录";
            lines.Add($"- #{m.Id} {at} · {m.ChannelId} · {status} · {Reason(m.LastStatusCode)}：{Preview(m.ActivityJson)}");
        }
        lines.Add("");
        lines.Add("403 多为用户已移除机器人，404 多为会话或频道已删除；请联系对方重新添加机器人，或更新处室工作群。");
        return string.Join("\n", lines);
    }

    private static string Reason(int? status) => status switch
    {
        403 => "无权发送",
        404 => "会话不存在",
        null => "从未与机器人对话",
        _ => "渠道拒收",
    };

    /// <summary>The first words of the message, so the administrator knows what did not arrive.</summary>
    internal static string Preview(string activityJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(activityJson);
            var text = doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
            text = text.ReplaceLineEndings(" ").Trim();
            return text.Length == 0 ? "（卡片或附件）" : text.Length > 30 ? text[..30] + "…" : text;
        }
        catch (JsonException)
        {
            return "（无法读取）";
        }
    }
}
