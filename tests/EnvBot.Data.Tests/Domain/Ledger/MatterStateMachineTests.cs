using EnvBot.Data.Domain.Ledger;

namespace EnvBot.Data.Tests.Domain.Ledger;

public sealed class MatterStateMachineTests
{
    public static TheoryData<MatterState, MatterAction, MatterState?> Transitions() => new()
    {
        { MatterState.Collected, MatterAction.Assign, MatterState.Assigned },
        { MatterState.Assigned, MatterAction.Claim, MatterState.InProgress },
        { MatterState.Assigned, MatterAction.Answer, MatterState.Resolved },
        { MatterState.InProgress, MatterAction.Answer, MatterState.Resolved },
        { MatterState.InProgress, MatterAction.Reassign, MatterState.Assigned },
        { MatterState.Assigned, MatterAction.Return, MatterState.Returned },
        { MatterState.InProgress, MatterAction.Return, MatterState.Returned },
        { MatterState.Returned, MatterAction.Reassign, MatterState.Assigned },
        { MatterState.InProgress, MatterAction.ExplainUnsolvable, MatterState.ExplainedUnsolvable },
        { MatterState.Resolved, MatterAction.Close, MatterState.Closed },
        { MatterState.ExplainedUnsolvable, MatterAction.Close, MatterState.Closed },
        // Refused: a second claim, answering twice, closing an unanswered matter, anything after 销号.
        { MatterState.InProgress, MatterAction.Claim, null },
        { MatterState.Resolved, MatterAction.Answer, null },
        { MatterState.InProgress, MatterAction.Close, null },
        { MatterState.Assigned, MatterAction.Close, null },
        { MatterState.Returned, MatterAction.Claim, null },
        { MatterState.Closed, MatterAction.Reassign, null },
        { MatterState.Closed, MatterAction.Close, null },
        { MatterState.Closed, MatterAction.Answer, null },
        { MatterState.Collected, MatterAction.Claim, null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Next_FromStateWithAction_FollowsTheTable(MatterState from, MatterAction action, MatterState? expected)
    {
        Assert.Equal(expected, MatterStateMachine.Next(from, action));
    }

    [Fact]
    public void Next_Closed_NoActionLeavesIt()
    {
        Assert.All(Enum.GetValues<MatterAction>(), a => Assert.Null(MatterStateMachine.Next(MatterState.Closed, a)));
    }
}
