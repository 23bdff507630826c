using System.Collections.Concurrent;
using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Identity;

/// <summary>
/// Answers "who is this?" for a chat account, once, for every feature (issue 4), and binds accounts to people
/// (one-time codes) or to an enterprise as its contact.
/// </summary>
public sealed class IdentityService(IEnvBotDbContextFactory contexts, TimeProvider time)
{
    /// <summary>Binding codes are valid for 7 days unless the administrator says otherwise.</summary>
    public static readonly TimeSpan DefaultCodeLifetime = TimeSpan.FromDays(7);

    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<(string, string), (UserIdentity Identity, DateTimeOffset Until)> _cache = new();

    public async Task<UserIdentity> ResolveAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue((channelId, userId), out var cached) && cached.Until > now)
        {
            return cached.Identity;
        }
        await using var db = contexts.CreateDbContext();
        var identity = await LoadAsync(db, channelId, userId, cancellationToken).ConfigureAwait(false);
        // An account not bound yet is not cached: it may bind on another host (scale-out) and must be recognised on
        // this one at its very next message, not 30 s later. Bound identities change rarely (an administrator's edit).
        if (identity.IsKnown)
        {
            _cache[(channelId, userId)] = (identity, now + CacheLifetime);
        }
        return identity;
    }

    public async Task<string> CreateBindingCodeAsync(int personId, int createdByPersonId, TimeSpan? lifetime, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow();
        var code = new BindingCode
        {
            Code = BindingCodeGenerator.NewCode(),
            PersonId = personId,
            CreatedByPersonId = createdByPersonId,
            CreatedAt = now,
            ExpiresAt = now + (lifetime ?? DefaultCodeLifetime),
        };
        db.BindingCodes.Add(code);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return code.Code;
    }

    /// <summary>Binds this chat account to the person the code was made for. A code works once and until it expires.</summary>
    public async Task<(BindingOutcome Outcome, UserIdentity Identity)> BindWithCodeAsync(string channelId, string userId, string typedCode, CancellationToken cancellationToken)
    {
        var normalized = BindingCodeGenerator.Normalize(typedCode);
        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var code = await db.BindingCodes.SingleOrDefaultAsync(c => c.Code == normalized, cancellationToken).ConfigureAwait(false);
        var current = await LoadAsync(db, channelId, userId, cancellationToken).ConfigureAwait(false);
        if (code is null)
        {
            return (BindingOutcome.UnknownCode, current);
        }
        if (code.UsedAt is not null)
        {
            return (current.PersonId == code.PersonId ? BindingOutcome.AlreadyBound : BindingOutcome.UsedCode, current);
        }
        if (time.GetUtcNow() >= code.ExpiresAt)
        {
            return (BindingOutcome.ExpiredCode, current);
        }
        var identity = await db.ChannelIdentities.SingleOrDefaultAsync(i => i.ChannelId == channelId && i.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (identity?.PersonId is { } other && other != code.PersonId)
        {
            return (BindingOutcome.BoundToSomeoneElse, current);
        }
        if (identity is null)
        {
            identity = new ChannelIdentity { ChannelId = channelId, UserId = userId, BoundAt = time.GetUtcNow() };
            db.ChannelIdentities.Add(identity);
        }
        identity.PersonId = code.PersonId;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        code.UsedAt = time.GetUtcNow();
        code.UsedByIdentityId = identity.Id;
        // The conditional update makes a code single-use even when two accounts redeem it at the same moment.
        var claimed = await db.BindingCodes.Where(c => c.Id == code.Id && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, code.UsedAt).SetProperty(c => c.UsedByIdentityId, identity.Id), cancellationToken).ConfigureAwait(false);
        if (claimed == 0)
        {
            return (BindingOutcome.UsedCode, current);
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        Forget(channelId, userId);
        return (BindingOutcome.Bound, await ResolveAsync(channelId, userId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Binds this chat account as a contact of the enterprise with this name and credit code (already validated).
    /// A known enterprise without a code gets it; a known code under another name is matched by code.
    /// </summary>
    public async Task<(bool Ok, string? Problem, UserIdentity Identity)> BindEnterpriseContactAsync(
        string channelId, string userId, int bureauId, string enterpriseName, string creditCode, string? contactName, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var byCode = await db.Enterprises.FirstOrDefaultAsync(e => e.BureauId == bureauId && e.CreditCode == creditCode, cancellationToken).ConfigureAwait(false);
        var byName = byCode ?? await db.Enterprises.FirstOrDefaultAsync(e => e.BureauId == bureauId && e.Name == enterpriseName, cancellationToken).ConfigureAwait(false);
        if (byCode is null && byName?.CreditCode is { Length: > 0 } recorded && recorded != creditCode)
        {
            return (false, "CodeMismatch", UserIdentity.Anonymous);
        }
        var enterprise = byName;
        if (enterprise is null)
        {
            enterprise = new Enterprise { BureauId = bureauId, Name = enterpriseName, CreditCode = creditCode };
            db.Enterprises.Add(enterprise);
        }
        enterprise.CreditCode ??= creditCode;
        var contact = new EnterpriseContact { Name = contactName, CreatedAt = time.GetUtcNow() };
        enterprise.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var identity = await db.ChannelIdentities.SingleOrDefaultAsync(i => i.ChannelId == channelId && i.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (identity is null)
        {
            identity = new ChannelIdentity { ChannelId = channelId, UserId = userId, BoundAt = time.GetUtcNow() };
            db.ChannelIdentities.Add(identity);
        }
        identity.EnterpriseContactId = contact.Id;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        Forget(channelId, userId);
        return (true, null, await ResolveAsync(channelId, userId, cancellationToken).ConfigureAwait(false));
    }

    public async Task<Person?> FindPersonByNameAsync(int bureauId, string name, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.People.AsNoTracking().Include(p => p.Roles)
            .FirstOrDefaultAsync(p => p.BureauId == bureauId && p.Name == name, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> BureauIdAsync(string bureauCode, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Bureaus.Where(b => b.Code == bureauCode).Select(b => b.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The chat accounts of an enterprise's bound contacts: where the bot writes to the enterprise.</summary>
    public async Task<IReadOnlyList<(string ChannelId, string UserId)>> EnterpriseAccountsAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var contacts = db.EnterpriseContacts.Where(c => c.EnterpriseId == enterpriseId).Select(c => (int?)c.Id);
        var accounts = await db.ChannelIdentities.AsNoTracking().Where(i => contacts.Contains(i.EnterpriseContactId))
            .OrderBy(i => i.Id).Select(i => new { i.ChannelId, i.UserId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return accounts.Select(a => (a.ChannelId, a.UserId)).ToList();
    }

    /// <summary>
    /// A staff member as they are now (roles read afresh, never cached): for a signed link issued in chat to this
    /// person, checked again when the link is opened in case their role was taken away meanwhile.
    /// </summary>
    public async Task<UserIdentity> PersonAsync(int personId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var person = await db.People.AsNoTracking().Include(p => p.Roles).SingleOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return UserIdentity.Anonymous;
        }
        var department = person.DepartmentId is { } did
            ? await db.Departments.Where(d => d.Id == did).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        return new UserIdentity(person.Id, person.Name, person.Roles.Select(r => r.Role).ToHashSet(), null, null, null, department);
    }

    public void Forget(string channelId, string userId) => _cache.TryRemove((channelId, userId), out _);

    private static async Task<UserIdentity> LoadAsync(EnvBotDbContext db, string channelId, string userId, CancellationToken cancellationToken)
    {
        var binding = await db.ChannelIdentities.AsNoTracking()
            .SingleOrDefaultAsync(i => i.ChannelId == channelId && i.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (binding is null)
        {
            return UserIdentity.Anonymous;
        }
        Person? person = null;
        string? department = null;
        if (binding.PersonId is { } pid)
        {
            person = await db.People.AsNoTracking().Include(p => p.Roles).SingleOrDefaultAsync(p => p.Id == pid, cancellationToken).ConfigureAwait(false);
            if (person?.DepartmentId is { } did)
            {
                department = await db.Departments.Where(d => d.Id == did).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        (int Id, string Name)? enterprise = null;
        if (binding.EnterpriseContactId is { } cid)
        {
            enterprise = await db.EnterpriseContacts.Where(c => c.Id == cid)
                .Join(db.Enterprises, c => c.EnterpriseId, e => e.Id, (c, e) => new ValueTuple<int, string>(e.Id, e.Name))
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
        return new UserIdentity(
            person?.Id,
            person?.Name,
            person?.Roles.Select(r => r.Role).ToHashSet() ?? [],
            binding.EnterpriseContactId,
            enterprise?.Id,
            enterprise?.Name,
            department);
    }
}
