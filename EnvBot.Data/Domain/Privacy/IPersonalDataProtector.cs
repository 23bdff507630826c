namespace EnvBot.Data.Domain.Privacy;

/// <summary>
/// Encrypts personal data for storage (DOMAIN.md §1: the resident ID number is stored protected). Implemented in the
/// host with ASP.NET Core Data Protection and persisted keys, so the data stays readable across restarts.
/// </summary>
public interface IPersonalDataProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedData);
}
