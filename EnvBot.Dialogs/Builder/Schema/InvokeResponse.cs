using System.Text.Json;

namespace EnvBot.Dialogs.Builder.Schema;

/// <summary>The HTTP status and JSON body an invoke gets in the response (BOTFRAMEWORK.md §2.4).</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
