namespace EnvBot.Data.Domain.Pairings;

/// <summary>
/// Reads the pairing table CSV (header <c>seq,enterprise_name,block,block_leads,guide,note</c>, leads separated by
/// ';' or '、'). Rows that cannot be read are reported with their line and reason, never silently dropped.
/// </summary>
public static class PairingTableParser
{
    public static readonly string[] Header = ["seq", "enterprise_name", "block", "block_leads", "guide", "note"];

    public static (IReadOnlyList<PairingRow> Rows, IReadOnlyList<(int Line, string Reason)> Problems) Parse(string csv)
    {
        var rows = new List<PairingRow>();
        var problems = new List<(int, string)>();
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || !SplitCsv(lines[0]).Select(h => h.Trim()).Take(5).SequenceEqual(Header.Take(5)))
        {
            problems.Add((1, $"表头应为 {string.Join(",", Header)}"));
            return (rows, problems);
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var line = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var cells = SplitCsv(lines[i]);
            if (cells.Count < 5)
            {
                problems.Add((line, $"只有 {cells.Count} 列，至少需要 5 列（序号、企业名称、区块、区块负责人、指导员）"));
                continue;
            }
            var name = cells[1].Trim();
            if (name.Length == 0)
            {
                problems.Add((line, "缺少企业名称"));
                continue;
            }
            if (!int.TryParse(cells[2].Trim(), out var block) || block <= 0)
            {
                problems.Add((line, $"区块“{cells[2].Trim()}”不是正整数"));
                continue;
            }
            var leads = cells[3].Split([';', '；', '、', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (leads.Length == 0)
            {
                problems.Add((line, "缺少区块负责人"));
                continue;
            }
            var guide = cells[4].Trim();
            var note = cells.Count > 5 ? string.Join(",", cells.Skip(5)).Trim() : null;
            rows.Add(new PairingRow(line, cells[0].Trim(), name, block, leads, guide.Length == 0 ? null : guide, string.IsNullOrEmpty(note) ? null : note));
        }
        return (rows, problems);
    }

    /// <summary>RFC 4180 fields: commas inside quotes, doubled quotes as a quote.</summary>
    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        cells.Add(current.ToString());
        return cells;
    }
}
