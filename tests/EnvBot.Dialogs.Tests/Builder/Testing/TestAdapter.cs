using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Builder.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnvBot.Dialogs.Tests.Builder.Testing;

/// <summary>
/// Runs turns in memory: each <see cref="SendAsync"/> builds a fresh turn that goes through the middleware,
/// including <see cref="AutoSaveStateMiddleware"/> over <see cref="MemoryStorage"/>, so dialog state is serialized
/// to JSON and read back between turns exactly as with the database. Sent activities are queued in <see cref="Replies"/>.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    public const string ChannelId = Channels.Test;
    public const string ConversationId = "conv-1";
    public const string DialogStateProperty = "DialogState";

    private int _nextId;

    public TestAdapter(MemoryStorage? storage = null)
        : base(NullLogger.Instance)
    {
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        DialogState = ConversationState.CreateProperty<DialogState>(DialogStateProperty);
        Use(new AutoSaveStateMiddleware(ConversationState));
    }

    public MemoryStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public Queue<Activity> Replies { get; } = new();

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            Replies.Enqueue(activities[i]);
            responses[i] = new ResourceResponse($"bot-{Interlocked.Increment(ref _nextId)}");
        }
        return Task.FromResult(responses);
    }

    /// <summary>Runs one user message through the middleware and <paramref name="bot"/>.</summary>
    public Task SendAsync(string text, BotCallbackHandler bot, CancellationToken cancellationToken = default)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"user-{Interlocked.Increment(ref _nextId)}",
            Text = text,
            ChannelId = ChannelId,
            ServiceUrl = "https://test.invalid/",
            From = new ChannelAccount { Id = "user-1", Name = "用户", Role = "user" },
            Recipient = new ChannelAccount { Id = "bot-1", Name = "EnvBot", Role = "bot" },
            Conversation = new ConversationAccount { Id = ConversationId },
            Locale = "zh-CN",
        };
        var turnContext = new TurnContext(this, activity, cancellationToken);
        return RunPipelineAsync(turnContext, bot, cancellationToken);
    }

    /// <summary>The saved conversation document, as the storage holds it (null before the first save).</summary>
    public async Task<JsonObject?> ReadConversationDocumentAsync()
    {
        var key = $"{ChannelId}/conversations/{ConversationId}";
        var items = await Storage.ReadAsync([key], CancellationToken.None);
        return items.TryGetValue(key, out var item) ? item.Document : null;
    }

    /// <summary>The saved root dialog stack (empty when nothing is active).</summary>
    public async Task<JsonArray> ReadDialogStackAsync()
    {
        var document = await ReadConversationDocumentAsync();
        return document?[DialogStateProperty]?["dialogStack"] as JsonArray ?? [];
    }
}
