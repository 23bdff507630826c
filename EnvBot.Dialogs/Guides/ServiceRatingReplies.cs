using System.Globalization;

namespace EnvBot.Dialogs.Guides;

/// <summary>The enterprise's rating of a guide's contact: what the bot asks and answers (STYLE.md: one place per feature).</summary>
public static class ServiceRatingReplies
{
    public const string Command = "评价服务";

    public const string Usage = "评价格式：评价服务 记录编号 分数 意见（分数 1–5，5 分最满意），例如：评价服务 12 5 解答很及时。";

    public static string Request(long recordId, string guide, DateOnly date, string channel, string problem) =>
        $"【服务评价】环保指导员 {guide} 于 {date.Month}月{date.Day}日 通过{channel}为贵公司解决了：{problem}\n" +
        $"请为本次服务打分（1–5 分，5 分最满意），点击下方按钮，或发送“{Command} {recordId} 分数 意见”。评价用于指导员月度考核。";

    /// <summary>Buttons from 5 (best) down, each a complete command so a press needs no typing.</summary>
    public static IReadOnlyList<(string Title, string Value)> Buttons(long recordId) =>
        Enumerable.Range(1, 5).Reverse().Select(score => ($"{score}分", $"{Command} {recordId.ToString(CultureInfo.InvariantCulture)} {score}")).ToList();

    public static string AskedToRate(int accounts) =>
        accounts > 0 ? "已请企业联系人为本次服务评分。" : "";

    public static string Rated(long recordId, int rating) => $"感谢评价！服务记录 #{recordId} 评分 {rating} 分已记录。";

    public static string AlreadyRated(long recordId, int? rating) => $"服务记录 #{recordId} 已评过 {rating} 分，以第一次评价为准。";

    public static string NotFound(long recordId) => $"没有找到贵公司的服务记录 #{recordId}，请核对编号。";
}
