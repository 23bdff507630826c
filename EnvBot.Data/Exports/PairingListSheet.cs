using System.Globalization;

namespace EnvBot.Data.Exports;

/// <summary>One enterprise of the pairing list with its liaison and responsible leader.</summary>
public sealed record PairingListEntry(string Enterprise, string? CreditCode, string Area, string Block, string? Industry, string Liaisons, string Leaders, string? Note);

/// <summary>
/// 结对服务企业清单 as seed 001 asks each city to report it to the province (“结对服务企业清单以及‘一对一’对企联络员和
/// 联系领导名单（详见附表）”): title, the reporting unit and date, then 序号 | 企业名称 | 统一社会信用代码 | 所在区域 |
/// 所属区块 | 行业类别 | 对企联络员 | 联系领导 | 备注. The liaison is the paired guide; the contact leader is the block's lead(s).
/// </summary>
public static class PairingListSheet
{
    public const string Title = "环保服务企业“十百千”行动结对服务企业清单";

    public static readonly string[] Header = ["序号", "企业名称", "统一社会信用代码", "所在区域", "所属区块", "行业类别", "对企联络员（指导员）", "联系领导（区块负责人）", "备注"];

    public static XlsxTable Table(string bureau, DateOnly day, IReadOnlyList<PairingListEntry> entries) =>
        new(
            SheetName: "结对服务企业清单",
            Title: Title,
            Notes: [string.Create(CultureInfo.InvariantCulture, $"填报单位：{bureau}　　填报日期：{day:yyyy年M月d日}　　共 {entries.Count} 家")],
            Header: Header,
            Rows: [.. entries.Select((e, i) => (IReadOnlyList<string>)[
                (i + 1).ToString(CultureInfo.InvariantCulture), e.Enterprise, e.CreditCode ?? "", e.Area, e.Block, e.Industry ?? "", e.Liaisons, e.Leaders, e.Note ?? ""])],
            ColumnWidths: [6, 32, 22, 12, 14, 14, 18, 20, 24]);
}
