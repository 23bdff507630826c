using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>
/// Every inbound fixture survives deserialize → serialize with BotJson: unknown fields, channelData, entities and
/// value keep their content (fixtures README §4.4; SPEC-ACT A2005). Timestamps may be re-formatted, so they are
/// compared as instants.
/// </summary>
public sealed class ActivityRoundTripTests
{
    private static readonly HashSet<string> TimestampFields = new(StringComparer.Ordinal) { "timestamp", "localTimestamp", "expiration" };

    public static TheoryData<string> Fixtures() => new(FixtureFiles.InboundNames);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RoundTrip_InboundFixture_JsonSemanticallyEqual(string fixture)
    {
        var original = JsonNode.Parse(FixtureFiles.ReadInbound(fixture));
        var activity = JsonSerializer.Deserialize(FixtureFiles.ReadInbound(fixture), BotJson.Context.Activity);
        Assert.NotNull(activity);
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Context.Activity));

        var differences = new List<string>();
        Compare(original, written, "$", differences);
        Assert.True(differences.Count == 0, $"{fixture}:\n{string.Join("\n", differences)}");
    }

    [Fact]
    public void RoundTrip_DirectLineFixture_KeepsUnknownTopLevelMembersVerbatim()
    {
        var activity = JsonSerializer.Deserialize(FixtureFiles.ReadInbound("26-directline-message-clientActivityID.json"), BotJson.Context.Activity)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Context.Activity))!.AsObject();
        Assert.Equal("secret", written["cci_user_token"]?.GetValue<string>());
        Assert.Equal("1286428", written["cci_content_version"]?.GetValue<string>());
        Assert.True(written["testActivityObject"]!["TestObject"]!.AsObject().ContainsKey("TestObject"), "nested null must be kept");
        Assert.Equal(new DateTimeOffset(2022, 3, 25, 0, 57, 22, TimeSpan.Zero).AddTicks(5223034), activity.Timestamp);
    }

    [Theory]
    [InlineData("acceptingInput")]
    [InlineData("accepting")]
    [InlineData("AcceptingInput")]
    public void Read_EitherInputHintSpelling_NormalizesToAcceptingInput(string spelling)
    {
        var activity = JsonSerializer.Deserialize($$"""{"type":"message","inputHint":"{{spelling}}"}""", BotJson.Context.Activity)!;
        Assert.Equal(InputHints.AcceptingInput, InputHints.Normalize(activity.InputHint));
    }

    [Fact]
    public void Read_PascalCaseFieldNames_AcceptedLikeTheSdk()
    {
        var activity = JsonSerializer.Deserialize("""{"Type":"message","Text":"帮助","Conversation":{"Id":"c1"}}""", BotJson.Context.Activity)!;
        Assert.Equal("message", activity.Type);
        Assert.Equal("c1", activity.Conversation?.Id);
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case null:
                if (actual is not null)
                {
                    differences.Add($"{path}: null became {actual.ToJsonString()}");
                }
                break;
            case JsonObject eo when actual is JsonObject ao:
                foreach (var (name, value) in eo)
                {
                    if (!ao.TryGetPropertyValue(name, out var other))
                    {
                        differences.Add($"{path}.{name}: missing after round trip (was {value?.ToJsonString() ?? "null"})");
                    }
                    else if (TimestampFields.Contains(name) && value is JsonValue && other is JsonValue)
                    {
                        var a = DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture);
                        var b = DateTimeOffset.Parse(other.GetValue<string>(), CultureInfo.InvariantCulture);
                        if (a != b || a.Offset != b.Offset)
                        {
                            differences.Add($"{path}.{name}: {value} became {other}");
                        }
                    }
                    else
                    {
                        Compare(value, other, $"{path}.{name}", differences);
                    }
                }
                foreach (var (name, value) in ao)
                {
                    if (!eo.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: added by the round trip ({value?.ToJsonString()})");
                    }
                }
                break;
            case JsonArray ea when actual is JsonArray aa:
                if (ea.Count != aa.Count)
                {
                    differences.Add($"{path}: {ea.Count} items became {aa.Count}");
                    break;
                }
                for (var i = 0; i < ea.Count; i++)
                {
                    Compare(ea[i], aa[i], $"{path}[{i}]", differences);
                }
                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{path}: {expected.ToJsonString()} became {actual?.ToJsonString() ?? "missing"}");
                }
                break;
        }
    }
}
