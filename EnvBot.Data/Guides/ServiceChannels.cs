namespace EnvBot.Data.Guides;

/// <summary>
/// 服务方式 of the service-record form 企业指导员服务记录表 (DOMAIN.md §2; seed 000 lists 电话、微信、QQ、现场走访; issue 8
/// adds 视频, which the province's liaison rule counts as a proactive service, seed 001).
/// </summary>
public static class ServiceChannels
{
    public const string Phone = "电话";
    public const string WeChat = "微信";
    public const string QQ = "QQ";
    public const string OnSite = "现场走访";
    public const string Video = "视频";

    public static IReadOnlyList<string> All { get; } = [Phone, WeChat, QQ, OnSite, Video];
}

/// <summary>解决情况 of the form and of the weekly 问题清单 (DOMAIN.md §2).</summary>
public static class ServiceResolutions
{
    public const string Solved = "已解决";
    public const string InProgress = "正在解决";
    public const string Unsolved = "未解决";

    public static IReadOnlyList<string> All { get; } = [Solved, InProgress, Unsolved];
}
