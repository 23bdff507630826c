using EnvBot.Host;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Host.Tests.Infrastructure;

/// <summary>
/// The real EnvBot host on a loopback port with its own SQLite file and a fake clock. Dispose and start another
/// TestHost on the same <see cref="DatabasePath"/> to simulate a restart.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsDatabase;
    private int _disposed;

    private TestHost(WebApplication app, string databasePath, FakeTimeProvider time, bool ownsDatabase)
    {
        _app = app;
        _ownsDatabase = ownsDatabase;
        DatabasePath = databasePath;
        Time = time;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        Client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUrl { get; }
    public HttpClient Client { get; }
    public string DatabasePath { get; }
    public FakeTimeProvider Time { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>The application, for CLI commands run against this host's database.</summary>
    public WebApplication App => _app;

    /// <summary>A fresh database name: a SQLite file, or a PostgreSQL database in the PostgreSQL pass (<see cref="TestDatabase"/>).</summary>
    public static string NewDatabasePath() => TestDatabase.NewPath();

    public static async Task<TestHost> StartAsync(
        DateTimeOffset? now = null,
        string? databasePath = null,
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        // A database the caller named is theirs (a restart test reopens it); one made up here is deleted on dispose.
        var ownsDatabase = databasePath is null;
        databasePath ??= NewDatabasePath();
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8)));
        var config = new Dictionary<string, string?>(TestDatabase.Settings(databasePath))
        {
            ["Logging:LogLevel:Default"] = "Warning",
            // Quartz reads the host's TimeProvider; with a FakeTimeProvider that never moves its scheduler thread
            // re-applies the same misfire forever and allocates until the test host is killed (seen: 23 GB, exit 137).
            // Job logic is tested by calling the services; a test that wants the scheduler turns this back on.
            ["Jobs:Enabled"] = "false",
            // Many tests post dozens of turns from 127.0.0.1 in a second; RateLimitingTests turn the limits on.
            ["RateLimiting:Enabled"] = "false",
            // Dozens of hosts per run: load the policy index only in tests that ask a policy question.
            ["Knowledge:WarmUp"] = "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            config[k] = v;
        }
        // Settings go in as command-line arguments, not through the configure callback: AddEnvBotData reads the
        // Database section while EnvBotApp.Build registers services, before the callback runs, so settings added there
        // came too late and every test host silently shared bin/…/data/envbot.db.
        var args = new List<string> { "--urls", "http://127.0.0.1:0", "--environment", "Development" };
        foreach (var (k, v) in config)
        {
            args.Add($"--{k}={v}");
        }
        var app = EnvBotApp.Build([.. args], builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(time);
            configure?.Invoke(builder);
        });
        await EnvBotApp.PrepareAsync(app);
        await app.StartAsync();
        return new TestHost(app, databasePath, time, ownsDatabase);
    }

    /// <summary>Stops the host; safe to call twice (a restart test disposes early, then <c>await using</c> again).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    /// <summary>Removes a test database (SQLite file and WAL, or the PostgreSQL database).</summary>
    public static void DeleteDatabase(string databasePath) => TestDatabase.Delete(databasePath);
}
