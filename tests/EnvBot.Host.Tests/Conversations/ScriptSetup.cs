using EnvBot.Data.Identity;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Conversations;

/// <summary>What a script needs that no chat user can do: the very first administrator's binding code.</summary>
public static class ScriptSetup
{
    public static async Task<string> BindingCodeAsync(TestHost host, string personName)
    {
        var identities = host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, CancellationToken.None);
        var person = await identities.FindPersonByNameAsync(bureauId, personName, CancellationToken.None)
            ?? throw new InvalidOperationException($"No seeded person named {personName}.");
        return await identities.CreateBindingCodeAsync(person.Id, person.Id, null, CancellationToken.None);
    }
}
