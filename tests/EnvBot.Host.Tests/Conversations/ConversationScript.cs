using System.Globalization;
using System.Text.RegularExpressions;

namespace EnvBot.Host.Tests.Conversations;

/// <summary>
/// A conversation test written as a script (STYLE.md), one file per scenario:
/// <code>
/// # now: 2026-11-25T09:00:00+08:00
/// # as: enterprise user-id=u-001
/// # channel: msteams            (optional, default "test")
/// user: 咨询日
/// user| 第二行                    (continues the message above on a new line: Shift+Enter in a chat)
/// bot: 企业环保咨询日每月10日 …   (exact; following lines without a prefix continue the text)
/// bot~ 12月10日                  (contains)
/// buttons: 咨询日安排 | 帮助
/// capture: code 绑定码：\*\*(\w+)\*\*   (regex on the reply above; group 1 becomes {code} in later lines)
/// # as: staff user-id=u-002        (anywhere: later steps are sent by this user)
/// # channel: webchat                (anywhere: later steps come from this channel)
/// # setup: binding-code 管理员 -> admin   (a code made by the services, as {admin}; for the first administrator)
/// # advance: 8d                     (moves the fake clock: d, h or min)
/// # in: 综合处群                      (later steps are sent in this shared conversation; '# in: 1:1' goes back)
/// # outbox: 综合处群                  (sends the outbox; the bot lines after it are what reached that conversation,
///                                     a '# in:' name or a user id for that account's 1:1 chat)
/// </code>
/// Other lines starting with <c>#</c> are comments.
/// </summary>
public sealed partial class ConversationScript
{
    public required string Name { get; init; }
    public required DateTimeOffset Now { get; init; }
    public string Role { get; init; } = "user";
    public string UserId { get; init; } = "u-001";
    public string ChannelId { get; init; } = "test";
    public required IReadOnlyList<ScriptStep> Steps { get; init; }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Conversations", "Scripts");

    public static IReadOnlyList<string> Names =>
        System.IO.Directory.GetFiles(Directory, "*.chat").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static ConversationScript Load(string name) => Parse(name, File.ReadAllText(Path.Combine(Directory, name + ".chat")));

