using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.ConsultationDay;

/// <summary>
/// The month's plan (DOMAIN.md §1, seed 003 六(一)): 综合处 drafts the theme and location, a bureau leader approves,
/// and only then is it announced. Any change by 综合处 withdraws the approval, so nothing unapproved is ever shown.
/// </summary>
public sealed class SessionPlanService(IEnvBotDbContextFactory contexts, TimeProvider time)
{
    public async Task<ConsultationSessionPlan> ProposeAsync(DateOnly sessionDate, string? theme, string? location, int reviewerPersonId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var plan = await db.ConsultationSessionPlans.SingleOrDefaultAsync(p => p.SessionDate == sessionDate, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            plan = new ConsultationSessionPlan { SessionDate = sessionDate };
            db.ConsultationSessionPlans.Add(plan);
        }
        plan.Theme = theme ?? plan.Theme;
        plan.Location = location ?? plan.Location;
        plan.ProposedByPersonId = reviewerPersonId;
        plan.ProposedAt = time.GetUtcNow();
        plan.ApprovedAt = null;
        plan.ApprovedByPersonId = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return plan;
    }

    /// <summary>A leader approves the drafted plan; null when there is no complete draft (theme and location) to approve.</summary>
    public async Task<(ConsultationSessionPlan? Plan, bool AlreadyApproved)> ApproveAsync(DateOnly sessionDate, int leaderPersonId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var plan = await db.ConsultationSessionPlans.SingleOrDefaultAsync(p => p.SessionDate == sessionDate, cancellationToken).ConfigureAwait(false);
        if (plan?.Theme is null || plan.Location is null)
        {
            return (plan, false);
        }
        if (plan.ApprovedAt is not null)
        {
            return (plan, true);
        }
        plan.ApprovedAt = time.GetUtcNow();
        plan.ApprovedByPersonId = leaderPersonId;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (plan, false);
    }

    /// <summary>The chat accounts of staff with the role (leaders to approve, 综合处 reviewers to finalise).</summary>
    public async Task<IReadOnlyList<(string ChannelId, string UserId)>> StaffAccountsAsync(Role role, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var people = db.PersonRoles.Where(r => r.Role == role).Select(r => r.PersonId);
        var accounts = await db.ChannelIdentities.Where(i => i.PersonId != null && people.Contains(i.PersonId.Value))
            .Select(i => new { i.ChannelId, i.UserId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return accounts.Select(a => (a.ChannelId, a.UserId)).ToList();
    }

    /// <summary>The chat accounts of bound enterprise contacts, to announce an approved plan to.</summary>
    public async Task<IReadOnlyList<(string ChannelId, string UserId)>> EnterpriseAccountsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var accounts = await db.ChannelIdentities.Where(i => i.EnterpriseContactId != null)
            .Select(i => new { i.ChannelId, i.UserId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return accounts.Select(a => (a.ChannelId, a.UserId)).ToList();
    }
}
