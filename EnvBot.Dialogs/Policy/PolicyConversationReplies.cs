namespace EnvBot.Dialogs.Policy;

/// <summary>What the policy conversation says besides the composed answer.</summary>
public static class PolicyConversationReplies
{
    public const string Working = "正在根据法规条文整理答复，请稍候，答复会发到本对话。";

    /// <summary>转人工 opens a ledger matter for a bound enterprise (issue 5); the question is kept for after 企业认证.</summary>
    public const string BindBeforeHandOver = "转人工需要先完成企业认证，以便工作人员联系贵单位并把答复发回本对话。请点击“企业认证”，认证后再回复“转人工”，您刚才的问题会一并转交。";

    /// <summary>A follow-up ("那不贴会罚多少") is answered together with the question before it; say so.</summary>
    public static string ReadWith(string previous) =>
        $"（结合您上一个问题“{(previous.Length > 40 ? previous[..40] + "…" : previous)}”一起理解。如是新问题，请把问题说完整。）";

    public const string NothingToHandOver = "请先把您的问题发给我，我查询相关法规后，如需人工答复再回复“转人工”。";

    /// <summary>DOMAIN.md §1: a complaint or petition is not dropped — say where to report it.</summary>
    public static string ComplaintGuidance(string? kind) =>
        $"您反映的情况属于{(kind ?? "投诉举报")}，不在企业环保咨询的受理范围内。请通过以下渠道反映，相关部门会依法处理：\n\n" +
        "- 拨打 **12369** 环保举报热线\n" +
        "- 登录全国生态环境信访投诉举报管理平台（或“12369环保举报”微信公众号）在线举报\n\n" +
        "如果您还有环保政策方面的问题，可以直接问我。";
}
