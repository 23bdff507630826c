using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Migrations;
using EnvBot.Data.Time;
using Microsoft.Data.Sqlite;
using Npgsql;
using Quartz;

namespace EnvBot.Host.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with the persistent ADO store in EnvBot's own database (ARCHITECTURE.md § Scheduling): SQLite for one
    /// process, PostgreSQL with clustering for several hosts behind a load balancer (each trigger fires once in the
    /// cluster). The QRTZ_ tables come from an EF migration like every other table, so the running account needs no
    /// DDL rights; at start Quartz only validates them. Jobs are added with <see cref="AddEnvBotJob{TJob}"/> and
    /// stored idempotently by <see cref="JobRegistration"/>.
    /// </summary>
    /// <remarks>
    /// Settings: <c>Jobs:Enabled</c> (default true; false builds the scheduler but never starts or registers anything),
    /// <c>Jobs:Clustered</c> (default true on PostgreSQL; SQLite serialises in one process and is never clustered),
    /// <c>Jobs:MisfireThreshold</c> (default 00:01:00: later than this a run counts as missed and its trigger's
    /// misfire instruction decides).
    /// </remarks>
    public static IServiceCollection AddEnvBotJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("EnvBot") is { Length: > 0 } named ? named : database.EffectiveConnectionString;
        var misfireThreshold = configuration.GetValue("Jobs:MisfireThreshold", TimeSpan.FromMinutes(1));
        var clustered = database.Provider == DatabaseProvider.PostgreSql && configuration.GetValue("Jobs:Clustered", true);

        services.AddQuartz(q =>
        {
            // One name for every node: the cluster is the set of schedulers with this name in QRTZ_SCHEDULER_STATE.
            q.ConfigureScheduler(s => s.InstanceName = "EnvBot");
            q.UseDefaultTimeZone(BureauTime.Zone);
            q.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    // The NpgsqlDataSource AddEnvBotData registered: one pool, and its password never leaves it.
                    store.UsePostgres(ds => ds.DataSourceFactory = sp => sp.GetRequiredService<NpgsqlDataSource>());
                }
                else
                {
                    store.UseSqlite(SqliteFactory.Instance, connectionString);
                }
                if (clustered)
                {
                    // Instance ids are generated per node; check-in every 15 s, a node silent for 20 s more is recovered.
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(15);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                    });
                }
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = QuartzSchema.TablePrefix;
                    o.StoreJobDataAsStrings = true;
                    o.MisfireThreshold = misfireThreshold;
                    // The migration owns the schema; a missing table or column stops the start with its name.
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                });
            });
        });
        services.AddEnvBotJob<LedgerDeadlineJob>(LedgerDeadlineJob.Schedule);
        services.AddEnvBotJob<ConsultationDayReminderJob>(ConsultationDayReminderJob.Schedule);
        services.AddEnvBotJob<GuideReminderJob>(GuideReminderJob.Schedule);
        services.AddEnvBotJob<ExpiryWatchJob>(ExpiryWatchJob.Schedule);
        services.AddEnvBotJob<NoticeJob>(NoticeJob.Schedule);
        if (configuration.GetValue("Jobs:Enabled", true))
        {
            services.AddHostedService<JobRegistration>();
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
        return services;
    }

    /// <summary>Adds a recurring job: the job class for DI and its trigger for <see cref="JobRegistration"/>.</summary>
    public static IServiceCollection AddEnvBotJob<TJob>(this IServiceCollection services, ScheduledJob schedule)
        where TJob : class, IJob
    {
        services.AddTransient<TJob>();
        services.AddSingleton(schedule);
        return services;
    }
}
