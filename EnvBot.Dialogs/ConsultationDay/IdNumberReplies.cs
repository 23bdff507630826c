using System.Globalization;
using EnvBot.Data.Domain.ConsultationDay;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>
/// What 综合处 is told in chat when asking for a booking's full ID number, and the texts of the page that shows it
/// (DOMAIN.md §1: only 综合处 sees it unmasked, and the access is recorded). The number itself is never in a chat text.
/// </summary>
public static class IdNumberReplies
{
    /// <summary>The purpose recorded when the clerk gives none: checking the visitor's ID at the session is the usual one.</summary>
    public const string DefaultPurpose = "咨询日现场核验";

    public const int MaxPurposeLength = 100;

    public const string Usage =
        "请发送“查看证件 预约编号”，例如：查看证件 12（编号见“待审预约”或“咨询日名单”）。" +
        "可在编号后写明用途，如“查看证件 12 核对报名信息”；不写时记为“" + DefaultPurpose + "”。";

    public static string NotFound(int bookingId) =>
        string.Create(CultureInfo.InvariantCulture, $"没有编号为 {bookingId} 的咨询日预约，请核对编号（见“待审预约”或“咨询日名单”）。");

    public static string Link(Booking booking, string purpose, string link, TimeSpan lifetime) =>
        string.Create(CultureInfo.InvariantCulture,
            $"预约编号 {booking.Id}：{booking.EnterpriseName}，联系人 {booking.ContactName}（{booking.MaskedIdNumber}）。\n" +
            $"完整身份证号请点击查看：[查看完整证件号]({link})\n" +
            $"链接 {Minutes(lifetime)} 分钟内有效，仅限您本人使用，请勿转发；每次打开都会登记查阅记录（用途：{purpose}）。");

    // The page (server-rendered, no-store).
    public const string PageTitle = "咨询日预约 完整身份证号";
    public const string PageNotice = "本页含个人信息，仅供综合处核验使用。请勿截图、转发或打印；关闭页面即可，本次查阅已登记。";
    public const string ForbiddenTitle = "无权查看";
    public const string Forbidden = "该链接无效或不属于您，无法查看。请在对话中由综合处审核人员本人重新发送“查看证件 预约编号”获取链接。";
    public const string NoLongerReviewer = "您当前已不是综合处审核人员，无法查看完整身份证号。";
    public const string ExpiredTitle = "链接已过期";
    public const string Expired = "为保护个人信息，查看链接只在短时间内有效。请在对话中重新发送“查看证件 预约编号”获取新链接。";
    public const string BookingGoneTitle = "预约不存在";
    public const string BookingGone = "该预约已不存在，无法查看。";
    public const string UnreadableTitle = "无法显示";
    public const string Unreadable = "该证件号暂时无法解密（数据保护密钥不可用），请联系管理员。";

    public static string Minutes(TimeSpan lifetime) =>
        Math.Max(1, (int)Math.Round(lifetime.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
}
