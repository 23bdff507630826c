using System.Text.Json;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace EnvBot.Knowledge.Routing.Llm;

/// <summary>
/// Asks a chat model (Semantic Kernel: Azure OpenAI or any OpenAI-compatible endpoint such as vLLM/Ollama) for the
/// department, with structured output (response_format json_schema). Any failure — server down, timeout, unreadable
/// reply — returns null and the router carries on without it.
/// </summary>
public sealed class SemanticKernelDepartmentAdvisor : ILlmDepartmentAdvisor
{
    private readonly IChatCompletionService _chat;
    private readonly TimeSpan _timeout;

    public SemanticKernelDepartmentAdvisor(LlmOptions options, HttpClient? httpClient = null)
    {
        _chat = Knowledge.Llm.LlmKernel.Chat(options, httpClient);
        _timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
    }

    /// <summary>The advisor the configuration asks for, or null when the LLM is off.</summary>
    public static SemanticKernelDepartmentAdvisor? FromOptions(LlmOptions? options) =>
        options is { IsUsable: true } ? new SemanticKernelDepartmentAdvisor(options) : null;

    public async Task<LlmAdvice?> AdviseAsync(string question, RoutingTable table, CancellationToken cancellationToken)
    {
        var history = new ChatHistory();
        history.AddSystemMessage(LlmRoutingPrompt.System(table));
        history.AddUserMessage(LlmRoutingPrompt.User(question));
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = 0,
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(
                "routing_decision", BinaryData.FromString(LlmRoutingPrompt.Schema(table)), jsonSchemaIsStrict: true),
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            var reply = await _chat.GetChatMessageContentAsync(history, settings, cancellationToken: timeout.Token).ConfigureAwait(false);
            return Parse(reply.Content);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or HttpOperationException or System.ClientModel.ClientResultException
                                   && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Reads the structured answer; anything that is not the schema's object is no answer.</summary>
    internal static LlmAdvice? Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("department", out var department) || department.ValueKind != JsonValueKind.String)
            {
                return null;
            }
            var outOfScope = root.TryGetProperty("out_of_scope", out var oos) && oos.ValueKind == JsonValueKind.True;
            var rationale = root.TryGetProperty("rationale", out var why) && why.ValueKind == JsonValueKind.String ? why.GetString() ?? "" : "";
            return new LlmAdvice(department.GetString()!.Trim(), outOfScope, rationale.Length > 200 ? rationale[..200] : rationale);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
