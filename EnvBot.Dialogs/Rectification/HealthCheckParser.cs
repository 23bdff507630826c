using System.Text.RegularExpressions;
using EnvBot.Data.Rectification;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;

namespace EnvBot.Dialogs.Rectification;

/// <summary>
/// Reads a health check as a guide types it: the enterprise on the first line, then one finding a line, its parts
/// separated by "；": "危废暂存间未设标识；依据：《…》第…条；建议：按规范设置标识牌；期限：12月10日". The basis is
/// optional; the suggestion and the deadline are not (seed 002: every finding gets advice and a time to rectify).
/// </summary>
public static partial class HealthCheckParser
{
    public sealed record Parsed(string Enterprise, IReadOnlyList<NewFinding> Findings);

    /// <returns>The parsed check, or null with the problem to show (nothing is recorded then).</returns>
    public static (Parsed? Check, string? Problem) Parse(string argument, DateOnly today)
    {
        var lines = argument.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2 || lines[0].Length == 0)
        {
            return (null, RectificationReplies.RecordUsage);
        }
        var findings = new List<NewFinding>();
        for (var i = 1; i < lines.Length; i++)
        {
            string? finding = null, basis = null, suggestion = null, deadlineText = null;
            foreach (var part in lines[i].Split(['；', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var label = Label().Match(part);
                if (!label.Success)
                {
                    finding ??= Numbering().Replace(part, "").Trim();
                    continue;
                }
                var value = part[label.Length..].Trim();
                switch (label.Groups[1].Value)
                {
                    case "依据" or "法律依据":
                        basis = value;
                        break;
                    case "建议" or "整改建议":
                        suggestion = value;
                        break;
                    default:
                        deadlineText = value;
                        break;
                }
            }
            if (string.IsNullOrWhiteSpace(finding) || string.IsNullOrWhiteSpace(suggestion) || deadlineText is null)
            {
                return (null, RectificationReplies.FindingIncomplete(i));
            }
            if (!ChineseDateRecognizer.TryRecognize(deadlineText, today, out var deadline))
            {
                return (null, RectificationReplies.DeadlineUnreadable(i, deadlineText));
            }
            if (deadline < today)
            {
                return (null, RectificationReplies.DeadlineInThePast(i, deadline));
            }
            findings.Add(new NewFinding(finding, string.IsNullOrWhiteSpace(basis) ? null : basis, suggestion, deadline));
        }
        return (new Parsed(lines[0], findings), null);
    }

    [GeneratedRegex(@"^(依据|法律依据|整改建议|建议|整改期限|期限|完成时限|时限)\s*[:：]?")]
    private static partial Regex Label();

    [GeneratedRegex(@"^\s*(?:[0-9]+[.、．)）]|[（(][0-9]+[)）]|问题\s*[:：])")]
    private static partial Regex Numbering();
}
