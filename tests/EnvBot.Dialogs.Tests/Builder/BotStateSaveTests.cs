using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Builder.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnvBot.Dialogs.Tests.Builder;

/// <summary>State is written when it changed and only then, whatever the content (Chinese text included).</summary>
public sealed class BotStateSaveTests
{
    private sealed class Note
    {
        public string Text { get; set; } = "";
        public int Count { get; set; }
    }

    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        public int Writes { get; private set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
        {
            Writes++;
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
    }

    private sealed class NullAdapter() : BotAdapter(NullLogger.Instance)
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
            Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());
    }

    private static TurnContext Turn() => new(new NullAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = "c1" },
        From = new ChannelAccount { Id = "u1" },
    });

    [Fact]
    public async Task Save_WritesOnlyWhenSomethingChanged_AndKeepsOtherProperties()
    {
        var storage = new CountingStorage(new MemoryStorage());
        var state = new ConversationState(storage);
        var note = state.CreateProperty<Note>("note");
        var other = state.CreateProperty<string>("other");

        var t1 = Turn();
        await state.LoadAsync(t1);
        (await note.GetAsync(t1, () => new Note())).Text = "咨询日 “帮助”";
        await other.SetAsync(t1, "保留");
        await state.SaveChangesAsync(t1);
        Assert.Equal(1, storage.Writes);

        // Read but not changed: no write.
        var t2 = Turn();
        await state.LoadAsync(t2);
        Assert.Equal("咨询日 “帮助”", (await note.GetAsync(t2, () => new Note())).Text);
        await state.SaveChangesAsync(t2);
        Assert.Equal(1, storage.Writes);

        // Changed: written, and the property not touched this turn survives.
        var t3 = Turn();
        await state.LoadAsync(t3);
        (await note.GetAsync(t3, () => new Note())).Count = 5;
        await state.SaveChangesAsync(t3);
        Assert.Equal(2, storage.Writes);

        var t4 = Turn();
        await state.LoadAsync(t4);
        var reread = await note.GetAsync(t4, () => new Note());
        Assert.Equal(5, reread.Count);
        Assert.Equal("咨询日 “帮助”", reread.Text);
        Assert.Equal("保留", await other.GetOrNullAsync(t4));

        // Deleting a property is a change.
        await other.DeleteAsync(t4);
        await state.SaveChangesAsync(t4);
        Assert.Equal(3, storage.Writes);
        var t5 = Turn();
        await state.LoadAsync(t5);
        Assert.Null(await other.GetOrNullAsync(t5));
    }

    [Fact]
    public async Task Save_WithStaleETag_ThrowsConcurrency()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var note = state.CreateProperty<Note>("note");

        var first = Turn();
        var second = Turn();
        await state.LoadAsync(first);
        await state.LoadAsync(second);
        (await note.GetAsync(first, () => new Note())).Count = 1;
        (await note.GetAsync(second, () => new Note())).Count = 2;
        await state.SaveChangesAsync(first);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => state.SaveChangesAsync(second));
    }
}
