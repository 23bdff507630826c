using System.Globalization;
using EnvBot.Data.Domain.Attachments;

namespace EnvBot.Dialogs.Attachments;

/// <summary>Every user-facing text about files sent in chat (issue 10).</summary>
public static class AttachmentReplies
{
    public static string Refused(string name, AttachmentProblem problem, long maxBytes) => problem switch
    {
        AttachmentProblem.TooLarge => $"附件《{name}》超过 {Megabytes(maxBytes)} MB，未保存。请压缩后重新发送，或分成几个文件。",
        AttachmentProblem.Empty => $"附件《{name}》是空文件，未保存。",
        _ => $"附件《{name}》的类型不支持，未保存。可以发送{AttachmentRules.AllowedText}。",
    };

    public static string TooMany(string name, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"一条消息最多带 {max} 个附件，《{name}》未保存，请另发一条。");

    public static string NotFetched(string name) => $"附件《{name}》无法读取，未保存，请重新发送。";

    /// <summary>Files sent without an answer: they wait for the next 整改回复 of the same chat.</summary>
    public static string WaitingForAnswer(IReadOnlyList<(int Id, string Name)> files) =>
        $"已收到附件 {Names(files)}。请回复“整改回复 编号 整改情况”，附件将随该整改回复一并提交给指导员。";

    public const string OnlyForRectification = "目前只有企业联系人回复体检整改项时可以发送附件（“整改回复 编号 整改情况”并附照片或文件），附件未保存。";

    public static string Names(IEnumerable<(int Id, string Name)> files) => string.Join("、", files.Select(f => $"《{f.Name}》"));

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
