using System.Text.Json.Nodes;
using EnvBot.Host.Cli;
using Xunit.Abstractions;

namespace EnvBot.Host.Tests.Guides;

/// <summary>
/// Issue 8: <c>eval contacts</c> on the labelled messages in this folder. contacts-dev.jsonl (69 messages written like
/// guides write, 12 of them ambiguous) is the set the rules were written against: ≥ 95 % exact per field and every
/// ambiguous message flagged. contacts-heldout.jsonl (20, form-like and chatty) was held out at first (problem 40 %,
/// resolution 70 %, needs_clarification 80 %) and then tuned on: it is now guarded at its measured 100 %.
/// contacts-heldout-2.jsonl (38, written and labelled before any rule change, in styles neither other set has: voice
/// run-ons, WeChat-terse notes, vx/wx/qq, VOCs/RTO/LDAR/SCR, typos in short names, 本月3号/放假前一天/上周五 on a Monday,
/// several facts per message, 11 ambiguous) was held out at first (enterprise 38, date 35, channel 35, problem 18,
/// resolution 30, needs_clarification 31 of 38) and was then used for fixes of general causes it showed (本月3号 and
/// 放假前一天 dates, 视频监控 and an earlier visit mistaken for the channel, 问题是/一家企业 leads, a completed fix read
/// as the problem): it is tuned on now and no longer a held-out measure; its figures are guarded against getting worse.
/// The problem field is compared as <see cref="ContactEvalCommand.Same"/> does, unchanged: exact text with
/// punctuation and spaces ignored — no fuzzier, so "渗滤液外运" for "渗滤液外运问题" still counts as wrong.
/// </summary>
public sealed class ContactEvalTests(ITestOutputHelper output)
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Guides", name);

    private static async Task<(List<JsonObject> Items, List<JsonObject> Results, string Errors)> RunAsync(string file)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, await ContactEvalCommand.RunAsync([DataFile(file)], stdout, stderr));
        var items = (await File.ReadAllLinesAsync(DataFile(file))).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var results = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        return (items, results, stderr.ToString());
    }

    private Dictionary<string, double> Accuracy(List<JsonObject> items, List<JsonObject> results)
    {
        Assert.Equal(items.Count, results.Count);
        var accuracy = new Dictionary<string, double>();
        foreach (var field in ContactEvalCommand.Fields)
        {
            var right = items.Zip(results).Count(p => ContactEvalCommand.Same(field, p.First["expected"]![field], p.Second[field]));
            accuracy[field] = (double)right / items.Count;
            output.WriteLine($"{field}: {right}/{items.Count} = {accuracy[field]:P1}");
        }
        return accuracy;
    }

    [Fact]
    public async Task DevSet_AtLeast95PercentPerField_AndEveryAmbiguousMessageFlagged()
    {
        var (items, results, errors) = await RunAsync("contacts-dev.jsonl");
        output.WriteLine(errors);

        Assert.True(items.Count >= 60, $"only {items.Count} labelled messages");
        // Output is one line per item with exactly the issue's keys, in input order.
        Assert.Equal(items.Select(i => i["id"]!.GetValue<string>()), results.Select(r => r["id"]!.GetValue<string>()));
        Assert.All(results, r => Assert.Equal(["id", .. ContactEvalCommand.Fields], r.Select(p => p.Key)));
        foreach (var (field, value) in Accuracy(items, results))
        {
            Assert.True(value >= 0.95, $"{field}: {value:P1} < 95 %");
        }
        var ambiguous = items.Zip(results).Where(p => p.First["expected"]!["needs_clarification"]!.GetValue<bool>()).ToList();
        Assert.True(ambiguous.Count >= 10);
        Assert.All(ambiguous, p => Assert.True(p.Second["needs_clarification"]!.GetValue<bool>(), $"{p.First["id"]} not flagged: {p.First["text"]}"));
    }

    [Fact]
    public async Task HeldOutSet_FiguresReported_NoWorseThanMeasured()
    {
        var (items, results, errors) = await RunAsync("contacts-heldout.jsonl");
        output.WriteLine(errors);

        var accuracy = Accuracy(items, results);
        // Tuned on after held-out set 2 was written; every field measured 20/20 since.
        foreach (var (field, value) in accuracy)
        {
            Assert.True(value >= 1.0, $"{field}: {value:P1} < 100 %");
        }
    }

    [Fact]
    public async Task Set2_TunedOn_FiguresReported_NoWorseThanMeasured()
    {
        var (items, results, errors) = await RunAsync("contacts-heldout-2.jsonl");
        output.WriteLine(errors);

        Assert.True(items.Count >= 30, $"only {items.Count} labelled messages");
        var accuracy = Accuracy(items, results);
        // Before any rule change: enterprise 38, date 34, channel 35, problem 10, resolution 18, needs_clarification 23 of 38.
        // After tuning on dev and held-out 1 only: 38, 35, 35, 18, 30, 31. Then tuned on this set (38, 38, 37, 28, 31, 35),
        // and after the general fixes held-out set 3 showed, guarded at what it measures since:
        Assert.True(accuracy["enterprise"] >= 38.0 / 38);
        Assert.True(accuracy["date"] >= 38.0 / 38);
        Assert.True(accuracy["channel"] >= 38.0 / 38);
        Assert.True(accuracy["problem"] >= 37.0 / 38);
        Assert.True(accuracy["resolution"] >= 37.0 / 38);
        Assert.True(accuracy["needs_clarification"] >= 38.0 / 38);
    }

    /// <summary>
    /// Held-out set 3 (30 messages, 6 needing a question) was written blind: by someone who had read DOMAIN.md, the
    /// issue and the pairing table but not the extractor or the other sets. Measured on it before any change: enterprise
    /// 28, date 29, channel 29, problem 14, resolution 21, needs_clarification 27 of 30, all 6 asked. It was then used
    /// for general fixes (the problem is the first thing said to be wrong, what follows is 其他说明; the resolution is
    /// what the message ends on; 船厂/水泥厂 name the one works of that line; 酵解中心 for 动物酵解中心): tuned on now,
    /// guarded at what it measures since.
    /// </summary>
    [Fact]
    public async Task Set3_TunedOn_FiguresReported_EveryAmbiguousMessageAsked()
    {
        var (items, results, errors) = await RunAsync("contacts-heldout-3.jsonl");
        output.WriteLine(errors);

        var accuracy = Accuracy(items, results);
        Assert.True(accuracy["enterprise"] >= 28.0 / 30);
        Assert.True(accuracy["date"] >= 29.0 / 30);
        Assert.True(accuracy["channel"] >= 30.0 / 30);
        // 29 until sets 4 and 5 showed the bureau's staff leave "扬尘很大" out of the problem (x020 labels it in).
        Assert.True(accuracy["problem"] >= 28.0 / 30);
        Assert.True(accuracy["resolution"] >= 29.0 / 30);
        Assert.True(accuracy["needs_clarification"] >= 30.0 / 30);
        AssertEveryAmbiguousAsked(items, results, 6);
    }

    /// <summary>
    /// Held-out set 4 (30 messages, 6 needing a question), written blind the same way after the fixes above. Measured
    /// before it was looked at: enterprise 27, date 28, channel 29, problem 11, resolution 18, needs_clarification 25 of
    /// 30, all 6 asked. Then used for general fixes (a plain "解决不了" stands whatever follows; 恢复正常/改好/疏通 are
    /// done; a follow-up visit "去现场复查" is not the channel; 发来照片 and 在微信里问我 say how, not what; the topic
    /// "噪声投诉的事" gives way to the problem told after it): tuned on now. Its problem labels are partly the writer's
    /// own summary ("东侧雨水井里混入加工废水" for "东侧雨水井里有加工废水混进去"), which no extraction reproduces.
    /// </summary>
    [Fact]
    public async Task Set4_TunedOn_FiguresReported_EveryAmbiguousMessageAsked()
    {
        var (items, results, errors) = await RunAsync("contacts-heldout-4.jsonl");
        output.WriteLine(errors);

        var accuracy = Accuracy(items, results);
        Assert.True(accuracy["enterprise"] >= 27.0 / 30);
        Assert.True(accuracy["date"] >= 28.0 / 30);
        Assert.True(accuracy["channel"] >= 30.0 / 30);
        Assert.True(accuracy["problem"] >= 17.0 / 30);
        Assert.True(accuracy["resolution"] >= 27.0 / 30);
        Assert.True(accuracy["needs_clarification"] >= 29.0 / 30);
        AssertEveryAmbiguousAsked(items, results, 6);
    }

    /// <summary>
    /// Held-out set 5 (30 messages, 6 needing a question), written blind after the set-4 fixes, with the problem
    /// labelled as the guide's own words (a phrase of the message, not a summary). Measured before it was looked at —
    /// the honest figure of the rules: enterprise 27, date 28, channel 30, problem 19, resolution 17,
    /// needs_clarification 25 of 30, all 6 asked. Then used for general fixes (the problem stops at the first thing
    /// said to be wrong, how bad it is and the cause are 其他说明; done-words of what is still to come — "下周三前整改完",
    /// "再告诉他们" — are not done; 做不了/答复不了 are not solved; the date told with the channel is the contact's):
    /// tuned on now, guarded at what it measures.
    /// </summary>
    [Fact]
    public async Task Set5_TunedOn_FiguresReported_EveryAmbiguousMessageAsked()
    {
        var (items, results, errors) = await RunAsync("contacts-heldout-5.jsonl");
        output.WriteLine(errors);

        var accuracy = Accuracy(items, results);
        Assert.True(accuracy["enterprise"] >= 27.0 / 30);
        Assert.True(accuracy["date"] >= 28.0 / 30);
        Assert.True(accuracy["channel"] >= 30.0 / 30);
        Assert.True(accuracy["problem"] >= 28.0 / 30);
        Assert.True(accuracy["resolution"] >= 28.0 / 30);
        Assert.True(accuracy["needs_clarification"] >= 30.0 / 30);
        AssertEveryAmbiguousAsked(items, results, 6);
    }

    /// <summary>
    /// Held-out set 6 (30 messages, 6 needing a question), written blind after the set-5 fixes, problem labels copied
    /// from the message. Measured before it was looked at: enterprise 27, date 27, channel 28, problem 20, resolution 22,
    /// needs_clarification 29 of 30, all 6 asked (three of the enterprise and date misses are messages that need a
    /// question anyway, where the label is the writer's guess). Then used for general fixes (a clip sent "拍了视频给我" is
    /// not a video call; "要求" as a noun and "建议" given are not work in progress; the cause "查了是数采仪坏了" is a
    /// note; "下午去…现场" is today; "宇锦水泥昨天去过了" is a visit): tuned on now, guarded at what it measures.
    /// </summary>
    [Fact]
    public async Task Set6_TunedOn_FiguresReported_EveryAmbiguousMessageAsked()
    {
        var (items, results, errors) = await RunAsync("contacts-heldout-6.jsonl");
        output.WriteLine(errors);

        var accuracy = Accuracy(items, results);
        Assert.True(accuracy["enterprise"] >= 27.0 / 30);
        Assert.True(accuracy["date"] >= 28.0 / 30);
        Assert.True(accuracy["channel"] >= 30.0 / 30);
        Assert.True(accuracy["problem"] >= 26.0 / 30);
        Assert.True(accuracy["resolution"] >= 27.0 / 30);
        Assert.True(accuracy["needs_clarification"] >= 29.0 / 30);
        AssertEveryAmbiguousAsked(items, results, 6);
    }

    /// <summary>
    /// Held-out set 7 (40 messages, 8 needing a question, resolutions about a third each), written blind after the
    /// set-6 fixes. Measured before it was looked at: enterprise 34, date 37, channel 40, problem 26, resolution 24,
    /// needs_clarification 33 of 40, all 8 asked; on the 32 that need no question: enterprise 30, date 32, channel 32,
    /// problem 22, resolution 19. Then used for general fixes (没有办法/只能等/做不了 are unsolved; "还没答复" is unsolved
    /// unless a next step follows; 转给/立案/整改期 are in progress; 表示清楚/我回了/当场提交了 are done; a name runs on
    /// only in its own order; "进废水站处理" is not a department; a typo right before another name of the same
    /// enterprise is one name): tuned on now, guarded at what it measures.
    /// </summary>
    [Fact]
    public async Task Set7_TunedOn_FiguresReported_EveryAmbiguousMessageAsked()
    {
        var (items, results, errors) = await RunAsync("contacts-heldout-7.jsonl");
        output.WriteLine(errors);

        var accuracy = Accuracy(items, results);
        Assert.True(accuracy["enterprise"] >= 35.0 / 40);
        Assert.True(accuracy["date"] >= 37.0 / 40);
        Assert.True(accuracy["channel"] >= 40.0 / 40);
        Assert.True(accuracy["problem"] >= 36.0 / 40);
        Assert.True(accuracy["resolution"] >= 39.0 / 40);
        Assert.True(accuracy["needs_clarification"] >= 39.0 / 40);
        AssertEveryAmbiguousAsked(items, results, 8);
    }

    private static void AssertEveryAmbiguousAsked(List<JsonObject> items, List<JsonObject> results, int expected)
    {
        var ambiguous = items.Zip(results).Where(p => p.First["expected"]!["needs_clarification"]!.GetValue<bool>()).ToList();
        Assert.Equal(expected, ambiguous.Count);
        Assert.All(ambiguous, p => Assert.True(p.Second["needs_clarification"]!.GetValue<bool>(), $"{p.First["id"]} not asked: {p.First["text"]}"));
    }
}
