using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace EnvBot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database chosen by <c>Database:Provider</c> (Sqlite default, PostgreSql for scale-out).</summary>
    public static IServiceCollection AddEnvBotData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("EnvBot") is { Length: > 0 } named ? named : options.EffectiveConnectionString;
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);

        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            var dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
            services.AddSingleton(dataSource);
            services.AddSingleton<IDbConnectionFactory>(new NpgsqlConnectionFactory(dataSource));
            services.AddPooledDbContextFactory<PostgresEnvBotDbContext>(o => o.UseNpgsql(dataSource));
            services.AddSingleton<IEnvBotDbContextFactory, EnvBotDbContextFactory<PostgresEnvBotDbContext>>();
        }
        else
        {
            var sqlite = new SqliteConnectionFactory(connectionString);
            services.AddSingleton<IDbConnectionFactory>(sqlite);
            services.AddPooledDbContextFactory<SqliteEnvBotDbContext>(o => o.UseSqlite(sqlite.ConnectionString));
            services.AddSingleton<IEnvBotDbContextFactory, EnvBotDbContextFactory<SqliteEnvBotDbContext>>();
        }

        services.AddSingleton<BotStateStore>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ProcessedActivityStore>();
        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<Import.PairingTableImporter>();
        services.AddSingleton<Identity.IdentityService>();
        services.AddSingleton<Outbox.OutboxStore>();
        services.AddSingleton<Persistence.Seeding.DatabaseSeeder>();
        services.AddSingleton(configuration.GetSection("Ledger").Get<Ledger.LedgerOptions>() ?? new Ledger.LedgerOptions());
        services.TryAddSingleton<Ledger.IMatterRouter, Ledger.GeneralDepartmentTriage>();
        services.AddSingleton<Ledger.LedgerService>();
        services.AddSingleton<Guides.ServiceRecordService>();
        services.AddSingleton<Guides.ServiceRatingService>();
        services.AddSingleton<Complaints.ComplaintReferralLog>();
        services.AddSingleton<Routing.RoutingTableStore>();
        services.AddSingleton<Rectification.RectificationService>();
        services.AddSingleton(configuration.GetSection("Attachments").Get<Attachments.AttachmentOptions>() ?? new Attachments.AttachmentOptions());
        services.AddSingleton<Attachments.AttachmentService>();
        services.AddSingleton<Exports.ExportService>();
        services.AddSingleton<Notices.NoticeService>();
        services.AddSingleton(configuration.GetSection("Notices").Get<Domain.Notices.NoticeOptions>() ?? new Domain.Notices.NoticeOptions());
        services.AddSingleton<Guides.GuideActivityService>();
        services.AddSingleton<Guides.GuideAssessmentService>();
        services.AddSingleton(configuration.GetSection("Assessment").Get<Domain.Compliance.AssessmentRules>() ?? new Domain.Compliance.AssessmentRules());
        services.AddSingleton(configuration.GetSection("GuideReminders").Get<Domain.Compliance.GuideReminderOptions>() ?? new Domain.Compliance.GuideReminderOptions());
        services.AddSingleton(configuration.GetSection("ConsultationDay").Get<ConsultationDay.ConsultationDayOptions>() ?? new ConsultationDay.ConsultationDayOptions());
        services.AddSingleton<ConsultationDay.BookingService>();
        services.AddSingleton<Privacy.PersonalDataAudit>();
        services.AddSingleton<ConsultationDay.BookingReviewService>();
        services.AddSingleton<ConsultationDay.SessionPlanService>();
        // Issue 10: the enterprise's file and its account (一企一档、一企一账); a feature joins the account with one ITimelineSource.
        services.AddSingleton<EnterpriseFiles.EnterpriseFileService>();
        services.AddSingleton<EnterpriseFiles.EnterpriseTimeline>();
        services.AddSingleton<EnterpriseFiles.ITimelineSource, EnterpriseFiles.MatterTimelineSource>();
        services.AddSingleton<EnterpriseFiles.ITimelineSource, EnterpriseFiles.ServiceRecordTimelineSource>();
        services.AddSingleton<EnterpriseFiles.ITimelineSource, EnterpriseFiles.BookingTimelineSource>();
        services.AddSingleton<EnterpriseFiles.ITimelineSource, EnterpriseFiles.FindingTimelineSource>();
        services.AddSingleton<EnterpriseFiles.ITimelineSource, EnterpriseFiles.FileTimelineSource>();
        services.AddSingleton(configuration.GetSection("ExpiryWatch").Get<Domain.EnterpriseFiles.ExpiryWatchOptions>() ?? new Domain.EnterpriseFiles.ExpiryWatchOptions());
        return services;
    }
}
