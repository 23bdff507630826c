using EnvBot.Data;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Dialogs;
using EnvBot.Host.Demo;
using EnvBot.Host.DirectLine;
using EnvBot.Host.Attachments;
using EnvBot.Host.Health;
using EnvBot.Host.RateLimiting;
using EnvBot.Host.Jobs;
using EnvBot.Host.Privacy;
using EnvBot.Host.Protocol;
using EnvBot.Host.Reports;
using EnvBot.Host.Protocol.Authentication;
using EnvBot.Knowledge.Policy;
using EnvBot.Knowledge.Routing;

namespace EnvBot.Host;

/// <summary>Builds the web application; Program and the end-to-end tests share it (tests swap the clock and database).</summary>
public static class EnvBotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 4 * 1024 * 1024);
        // First hosted service: a host that would serve without authentication outside Development stops here.
        builder.Services.AddHostedService<Protocol.Authentication.AuthenticationGuard>();
        builder.Services.AddEnvBotData(builder.Configuration);
        builder.Services.AddEnvBotDialogs();
        builder.Services.AddEnvBotPolicy(builder.Configuration);
        builder.Services.AddEnvBotRouting(builder.Configuration);
        builder.Services.AddPersonalDataProtection(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddHostedService<Knowledge.KnowledgeWarmUp>();
        builder.Services.AddHostedService<Knowledge.RoutingTableFollower>();
        builder.Services.AddBotProtocol(builder.Configuration);
        builder.Services.AddDirectLine(builder.Configuration);
        builder.Services.AddSingleton<DemoMode>();
        builder.Services.AddEnvBotJobs(builder.Configuration);
        builder.Services.AddSingleton(builder.Configuration.GetSection("Reports").Get<Dialogs.Guides.ReportLinkOptions>() ?? new Dialogs.Guides.ReportLinkOptions());
        builder.Services.AddEnvBotHealth();
        builder.Services.AddEnvBotRateLimiting(builder.Configuration);
        builder.Services.AddHttpClient(Attachments.HttpAttachmentDownloader.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton<Dialogs.Attachments.IAttachmentDownloader, Attachments.HttpAttachmentDownloader>();
        configure?.Invoke(builder);

        var app = builder.Build();
        // The web chat page and its vendored Web Chat bundle (wwwroot/lib is filled at build time, see the csproj).
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.MapBotMessagesApi();
        app.MapDirectLineApi();
        app.MapWebChatTokenApi();
        app.MapDemoApi();
        app.MapReportsApi();
        app.MapIdNumberPage();
        app.MapExportsApi();
        app.MapAttachmentsApi();
        app.MapEnvBotHealth();
        return app;
    }

    /// <summary>Migrates the database; run before the host starts taking traffic.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        app.Services.GetRequiredService<BotAuthenticationOptions>().LogAuthenticationMode(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EnvBot.Authentication"));
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        var demoData = app.Configuration.GetValue("Seed:DemoData", true);
        await app.Services.GetRequiredService<DatabaseSeeder>().SeedAsync(demoData, cancellationToken).ConfigureAwait(false);
        // Resolved here so a Demo:Enabled that Production ignores is logged at start, not at the first request.
        _ = app.Services.GetRequiredService<DemoMode>();
    }
}
