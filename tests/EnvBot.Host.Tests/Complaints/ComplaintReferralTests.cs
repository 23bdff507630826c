using EnvBot.Data.Complaints;
using EnvBot.Host.Tests.Ledger;

namespace EnvBot.Host.Tests.Complaints;

/// <summary>Issue 10 / DOMAIN.md §1: a complaint is referred to 12369 and the referral is recorded, ID numbers masked.</summary>
public sealed class ComplaintReferralTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Complaint_GuidanceGiven_AndRecordedWithTheEnterpriseAndTheIdNumberMasked()
    {
        await using var chats = await LedgerChats.StartAsync(Now);
        var reply = await chats.SayOneAsync(LedgerChats.Enterprise, LedgerChats.EnterpriseChat, "我要投诉隔壁厂晚上偷偷排放废气，熏得我们没法上班，你们管不管？我的身份证号330902199001011234");
        Assert.Contains("12369", reply, StringComparison.Ordinal);

        var referral = Assert.Single(await chats.Host.Services.GetRequiredService<ComplaintReferralLog>().AllAsync(default));
        Assert.Equal("我要投诉隔壁厂晚上偷偷排放废气，熏得我们没法上班，你们管不管？我的身份证号3309**********1234", referral.Text);
        Assert.NotNull(referral.EnterpriseId);
        Assert.NotNull(referral.EnterpriseContactId);
        Assert.Null(referral.PersonId);
        Assert.Equal("test", referral.ChannelId);
        Assert.Equal(Now, referral.At);
    }

    [Fact]
    public async Task PolicyQuestion_IsNotRecordedAsAComplaint()
    {
        await using var chats = await LedgerChats.StartAsync(Now);
        await chats.SayAsync("u-stranger", "chat-stranger", "我要投诉隔壁厂晚上偷偷排放废气，熏得我们没法上班，你们管不管？");
        await chats.SayAsync("u-stranger", "chat-stranger", "请问排污许可证到期了怎么延续？");
        var referral = Assert.Single(await chats.Host.Services.GetRequiredService<ComplaintReferralLog>().AllAsync(default));
        Assert.Null(referral.EnterpriseId);
        Assert.Null(referral.PersonId);
    }
}
