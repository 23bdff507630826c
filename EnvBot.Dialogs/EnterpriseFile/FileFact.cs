using EnvBot.Data.Domain.EnterpriseFiles;

namespace EnvBot.Dialogs.EnterpriseFile;

/// <summary>One fact of an enterprise's file read from a message, kept in dialog state until it is confirmed.</summary>
public sealed class FileFact
{
    public string EnterpriseText { get; set; } = "";
    public int EnterpriseId { get; set; }
    public string EnterpriseName { get; set; } = "";
    public EnterpriseFileField Field { get; set; }
    public string Value { get; set; } = "";
    public string? Number { get; set; }
    public string? PermitClass { get; set; }
    public DateOnly? Date { get; set; }
    public bool DateIsMonthOnly { get; set; }
    public string SourceText { get; set; } = "";
}
