namespace EnvBot.Data.Domain.EnterpriseFiles;

/// <summary>
/// One fact of an enterprise's file as someone stated it. Rows are only ever added, never updated or deleted: a
/// correction is a newer row for the same part, so the file's whole history (who said what, when) is kept and the
/// current file is the newest row per part (<see cref="EnterpriseFile.From"/>).
/// </summary>
public sealed class EnterpriseFileEntry
{
    public long Id { get; set; }
    public int EnterpriseId { get; set; }
    public EnterpriseFileField Field { get; set; }

    /// <summary>The fact as shown ("VOCs、颗粒物", "自主验收（一期）").</summary>
    public required string Value { get; set; }

    /// <summary>Permit or approval number (排污许可证编号, 环评批复文号), where the part has one.</summary>
    public string? Number { get; set; }

    /// <summary>排污许可 class: 重点管理 / 简化管理 / 登记管理.</summary>
    public string? PermitClass { get; set; }

    /// <summary>The part's date: permit expiry, plan filing, approval or acceptance date (bureau-local).</summary>
    public DateOnly? Date { get; set; }

    /// <summary>Only year and month were given ("2024年5月备案"): <see cref="Date"/> is the month's first day.</summary>
    public bool DateIsMonthOnly { get; set; }

    public int? RecordedByPersonId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The message it was read from, kept as evidence.</summary>
    public required string SourceText { get; set; }
}
