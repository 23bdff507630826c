namespace EnvBot.Data.Exports;

/// <summary>
/// One sheet laid out like the bureau's paper forms: a centred title over the table, a few lines under it
/// ("日期：…"), the header row, then the rows. Text only: the forms are read by people, not recalculated.
/// </summary>
public sealed record XlsxTable(
    string SheetName,
    string Title,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<double>? ColumnWidths = null);
