using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnvBot.Dialogs.Main;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>
/// Real channel traffic (shared/data/botframework-fixtures/inbound) posted to /api/messages with serviceUrl pointed at
/// the fake connector; what comes back is checked against the fixtures README §4.0/§4.1/§4.3.
/// </summary>
public sealed class ChannelFixtureTests(HostWithConnector env) : IClassFixture<HostWithConnector>
{
    /// <summary>What EnvBot answers each fixture with, by its number (README §4.0 allows 200 or 501 for invokes it does not support).</summary>
    private static readonly Dictionary<string, (HttpStatusCode Status, string? BodyHas, int Replies)> Expected = new()
    {
        ["01"] = (HttpStatusCode.OK, null, 1),
        ["02"] = (HttpStatusCode.OK, null, 1),
        ["03"] = (HttpStatusCode.OK, null, 1),
        ["04"] = (HttpStatusCode.OK, null, 0),        // nameless card-action invoke: acknowledged
        ["05"] = (HttpStatusCode.OK, "task", 0),
        ["06"] = (HttpStatusCode.OK, "task", 0),
        ["07"] = (HttpStatusCode.OK, "composeExtension", 0),
        ["08"] = (HttpStatusCode.NotImplemented, null, 0),
        ["09"] = (HttpStatusCode.NotImplemented, null, 0),
        ["10"] = (HttpStatusCode.NotImplemented, null, 0),
        ["11"] = (HttpStatusCode.OK, null, 0),        // a user joined a team: no greeting in the channel
        ["12"] = (HttpStatusCode.OK, null, 0),
        ["13"] = (HttpStatusCode.OK, null, 0),
        ["14"] = (HttpStatusCode.OK, null, 0),
        ["15"] = (HttpStatusCode.OK, null, 0),
        ["16"] = (HttpStatusCode.OK, null, 0),
        ["17"] = (HttpStatusCode.OK, null, 1),        // the bot was added to the team: it introduces itself
        ["18"] = (HttpStatusCode.OK, null, 0),
        ["19"] = (HttpStatusCode.OK, null, 0),
        ["20"] = (HttpStatusCode.OK, null, 0),
        ["21"] = (HttpStatusCode.OK, null, 0),
        ["22"] = (HttpStatusCode.OK, null, 0),
        ["23"] = (HttpStatusCode.OK, "statusCode", 0),
        ["24"] = (HttpStatusCode.OK, null, 1),        // welcome the user (not the bot) at the Emulator
        ["25"] = (HttpStatusCode.OK, null, 1),
        ["26"] = (HttpStatusCode.OK, null, 1),
        ["27"] = (HttpStatusCode.OK, null, 0),
        ["28"] = (HttpStatusCode.OK, null, 0),
        ["29"] = (HttpStatusCode.OK, null, 0),
        ["30"] = (HttpStatusCode.OK, null, 0),
    };

    /// <summary>Reply paths written out by hand from the README (§4.0, §4.3), so the encoding is not checked against itself.</summary>
    private static readonly Dictionary<string, string> LiteralPaths = new()
    {
        ["01"] = "/amer/v3/conversations/a%3A1VF4K2uXl-hg-wn2SSWJZYK7Cqox93Xp82wekVXkbOSaJo1L8hynrdocgKu3ydRKxx6P5_u9d8yFcLjugHuhCQ7xmn25K18NfzjiKSskzi5OX0bbe2nRrNJorygvjUL4v/activities/1571691217375",
        ["02"] = "/amer/v3/conversations/19%3A097e6717fd7245bdbeba6baa13840db8%40thread.skype%3Bmessageid%3D1571540169848/activities/1571540169848",
        ["03"] = "/amer/v3/conversations/19%3A097e6717fd7245bdbeba6baa13840db8%40thread.skype%3Bmessageid%3D1570640063118/activities/f%3A2721799525349950340",
        ["24"] = "/v3/conversations/9ccdb710-4eb4-11ec-804d-a1ff51c75ee9%7Clivechat/activities/9d0ac010-4eb4-11ec-9ab7-193a6c7a03a0",
        ["25"] = "/v3/conversations/9ccdb710-4eb4-11ec-804d-a1ff51c75ee9%7Clivechat/activities/9f002770-4eb4-11ec-9ab7-193a6c7a03a0",
        ["26"] = "/v3/conversations/K43kzFuz9HGGKddXSXkBH4-us/activities/K43kzFuz9HGGKddXSXkBH4-us%7C0000003",
    };

