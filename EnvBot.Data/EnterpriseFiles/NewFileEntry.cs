using EnvBot.Data.Domain.EnterpriseFiles;

namespace EnvBot.Data.EnterpriseFiles;

/// <summary>A fact read from chat and confirmed, to be added to an enterprise's file.</summary>
public sealed record NewFileEntry(int EnterpriseId, EnterpriseFileField Field, string Value, string? Number, string? PermitClass, DateOnly? Date, bool DateIsMonthOnly, string SourceText);
