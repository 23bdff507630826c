using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.Pairings;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Persistence;
using EnvBot.Data.Time;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Import;

/// <summary>
/// Imports a pairing table (结对表) idempotently: running it twice adds nothing the second time; a changed guide closes
/// the old pairing (history stays) and opens a new one. A row with no named guide (Dinghai row 26) is paired with no
/// guide, and its block's leads answer for it (DOMAIN.md §2; seed 000 附件1). All in one transaction.
/// </summary>
public sealed class PairingTableImporter(IEnvBotDbContextFactory contexts, TimeProvider time)
{
    public async Task<PairingImportReport> ImportAsync(string csv, string programmeCode, string bureauCode, CancellationToken cancellationToken)
    {
        var report = new PairingImportReport();
        var (rows, problems) = PairingTableParser.Parse(csv);
        foreach (var (line, reason) in problems)
        {
            report.Unreadable.Add($"第{line}行：{reason}");
        }

        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var bureau = await db.Bureaus.SingleOrDefaultAsync(b => b.Code == bureauCode, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Unknown bureau '{bureauCode}'.");
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Code == programmeCode, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Unknown programme '{programmeCode}'.");
        var today = BureauTime.Today(time);

        var people = await db.People.Include(p => p.Roles).Where(p => p.BureauId == bureau.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var enterprises = await db.Enterprises.Where(e => e.BureauId == bureau.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var blocks = await db.Blocks.Include(b => b.Leads).Where(b => b.BureauId == bureau.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pairings = await db.Pairings.Where(p => p.ProgrammeId == programme.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

        Person PersonNamed(string name, Role role)
        {
            var person = people.FirstOrDefault(p => p.Name == name);
            if (person is null)
            {
                person = new Person { BureauId = bureau.Id, Name = name };
                people.Add(person);
                db.People.Add(person);
                report.Added.Add($"人员：{name}（{RoleNames.Chinese(role)}）");
            }
            if (person.Roles.All(r => r.Role != role))
            {
                person.Roles.Add(new PersonRole { Role = role });
            }
            return person;
        }

        foreach (var row in rows)
        {
            var block = blocks.FirstOrDefault(b => b.Number == row.BlockNumber);
            if (block is null)
            {
                block = new Block { BureauId = bureau.Id, Number = row.BlockNumber, Name = $"第{row.BlockNumber}区块" };
                blocks.Add(block);
                db.Blocks.Add(block);
                report.Added.Add($"区块：{block.Name}");
            }
            var leads = row.BlockLeads.Select(name => PersonNamed(name, Role.BlockLead)).ToList();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var lead in leads.Where(lead => block.Leads.All(l => l.PersonId != lead.Id)))
            {
                block.Leads.Add(new BlockLead { PersonId = lead.Id });
            }

            var enterprise = enterprises.FirstOrDefault(e => e.Name == row.EnterpriseName);
            if (enterprise is null)
            {
                enterprise = new Enterprise { BureauId = bureau.Id, Name = row.EnterpriseName, NameNote = NoteInName(row.EnterpriseName) };
                enterprises.Add(enterprise);
                db.Enterprises.Add(enterprise);
                report.Added.Add($"企业：{row.EnterpriseName}");
            }

            var guide = row.Guide is null ? null : PersonNamed(row.Guide, Role.Guide);
            if (row.Guide is null)
            {
                report.Notes.Add($"序号{row.Seq}（第{row.Line}行）{row.EnterpriseName}：表中未指定指导员，由{block.Name}负责人（{string.Join("、", row.BlockLeads)}）负责。");
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            var current = pairings.FirstOrDefault(p => p.EnterpriseId == enterprise.Id && p.ValidTo is null);
            if (current is not null && current.GuidePersonId == guide?.Id && current.BlockId == block.Id)
            {
                report.Unchanged.Add(row.EnterpriseName);
                continue;
            }
            if (current is not null)
            {
                current.ValidTo = today;
                var oldGuide = people.FirstOrDefault(p => p.Id == current.GuidePersonId)?.Name ?? "（无）";
                report.Changed.Add($"{row.EnterpriseName}：指导员 {oldGuide} → {guide?.Name ?? "（无，由区块负责人负责）"}");
            }
            else
            {
                report.Added.Add($"结对：{row.EnterpriseName} ↔ {guide?.Name ?? "（无指导员）"}");
            }
            var pairing = new Pairing
            {
                ProgrammeId = programme.Id,
                EnterpriseId = enterprise.Id,
                GuidePersonId = guide?.Id,
                BlockId = block.Id,
                ValidFrom = today,
                Note = row.Note,
            };
            pairings.Add(pairing);
            db.Pairings.Add(pairing);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return report;
    }

    /// <summary>"舟山长宏国际船舶修造有限公司(+再生利用)" → "+再生利用": the table's note on a related site or business.</summary>
    private static string? NoteInName(string name)
    {
        var open = name.IndexOfAny(['(', '（']);
        return open > 0 && (name.EndsWith(')') || name.EndsWith('）')) ? name[(open + 1)..^1] : null;
    }
}
