using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EnvBot.Data.Domain.Rectification;
using EnvBot.Data.Identity;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Data.Rectification;
using EnvBot.Host.Tests.DirectLine;
using EnvBot.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Host.Tests.Rectification;

/// <summary>
/// Issue 10: "an attachment uploaded through Web Chat and stored". 金鹰's contact answers a rectification item in the web
/// chat with a photo: the Direct Line upload (multipart, an activity part plus a file part, as DirectLineJS sends it)
/// stores the file, links it to the item and its ledger matter, and the signed link serves the same bytes. A file of a
/// type not allowed is refused with 415 and a Chinese message in the chat, and nothing is stored.
/// </summary>
public sealed class AttachmentUploadTests
{
    private static readonly DateTimeOffset Wednesday25November = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));
    private const string User = "u-jinying";

    // The 8-byte PNG signature and an IHDR start: enough for the type check, which reads the content, not the name.
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    private static async Task<(TestHost Host, DirectLineTestClient DirectLine, string ConversationId, string Token, IReadOnlyList<RectificationItem> Items)> StartAsync()
    {
        var host = await TestHost.StartAsync(Wednesday25November, settings: new Dictionary<string, string?>(DirectLineTestClient.Settings) { ["Jobs:Enabled"] = "false" });
        var identities = host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, default);
        await identities.BindEnterpriseContactAsync("directline", User, bureauId, "浙江金鹰股份有限公司", "91330900MA28JYNG08", "李经理", default);
        var rectification = host.Services.GetRequiredService<RectificationService>();
        var enterprise = Assert.Single(await rectification.FindEnterprisesAsync("金鹰", default));
        var lu = (await identities.FindPersonByNameAsync(bureauId, "陆佩军", default))!;
        var items = await rectification.RecordAsync(enterprise, lu.Id, "陆佩军",
            [new NewFinding("危废暂存间未设置警示标识", null, "按规范设置标识牌", new DateOnly(2026, 12, 10)), new NewFinding("废气收集罩破损", null, "更换收集罩", new DateOnly(2026, 12, 4))], default);
        var directLine = new DirectLineTestClient(host);
        var (conversationId, token) = await directLine.StartAsync(User);
        return (host, directLine, conversationId, token, items);
    }

    private static HttpRequestMessage Upload(string conversationId, string token, string text, params (string Name, byte[] Content, string Type)[] files)
    {
        var form = new MultipartFormDataContent();
        var activity = new ByteArrayContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type = "message", from = new { id = User }, text })));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        foreach (var (name, content, type) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, "file", name);
        }
        var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload?userId={User}") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    [Fact]
    public async Task PhotoUploadedThroughDirectLine_IsStored_LinkedToTheAnswer_AndDownloadableByItsSignedLink()
    {
        var (host, directLine, conversationId, token, items) = await StartAsync();
        await using var owned = host;
        using var response = await host.Client.SendAsync(Upload(conversationId, token, "整改回复 1 已按规范设置危废标识牌", ("标识牌.png", Png, "image/png")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        var (activities, _) = await directLine.GetActivitiesAsync(conversationId, token);
        var echo = activities.Single(a => a.GetProperty("id").GetString() == id);
        var attachment = Assert.Single(echo.GetProperty("attachments").EnumerateArray());
        Assert.Equal(("image/png", "标识牌.png"), (attachment.GetProperty("contentType").GetString(), attachment.GetProperty("name").GetString()));
        var contentUrl = attachment.GetProperty("contentUrl").GetString()!;
        Assert.StartsWith("/api/attachments?id=", contentUrl, StringComparison.Ordinal);
        Assert.Contains(activities, a => a.TryGetProperty("text", out var t) && t.GetString() == "已收到整改项 1 的整改情况和附件 《标识牌.png》，等待指导员 陆佩军 复核。");

        // Stored in the database and linked to the answered item and its ledger matter.
        await using (var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext())
        {
            var stored = await db.Attachments.SingleAsync();
            Assert.Equal((items[0].Id, items[0].MatterId, "标识牌.png", "image/png", (long)Png.Length), (stored.RectificationItemId, stored.MatterId, stored.FileName, stored.ContentType, stored.Size));
            Assert.Equal(items[0].EnterpriseId, stored.EnterpriseId);
            var item = await db.RectificationItems.SingleAsync(i => i.Id == items[0].Id);
            Assert.Equal((RectificationState.Answered, "已按规范设置危废标识牌"), (item.State, item.Answer));
            Assert.Contains(await db.RectificationEvents.Where(e => e.RectificationItemId == item.Id).Select(e => e.Text).ToListAsync(), t => t == "已按规范设置危废标识牌（附件 1 个）");
        }

        // The signed link serves the same bytes; a tampered link is 404.
        using var download = await host.Client.GetAsync(contentUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(contentUrl.Replace("id=1", "id=2", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task FileOfATypeNotAllowed_IsRefusedWith415_AndAChineseMessage_AndNothingIsStored()
    {
        var (host, directLine, conversationId, token, items) = await StartAsync();
        await using var owned = host;
        // An executable, and one renamed .png: both judged by their bytes.
        var exe = "MZ\x90\0 not a picture"u8.ToArray();
        using var response = await host.Client.SendAsync(Upload(conversationId, token, "整改回复 2 已更换", ("现场.png", exe, "image/png"), ("安装包.exe", exe, "application/octet-stream")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("附件《现场.png》的类型不支持，未保存", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (activities, _) = await directLine.GetActivitiesAsync(conversationId, token);
        var told = activities.Last();
        Assert.Equal("envbot", told.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("附件《现场.png》的类型不支持，未保存。可以发送图片（jpg、png、gif、bmp、webp）、PDF 或 Office 文档（doc、docx、xls、xlsx、ppt、pptx、wps）。\n" +
            "附件《安装包.exe》的类型不支持，未保存。可以发送图片（jpg、png、gif、bmp、webp）、PDF 或 Office 文档（doc、docx、xls、xlsx、ppt、pptx、wps）。", told.GetProperty("text").GetString());

        await using var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
        Assert.Equal(0, await db.Attachments.CountAsync());
        Assert.Equal(RectificationState.Open, (await db.RectificationItems.SingleAsync(i => i.Id == items[1].Id)).State);
    }

    [Fact]
    public async Task PhotoSentAlone_WaitsForTheAnswer_ThatTakesIt()
    {
        var (host, directLine, conversationId, token, items) = await StartAsync();
        await using var owned = host;
        // Web Chat's upload button: the file alone, no text.
        using (var response = await host.Client.SendAsync(Upload(conversationId, token, "", ("预案备案回执.pdf", "%PDF-1.7\n%EOF"u8.ToArray(), "application/pdf"))))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var (activities, watermark) = await directLine.GetActivitiesAsync(conversationId, token);
        Assert.Equal("已收到附件 《预案备案回执.pdf》。请回复“整改回复 编号 整改情况”，附件将随该整改回复一并提交给指导员。", activities.Last().GetProperty("text").GetString());

        await directLine.PostMessageAsync(conversationId, token, "整改回复 2 已更换收集罩", User);
        (activities, _) = await directLine.GetActivitiesAsync(conversationId, token, watermark);
        Assert.Equal("已收到整改项 2 的整改情况和附件 《预案备案回执.pdf》，等待指导员 陆佩军 复核。", activities.Last().GetProperty("text").GetString());
        await using var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
        Assert.Equal(items[1].Id, (await db.Attachments.SingleAsync()).RectificationItemId);
    }
}
