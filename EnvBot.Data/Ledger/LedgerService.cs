using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Data.Time;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Ledger;

/// <summary>
/// The service ledger (issue 5, DOMAIN.md §3): opens matters, routes them, and applies staff actions. Each operation
/// is one transaction that appends an event and moves the projection; a stale or repeated action changes nothing.
/// </summary>
public sealed class LedgerService(IEnvBotDbContextFactory contexts, IMatterRouter router, LedgerOptions options, TimeProvider time)
{
    public static WorkingDayCalendar Calendar => WorkingDayCalendar.China;

    /// <summary>The Assigned event's DecidedBy when the collector named the department (neither the rule table nor the LLM decided).</summary>
    public const string NamedByCollector = "Collector";

    /// <summary>Collects a matter and assigns it where the router says, recording the routing decision on the Assigned event.</summary>
    /// <remarks>
    /// A retry of the message that raised it (another host, after a crash or a database restart) gets this matter back
    /// instead of a second one in the department's queue.
    /// </remarks>
    public async Task<LedgerResult> CollectAsync(NewMatter request, string collectedBy, CancellationToken cancellationToken)
    {
        LedgerResult? result = null;
        var id = await TurnEffects.CreateOnceAsync(contexts, time, TurnEffects.Matter, async (db, ct) =>
        {
            result = await CollectInAsync(db, request, collectedBy, ct).ConfigureAwait(false);
            return result.Matter!.Id;
        }, cancellationToken).ConfigureAwait(false);
        return result?.Matter?.Id == id ? result : await CollectedAsync((int)id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A matter as <see cref="CollectAsync"/> returned it: with its Assigned event and department.</summary>
    private async Task<LedgerResult> CollectedAsync(int matterId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var matter = await db.Matters.AsNoTracking().Include(m => m.Events).SingleAsync(m => m.Id == matterId, cancellationToken).ConfigureAwait(false);
        var assigned = matter.Events.Where(e => e.Action == MatterAction.Assign).OrderBy(e => e.Id).First();
        return new LedgerResult(LedgerOutcome.Applied, matter, assigned, await DepartmentNameAsync(db, matter.DepartmentId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Collects a matter in the caller's context and transaction, so the caller can write what belongs with it (a
    /// health check's items) in the same transaction: all of it is saved, or none (no half-written data).
    /// </summary>
    public async Task<LedgerResult> CollectInAsync(EnvBotDbContext db, NewMatter request, string collectedBy, CancellationToken cancellationToken)
    {
        var bureauId = await db.Bureaus.Where(b => b.Code == ReferenceData.BureauCode).Select(b => b.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
        // A guide who knows which department must help says so ("需要水科确认"): that is the guide's proposal, which goes
        // with the matter (DOMAIN.md §2 "Problems"); the routing table decides only when no registered department is named.
        var named = request.NamedDepartment is { } spoken && DepartmentNames.NamedIn(spoken) is { } n
            ? await FindDepartmentAsync(db, bureauId, n, cancellationToken).ConfigureAwait(false)
            : null;
        var routing = named is null
            ? router.Route(request.Question)
            : new MatterRouting(named.Name, $"{collectedBy}指明需{named.Name}配合（{request.NamedDepartment}）", NamedByCollector, 1.0, false);
        var department = named
            ?? await FindDepartmentAsync(db, bureauId, routing.Department, cancellationToken).ConfigureAwait(false)
            ?? await GeneralDepartmentAsync(db, bureauId, cancellationToken).ConfigureAwait(false);
        var why = department.Name == routing.Department ? routing.Why : $"{routing.Why}（{routing.Department}未登记，交综合处分办）";
        if (routing.OutOfScope)
        {
            why = $"{why}（可能不属本局受理范围，请综合处审核）";
        }
        var now = time.GetUtcNow();
        var matter = new Matter
        {
            BureauId = bureauId,
            EnterpriseId = request.EnterpriseId,
            EnterpriseName = request.EnterpriseName,
            Question = request.Question,
            Source = request.Source,
            Kind = request.Kind,
            State = MatterState.Collected,
            RequesterChannelId = request.RequesterChannelId,
            RequesterConversationId = request.RequesterConversationId,
            RequesterUserId = request.RequesterUserId,
            CreatedAt = now,
        };
        Append(matter, MatterAction.Collect, new LedgerActor(null, collectedBy, null, false, false), now, request.Source, null);
        matter.DepartmentId = department.Id;
        matter.DueDate = request.DueDate ?? DueFrom(matter.Kind);
        var assigned = Append(matter, MatterAction.Assign, LedgerActor.System, now, why, null);
        assigned.DepartmentName = department.Name;
        assigned.DecidedBy = routing.DecidedBy;
        assigned.Confidence = routing.Confidence;
        db.Matters.Add(matter);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new LedgerResult(LedgerOutcome.Applied, matter, assigned, department.Name);
    }

    /// <summary>Applies a staff action. Refused (and nothing written) when stale, repeated, or not the actor's department.</summary>
    public async Task<LedgerResult> ApplyAsync(LedgerCommand command, LedgerActor actor, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var matter = await db.Matters.Include(m => m.Events).SingleOrDefaultAsync(m => m.Id == command.MatterId, cancellationToken).ConfigureAwait(false);
        if (matter is null)
        {
            return new LedgerResult(LedgerOutcome.NotFound, null);
        }
        var current = await DepartmentNameAsync(db, matter.DepartmentId, cancellationToken).ConfigureAwait(false);
        if (command.ActionId is { } actionId && matter.Events.Any(e => e.ActionId == actionId))
        {
            return new LedgerResult(LedgerOutcome.Repeated, matter, null, current);
        }
        var next = MatterStateMachine.Next(matter.State, command.Action);
        if (next is null || (command.ExpectedVersion is { } expected && expected != matter.Version))
        {
            return new LedgerResult(LedgerOutcome.Stale, matter, null, current);
        }
        if (!actor.IsAdministrator && !actor.IsGeneralReviewer && actor.DepartmentName != current
            && !(command.Action == MatterAction.Reassign && await LeadsBlockOfAsync(db, actor, matter, cancellationToken).ConfigureAwait(false)))
        {
            return new LedgerResult(LedgerOutcome.NotYourDepartment, matter, null, current);
        }

        var now = time.GetUtcNow();
        Department? target = null;
        if (command.Action is MatterAction.Reassign or MatterAction.Assign)
        {
            // "转办 12 大气科 …": people name departments as they speak; the registered short name is what is stored.
            var spoken = command.TargetDepartment ?? "";
            target = await FindDepartmentAsync(db, matter.BureauId, DepartmentNames.Resolve(spoken) ?? spoken, cancellationToken).ConfigureAwait(false);
            if (target is null)
            {
                return new LedgerResult(LedgerOutcome.UnknownDepartment, matter, null, current);
            }
        }
        else if (command.Action == MatterAction.Return)
        {
            target = await GeneralDepartmentAsync(db, matter.BureauId, cancellationToken).ConfigureAwait(false);
        }

        var reason = command.Action == MatterAction.Return && command.ReturnReason is { } code
            ? string.IsNullOrWhiteSpace(command.Text) ? ReturnReasons.Chinese(code) : $"{ReturnReasons.Chinese(code)}：{command.Text}"
            : command.Text;
        var e = Append(matter, command.Action, actor, now, reason, command.ActionId);
        e.ReturnReason = command.Action == MatterAction.Return ? command.ReturnReason ?? ReturnReason.Other : null;
        switch (command.Action)
        {
            case MatterAction.Claim:
                matter.AssigneePersonId = actor.PersonId;
                matter.AssigneeName = actor.Name;
                break;
            case MatterAction.Answer:
            case MatterAction.ExplainUnsolvable:
                matter.Answer = command.Text;
                matter.AssigneePersonId ??= actor.PersonId;
                matter.AssigneeName ??= actor.Name;
                break;
            case MatterAction.Reassign:
            case MatterAction.Assign:
            case MatterAction.Return:
                matter.DepartmentId = target!.Id;
                matter.AssigneePersonId = null;
                matter.AssigneeName = null;
                matter.DueDate = DueFrom(matter.Kind);
                e.DecidedBy = actor.Name;
                break;
        }
        e.DepartmentName = target?.Name ?? current;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another press of the same moment won the (matter, sequence) slot or the version: this one is stale.
            return new LedgerResult(LedgerOutcome.Stale, null, null, current);
        }
        return new LedgerResult(LedgerOutcome.Applied, matter, e, e.DepartmentName);
    }

    /// <summary>
    /// What needs other departments is escalated to the block lead, who coordinates it (DOMAIN.md §2 "Problems") and so
    /// may pass a matter of their block's enterprise to another department (issue 8).
    /// </summary>
    private async Task<bool> LeadsBlockOfAsync(EnvBotDbContext db, LedgerActor actor, Matter matter, CancellationToken cancellationToken) =>
        actor.PersonId is { } personId && matter.EnterpriseId is { } enterpriseId
        && await db.LeadsBlockOfAsync(personId, enterpriseId, BureauTime.Today(time), cancellationToken).ConfigureAwait(false);

    public async Task<Matter?> FindAsync(int matterId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Matters.AsNoTracking().Include(m => m.Events).SingleOrDefaultAsync(m => m.Id == matterId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The enterprise's account (一企一账), newest first. Record-level scoping: only its own matters.</summary>
    public async Task<IReadOnlyList<Matter>> ForEnterpriseAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Matters.AsNoTracking().Where(m => m.EnterpriseId == enterpriseId).OrderByDescending(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A department's matters not yet answered and closed, the nearest deadline first (待办, issue 5).</summary>
    public async Task<IReadOnlyList<Matter>> OpenForDepartmentAsync(string departmentName, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var department = await db.Departments.AsNoTracking().Where(d => d.Name == departmentName).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (department is null)
        {
            return [];
        }
        var finished = MatterStateMachine.FinishedStates;
        var open = await db.Matters.AsNoTracking().Where(m => m.DepartmentId == department && !finished.Contains(m.State)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. open.OrderBy(m => m.DueDate ?? DateOnly.MaxValue).ThenBy(m => m.Id)];
    }

    /// <summary>Open matters with a running deadline due on or before <paramref name="until"/> (for reminders).</summary>
    public async Task<IReadOnlyList<Matter>> WithRunningDeadlineAsync(DateOnly until, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var states = new[] { MatterState.Assigned, MatterState.InProgress, MatterState.Returned };
        return await db.Matters.AsNoTracking().Where(m => states.Contains(m.State) && m.DueDate != null && m.DueDate <= until).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Department?> DepartmentAsync(int? departmentId, CancellationToken cancellationToken)
    {
        if (departmentId is null)
        {
            return null;
        }
        await using var db = contexts.CreateDbContext();
        return await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Department?> DepartmentByNameAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var bureauId = await db.Bureaus.Where(b => b.Code == ReferenceData.BureauCode).Select(b => b.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
        return await FindDepartmentAsync(db, bureauId, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The chat accounts a staff member is bound under (for a proactive message to them in person).</summary>
    public async Task<IReadOnlyList<(string ChannelId, string UserId)>> AccountsOfAsync(int personId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var accounts = await db.ChannelIdentities.AsNoTracking().Where(i => i.PersonId == personId)
            .Select(i => new { i.ChannelId, i.UserId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return accounts.Select(a => (a.ChannelId, a.UserId)).ToList();
    }

    /// <summary>The department's heads (处室负责人), who are told when its matters are overdue.</summary>
    public async Task<IReadOnlyList<int>> HeadsOfAsync(int departmentId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.People.AsNoTracking()
            .Where(p => p.DepartmentId == departmentId && p.Roles.Any(r => r.Role == Role.DepartmentHead))
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores the conversation where the department receives its work (设为本处室工作群).</summary>
    public async Task<bool> RegisterDepartmentChannelAsync(string departmentName, string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var bureauId = await db.Bureaus.Where(b => b.Code == ReferenceData.BureauCode).Select(b => b.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.BureauId == bureauId && d.Name == departmentName, cancellationToken).ConfigureAwait(false);
        if (department is null)
        {
            return false;
        }
        department.ChannelId = channelId;
        department.ChannelConversationId = conversationId;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private DateOnly DueFrom(string kind) => MatterDeadlines.DueDate(Calendar, BureauTime.Today(time), options.DueWorkingDaysFor(kind));

    private static MatterEvent Append(Matter matter, MatterAction action, LedgerActor actor, DateTimeOffset now, string? reason, string? actionId)
    {
        var to = action == MatterAction.Collect ? MatterState.Collected : MatterStateMachine.Next(matter.State, action)!.Value;
        var e = new MatterEvent
        {
            Sequence = matter.Version + 1,
            Action = action,
            FromState = action == MatterAction.Collect ? null : matter.State,
            ToState = to,
            ActorPersonId = actor.PersonId,
            ActorName = actor.Name,
            At = now,
            Reason = reason,
            ActionId = actionId,
        };
        matter.Events.Add(e);
        matter.State = to;
        matter.Version++;
        return e;
    }

    private static Task<Department?> FindDepartmentAsync(EnvBotDbContext db, int bureauId, string name, CancellationToken cancellationToken) =>
        db.Departments.SingleOrDefaultAsync(d => d.BureauId == bureauId && d.Name == name, cancellationToken);

    private static async Task<Department> GeneralDepartmentAsync(EnvBotDbContext db, int bureauId, CancellationToken cancellationToken) =>
        await db.Departments.FirstOrDefaultAsync(d => d.BureauId == bureauId && d.IsGeneral, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("No general department (综合处) is configured.");

    private static async Task<string?> DepartmentNameAsync(EnvBotDbContext db, int? departmentId, CancellationToken cancellationToken) =>
        departmentId is null ? null : await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
}
