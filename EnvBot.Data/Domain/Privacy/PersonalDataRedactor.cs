using System.Text.RegularExpressions;

namespace EnvBot.Data.Domain.Privacy;

/// <summary>
/// Masks anything shaped like a resident ID number (17 digits and a digit or X) in free text before it is kept in a
/// transcript (DOMAIN.md §1: never in transcripts). Valid or not: a mistyped number is still someone's number.
/// </summary>
public static partial class PersonalDataRedactor
{
    public static string? Redact(string? text) =>
        text is null ? null : IdShaped().Replace(text, m => string.Concat(m.Value.AsSpan(0, 4), new string('*', 10), m.Value.AsSpan(14)));

    [GeneratedRegex("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdShaped();
}
