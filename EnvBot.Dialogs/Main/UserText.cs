using System.Text;
using System.Text.Json;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Main;

/// <summary>Turns what a user typed into a command-ready string, whatever the channel added around it.</summary>
public static class UserText
{
    /// <summary>
    /// Removes the bot's own @mention (matched by id, never by name — fixtures README §4.2), Teams' &amp;nbsp;, and
    /// folds full-width letters, digits and spaces so "ＨＥＬＰ " and "help" read the same.
    /// </summary>
    public static string Normalize(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        if (activity.Entities is { } entities)
        {
            foreach (var entity in entities)
            {
                if (entity.ValueKind == JsonValueKind.Object
                    && entity.TryGetProperty("type", out var type) && type.GetString() == "mention"
                    && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                    && mentioned.TryGetProperty("id", out var id) && id.GetString() == activity.Recipient?.Id
                    && entity.TryGetProperty("text", out var mentionText) && mentionText.GetString() is { Length: > 0 } mt)
                {
                    text = text.Replace(mt, string.Empty, StringComparison.Ordinal);
                }
            }
        }
        text = text.Replace("&nbsp;", " ", StringComparison.Ordinal);
        return Fold(text).Trim();
    }

    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\u3000' => ' ',
                >= '\uFF01' and <= '\uFF5E' when char.IsLetterOrDigit((char)(c - 0xFEE0)) => (char)(c - 0xFEE0),
                _ => c,
            });
        }
        return sb.ToString();
    }
}
