using EnvBot.Data.Domain.Privacy;
using Microsoft.AspNetCore.DataProtection;

namespace EnvBot.Host.Privacy;

/// <summary>
/// Encrypts personal data with ASP.NET Core Data Protection (DOMAIN.md §1: the ID number is stored protected). The keys
/// are persisted (<see cref="PrivacyServiceCollectionExtensions"/>) so stored numbers stay readable after a restart.
/// </summary>
public sealed class DataProtectionPersonalDataProtector(IDataProtectionProvider provider) : IPersonalDataProtector
{
    // A purpose string of its own, so nothing else protected by this application can be unprotected as personal data.
    private readonly IDataProtector _protector = provider.CreateProtector("EnvBot.PersonalData.v1");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedData) => _protector.Unprotect(protectedData);
}