    public static TheoryData<string> Fixtures() => new(FixtureFiles.InboundNames);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Post_RealChannelFixture_AnswersPerReadmeAndAddressesReplies(string fixture)
    {
        Assert.True(Expected.TryGetValue(fixture[..2], out var expected), $"{fixture} has no expectation: add one from the fixtures README §4.0");
        env.Connector.Clear();
        var inbound = FixtureFiles.ReadInboundFor(fixture, env.Connector.BaseUrl);

        using var response = await env.Host.Client.PostRawAsync(inbound.ToJsonString());
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(expected.Status == response.StatusCode, $"{fixture}: HTTP {(int)response.StatusCode} {body}, expected {(int)expected.Status}");
        if (expected.BodyHas is { } property)
        {
            Assert.True(JsonNode.Parse(body) is JsonObject o && o.ContainsKey(property), $"{fixture}: body {body} lacks '{property}'");
            var json = JsonNode.Parse(body)!;
            // The envelope each invoke expects (README §4.1 "Invoke response bodies, by name").
            switch (property)
            {
                case "task":
                    Assert.Contains(json["task"]?["type"]?.GetValue<string>(), new[] { "continue", "message" });
                    break;
                case "composeExtension":
                    Assert.Equal("result", json["composeExtension"]?["type"]?.GetValue<string>());
                    Assert.IsType<JsonArray>(json["composeExtension"]?["attachments"]);
                    break;
                case "statusCode":
                    Assert.Equal(200, json["statusCode"]?.GetValue<int>());
                    break;
            }
        }
        else
        {
            Assert.Equal("", body);
        }

        var requests = await env.Connector.WaitForAsync(expected.Replies, TimeSpan.FromSeconds(5));
        Assert.True(requests.Count == expected.Replies, $"{fixture}: {requests.Count} outbound calls, expected {expected.Replies}");
        foreach (var request in requests)
        {
            AssertReplyAddressedTo(inbound, request, fixture);
            if (LiteralPaths.TryGetValue(fixture[..2], out var literal))
            {
                Assert.Equal(literal, request.RawTarget);
            }
        }
    }

    [Fact]
    public async Task Post_TeamsChannelMessage_ReplyKeepsTenantAndThreadInConversation()
    {
        env.Connector.Clear();
        var inbound = FixtureFiles.ReadInboundFor("02-teams-channel-message-at-mention.json", env.Connector.BaseUrl);
        inbound["id"] = "1571540169848-tenant"; // the theory posts the recorded id; a repeat would be a duplicate
        using var response = await env.Host.Client.PostRawAsync(inbound.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await env.Connector.WaitForAsync(1)).Activity;
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", reply.Conversation?.TenantId);
        Assert.Equal("19:097e6717fd7245bdbeba6baa13840db8@thread.skype;messageid=1571540169848", reply.Conversation?.Id);
        Assert.Equal("channel", reply.Conversation?.ConversationType);
        Assert.True(reply.Conversation?.IsGroup);
        Assert.Equal("acceptingInput", reply.InputHint);
    }

    [Fact]
    public async Task Post_AtMentionOfBotBeforeCommand_MentionStrippedAndCommandUnderstood()
    {
        // Fixture 02 as recorded, with the text after the mention replaced by a command. The <at> name ("My Combined")
        // is not recipient.name ("teams2"): only mentioned.id == recipient.id can identify the bot (README §4.2).
        env.Connector.Clear();
        var inbound = FixtureFiles.ReadInboundFor("02-teams-channel-message-at-mention.json", env.Connector.BaseUrl);
        inbound["id"] = "1571540169848-help";
        inbound["text"] = "<at>My Combined</at>帮助\n";

        using var response = await env.Host.Client.PostRawAsync(inbound.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await env.Connector.WaitForAsync(1)).Activity;
        Assert.Equal(HelpText.For(EnvBot.Data.Domain.People.UserIdentity.Anonymous), reply.Text);
    }

    [Fact]
    public async Task Post_MentionOfSomeoneElse_NotStripped()
    {
        env.Connector.Clear();
        var inbound = FixtureFiles.ReadInboundFor("02-teams-channel-message-at-mention.json", env.Connector.BaseUrl);
        inbound["id"] = "1571540169848-other";
        inbound["text"] = "<at>Dave</at>帮助";
        inbound["entities"]![0]!["mentioned"]!["id"] = "29:someone-else";
        inbound["entities"]![0]!["text"] = "<at>Dave</at>";

        using var response = await env.Host.Client.PostRawAsync(inbound.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await env.Connector.WaitForAsync(1)).Activity;
        Assert.Equal(MainReplies.NotUnderstood, reply.Text);
    }

