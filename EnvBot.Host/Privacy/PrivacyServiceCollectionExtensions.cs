using EnvBot.Data.Domain.Privacy;
using Microsoft.AspNetCore.DataProtection;

namespace EnvBot.Host.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Data Protection with keys in <c>DataProtection:KeysPath</c> (default <c>data/keys</c> under the content root,
    /// next to the SQLite database), so protected ID numbers survive restarts (DOMAIN.md §1).
    /// </summary>
    public static IServiceCollection AddPersonalDataProtection(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var keysPath = configuration["DataProtection:KeysPath"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(contentRoot, "data", "keys");
        Directory.CreateDirectory(keysPath);
        services.AddDataProtection()
            .SetApplicationName("EnvBot")
            .PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        services.AddSingleton<IPersonalDataProtector, DataProtectionPersonalDataProtector>();
        return services;
    }
}
