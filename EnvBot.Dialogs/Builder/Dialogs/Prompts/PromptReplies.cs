namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>User-facing text of the prompts, in one place so transcripts and code agree.</summary>
public static class PromptReplies
{
    /// <summary>Sent when a prompt stops after <see cref="PromptOptions.MaxAttempts"/> failed answers.</summary>
    public const string GaveUp = "多次输入未能识别，已停止本次操作。如需继续，请重新发送指令，或发送“帮助”。";

    public const string TextRetry = "没有收到内容，请重新输入。";
    public const string NumberRetry = "没有识别出数字，请重新输入。";
    public const string ChoiceRetry = "没有识别出您的选择，请点击下方选项或回复序号。";
    public const string ConfirmRetry = "请回答“是”或“否”。";
    public const string DateRetry = "没有识别出日期，请重新输入，例如“明天”“下周三”或“3月5日”。";

    public const string Yes = "是";
    public const string No = "否";
}
