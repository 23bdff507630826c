using System.Text.Json;
using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Main;

/// <summary>
/// Answers to invokes EnvBot does not have features for yet, shaped as each invoke expects (fixtures README §4.1),
/// so Teams shows a sensible message instead of an error. Unknown names return null → 501.
/// </summary>
public static class InvokeReplies
{
    public static InvokeResponse? For(Activity invoke)
    {
        switch (invoke.Name)
        {
            case "adaptiveCard/action":
                if (invoke.Value is not { ValueKind: JsonValueKind.Object } v
                    || !v.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
                    || !action.TryGetProperty("type", out var type))
                {
                    return Error(400, "BadRequest", "缺少 value.action。");
                }
                return type.GetString() == "Action.Execute"
                    ? Ok(new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = MainReplies.CardSubmitReceived })
                    : Error(400, "NotSupported", "只支持 Action.Execute。");
            case null or "":
                // A Teams card action of type invoke carries no name (fixture 04); acknowledge it.
                return new InvokeResponse(200);
            case "task/fetch":
                return Ok(new JsonObject { ["task"] = new JsonObject { ["type"] = "message", ["value"] = "此功能暂未开放。" } });
            case "task/submit":
                return Ok(new JsonObject { ["task"] = new JsonObject { ["type"] = "message", ["value"] = MainReplies.CardSubmitReceived } });
            case "composeExtension/query":
                return Ok(new JsonObject { ["composeExtension"] = new JsonObject { ["type"] = "result", ["attachmentLayout"] = "list", ["attachments"] = new JsonArray() } });
            default:
                return null;
        }
    }

    private static InvokeResponse Ok(JsonObject body) => new(200, JsonSerializer.SerializeToElement(body));

    private static InvokeResponse Error(int status, string code, string message) => new(status, JsonSerializer.SerializeToElement(new JsonObject
    {
        ["statusCode"] = status,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    }));
}
