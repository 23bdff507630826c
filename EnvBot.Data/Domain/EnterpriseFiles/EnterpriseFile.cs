namespace EnvBot.Data.Domain.EnterpriseFiles;

/// <summary>
/// The enterprise's file as it stands: the newest entry of each single-valued part, and for the parts an enterprise
/// has several of (环评批复, 验收, 联系人, 内部备注) the newest entry per number or value. <see cref="History"/> keeps
/// every entry, oldest first.
/// </summary>
public sealed record EnterpriseFile(int EnterpriseId, IReadOnlyList<EnterpriseFileEntry> Current, IReadOnlyList<EnterpriseFileEntry> History)
{
    private static readonly HashSet<EnterpriseFileField> ManyValued =
        [EnterpriseFileField.EiaApproval, EnterpriseFileField.Acceptance, EnterpriseFileField.Contact, EnterpriseFileField.InternalNote];

    public static EnterpriseFile From(int enterpriseId, IEnumerable<EnterpriseFileEntry> entries)
    {
        var history = entries.Where(e => e.EnterpriseId == enterpriseId).OrderBy(e => e.RecordedAt).ThenBy(e => e.Id).ToList();
        var current = history
            .GroupBy(e => ManyValued.Contains(e.Field) ? (e.Field, e.Number ?? e.Value) : (e.Field, ""))
            .Select(g => g.Last())
            .OrderBy(e => e.Field).ThenBy(e => e.Id)
            .ToList();
        return new EnterpriseFile(enterpriseId, current, history);
    }

    public EnterpriseFileEntry? Latest(EnterpriseFileField field) => Current.LastOrDefault(e => e.Field == field);

    public IEnumerable<EnterpriseFileEntry> All(EnterpriseFileField field) => Current.Where(e => e.Field == field);

    public bool IsEmpty => Current.Count == 0;
}
