namespace EnvBot.Data.Domain.Ledger;

/// <summary>States and actions in the bureau's words, for replies and the enterprise's progress view.</summary>
public static class MatterStateNames
{
    public static string Chinese(MatterState state) => state switch
    {
        MatterState.Collected => "已收集",
        MatterState.Assigned => "已交办",
        MatterState.InProgress => "办理中",
        MatterState.Resolved => "已答复",
        MatterState.Closed => "已销号",
        MatterState.Returned => "已退回综合处",
        MatterState.ExplainedUnsolvable => "已说明无法解决",
        _ => state.ToString(),
    };

    public static string Chinese(MatterAction action) => action switch
    {
        MatterAction.Collect => "收集",
        MatterAction.Assign => "交办",
        MatterAction.Claim => "认领",
        MatterAction.Answer => "回复",
        MatterAction.Reassign => "转办",
        MatterAction.Return => "退回",
        MatterAction.ExplainUnsolvable => "说明无法解决",
        MatterAction.Close => "办结",
        _ => action.ToString(),
    };
}