    public static ConversationScript Parse(string name, string text)
    {
        DateTimeOffset? now = null;
        string role = "user", userId = "u-001", channelId = "test";
        string? conversation = null;
        var steps = new List<ScriptStep>();
        ScriptExpectation? continuing = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (TryValue(line, "# now:", out var value))
            {
                now = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.None);
            }
            else if (TryValue(line, "# as:", out value))
            {
                var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                role = parts.Length > 0 ? parts[0] : role;
                foreach (var part in parts.Skip(1))
                {
                    var kv = part.Split('=', 2);
                    if (kv.Length == 2 && kv[0] == "user-id")
                    {
                        userId = kv[1];
                    }
                    else
                    {
                        throw Error(name, number, $"unknown '# as:' attribute '{part}'");
                    }
                }
            }
            else if (TryValue(line, "# in:", out value))
            {
                conversation = value == "1:1" ? null : value;
            }
            else if (TryValue(line, "# outbox:", out value))
            {
                steps.Add(new ScriptStep(number, ScriptStepKind.Outbox, value, userId, channelId));
                continuing = null;
            }
            else if (TryValue(line, "# channel:", out value))
            {
                channelId = value;
            }
            else if (TryValue(line, "# setup:", out value))
            {
                var setup = SetupPattern().Match(value);
                if (!setup.Success)
                {
                    throw Error(name, number, "expected '# setup: binding-code <person> -> <variable>'");
                }
                steps.Add(new ScriptStep(number, ScriptStepKind.BindingCode, setup.Groups[1].Value, userId, channelId) { Variable = setup.Groups[2].Value });
                continuing = null;
            }
            else if (TryValue(line, "# advance:", out value))
            {
                var advance = AdvancePattern().Match(value);
                if (!advance.Success)
                {
                    throw Error(name, number, "expected '# advance: <n>d|h|min'");
                }
                var n = int.Parse(advance.Groups[1].Value, CultureInfo.InvariantCulture);
                var by = advance.Groups[2].Value switch { "d" => TimeSpan.FromDays(n), "h" => TimeSpan.FromHours(n), _ => TimeSpan.FromMinutes(n) };
                steps.Add(new ScriptStep(number, ScriptStepKind.Advance, "", userId, channelId) { AdvanceBy = by });
                continuing = null;
            }
            else if (line.StartsWith('#'))
            {
                continuing = null;
            }
            else if (TryValue(line, "user:", out value))
            {
                steps.Add(new ScriptStep(number, ScriptStepKind.Message, value, userId, channelId) { Conversation = conversation });
                continuing = null;
            }
            else if (TryValue(line, "user|", out value))
            {
                var last = LastStep(steps, name, number);
                if (last.Kind != ScriptStepKind.Message || last.Expectations.Count > 0)
                {
                    throw Error(name, number, "'user|' must follow a 'user:' line");
                }
                last.Text += "\n" + value;
                continuing = null;
            }
            else if (TryValue(line, "event:", out value))
            {
                if (value != "membersAdded")
                {
                    throw Error(name, number, $"unknown event '{value}' (supported: membersAdded)");
                }
                steps.Add(new ScriptStep(number, ScriptStepKind.MembersAdded, "", userId, channelId));
                continuing = null;
            }
            else if (TryValue(line, "bot:", out value))
            {
                continuing = new ScriptExpectation(number, contains: false, value);
                LastStep(steps, name, number).Expectations.Add(continuing);
            }
            else if (TryValue(line, "bot~", out value))
            {
                // A fragment may run over several lines, as a reply's form does.
                continuing = new ScriptExpectation(number, contains: true, value);
                LastStep(steps, name, number).Expectations.Add(continuing);
            }
            else if (TryValue(line, "buttons:", out value))
            {
                var expectation = LastStep(steps, name, number).Expectations.LastOrDefault()
                    ?? throw Error(name, number, "'buttons:' must follow a 'bot:' line");
                expectation.Buttons = value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continuing = null;
            }
            else if (TryValue(line, "capture:", out value))
            {
                var expectation = LastStep(steps, name, number).Expectations.LastOrDefault()
                    ?? throw Error(name, number, "'capture:' must follow a 'bot:' or 'bot~' line");
                var parts = value.Split(' ', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2)
                {
                    throw Error(name, number, "expected 'capture: <variable> <regex with one group>'");
                }
                expectation.Capture = (parts[0], new Regex(parts[1]));
                continuing = null;
            }
            else if (continuing is not null)
            {
                continuing.Text += "\n" + line;
            }
            else if (line.Trim().Length > 0)
            {
                throw Error(name, number, $"cannot read '{line}'");
            }
        }
        foreach (var expectation in steps.SelectMany(s => s.Expectations))
        {
            expectation.Text = expectation.Text.Trim();
        }
        return new ConversationScript
        {
            Name = name,
            Now = now ?? throw Error(name, 1, "missing '# now:'"),
            Role = role,
            UserId = userId,
            ChannelId = channelId,
            Steps = steps,
        };
    }

    private static bool TryValue(string line, string prefix, out string value)
    {
        if (line.StartsWith(prefix, StringComparison.Ordinal))
        {
            value = line[prefix.Length..].Trim();
            return true;
        }
        value = "";
        return false;
    }

    private static ScriptStep LastStep(List<ScriptStep> steps, string name, int line) =>
        steps.LastOrDefault(s => s.Kind is ScriptStepKind.Message or ScriptStepKind.MembersAdded or ScriptStepKind.Outbox)
        ?? throw Error(name, line, "a bot line before any 'user:' or 'event:' line");

    [GeneratedRegex(@"^binding-code\s+(\S+)\s*->\s*(\w+)$")]
    private static partial Regex SetupPattern();

    [GeneratedRegex(@"^(\d+)\s*(d|h|min)$")]
    private static partial Regex AdvancePattern();

    private static FormatException Error(string name, int line, string message) => new($"{name}.chat:{line}: {message}");
}
