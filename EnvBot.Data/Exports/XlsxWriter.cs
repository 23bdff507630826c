using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EnvBot.Data.Exports;

/// <summary>Writes <see cref="XlsxTable"/>s as a real .xlsx workbook (Open XML SDK), one sheet each.</summary>
public static class XlsxWriter
{
    // Cell formats in the stylesheet below: 0 default, 1 title, 2 header, 3 body, 4 note.
    private const uint TitleStyle = 1, HeaderStyle = 2, BodyStyle = 3, NoteStyle = 4;

    public static byte[] Write(params XlsxTable[] tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Styles();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var table in tables)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = Sheet(table);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = SafeSheetName(table.SheetName) });
            }
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Worksheet Sheet(XlsxTable table)
    {
        var columns = Math.Max(1, table.Header.Count);
        var worksheet = new Worksheet();
        var cols = new Columns();
        for (var c = 0; c < columns; c++)
        {
            var width = table.ColumnWidths is { } w && c < w.Count ? w[c] : 16;
            cols.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }
        worksheet.Append(cols);
        var data = new SheetData();
        uint row = 1;
        data.Append(Row(row++, [table.Title], TitleStyle, heightPoints: 28));
        foreach (var note in table.Notes)
        {
            data.Append(Row(row++, [note], NoteStyle));
        }
        data.Append(Row(row++, table.Header, HeaderStyle));
        foreach (var values in table.Rows)
        {
            data.Append(Row(row++, values, BodyStyle));
        }
        worksheet.Append(data);
        if (columns > 1)
        {
            var merges = new MergeCells();
            var last = ColumnName(columns - 1);
            merges.Append(new MergeCell { Reference = $"A1:{last}1" });
            for (var n = 0; n < table.Notes.Count; n++)
            {
                merges.Append(new MergeCell { Reference = $"A{n + 2}:{last}{n + 2}" });
            }
            worksheet.Append(merges);
        }
        return worksheet;
    }

    private static Row Row(uint index, IReadOnlyList<string> values, uint style, double? heightPoints = null)
    {
        var row = new Row { RowIndex = index };
        if (heightPoints is { } h)
        {
            row.Height = h;
            row.CustomHeight = true;
        }
        for (var c = 0; c < values.Count; c++)
        {
            row.Append(new Cell
            {
                CellReference = $"{ColumnName(c)}{index}",
                DataType = CellValues.InlineString,
                StyleIndex = style,
                InlineString = new InlineString(new Text(values[c] ?? "") { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        return row;
    }

    internal static string ColumnName(int zeroBased)
    {
        var name = "";
        for (var n = zeroBased + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    private static string SafeSheetName(string name)
    {
        var cleaned = new string([.. name.Select(ch => "[]:*?/\\".Contains(ch) ? '_' : ch)]);
        return cleaned.Length > 31 ? cleaned[..31] : cleaned.Length == 0 ? "Sheet1" : cleaned;
    }

    private static Stylesheet Styles()
    {
        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        return new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 16 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(), thin),
            new CellFormats(
                new CellFormat(),
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 2, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Left }) { ApplyAlignment = true }));
    }
}
