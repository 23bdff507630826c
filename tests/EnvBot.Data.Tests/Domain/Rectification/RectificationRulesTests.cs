using EnvBot.Data.Domain.Rectification;

namespace EnvBot.Data.Tests.Domain.Rectification;

/// <summary>Seed 002 一查二劝三改: who may act on an item when, and when it is escalated.</summary>
public sealed class RectificationRulesTests
{
    private static RectificationItem Item(RectificationState state, DateOnly deadline, DateTimeOffset? escalatedAt = null) => new()
    {
        EnterpriseName = "浙江金鹰股份有限公司",
        Finding = "危废暂存间未设置警示标识",
        Suggestion = "按规范设置标识牌",
        RecordedByName = "陆佩军",
        State = state,
        Deadline = deadline,
        EscalatedAt = escalatedAt,
    };

    [Theory]
    [InlineData(RectificationState.Open, true, false)]
    [InlineData(RectificationState.Returned, true, false)]
    [InlineData(RectificationState.Answered, false, true)]
    [InlineData(RectificationState.Accepted, false, false)]
    public void AnswerAndReview_OnlyFromTheirStates(RectificationState state, bool canAnswer, bool canReview)
    {
        Assert.Equal(canAnswer, RectificationRules.CanAnswer(state));
        Assert.Equal(canReview, RectificationRules.CanReview(state));
    }

    [Fact]
    public void Overdue_TheDayAfterTheDeadline_OnlyWhileTheEnterpriseOwesAnAnswer_AndOnce()
    {
        var deadline = new DateOnly(2026, 11, 30);
        Assert.False(RectificationRules.IsOverdue(Item(RectificationState.Open, deadline), deadline));
        Assert.True(RectificationRules.IsOverdue(Item(RectificationState.Open, deadline), deadline.AddDays(1)));
        Assert.True(RectificationRules.IsOverdue(Item(RectificationState.Returned, deadline), deadline.AddDays(1)));
        // Answered and waiting for the guide: not the enterprise's delay.
        Assert.False(RectificationRules.IsOverdue(Item(RectificationState.Answered, deadline), deadline.AddDays(1)));
        Assert.False(RectificationRules.IsOverdue(Item(RectificationState.Accepted, deadline), deadline.AddDays(1)));
        Assert.False(RectificationRules.IsOverdue(Item(RectificationState.Open, deadline, DateTimeOffset.UnixEpoch), deadline.AddDays(5)));
    }
}
