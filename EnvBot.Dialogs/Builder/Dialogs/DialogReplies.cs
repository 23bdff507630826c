namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>User-facing text of the dialog core (interruptions); prompts have theirs in <c>PromptReplies</c>.</summary>
public static class DialogReplies
{
    public const string Cancelled = "已取消。";

    public const string DefaultHelp = "请直接回答上面的问题。发送“返回”可回到上一步，发送“取消”可结束本次操作。";
}