    [Fact]
    public async Task Post_AdaptiveCardAction_Returns200WithAdaptiveCardInvokeResponse()
    {
        env.Connector.Clear();
        using var response = await env.Host.Client.PostRawAsync(FixtureFiles.ReadInbound("23-teams-invoke-adaptiveCard-action-sdk-test.json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(MainReplies.CardSubmitReceived, body.RootElement.GetProperty("value").GetString());
        Assert.Empty(env.Connector.Requests);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionWithoutAction_Returns400ErrorBody()
    {
        var inbound = JsonNode.Parse(FixtureFiles.ReadInbound("23-teams-invoke-adaptiveCard-action-sdk-test.json"))!.AsObject();
        inbound["value"] = new JsonObject { ["trigger"] = "manual" };
        using var response = await env.Host.Client.PostRawAsync(inbound.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("BadRequest", body.RootElement.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_MessageWithoutServiceUrl_RepliesNowhereAndAnswers200()
    {
        // Fixture 30 has no serviceUrl; with a command as text the bot would answer, but there is nowhere to send it.
        env.Connector.Clear();
        var inbound = JsonNode.Parse(FixtureFiles.ReadInbound("30-chatdown-message-with-attachment-sdk-test.json"))!.AsObject();
        inbound["id"] = "30-help";
        inbound["text"] = "帮助";
        using var response = await env.Host.Client.PostRawAsync(inbound.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(env.Connector.Requests);
    }

    [Fact]
    public async Task Post_EndOfConversation_ClearsConversationState()
    {
        const string conversation = "eoc-conv";
        var hello = BotClient.Message("帮助", conversationId: conversation, channelId: "msteams");
        await env.Host.Client.SendAsync(hello);
        Assert.Equal(1, await BotStateProbe.ReadTurnsAsync(env.Host, "msteams", conversation));

        var end = JsonNode.Parse(FixtureFiles.ReadInbound("28-endOfConversation-sdk-fixture.json"))!.AsObject();
        end["conversation"]!["id"] = conversation;
        using var response = await env.Host.Client.PostRawAsync(end.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await BotStateProbe.ReadTurnsAsync(env.Host, "msteams", conversation));
    }

    private void AssertReplyAddressedTo(JsonObject inbound, CapturedRequest request, string fixture)
    {
        var serviceUrl = inbound["serviceUrl"]!.GetValue<string>();
        var conversation = inbound["conversation"]!.AsObject();
        var id = inbound["id"]!.GetValue<string>();
        var basePath = new Uri(serviceUrl).AbsolutePath.TrimEnd('/');
        var expectedPath = new StringBuilder(basePath).Append("/v3/conversations/")
            .Append(Uri.EscapeDataString(conversation["id"]!.GetValue<string>())).Append("/activities/").Append(Uri.EscapeDataString(id)).ToString();
        Assert.True(request.RawTarget == expectedPath, $"{fixture}: posted to {request.RawTarget}, expected {expectedPath}");

        var reply = JsonNode.Parse(request.Body)!.AsObject();
        Assert.True(JsonNode.DeepEquals(conversation, reply["conversation"]), $"{fixture}: reply.conversation {reply["conversation"]} differs from {conversation}");
        // README §4.3: from = inbound recipient {id, name}; recipient = inbound from {id, name, aadObjectId}.
        foreach (var field in new[] { "id", "name" })
        {
            Assert.Equal(inbound["recipient"]![field]?.GetValue<string>(), reply["from"]?[field]?.GetValue<string>());
        }
        foreach (var field in new[] { "id", "name", "aadObjectId" })
        {
            Assert.Equal(inbound["from"]![field]?.GetValue<string>(), reply["recipient"]?[field]?.GetValue<string>());
        }
        if (inbound["locale"]?.GetValue<string>() is { Length: > 0 } locale)
        {
            Assert.Equal(locale, reply["locale"]?.GetValue<string>());
        }
        Assert.Equal(id, reply["replyToId"]?.GetValue<string>());
        Assert.Equal(inbound["channelId"]!.GetValue<string>(), reply["channelId"]?.GetValue<string>());
        Assert.Equal(serviceUrl, reply["serviceUrl"]?.GetValue<string>());
        Assert.Equal("message", reply["type"]?.GetValue<string>());
        Assert.False(reply.ContainsKey("id"), $"{fixture}: a bot must not send an id (A2031)");
    }
}
