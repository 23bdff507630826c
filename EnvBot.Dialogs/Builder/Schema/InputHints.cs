namespace EnvBot.Dialogs.Builder.Schema;

/// <summary>
/// The wire spells these "acceptingInput"… (swagger, SDK, transcripts) while the spec prose says "accepting"…;
/// we emit the former and read both (BOTFRAMEWORK.md §1.4).
/// </summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";

    public static string? Normalize(string? hint) => hint?.Trim().ToLowerInvariant() switch
    {
        "accepting" or "acceptinginput" => AcceptingInput,
        "expecting" or "expectinginput" => ExpectingInput,
        "ignoring" or "ignoringinput" => IgnoringInput,
        null or "" => null,
        _ => hint,
    };
}
