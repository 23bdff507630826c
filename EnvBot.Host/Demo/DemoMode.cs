using EnvBot.Data.Domain.People;
using EnvBot.Data.Identity;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.DirectLine;

namespace EnvBot.Host.Demo;

/// <summary>
/// Demo mode (<c>Demo:Enabled</c>, off by default and never in Production): the web chat page may "talk as" a seeded
/// persona of each role. Binding goes through <see cref="IdentityService"/> exactly as a real binding code would.
/// </summary>
public sealed class DemoMode
{
    public const string Setting = "Demo:Enabled";

    public static readonly IReadOnlyList<DemoPersona> Personas =
    [
        // 91330900313665432B: a made-up code with a valid GB 32100-2015 check character.
        new("enterprise", "舟山欧莱克新材料科技有限公司", RoleNames.EnterpriseContact, "91330900313665432B"),
        new("guide", "方静卫", RoleNames.Chinese(Role.Guide)),
        new("block-lead", "夏爱萍", RoleNames.Chinese(Role.BlockLead)),
        new("general", "陈综合", "综合处工作人员"),
        new("leader", "周局长", RoleNames.Chinese(Role.Leader)),
        new("admin", "管理员", RoleNames.Chinese(Role.Administrator)),
    ];

    private readonly IdentityService _identities;

    public DemoMode(IConfiguration configuration, IHostEnvironment environment, IdentityService identities, ILogger<DemoMode> logger)
    {
        _identities = identities;
        var requested = configuration.GetValue(Setting, false);
        Enabled = requested && !environment.IsProduction();
        if (requested && !Enabled)
        {
            logger.LogWarning("{Setting} is set but ignored: demo mode is never available in Production.", Setting);
        }
        else if (Enabled)
        {
            logger.LogInformation("Demo mode is on: the web chat page offers 'talk as' the seeded personas.");
        }
    }

    public bool Enabled { get; }

    /// <summary>Binds this web chat account to the persona (not named BindAsync: minimal APIs would take that for a parameter binder); false when the persona is unknown or the binding is refused.</summary>
    public async Task<bool> TalkAsAsync(string userId, string personaId, CancellationToken cancellationToken)
    {
        var persona = Personas.FirstOrDefault(p => p.Id == personaId);
        if (!Enabled || persona is null)
        {
            return false;
        }
        var bureauId = await _identities.BureauIdAsync(ReferenceData.BureauCode, cancellationToken).ConfigureAwait(false);
        if (persona.EnterpriseCreditCode is { } creditCode)
        {
            var (ok, _, _) = await _identities.BindEnterpriseContactAsync(Channels.DirectLine, userId, bureauId, persona.Name, creditCode, "演示联系人", cancellationToken).ConfigureAwait(false);
            return ok;
        }
        var person = await _identities.FindPersonByNameAsync(bureauId, persona.Name, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return false;
        }
        var code = await _identities.CreateBindingCodeAsync(person.Id, person.Id, TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        var (outcome, _) = await _identities.BindWithCodeAsync(Channels.DirectLine, userId, code, cancellationToken).ConfigureAwait(false);
        return outcome is BindingOutcome.Bound or BindingOutcome.AlreadyBound;
    }
}
