using System.Globalization;

namespace EnvBot.Knowledge.Routing.Admin;

/// <summary>
/// An administrator's edits to the routing table as pure functions (DOMAIN.md §1: the table is data the administrator
/// changes): each returns a new table with a new version, or says in Chinese why it cannot. The table in force is never
/// changed in place.
/// </summary>
public static class RoutingTableEdits
{
    private static readonly char[] TermSeparators = ['、', '，', ',', '；', ';', ' ', '　', '/', '／'];

    /// <summary>Splits "油烟净化器、餐饮油烟 隔油池" into terms as an administrator types them.</summary>
    public static IReadOnlyList<string> SplitTerms(string text) =>
        text.Split(TermSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>"2026-11-25.1", or .2, .3 … when that day already has versions.</summary>
    public static string NextVersion(IEnumerable<string> existing, DateOnly today)
    {
        var prefix = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".";
        var taken = existing.Where(v => v.StartsWith(prefix, StringComparison.Ordinal))
            .Select(v => int.TryParse(v.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return prefix + (taken + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Adds topic words for a department to the administrator's own rule for it (created on first use), so that the
    /// bureau's rules stay as written and additions are visible as additions.
    /// </summary>
    public static RoutingTableEdit AddTerms(RoutingTable table, string department, IReadOnlyList<string> terms, string version, string by, DateOnly today)
    {
        if (!table.Departments.Contains(department) || department == table.OtherDepartment)
        {
            return RoutingTableEdit.Refused(RoutingAdminReplies.UnknownDepartment(department, table.Departments.Where(d => d != table.OtherDepartment)));
        }
        var normaliser = new TextNormaliser(table.Normalisations);
        var normalised = terms.Select(t => normaliser.Normalise(t).Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (normalised.Count == 0)
        {
            return RoutingTableEdit.Refused(RoutingAdminReplies.AddTermsUsage);
        }
        var already = normalised.Where(t => table.Rules.Any(r => r.Department == department && r.Terms.Contains(t))).ToList();
        var added = normalised.Except(already).ToList();
        if (added.Count == 0)
        {
            return RoutingTableEdit.Refused(RoutingAdminReplies.NothingNew(department, already));
        }
        // A word another department's rule also claims makes both vote: said, not refused (the administrator may mean it).
        var elsewhere = added.SelectMany(t => table.Rules.Where(r => r.Department != department && r.Terms.Contains(t)).Select(r => (Term: t, r.Department)))
            .Distinct().ToList();

        var id = AdministratorRuleId(department);
        var existing = table.Rules.FirstOrDefault(r => r.Id == id);
        var rule = existing is null
            ? new RoutingRule
            {
                Id = id,
                Name = RoutingAdminReplies.AdministratorRuleName(department),
                Department = department,
                Source = RoutingAdminReplies.AdministratorRuleSource(by, today),
                Terms = added,
            }
            : existing with { Terms = [.. existing.Terms, .. added], Source = RoutingAdminReplies.AdministratorRuleSource(by, today) };
        var rules = existing is null ? [.. table.Rules, rule] : table.Rules.Select(r => r.Id == id ? rule : r).ToList();
        var domainTerms = table.DomainTerms.Concat(added.Where(t => t.Length >= 2)).Distinct(StringComparer.Ordinal).ToList();
        var edited = table with { Version = version, Source = RoutingAdminReplies.EditedSource(by, today), Rules = rules, DomainTerms = domainTerms };
        return RoutingTableEdit.Made(edited, RoutingAdminReplies.AddedNote(department, added), RoutingAdminReplies.Added(department, added, already, elsewhere, version));
    }

    /// <summary>Removes a word from every rule that has it; a rule left with no words goes too.</summary>
    public static RoutingTableEdit RemoveTerm(RoutingTable table, string term, string version, string by, DateOnly today)
    {
        var normalised = new TextNormaliser(table.Normalisations).Normalise(term).Trim();
        var holders = table.Rules.Where(r => r.Terms.Contains(normalised)).ToList();
        if (normalised.Length == 0 || holders.Count == 0)
        {
            return RoutingTableEdit.Refused(RoutingAdminReplies.TermNotFound(term));
        }
        var rules = table.Rules
            .Select(r => r.Terms.Contains(normalised) ? r with { Terms = r.Terms.Where(t => t != normalised).ToList() } : r)
            .Where(r => r.Terms.Count > 0)
            .ToList();
        var edited = table with { Version = version, Source = RoutingAdminReplies.EditedSource(by, today), Rules = rules };
        var from = holders.Select(r => $"{r.Name}→{r.Department}").ToList();
        return RoutingTableEdit.Made(edited, RoutingAdminReplies.RemovedNote(normalised, from), RoutingAdminReplies.Removed(normalised, from, version));
    }

    public static string AdministratorRuleId(string department) => "admin-" + department;
}

/// <summary>An edit's outcome: the new table and what to tell the administrator, or only why not.</summary>
public sealed record RoutingTableEdit(RoutingTable? Table, string Note, string Reply)
{
    public static RoutingTableEdit Made(RoutingTable table, string note, string reply) => new(table, note, reply);
    public static RoutingTableEdit Refused(string reply) => new(null, "", reply);
}
