namespace EnvBot.Host.Protocol.Authentication;

/// <summary>
/// Issue 9: JWT is always on outside Development. Without an app id anyone could post activities and pick the
/// serviceUrl (BOTFRAMEWORK.md §4.4), so a host about to serve traffic that way refuses to start rather than warn.
/// A hosted service, so the command-line tools (import, eval), which serve nothing, are not affected.
/// </summary>
public sealed class AuthenticationGuard(BotAuthenticationOptions options, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.IsAuthenticationDisabled && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"MicrosoftAppId is not configured and the environment is {environment.EnvironmentName}: Bot Framework authentication can be off only in Development (ASPNETCORE_ENVIRONMENT=Development).");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
