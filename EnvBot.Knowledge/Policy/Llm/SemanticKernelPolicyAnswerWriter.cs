using System.Text.Json;
using EnvBot.Knowledge.Routing.Llm;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace EnvBot.Knowledge.Policy.Llm;

/// <summary>
/// Asks a chat model (Semantic Kernel: Azure OpenAI or any OpenAI-compatible endpoint) for a grounded answer with
/// structured output. Any failure — server down, timeout, unreadable reply — returns null.
/// </summary>
public sealed class SemanticKernelPolicyAnswerWriter : IPolicyAnswerWriter
{
    private readonly IChatCompletionService _chat;
    private readonly TimeSpan _timeout;

    public SemanticKernelPolicyAnswerWriter(LlmOptions options, HttpClient? httpClient = null)
    {
        _chat = Knowledge.Llm.LlmKernel.Chat(options, httpClient);
        _timeout = TimeSpan.FromSeconds(options.AnswerTimeoutSeconds);
    }

    /// <summary>The writer the configuration asks for, or null when the LLM is off.</summary>
    public static SemanticKernelPolicyAnswerWriter? FromOptions(LlmOptions? options) =>
        options is { IsUsable: true } ? new SemanticKernelPolicyAnswerWriter(options) : null;

    public async Task<PolicyLlmDraft?> WriteAsync(string question, IReadOnlyList<ArticleHit> articles, CancellationToken cancellationToken)
    {
        var history = new ChatHistory();
        history.AddSystemMessage(PolicyAnswerPrompt.System(articles));
        history.AddUserMessage(PolicyAnswerPrompt.User(question));
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = 0,
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(
                "policy_answer", BinaryData.FromString(PolicyAnswerPrompt.Schema()), jsonSchemaIsStrict: true),
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
    internal static PolicyLlmDraft? Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("points", out var points) || points.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var result = new List<PolicyLlmPoint>();
            foreach (var point in points.EnumerateArray())
            {
                if (point.ValueKind != JsonValueKind.Object
                    || !point.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
                    || !point.TryGetProperty("sources", out var sources) || sources.ValueKind != JsonValueKind.Array)
                {
                    return null;
                }
                result.Add(new PolicyLlmPoint(
                    text.GetString()!.Trim(),
                    sources.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!).ToList()));
            }
            return new PolicyLlmDraft(result);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
