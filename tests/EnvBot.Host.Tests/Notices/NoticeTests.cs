using EnvBot.Data.Identity;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Dialogs.Notices;
using EnvBot.Host.Tests.Ledger;

namespace EnvBot.Host.Tests.Notices;

/// <summary>
/// Issue 10 (送政策, seed 004's advance notice of 错峰生产): 陈综合 sends a notice to the 重点监管 enterprises of the
/// seeded Dinghai table at 21:30; quiet hours hold it until 08:00, which the outbox records as when each enterprise was
/// told; one acknowledges (twice: nothing happens twice), one is reminded after a working day and listed for a phone call
/// after another, and the author is told; an enterprise of another category receives nothing.
/// </summary>
public sealed class NoticeTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private const string Chen = "staff-chen";
    private const string ChenChat = "dm-staff-chen";
    private const string WangNeng = "ent-wangneng";
    private const string Cnooc = "ent-cnooc";
    private const string JinYing = "ent-jinying";

    [Fact]
    public async Task CategoryNotice_QuietHoursHoldIt_AcknowledgedOnce_ReminderThenCallList()
    {
        await using var chats = await LedgerChats.StartAsync(new DateTimeOffset(2026, 12, 1, 21, 30, 0, Beijing));
        var identities = chats.Host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, default);
        foreach (var (user, name, code) in new[]
        {
            (WangNeng, "舟山旺能环保能源有限公司", "91330900MA28WN0001"),
            (Cnooc, "中海石油舟山石化有限公司", "91330900MA28ZH0002"),
            (JinYing, "浙江金鹰股份有限公司", "91330900MA28JY0003"),
        })
        {
            await identities.BindEnterpriseContactAsync("test", user, bureauId, name, code, "联系人", default);
            await chats.SayAsync(user, "chat-" + user, "你好");
        }
        chats.Connector.Clear();

        var preview = Assert.Single(await chats.SayAsync(Chen, ChenChat,
            "发通知 类别=重点监管 类型=错峰生产\n标题=12月上旬错峰生产预告\n12月3日至7日重污染天气预警期间，请提前安排错峰生产，减少损失。"));
        Assert.Equal(
            "通知草稿 #1：【限停产/错峰生产预告】12月上旬错峰生产预告\n" +
            "发送对象：类别=重点监管，共 12 家企业（其中 10 家尚无可联系的聊天账号，将列入电话通知名单）\n" +
            "发送时间：确认后立即发送（处于免打扰时段，顺延至 12月2日 08:00）\n" +
            "请回复“确认通知 1”发送；不发送则不必理会本草稿。", preview.Text);
        Assert.Equal("确认通知 1", Assert.Single(preview.SuggestedActions!.Actions).Title);

        Assert.Equal("已确认通知 #1，正在发送给 12 家企业。可用“通知回执 1”查看送达和已阅情况。", await chats.SayOneAsync(Chen, ChenChat, "确认通知 1"));
        Assert.StartsWith("通知 #1 此前已确认，不会重复发送", await chats.SayOneAsync(Chen, ChenChat, "确认通知 1"), StringComparison.Ordinal);

        // 21:30: nothing reaches an enterprise until the quiet hours end.
        await chats.Host.Services.GetRequiredService<EnvBot.Host.Outbox.OutboxSender>().SendDueAsync(default);
        await Task.Delay(300);
        Assert.Empty(chats.Connector.Requests);

        chats.Host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 2, 8, 0, 0, Beijing));
        var told = Assert.Single(await chats.DeliveredToAsync("chat-" + WangNeng)).Text!;
        Assert.StartsWith("【限停产/错峰生产预告】12月上旬错峰生产预告\n12月3日至7日重污染天气预警期间", told, StringComparison.Ordinal);
        var cnoocNotice = Assert.Single(await chats.DeliveredToAsync("chat-" + Cnooc));
        var button = Assert.Single(cnoocNotice.SuggestedActions!.Actions);
        Assert.Equal(("已阅", "已阅 1"), (button.Title, button.Value?.ToString()));

        Assert.Equal("已记录贵单位已阅通知 #1“12月上旬错峰生产预告”，谢谢。", await chats.SayOneAsync(WangNeng, "chat-" + WangNeng, "已阅 1"));
        // A stale press of the same button does nothing twice.
        Assert.Equal("贵单位此前已确认已阅通知 #1，无需重复操作。", await chats.SayOneAsync(WangNeng, "chat-" + WangNeng, "已阅 1"));
        Assert.Equal(NoticeReplies.NothingToAcknowledge, await chats.SayOneAsync(JinYing, "chat-" + JinYing, "已阅"));

        var receipt = await chats.SayOneAsync(Chen, ChenChat, "通知回执 1");
        Assert.Contains("\n已阅 1 家：舟山旺能环保能源有限公司（送达 12月2日 08:00，已阅 12月2日 08:00）", receipt, StringComparison.Ordinal);
        Assert.Contains("\n已送达未阅 1 家：中海石油舟山石化有限公司（送达 12月2日 08:00）", receipt, StringComparison.Ordinal);
        Assert.Contains("\n列入电话通知 10 家：", receipt, StringComparison.Ordinal);
        Assert.Contains("舟山市纳海固体废物集中处置有限公司（无聊天账号）", receipt, StringComparison.Ordinal);

        // One working day later, Thursday 08:00: the silent enterprise is reminded, once.
        var dispatch = chats.Host.Services.GetRequiredService<NoticeDispatchService>();
        chats.Host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 3, 7, 59, 0, Beijing));
        Assert.Equal((0, 0, 0), await dispatch.RunAsync(chats.Host.Time.GetUtcNow(), default));
        chats.Host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 3, 8, 0, 0, Beijing));
        Assert.Equal((0, 1, 0), await dispatch.RunAsync(chats.Host.Time.GetUtcNow(), default));
        Assert.Equal((0, 0, 0), await dispatch.RunAsync(chats.Host.Time.GetUtcNow(), default));
        var cnoocChat = await chats.DeliveredToAsync("chat-" + Cnooc, 2);
        Assert.StartsWith("【提醒】贵单位尚未确认已阅通知 #1", cnoocChat[^1].Text, StringComparison.Ordinal);
        Assert.Single(await chats.DeliveredToAsync("chat-" + WangNeng));

        // Still silent a working day after the reminder: listed for a phone call, and the author is told.
        chats.Host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 4, 8, 0, 0, Beijing));
        Assert.Equal((0, 0, 1), await dispatch.RunAsync(chats.Host.Time.GetUtcNow(), default));
        Assert.Equal((0, 0, 0), await dispatch.RunAsync(chats.Host.Time.GetUtcNow(), default));
        var toAuthor = (await chats.DeliveredToAsync(ChenChat)).Select(a => a.Text).Last();
        Assert.Equal("【电话通知名单】通知 #1“12月上旬错峰生产预告”：以下企业提醒后仍未确认已阅，请电话通知：中海石油舟山石化有限公司。", toAuthor);
        receipt = await chats.SayOneAsync(Chen, ChenChat, "通知回执 1");
        Assert.Contains("\n已送达未阅 0 家", receipt, StringComparison.Ordinal);
        Assert.Contains("中海石油舟山石化有限公司（提醒后仍未阅）", receipt, StringComparison.Ordinal);
        Assert.Contains("\n列入电话通知 11 家：", receipt, StringComparison.Ordinal);

        Assert.DoesNotContain(chats.Connector.Requests, r => r.Activity.Conversation?.Id == "chat-" + JinYing && r.Activity.Text!.Contains("错峰", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnterpriseContact_CannotSendNotices_StaffCannotAcknowledge()
    {
        await using var chats = await LedgerChats.StartAsync(new DateTimeOffset(2026, 12, 2, 10, 0, 0, Beijing));
        Assert.StartsWith("抱歉，该操作仅限处室工作人员、综合处或局领导使用", await chats.SayOneAsync(LedgerChats.Enterprise, LedgerChats.EnterpriseChat, "发通知 对象=全部 测试"), StringComparison.Ordinal);
        Assert.StartsWith("抱歉，该操作仅限已完成企业认证的企业联系人使用", await chats.SayOneAsync(Chen, ChenChat, "已阅 1"), StringComparison.Ordinal);
        Assert.Equal("没有符合“区域=火星”的企业，未保存。", await chats.SayOneAsync(Chen, ChenChat, "发通知 区域=火星 测试通知"));
        Assert.StartsWith("以下企业名称没有找到或对应多家企业：不存在公司", await chats.SayOneAsync(Chen, ChenChat, "发通知 企业=金鹰、不存在公司 测试通知"), StringComparison.Ordinal);
    }
}
