namespace EnvBot.Data.Import;

/// <summary>What an import did, line by line, in words an administrator reads.</summary>
public sealed class PairingImportReport
{
    public List<string> Added { get; } = [];
    public List<string> Changed { get; } = [];
    public List<string> Unchanged { get; } = [];
    public List<string> Notes { get; } = [];
    public List<string> Unreadable { get; } = [];

    public string Summary =>
        $"新增 {Added.Count} 项，变更 {Changed.Count} 项，未变 {Unchanged.Count} 项，无法读取 {Unreadable.Count} 行。";

    public string ToText()
    {
        var sb = new System.Text.StringBuilder(Summary);
        Append(sb, "新增", Added);
        Append(sb, "变更", Changed);
        Append(sb, "说明", Notes);
        Append(sb, "无法读取", Unreadable);
        return sb.ToString();
    }

    private static void Append(System.Text.StringBuilder sb, string title, List<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }
        sb.Append("\n\n").Append(title).Append('：');
        foreach (var item in items)
        {
            sb.Append("\n- ").Append(item);
        }
    }
}
