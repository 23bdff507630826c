using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>
/// Typed access to JSON dialog state. Values come back from storage as JSON, never as the CLR object that was
/// stored, so read them through these helpers instead of casting.
/// </summary>
public static class DialogJsonExtensions
{
    /// <summary>The value under <paramref name="key"/> converted to <typeparamref name="T"/>, or default when absent.</summary>
    public static T? GetValue<T>(this JsonObject state, string key) =>
        state.TryGetPropertyValue(key, out var node) ? DialogJson.FromNode<T>(node) : default;

    public static bool TryGetValue<T>(this JsonObject state, string key, out T? value)
    {
        if (state.TryGetPropertyValue(key, out var node) && node is not null)
        {
            value = DialogJson.FromNode<T>(node);
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Stores <paramref name="value"/> as JSON (nodes that already belong to a tree are cloned).</summary>
    public static void SetValue<T>(this JsonObject state, string key, T value) => state[key] = DialogJson.ToNode(value);

    /// <summary>Converts a dialog result or option to <typeparamref name="T"/> (e.g. <c>stepContext.Result.ToValue&lt;DateOnly&gt;()</c>).</summary>
    public static T? ToValue<T>(this JsonNode? node) => DialogJson.FromNode<T>(node);

    /// <summary>Serializes any value into a detached JSON node, for dialog options and results.</summary>
    public static JsonNode? ToJsonNode<T>(this T value) => DialogJson.ToNode(value);
}
